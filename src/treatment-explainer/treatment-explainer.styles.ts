import { css } from 'lit';

export const explainerStyles = css`
  [role='tabpanel'],
  .stacked {
    display: grid;
    gap: 0.75em;
    align-content: start;
  }
  [role='tabpanel'][hidden],
  .stacked[hidden] {
    display: none;
  }
  .view-select {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .view-select label {
    font-weight: 700;
  }
  /* As wide as the row leaves, and never wider: a view's title can be one long word. */
  .view-select select {
    flex: 1 1 10em;
    inline-size: 100%;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-block-end: 2px solid var(--_border);
  }
  [role='tab'] {
    border: 0;
    border-block-end: 3px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    margin-block-end: -2px;
    background: transparent;
    color: var(--_text);
    font-weight: 600;
  }
  [role='tab'][aria-selected='true'] {
    border-block-end-color: var(--_accent);
    color: var(--_accent);
    background: var(--_surface);
  }
  .stacked {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75em;
  }
  h4 {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }
  h3 {
    font-size: 1.0625em;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 0.625em;
    border: 1px solid var(--_border);
  }
  /* This table has no frame to scroll in: a word of the site's longer than the widget breaks rather than
     widening it. The column headers are the widget's own words, kept whole. */
  tbody th,
  td {
    overflow-wrap: anywhere;
  }
  thead th,
  tbody th {
    background: var(--_surface);
  }
  tbody th {
    min-inline-size: 9em;
  }
  ul {
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.375em;
  }
  .warnings {
    list-style: none;
    padding-inline-start: 0;
  }
  .warning-icon {
    color: var(--_danger);
  }
  .guide {
    display: grid;
    gap: 0.75em;
  }
  .guide fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.625em 0.75em;
    display: grid;
    gap: 0.25em;
  }
  .guide legend {
    font-size: 1em;
    padding-inline: 0.25em;
  }
  .option {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    min-block-size: 1.75em;
    cursor: pointer;
  }
  .option input {
    font-size: inherit;
    inline-size: max(20px, 1.125em);
    block-size: max(20px, 1.125em);
    margin: 0.125em 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .guide-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .missing:empty {
    position: absolute;
  }
  .missing {
    color: var(--_danger);
    font-weight: 600;
  }
  .result {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .result-label {
    font-weight: 700;
  }
  .cta {
    display: inline-block;
    padding: 0.625em 1.25em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
  }
  /* Narrow (below 30em, 480px at the default size): each table row becomes a block, each cell labelled by
     its column, so no column is squeezed narrower than its words. */
  @container (max-width: 30em) {
    table thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table tr,
    table th,
    table td {
      display: block;
    }
    table tbody th {
      min-inline-size: 0;
      border-block-end: 0;
    }
    table td::before {
      /* Seen, not read: screen readers already hear the column header. */
      content: attr(data-label) ': ' / '';
      font-weight: 700;
    }
  }
  .result-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  @media print {
    .tabs,
    .view-select,
    .guide-actions,
    .result-share {
      display: none;
    }
    /* "Print this result": the widget prints the guide's result alone. */
    :host([data-smp-printing]) .widget > :not(.server-layout, [role='tabpanel'], .stacked, .disclaimer),
    :host([data-smp-printing]) [role='tabpanel']:not(#panel-guide),
    :host([data-smp-printing]) .stacked:not(#panel-guide),
    :host([data-smp-printing]) #panel-guide > :not(.result) {
      display: none;
    }
    [role='tabpanel'][hidden],
    .stacked[hidden] {
      display: grid;
    }
  }
`;
