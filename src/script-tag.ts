/**
 * The script tag of a snippet, as the command line (`bin/city-networks.js`)
 * and the snippet builder (`demo/builder.js`) both write it: the module file,
 * its Subresource Integrity hash, and `crossorigin` so that a copy on another
 * origin is checked too. One place, so the two never drift apart.
 */
export function scriptTag(src: string, integrity: string): string {
  return [
    '<script',
    '  type="module"',
    `  src="${escapeAttribute(src)}"`,
    `  integrity="${escapeAttribute(integrity)}"`,
    '  crossorigin="anonymous"',
    '></script>',
  ].join('\n');
}

/** A value for a double-quoted attribute. */
export const escapeAttribute = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
