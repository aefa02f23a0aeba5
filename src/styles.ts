import { css } from 'lit';

/**
 * The widget's look. Public `--city-networks-*` properties map to private
 * `--_*` ones on `:host`, so every default lives in one place.
 *
 * From the host page we take the font family and the colour scheme (dark
 * only where the page allows it with `color-scheme: light dark`), nothing
 * else: every other inherited text property is reset, so a page's
 * `text-transform`, `letter-spacing` or tiny `font-size` cannot break the
 * cards. Sizes are in `em` (not `rem`, which follows the page's root).
 */
export const styles = css`
  :host {
    --_accent: var(--city-networks-accent, light-dark(#c8102e, #ff8591));
    --_on-accent: var(--city-networks-on-accent, light-dark(#fff, #1a1a1a));
    --_text: var(--city-networks-text, light-dark(#1a1a1a, #f2f2f2));
    --_muted: var(--city-networks-muted, light-dark(#5c5c5c, #c4c4c4));
    --_surface: var(--city-networks-surface, light-dark(#fff, #1c1c1c));
    --_border: var(--city-networks-border, light-dark(#767676, #8f8f8f));
  }

  /* Where light-dark() is missing (before Chrome 123, Safari 17.5): system
     colours, which follow the same color-scheme, and mixes of them. Each
     pair keeps its contrast in both schemes (tested). */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--city-networks-accent, color-mix(in srgb, CanvasText 30%, #d01030));
      --_on-accent: var(--city-networks-on-accent, Canvas);
      --_text: var(--city-networks-text, CanvasText);
      --_muted: var(--city-networks-muted, color-mix(in srgb, CanvasText 64%, Canvas));
      --_surface: var(--city-networks-surface, Canvas);
      --_border: var(--city-networks-border, color-mix(in srgb, CanvasText 54%, Canvas));
    }
  }

  :host {
    --_radius: var(--city-networks-radius, 0.5em);
    --_gap: var(--city-networks-gap, 1em);
    --_card-min: var(--city-networks-card-min-width, 16em);
    --_focus: var(--city-networks-focus-ring, var(--_text));

    display: block;
    /* Never smaller than 14px, whatever the page's font size. */
    font-size: max(1em, 14px);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    color: var(--_text);
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  * {
    box-sizing: border-box;
    margin: 0;
  }

  ul {
    padding: 0;
    list-style: none;
  }

  /* The search field and the toggles: a label, then controls that wrap. */
  .search,
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  /* Prerendered and not (yet) upgraded: the controls, which need the script,
     are not shown, but keep their room, so that nothing moves when they come.
     On a page that runs no script they give it up, and the networks a
     preselection hides are within reach: the snippet's <noscript> style
     sets --_controls and --_more there (ssr.ts). */
  :host(:not(:defined)) :is(.filter, .search) {
    visibility: hidden;
    display: var(--_controls, flex);
  }

  .more {
    display: var(--_more, none);
    margin-block-start: var(--_gap);
  }

  summary {
    padding-block: 0.25em;
    cursor: pointer;
  }

  .filter-label,
  .search label {
    font-weight: bold;
  }

  .search {
    row-gap: 0.25em;
    margin-block-end: 0.75em;
  }

  input {
    flex: 1 1 12em;
    min-width: 0;
    max-width: 30em;
    min-height: 2.75em;
    padding: 0.25em 0.75em;
    border: 0.0625em solid var(--_border);
    border-radius: 0.25em;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  button {
    font: inherit;
    max-width: 100%;
    overflow-wrap: anywhere;
    min-height: 2.75em;
    padding: 0.25em 0.9em;
    border: 0.0625em solid var(--_border);
    border-radius: 1.5em;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }

  button:hover {
    border-color: var(--_text);
  }

  button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  /* The state shows in the shape too, not only in colour; the mark is not
     read out where alternative text for content is known (Safari 17.4+). */
  button[aria-pressed='true']::before {
    content: '✓ ';
    content: '✓ ' / '';
  }

  .clear {
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
  }

  /* !important inside a shadow root wins over the page's !important on ::part(),
     so no host style can take the focus indicator away. */
  :focus-visible {
    outline: 0.1875em solid var(--_focus) !important;
    outline-offset: 0.125em !important;
  }

  .count {
    margin-block: 1em 0;
    color: var(--_muted);
  }

  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
    gap: var(--_gap);
    margin-block-start: var(--_gap);
  }

  /* Read by screen readers, not shown: the count that waits for typing to pause. */
  .announcement {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .cards > li {
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

  /* The card's heading: h2 to h6, as heading-level says. */
  :is(h2, h3, h4, h5, h6) {
    font-size: 1.2em;
    line-height: 1.3;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
  }

  .tags,
  .facts {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .tags li {
    padding: 0 0.6em;
    border: 0.0625em solid var(--_border);
    border-radius: 1em;
  }

  .links {
    margin-top: auto;
  }

  a {
    display: inline-block;
    padding-block: 0.25em;
    color: var(--_accent);
  }

  .announcement + .message {
    margin-block-start: 1em;
  }

  .message {
    padding: 1em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* Paper: the cards on show and the count, no controls, every link's
     address after its text, and no card split across two pages. */
  @media print {
    .search,
    .filter {
      display: none;
    }

    .cards > li {
      break-inside: avoid;
    }

    a::after {
      content: ' (' attr(href) ')';
    }
  }

  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }

    :focus-visible {
      outline-color: Highlight !important;
    }
  }
`;
