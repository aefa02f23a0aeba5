// Type tests, checked by tsc (npm run check): the HTMLElementTagNameMap and
// HTMLElementEventMap entries that Angular code and plain TypeScript use.
// Each expected error fails the check once the line under it compiles.
import type {} from 'city-networks';

export function typeTests(): void {
  const element = document.createElement('city-networks');
  element.selectedTopics = ['climate'];
  element.headingLevel = 3;
  element.search = true;
  element.query = 'klima';
  element.urlState = true;
  // @ts-expect-error: no property "topcs".
  element.topcs = 'climate';
  // @ts-expect-error: networks is an array, never a string.
  element.networks = '[]';
  element.addEventListener('city-networks-change', (event) => {
    void event.detail.topics;
    void event.detail.query.trim();
    // @ts-expect-error: the detail has no "topcs".
    void event.detail.topcs;
  });
}
