import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A place in a grid of controls; a tab list is a grid of one row. */
export interface Cell {
  row: number;
  col: number;
}

/** How many rows and columns a grid has. */
export interface GridSize {
  rows: number;
  cols: number;
}

const clamp = (value: number, count: number) => Math.max(0, Math.min(count - 1, value));

/**
 * The cell focus moves to on a key, in a grid of `rows` by `cols`: an arrow moves one step, stopping at the edge
 * (a grid of boxes) or, with `wrap`, going round to the other end (tabs); Home and End go to the row's ends,
 * Ctrl+Home and Ctrl+End to the grid's corners. Right to left, the left arrow moves forward. A single row leaves
 * the up and down arrows to the page. Undefined for any other key.
 */
export function cellAfterKey(key: string, { row, col }: Cell, { rows, cols }: GridSize, { wrap = false, rtl = false, ctrl = false } = {}): Cell | undefined {
  const step = (value: number, by: number, count: number) => (wrap ? (value + by + count) % count : clamp(value + by, count));
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return { row, col: step(col, 1, cols) };
  if (key === back) return { row, col: step(col, -1, cols) };
  if (key === 'ArrowDown' && rows > 1) return { row: step(row, 1, rows), col };
  if (key === 'ArrowUp' && rows > 1) return { row: step(row, -1, rows), col };
  if (key === 'Home') return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
  if (key === 'End') return ctrl ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 };
  return undefined;
}

/** What a RovingController needs to know of its grid. */
export interface RovingOptions {
  /** The grid's size now. */
  size(): GridSize;
  /** Puts focus on the control at a cell (called after the update that made it the tab stop). */
  focus(cell: Cell): void;
  /** Arrows go round at the ends (tabs) instead of stopping there (a grid). */
  wrap?: boolean;
  /** The selected cell, when selection decides the tab stop (tabs); without one, the last cell moved to is the stop. */
  selected?(): Cell | undefined;
  /** A key moved to `cell` (tabs select it: selection follows focus). */
  moved?(cell: Cell): void;
}

/**
 * A roving tab stop: a grid of controls (or a tab list) is one stop for Tab, and the arrow keys, Home and End move
 * focus within it (see cellAfterKey). The host renders `tabindex=${roving.tabIndex(row, col)}` on each control and
 * listens for keys on their container with `@keydown=${roving.onKeydown}`.
 */
export class RovingController implements ReactiveController {
  #last: Cell = { row: 0, col: 0 };
  /** The cell a key moved to, focused once the update that made it the tab stop is done. */
  #focusNext: Cell | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #options: RovingOptions;


  constructor(host: ReactiveControllerHost, options: RovingOptions, ) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The cell that takes focus from Tab, kept inside the grid as it shrinks. */
  get stop(): Cell {
    const at = this.#options.selected?.() ?? this.#last;
    const { rows, cols } = this.#options.size();
    return { row: clamp(at.row, rows), col: clamp(at.col, cols) };
  }

  /** 0 for the tab stop, -1 for the other cells. */
  tabIndex(row: number, col: number): 0 | -1 {
    const stop = this.stop;
    return stop.row === row && stop.col === col ? 0 : -1;
  }

  /** Makes `cell` the tab stop, as when the reader used the control there. */
  moveTo(cell: Cell): void {
    this.#last = cell;
  }

  /** The keydown listener for the grid's container. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    // The container's own direction, not the page's: a right-to-left widget can sit in a left-to-right page.
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const next = cellAfterKey(event.key, this.stop, this.#options.size(), { wrap: this.#options.wrap, rtl, ctrl: event.ctrlKey });
    if (!next) return;
    event.preventDefault();
    this.#last = next;
    this.#focusNext = next;
    this.#options.moved?.(next);
    this.#host.requestUpdate();
  };

  hostUpdated(): void {
    const cell = this.#focusNext;
    this.#focusNext = undefined;
    if (cell) this.#options.focus(cell);
  }
}
