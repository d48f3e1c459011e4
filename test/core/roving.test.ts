import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { cellAfterKey, RovingController, type Cell } from '../../src/core/roving.js';

// The roving tab stop: which cell a key leads to (pure), and the controller that moves tabindex and focus.

describe('cellAfterKey', () => {
  const grid = { rows: 3, cols: 2 };
  const tabs = { rows: 1, cols: 4 };

  it('moves one step in a grid and stops at its edges', () => {
    expect(cellAfterKey('ArrowRight', { row: 0, col: 0 }, grid)).to.deep.equal({ row: 0, col: 1 });
    expect(cellAfterKey('ArrowRight', { row: 0, col: 1 }, grid)).to.deep.equal({ row: 0, col: 1 });
    expect(cellAfterKey('ArrowLeft', { row: 1, col: 0 }, grid)).to.deep.equal({ row: 1, col: 0 });
    expect(cellAfterKey('ArrowDown', { row: 2, col: 0 }, grid)).to.deep.equal({ row: 2, col: 0 });
    expect(cellAfterKey('ArrowUp', { row: 2, col: 1 }, grid)).to.deep.equal({ row: 1, col: 1 });
    expect(cellAfterKey('ArrowUp', { row: 0, col: 1 }, grid)).to.deep.equal({ row: 0, col: 1 });
  });

  it('goes to the row’s ends with Home and End, and to the corners with Ctrl', () => {
    expect(cellAfterKey('End', { row: 1, col: 0 }, grid)).to.deep.equal({ row: 1, col: 1 });
    expect(cellAfterKey('Home', { row: 1, col: 1 }, grid)).to.deep.equal({ row: 1, col: 0 });
    expect(cellAfterKey('Home', { row: 1, col: 1 }, grid, { ctrl: true })).to.deep.equal({ row: 0, col: 0 });
    expect(cellAfterKey('End', { row: 0, col: 0 }, grid, { ctrl: true })).to.deep.equal({ row: 2, col: 1 });
  });

  it('moves forward with the left arrow right to left', () => {
    expect(cellAfterKey('ArrowLeft', { row: 0, col: 0 }, grid, { rtl: true })).to.deep.equal({ row: 0, col: 1 });
    expect(cellAfterKey('ArrowRight', { row: 0, col: 1 }, grid, { rtl: true })).to.deep.equal({ row: 0, col: 0 });
    expect(cellAfterKey('ArrowLeft', { row: 0, col: 0 }, tabs, { rtl: true, wrap: true })).to.deep.equal({ row: 0, col: 1 });
  });

  it('wraps round a tab list, and leaves the up and down arrows of a single row to the page', () => {
    expect(cellAfterKey('ArrowRight', { row: 0, col: 3 }, tabs, { wrap: true })).to.deep.equal({ row: 0, col: 0 });
    expect(cellAfterKey('ArrowLeft', { row: 0, col: 0 }, tabs, { wrap: true })).to.deep.equal({ row: 0, col: 3 });
    expect(cellAfterKey('ArrowRight', { row: 0, col: 1 }, tabs, { wrap: true })).to.deep.equal({ row: 0, col: 2 });
    expect(cellAfterKey('End', { row: 0, col: 0 }, tabs, { wrap: true })).to.deep.equal({ row: 0, col: 3 });
    expect(cellAfterKey('ArrowDown', { row: 0, col: 1 }, tabs, { wrap: true })).to.be.undefined;
    expect(cellAfterKey('ArrowUp', { row: 0, col: 1 }, tabs)).to.be.undefined;
  });

  it('ignores other keys', () => {
    expect(cellAfterKey('a', { row: 0, col: 0 }, grid)).to.be.undefined;
    expect(cellAfterKey('Enter', { row: 0, col: 0 }, tabs, { wrap: true })).to.be.undefined;
  });
});

/** A grid of buttons, `rows` by `cols`, with a roving tab stop; `picked` is its selection, when it has one. */
class RovingGrid extends LitElement {
  static wrap = false;
  rows = 2;
  cols = 3;
  picked: Cell | undefined;
  readonly moves: Cell[] = [];
  readonly roving = new RovingController(this, {
    wrap: (this.constructor as typeof RovingGrid).wrap,
    size: () => ({ rows: this.rows, cols: this.cols }),
    focus: ({ row, col }) => this.renderRoot.querySelector<HTMLElement>(`#b-${row}-${col}`)?.focus(),
    moved: (cell) => this.moves.push(cell),
    selected: () => this.picked,
  });

  override render() {
    return litHtml`<div @keydown=${this.roving.onKeydown}>
      ${Array.from({ length: this.rows }, (_, row) =>
        Array.from({ length: this.cols }, (_, col) => litHtml`<button id=${`b-${row}-${col}`} tabindex=${this.roving.tabIndex(row, col)}>${row},${col}</button>`),
      )}
    </div>`;
  }
}
customElements.define('roving-grid', RovingGrid);
customElements.define('roving-wrap', class extends RovingGrid {
  static override wrap = true;
});

describe('RovingController', () => {
  const stops = (el: RovingGrid) => [...el.shadowRoot!.querySelectorAll('button')].filter((button) => button.tabIndex === 0).map((button) => button.id);
  const focused = (el: RovingGrid) => el.shadowRoot!.activeElement?.id;

  async function grid({ wrap = false, dir = 'ltr' } = {}): Promise<RovingGrid> {
    return wrap ? fixture<RovingGrid>(html`<roving-wrap dir=${dir}></roving-wrap>`) : fixture<RovingGrid>(html`<roving-grid dir=${dir}></roving-grid>`);
  }

  it('makes one control the tab stop and moves it, and focus, with the keys', async () => {
    const el = await grid();
    expect(stops(el)).to.deep.equal(['b-0-0']);
    el.shadowRoot!.querySelector<HTMLElement>('#b-0-0')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await elementUpdated(el);
    expect(stops(el)).to.deep.equal(['b-1-0']);
    expect(focused(el)).to.equal('b-1-0');
    await sendKeys({ press: 'End' });
    await elementUpdated(el);
    expect(focused(el)).to.equal('b-1-2');
    // Stops at the edge.
    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect(focused(el)).to.equal('b-1-2');
    expect(stops(el)).to.deep.equal(['b-1-2']);
    expect(el.moves.at(-1)).to.deep.equal({ row: 1, col: 2 });
  });

  it('wraps when asked to, and mirrors the arrows in a right-to-left container', async () => {
    const el = await grid({ wrap: true, dir: 'rtl' });
    el.shadowRoot!.querySelector<HTMLElement>('#b-0-0')!.focus();
    // Right to left, the right arrow goes back: from the first control, round to the row's last.
    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect(focused(el)).to.equal('b-0-2');
    await sendKeys({ press: 'ArrowLeft' });
    await elementUpdated(el);
    expect(focused(el)).to.equal('b-0-0');
  });

  it('follows the selection when the host has one, and keeps the tab stop inside a grid that shrank', async () => {
    const el = await grid();
    el.picked = { row: 1, col: 1 };
    el.requestUpdate();
    await elementUpdated(el);
    expect(stops(el)).to.deep.equal(['b-1-1']);
    el.picked = undefined;
    el.roving.moveTo({ row: 1, col: 2 });
    el.cols = 2;
    el.requestUpdate();
    await elementUpdated(el);
    expect(stops(el)).to.deep.equal(['b-1-1']);
  });
});
