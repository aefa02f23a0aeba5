// Type tests, checked by `tsc --noEmit` in `npm run lint`: msg() takes what
// it can render (a string or a str`` template) and requires an id. Each
// expected error below fails the check once the line under it compiles.
import { html } from 'lit';
import { msg, str } from '../../src/localization.js';

const count = 3;
msg('Show all', { id: 'show-all' });
msg(str`${count} networks`, { id: 'count', desc: 'For translators' });

// @ts-expect-error: every message needs an id.
msg('Show all');
// @ts-expect-error: every message needs an id.
msg('Show all', { desc: 'For translators' });
// @ts-expect-error: markup is no message; msg() returns plain text.
msg(html`<b>Show all</b>`, { id: 'show-all' });
