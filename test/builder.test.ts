import { expect, waitUntil } from '@open-wc/testing';
import { builtInDataset } from '../src/data/networks.js';
import type { CityNetworks } from '../src/index.js';
import { loadHostPage, removeHostPages, type HostWindow } from './host-page.js';

/**
 * The snippet builder (demo/builder.html), as an editor uses it: choose every
 * option, read the snippet, paste it into an empty page, and find the chosen
 * view there, loaded from the built file.
 */
describe('the snippet builder', () => {
  afterEach(removeHostPages);

  /** Sets a form control as a person would, and lets the page hear of it. */
  function choose(page: HostWindow, selector: string, value?: string) {
    const control = page.document.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
    if (!control) throw new Error(`no control ${selector}`);
    if (value === undefined) (control as HTMLInputElement).click();
    else {
      control.value = value;
      control.dispatchEvent(new page.Event('input', { bubbles: true }));
    }
  }

  const snippetOf = (page: HostWindow) =>
    page.document.querySelector<HTMLTextAreaElement>('#snippet')!.value;

  /** An empty page holding only `html`, same origin as the test server. */
  async function paste(html: string) {
    const iframe = document.createElement('iframe');
    iframe.style.width = '1024px';
    iframe.style.height = '768px';
    document.body.append(iframe);
    await new Promise((resolve) => {
      iframe.addEventListener('load', resolve, { once: true });
      iframe.srcdoc = `<!doctype html><html lang="de"><body>${html}</body></html>`;
    });
    return iframe.contentWindow as HostWindow;
  }

  it('builds a snippet for every option that shows the chosen view in an empty page', async () => {
    const { page } = await loadHostPage('/demo/builder.html');
    await page.customElements.whenDefined('city-networks');
    choose(page, 'input[name="lang"][value="en"]');
    choose(page, 'input[name="topics"][value="climate"]');
    choose(page, 'input[name="topics"][value="culture"]');
    choose(page, 'select[name="headingLevel"]', '2');
    choose(page, 'input[name="search"]');
    choose(page, 'input[name="urlState"]');
    choose(page, 'input[name="source"][value="self"]');
    choose(page, 'input[name="path"]', '/dist/city-networks.js');

    const snippet = snippetOf(page);
    expect(snippet).to.contain('src="/dist/city-networks.js"');
    expect(snippet).to.match(/integrity="sha384-[A-Za-z0-9+/=]{64}"/);
    expect(snippet).to.contain(
      '<city-networks lang="en" topics="climate culture" heading-level="2" search url-state>',
    );
    expect(page.document.querySelector('#render-command')!.textContent).to.equal(
      "npx city-networks render --lang en --topics climate,culture --heading-level 2 --search --url-state --script-src '/dist/city-networks.js'",
    );

    // The live preview shows the same view.
    const preview = page.document.querySelector<CityNetworks>('#preview city-networks')!;
    await preview.updateComplete;
    expect(preview.selectedTopics).to.deep.equal(['climate', 'culture']);

    // Pasted into an empty (German) page, loaded from the built file, integrity checked.
    const pasted = await paste(snippet);
    await pasted.customElements.whenDefined('city-networks');
    const el = pasted.document.querySelector<CityNetworks>('city-networks')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const shown = builtInDataset.networks.filter((network) =>
      network.topics.some((topic) => topic === 'climate' || topic === 'culture'),
    );
    expect(root.querySelectorAll('[part~="card"]').length).to.equal(shown.length);
    expect(
      [...root.querySelectorAll('[part~="card-title"]')].every((title) => title.tagName === 'H2'),
    ).to.equal(true);
    expect(root.querySelector('[part~="count"]')!.textContent).to.contain(' of ');
    expect(root.querySelector('[part~="search"]')).to.not.equal(null);
    const pressed = [...root.querySelectorAll('[part~="topic"][aria-pressed="true"]')];
    expect(pressed.map((button) => button.textContent!.trim())).to.deep.equal([
      'Climate',
      'Culture',
    ]);
    expect(el.urlState).to.equal(true);
  });

  it("points at the CDN once chosen, and follows the page's language without a lang", async () => {
    const { page } = await loadHostPage('/demo/builder.html');
    choose(page, 'input[name="source"][value="cdn"]');
    const snippet = snippetOf(page);
    expect(snippet).to.match(
      /src="https:\/\/cdn\.jsdelivr\.net\/npm\/city-networks@\d+\.\d+\.\d+\/dist\/city-networks\.js"/,
    );
    expect(snippet).to.contain('<city-networks>');
    expect(page.document.querySelector<HTMLInputElement>('input[name="path"]')!.disabled).to.equal(
      true,
    );
    expect(page.document.querySelector('#render-command')!.textContent).to.equal(
      'npx city-networks render --lang de',
    );
  });

  it('copies the snippet, or selects it where the clipboard is refused', async () => {
    const { page } = await loadHostPage('/demo/builder.html');
    page.document.querySelector<HTMLButtonElement>('#copy')!.click();
    const status = page.document.querySelector('#copy-status')!;
    await waitUntil(() => status.textContent !== '', 'the copy button said nothing');
    if (status.textContent === 'Copied.') return;
    const field = page.document.querySelector<HTMLTextAreaElement>('#snippet')!;
    expect(status.textContent).to.contain('Ctrl+C');
    expect(field.selectionEnd - field.selectionStart).to.equal(field.value.length);
  });
});
