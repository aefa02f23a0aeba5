// Loaded by each framework app's index.html before the app, for
// test/frameworks.test.ts: records every value that reaches the element's
// `networks` setter (window.networksReceived), so a test can tell that the
// app's own array arrived as a property, the same object.
const define = customElements.define;
customElements.define = function (name, constructor, options) {
  if (name === 'city-networks') {
    const { prototype } = constructor;
    const descriptor = Object.getOwnPropertyDescriptor(prototype, 'networks');
    Object.defineProperty(prototype, 'networks', {
      ...descriptor,
      set(value) {
        (window.networksReceived ??= []).push(value);
        descriptor.set.call(this, value);
      },
    });
  }
  return define.call(this, name, constructor, options);
};
