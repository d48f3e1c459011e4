import { css } from 'lit';

export const comparisonStyles = css`
  .guide {
    display: grid;
    gap: 0.75em;
    margin: 0;
  }
  .guide dt {
    font-weight: 700;
  }
  .guide dd {
    margin: 0.25em 0 0;
  }
  .guide-term {
    color: var(--_muted);
  }
  .filter summary {
    cursor: pointer;
    color: var(--_accent);
    padding-block: 0.25em;
  }
  .filter ul {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding-block-start: 0.5em;
  }
  .filter li {
    display: flex;
    align-items: center;
    gap: 0.375em;
  }
  input[type='checkbox'] {
    font-size: inherit;
    inline-size: max(24px, 1.125em);
    block-size: max(24px, 1.125em);
    margin: 0;
    accent-color: var(--_accent);
  }
  .scroll-frame {
    position: relative;
    min-inline-size: 0;
    timeline-scope: --smp-table-x;
  }
  .scroller {
    overflow: auto;
    max-inline-size: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    scroll-timeline: --smp-table-x inline;
  }
  /* A shadow at each edge the table scrolls towards: one just past the sticky column (anchored to its corner
     cell), one at the far edge. The scroll position alone drives them (a scroll-driven animation): nothing is
     measured or written by script, and a table that fits has no scroll timeline, so neither shows. Browsers
     without scroll-driven animations show no shadows; the table still scrolls. */
  .start-edge,
  .scroll-frame::after {
    content: '';
    position: absolute;
    inset-block: 1px;
    inline-size: 0.75em;
    pointer-events: none;
    opacity: 0;
    z-index: 4;
    animation: linear both;
    animation-timeline: --smp-table-x;
    /* Black in both themes: it darkens a light page a little and a dark one further, so text keeps its contrast. */
    --_shade: rgb(0 0 0 / 0.22);
  }
  .start-edge {
    /* Where anchors are not supported, the start of the scroller. */
    inset-inline-start: 1px;
    position-anchor: --smp-corner;
    inset-inline-start: anchor(end);
    background: linear-gradient(to right, var(--_shade), transparent);
    animation-name: smp-edge-appears;
    animation-range: 0 1px;
  }
  .scroll-frame::after {
    inset-inline-end: 1px;
    background: linear-gradient(to left, var(--_shade), transparent);
    animation-name: smp-edge-goes;
    animation-range: calc(100% - 1px) 100%;
  }
  [dir='rtl'] .start-edge {
    background: linear-gradient(to left, var(--_shade), transparent);
  }
  [dir='rtl'] .scroll-frame::after {
    background: linear-gradient(to right, var(--_shade), transparent);
  }
  @keyframes smp-edge-appears {
    from {
      opacity: 0;
    }
    to {
      opacity: 1;
    }
  }
  @keyframes smp-edge-goes {
    from {
      opacity: 1;
    }
    to {
      opacity: 0;
    }
  }
  .scroller.bounded {
    max-block-size: var(--_max-height);
  }
  table {
    /* Break long words only when nothing else fits, so headers never split mid-word to narrow a column. */
    overflow-wrap: break-word;
    border-collapse: separate;
    border-spacing: 0;
    inline-size: 100%;
    font-size: 0.9375em;
  }
  caption {
    caption-side: bottom;
    text-align: start;
    padding: 0.5em 0.75em;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  th,
  td {
    padding: 0.5em 0.75em;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
    min-inline-size: 9em;
  }
  th {
    font-weight: 700;
    background: var(--_surface);
  }
  td {
    background: var(--_bg);
  }
  /* One column per clinic: every clinic gets the same width, so none looks favoured; below that width
     the table scrolls sideways instead of squeezing. */
  table.by-columns {
    table-layout: fixed;
    min-inline-size: calc(11em + var(--_clinic-count, 1) * 10em);
  }
  table.by-columns thead th:first-child {
    inline-size: 11em;
  }
  /* Clinic names (or criteria) stay in view while the table scrolls sideways; header cells stay in
     view while it scrolls inside a bounded height. */
  thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
  }
  tbody th,
  thead th:first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
  }
  thead th:first-child {
    z-index: 3;
    anchor-name: --smp-corner;
  }
  .highlighted,
  .highlighted > td,
  .highlighted > th {
    background: var(--_surface);
  }
  td.highlighted,
  th.highlighted {
    box-shadow: inset 0 3px 0 var(--_accent);
  }
  button.sort {
    min-block-size: 2.25em;
    padding: 0.25em 0.5em;
    margin-inline-start: -0.5em;
    border-color: transparent;
    background: transparent;
    color: inherit;
    font-weight: 700;
    text-align: start;
  }
  button.sort:hover {
    border-color: var(--_border);
  }
  .sort-icon {
    color: var(--_accent);
  }
  /* A long name or place wraps within a column of its own width rather than widening the column (or the sticky one). */
  .clinic-name,
  .location {
    display: block;
    max-inline-size: 16em;
  }
  .location,
  .detail,
  .lifetime-conditions {
    display: block;
    color: var(--_muted);
    font-weight: normal;
    font-size: 0.9375em;
  }
  .location:empty {
    display: none;
  }
  .badge {
    display: inline-block;
    margin-block-start: 0.25em;
    padding: 0 0.5em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    color: var(--_accent);
    font-size: 0.875em;
    font-weight: 700;
  }
  .marker {
    display: block;
    color: var(--_accent);
    font-weight: 700;
    font-size: 0.875em;
  }
  .stale {
    display: block;
    color: var(--_danger);
    font-weight: 700;
    font-size: 0.875em;
  }
  /* The symbols are for the eye; screen readers read the words alone (the text after the slash). */
  .marker::before {
    content: '★ ' / '';
  }
  .stale::before {
    content: '⚠ ' / '';
  }
  .conditions {
    padding-inline-start: 1.1em;
    margin: 0;
  }
  .sort-controls {
    min-inline-size: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .cards {
    list-style: none;
    display: grid;
    gap: 0.75em;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
    display: grid;
    gap: 0.5em;
  }
  .card.highlighted {
    border-color: var(--_accent);
    border-width: 2px;
  }
  .card h3 {
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .card dl {
    display: grid;
    gap: 0.375em;
    margin: 0;
  }
  .card dt {
    font-weight: 700;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .card dd {
    margin: 0;
  }
  .show-more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .show-more p {
    color: var(--_muted);
  }
  /* The first clinic after "Show more" takes focus; inside the scroller an outer outline would be clipped. */
  th[tabindex='-1'] {
    outline-offset: -3px;
  }
  @media print {
    .filter,
    .show-more,
    .sort-controls,
    .sort-icon {
      display: none;
    }
    .scroller,
    .scroller.bounded {
      overflow: visible;
      max-block-size: none;
    }
    thead th,
    tbody th {
      position: static;
    }
    tr,
    .card {
      break-inside: avoid;
    }
  }
`;
