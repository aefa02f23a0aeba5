import { css } from 'lit';

/**
 * The widget's look. Public `--city-networks-*` properties map to private
 * `--_*` ones on `:host`, so every default lives in one place. Sizes are in
 * `em` from the host's font size (not `rem`, which follows the host page's
 * root); the font family is inherited on purpose, to look native on the page.
 */
export const styles = css`
  :host {
    --_accent: var(--city-networks-accent, #c8102e);
    --_on-accent: var(--city-networks-on-accent, #fff);
    --_text: var(--city-networks-text, #1a1a1a);
    --_muted: var(--city-networks-muted, #5c5c5c);
    --_surface: var(--city-networks-surface, #fff);
    --_border: var(--city-networks-border, #767676);
    --_radius: var(--city-networks-radius, 0.5em);
    --_gap: var(--city-networks-gap, 1em);
    --_card-min: var(--city-networks-card-min-width, 16em);
    --_focus: var(--city-networks-focus-ring, #1a1a1a);

    display: block;
    color: var(--_text);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .filter-label {
    font-weight: bold;
    margin-inline-end: 0.25em;
  }

  button {
    font: inherit;
    min-height: 2.75em;
    padding: 0.25em 0.9em;
    border: 0.0625em solid var(--_border);
    border-radius: 1.5em;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }

  button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  /* The state shows in the shape too, not only in colour; the mark is not read out. */
  button[aria-pressed='true']::before {
    content: '✓ ' / '';
  }

  .clear {
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
  }

  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }

  .count {
    margin: 1em 0;
    color: var(--_muted);
  }

  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
    gap: var(--_gap);
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: 1em 1.25em;
    border: 0.0625em solid var(--_border);
    border-top: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }

  .title {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
  }

  .summary {
    margin: 0;
  }

  .tags,
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .tags li {
    padding: 0 0.6em;
    border: 0.0625em solid var(--_border);
    border-radius: 1em;
  }

  .facts li + li::before {
    content: '· ' / '';
  }

  .links {
    margin-top: auto;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  .message {
    margin: 0;
    padding: 1em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
