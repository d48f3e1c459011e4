import { css } from 'lit';

export const checklistStyles = css`
  .progress {
    display: grid;
    gap: 0.375em;
    padding: 0.75em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .progress-text {
    font-weight: 700;
  }
  progress {
    inline-size: 100%;
    block-size: 0.625em;
    accent-color: var(--_accent);
  }
  .band-label {
    font-weight: 700;
  }
  .sections {
    display: grid;
    gap: var(--_space);
  }
  fieldset {
    border: 0;
    min-inline-size: 0;
    display: grid;
    gap: 0.5em;
    /* Side-by-side sections share a row height; the shorter one must not spread its items apart. */
    align-content: start;
  }
  legend {
    margin-block-end: 0.5em;
  }
  .section-intro {
    color: var(--_muted);
  }
  ul {
    list-style: none;
    display: grid;
    gap: 0.5em;
    align-content: start;
  }
  .item {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.625em;
    align-items: start;
    padding: 0.5em 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .item.checked {
    background: var(--_surface);
  }
  input[type='checkbox'] {
    font-size: inherit;
    inline-size: max(24px, 1.25em);
    block-size: max(24px, 1.25em);
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  label {
    cursor: pointer;
  }
  details {
    grid-column: 2;
    color: var(--_muted);
  }
  summary {
    padding-block: 0.25em;
    cursor: pointer;
    color: var(--_accent);
    font-size: 0.875em;
    inline-size: fit-content;
  }
  details p {
    padding-block-start: 0.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .actions button {
    flex: 1 1 auto;
  }
  /* An empty live region stays in the accessibility tree, so its first message is announced. */
  .status:empty {
    position: absolute;
  }
  footer {
    display: grid;
    gap: 0.25em;
  }
  @container (min-width: 44em) {
    .sections {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .actions button {
      flex: 0 0 auto;
    }
  }
  @media print {
    .actions,
    .status,
    summary {
      display: none;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
