import { css, unsafeCSS } from 'lit';

// 36 em spaces with a break opportunity between each, written as CSS escapes.
const SIZER_LINE = unsafeCSS(`${'\\2003\\200B'.repeat(35)}\\2003`);

const darkTokens = css`
  --_bg: var(--smp-color-bg, #16191f);
  --_surface: var(--smp-color-surface, #20252d);
  --_text: var(--smp-color-text, #eef1f5);
  --_muted: var(--smp-color-muted, #b4bcc8);
  --_border: var(--smp-color-border, #48505c);
  --_accent: var(--smp-color-accent, #7cc4ff);
  --_on-accent: var(--smp-color-on-accent, #0b1520);
  --_danger: var(--smp-color-danger, #ff9b93);
  --_danger-surface: var(--smp-color-danger-surface, #3a1c1a);
  --_focus: var(--smp-color-focus, #ffd166);
  color-scheme: dark;
`;

/**
 * Every widget's host: theme tokens, a reset of what host pages commonly change (letter-spacing,
 * text-transform, line-height, text-align reach into shadow DOM by inheritance), and its own container
 * so layouts follow the widget's width rather than the viewport.
 */
export const hostStyles = css`
  :host {
    --_font: var(--smp-font-family, inherit);
    --_size: var(--smp-font-size, 16px);
    --_radius: var(--smp-radius, 8px);
    --_space: var(--smp-space, 1em);
    --_bg: var(--smp-color-bg, #ffffff);
    --_surface: var(--smp-color-surface, #f4f6f8);
    --_text: var(--smp-color-text, #1b2430);
    --_muted: var(--smp-color-muted, #4d5866);
    --_border: var(--smp-color-border, #c5ccd5);
    --_accent: var(--smp-color-accent, #0a5bb5);
    --_on-accent: var(--smp-color-on-accent, #ffffff);
    --_danger: var(--smp-color-danger, #a4161a);
    --_danger-surface: var(--smp-color-danger-surface, #fdeceb);
    --_focus: var(--smp-color-focus, #c25e00);
    color-scheme: light;

    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    /* Room before the next paragraph of a post; a page's own margin rule on the element wins. */
    margin-block-end: var(--smp-space-after, 1.5rem);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Typography is set on the host and again on the boxes inside it: a theme rule such as
     "* { letter-spacing: .2em !important }" reaches the host element itself, but nothing in the shadow tree. */
  :host,
  .root,
  .sizer {
    font-family: var(--_font);
    /* Pixels, not rem: a theme that changes the root font size must not shrink the widget's text. */
    font-size: max(14px, var(--_size));
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    color: var(--_text);
    /* A word longer than the line (a pasted address, a long name) breaks rather than widening its box; a
       table's cells keep their words whole and the table scrolls in its frame instead. */
    overflow-wrap: anywhere;
  }
  th,
  td {
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  /* Waiting for its first render (a moment, when many widgets appear at once): as much room as
     smp-reserve-space.css keeps before the script runs. */
  :host([data-smp-pending]) {
    min-block-size: 24rem;
  }
  :host([theme='dark']),
  :host([theme='site'][data-smp-dark]) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* The content box is the container for container queries, so layouts follow the widget's width. */
  .root {
    container-type: inline-size;
    padding: var(--_space);
    background: var(--_bg);
    border-radius: inherit;
  }
  /* Containment leaves .root no intrinsic width, so inside a float, an inline-block or a flex item the
     widget would collapse to nothing. This invisible line gives it one: about 36em wide at most, yet
     breakable down to 1em, so it never forces a narrow grid or flex column wider. */
  .sizer {
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
  }
  .sizer::before {
    content: '${SIZER_LINE}';
  }
  h2,
  h3,
  p,
  ul,
  ol,
  fieldset,
  legend {
    margin: 0;
    padding: 0;
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
    font-weight: 700;
  }
  h3,
  legend {
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 700;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }
  /* A select is as wide as its longest option; in a narrow widget it shrinks to fit instead. Text fields look the same. */
  select,
  input:not([type]),
  textarea {
    max-inline-size: 100%;
    min-inline-size: 0;
    font: inherit;
    min-block-size: 2.75em;
    padding: 0.25em 0.5em;
    /* A control's edge needs 3:1 against the background: the muted text colour, not the divider colour. */
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* Every widget's content: a <section class="widget"> with a <header> (title, intro). */
  .widget,
  header,
  .error-panel {
    display: grid;
    gap: var(--_space);
  }
  header {
    gap: 0.5em;
  }
  .intro {
    color: var(--_muted);
  }
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Data isolated for direction still lines up with the widget's own text. */
  [dir='auto'] {
    text-align: match-parent;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host {
      --_bg: #ffffff;
      --_surface: #ffffff;
      --_text: #000000;
      --_muted: #333333;
      --_border: #999999;
      --_accent: #000000;
      color-scheme: light;
    }
    button {
      display: none;
    }
  }
`;

export const errorPanelStyles = css`
  .error-panel {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_danger);
    background: var(--_danger-surface);
    border-radius: var(--_radius);
    gap: 0.5em;
  }
  .error-panel h2 {
    color: var(--_danger);
    font-size: 1.125em;
  }
  /* Bullets whatever a widget's own lists look like (the checklist's have none). */
  .error-panel ul {
    list-style: disc;
    padding-inline-start: 1.25em;
  }
  .error-panel code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-weight: 700;
  }
`;
