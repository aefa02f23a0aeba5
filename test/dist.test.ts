import { expect, waitUntil } from '@open-wc/testing';

/**
 * The files a host page loads, built by `npm run build`, in plain pages of
 * their own (an iframe each: a fresh document and custom element registry).
 */
async function loadPage(path: string) {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1024px';
  iframe.style.height = '768px';
  document.body.append(iframe);
  await new Promise((resolve) => {
    iframe.addEventListener('load', resolve, { once: true });
    iframe.src = path;
  });
  const page = iframe.contentWindow as Window & { errors: string[] };
  const el = page.document.querySelector('city-networks')!;
  await waitUntil(
    () => el.shadowRoot?.querySelectorAll('[part~="card"]').length === 14,
    `${path} did not render 14 cards`,
    { timeout: 5000 },
  );
  return { iframe, page, el };
}

describe('the built files', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('dist/city-networks.js renders 14 cards in the page language, loaded twice without an error', async () => {
    const { page, el } = await loadPage('/test/fixtures/dist-module.html');
    expect(page.errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim()).to.equal(
      '14 von 14 Netzwerken',
    );
    // The no-script fallback is out of sight once the element renders.
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
    page.document.documentElement.lang = 'en';
    await waitUntil(() => el.shadowRoot!.textContent!.includes('14 of 14 networks'));
  });

  it('dist/city-networks.iife.js works as a classic script beside the module', async () => {
    const { page, el } = await loadPage('/test/fixtures/dist-classic.html');
    expect(page.errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim()).to.equal(
      '14 of 14 networks',
    );
    const climate = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="topic"]')].find(
      (button) => button.textContent!.trim() === 'Climate',
    )!;
    climate.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="card"]').length < 14);
    expect(el.getAttribute('topics')).to.equal('climate');
  });
});
