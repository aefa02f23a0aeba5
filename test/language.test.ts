import { expect, fixture, html } from '@open-wc/testing';
import { resolveLanguage, toLanguage } from '../src/language.js';
import { usePageLang } from './helpers.js';

describe('toLanguage', () => {
  const cases: [string | null, string | undefined][] = [
    ['de', 'de'],
    ['en', 'en'],
    ['DE', 'de'],
    ['de-AT', 'de'],
    ['de_CH', 'de'],
    ['en-GB', 'en'],
    [' En-us ', 'en'],
    ['xx', undefined], // a tag of no language the widget has
    ['deu', undefined],
    ['', undefined],
    [null, undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`maps ${JSON.stringify(tag)} to ${expected}`, () => {
      expect(toLanguage(tag)).to.equal(expected);
    });
  }
});

describe('resolveLanguage', () => {
  const html0 = document.documentElement;
  usePageLang();

  it("uses the element's own lang first", async () => {
    const el = await fixture(html`<div lang="en"><span lang="de-AT"></span></div>`);
    expect(resolveLanguage(el.firstElementChild!)).to.equal('de');
  });

  it('uses the nearest ancestor with lang', async () => {
    const el = await fixture(
      html`<div lang="en">
        <div lang="de">
          <p><span></span></p>
        </div>
      </div>`,
    );
    expect(resolveLanguage(el.querySelector('span')!)).to.equal('de');
  });

  it('crosses shadow roots to the host and beyond', async () => {
    const outer = await fixture(html`<div lang="de"><section></section></div>`);
    const host = outer.querySelector('section')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(document.createElement('div'));
    host.shadowRoot!.firstElementChild!.append(inner);
    expect(resolveLanguage(inner)).to.equal('de');
  });

  it('uses <html lang> when nothing nearer has one', async () => {
    html0.setAttribute('lang', 'DE');
    const el = await fixture(html`<div><span></span></div>`);
    expect(resolveLanguage(el)).to.equal('de');
  });

  it('falls back to English for the nearest unsupported or empty lang, without looking further', async () => {
    html0.setAttribute('lang', 'de');
    const other = await fixture(html`<div lang="xx"><span></span></div>`);
    const empty = await fixture(html`<div lang=""><span></span></div>`);
    expect(resolveLanguage(other.firstElementChild!)).to.equal('en');
    expect(resolveLanguage(empty.firstElementChild!)).to.equal('en');
  });

  describe('with no lang anywhere', () => {
    const useBrowserLanguages = (languages: string[]) =>
      Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
    beforeEach(() => html0.removeAttribute('lang'));
    afterEach(() => delete (navigator as { languages?: unknown }).languages);

    it('takes the first supported browser language', async () => {
      useBrowserLanguages(['fr-FR', 'de-CH', 'en']);
      expect(resolveLanguage(await fixture(html`<div></div>`))).to.equal('de');
    });

    it('falls back to English when no browser language is supported', async () => {
      useBrowserLanguages(['fr-FR', 'pl']);
      expect(resolveLanguage(await fixture(html`<div></div>`))).to.equal('en');
    });
  });
});
