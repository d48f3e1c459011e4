/**
 * About half a frame of first rendering per slice; the widgets still waiting continue after the browser has drawn.
 * Laying out what a slice rendered takes the browser about twice as long again (measured with thirty widgets in view).
 */
const SLICE_MS = 8;

let sliceStart: number | undefined;
let nextSlice: Promise<void> | undefined;

/** A new task, soon: a message to ourselves (timers are slowed in background tabs, messages are not). */
function newTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * How long a slice waits for a frame before it runs anyway. A page hidden meanwhile, or an iframe off screen, draws
 * none; the widgets there are not seen until it does, and a frame then ends the wait at once.
 */
const FRAME_WAIT_MS = 500;

/** Ends the wait for a frame at once: printing cannot wait for one. */
let endFrameWait: (() => void) | undefined;

/**
 * A new task once the browser has drawn a frame: the slice before is laid out and painted in that frame, not in
 * one long task with every slice after it. A hidden page draws no frames, so there it is just a new task.
 */
function afterNextFrame(): Promise<void> {
  if (document.hidden) return newTask();
  return new Promise((resolve) => {
    const go = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (endFrameWait === go) endFrameWait = undefined;
      resolve();
    };
    const frame = requestAnimationFrame(() => void newTask().then(go));
    const timer = setTimeout(go, FRAME_WAIT_MS);
    endFrameWait = go;
  });
}

/** Printing renders everything at once: no widget waits for the viewport, its turn or a frame. */
let printing = false;

globalThis.addEventListener?.('beforeprint', () => {
  printing = true;
  endFrameWait?.();
  [...waiting.keys()].forEach(release);
});
globalThis.addEventListener?.('afterprint', () => (printing = false));

/** The turns, in order: each is taken only once the widget before has rendered. */
let queue: Promise<void> = Promise.resolve();

/**
 * Waits for a widget's turn to render for the first time. Widgets that appear together share the main
 * thread: once about 8 ms of first renders have run, the rest wait until the browser has drawn a frame, so
 * thirty widgets loading at once never hold up the reader's input with one long task, and the layout of what
 * each slice rendered is done in its own frame rather than all at once. The turns form a queue, so each widget
 * looks at the clock after the one before it has rendered, not before.
 */
export function firstRenderTurn(): Promise<void> {
  if (printing) return Promise.resolve();
  const turn = queue.then(takeTurn);
  queue = turn;
  return turn;
}

async function takeTurn(): Promise<void> {
  for (;;) {
    if (printing) return;
    // A slice that used its time holds every turn until the browser has drawn, whichever task the turn comes in.
    if (nextSlice) {
      await nextSlice;
      continue;
    }
    const now = performance.now();
    if (sliceStart === undefined) {
      sliceStart = now;
      // A slice whose task ends before its time is used up starts afresh in the next task; one that used its
      // time starts afresh once the frame after it is drawn (below).
      void newTask().then(() => {
        if (!nextSlice) sliceStart = undefined;
      });
    }
    if (now - sliceStart < SLICE_MS) return;
    nextSlice = afterNextFrame().then(() => {
      sliceStart = undefined;
      nextSlice = undefined;
    });
  }
}

/** How long an off-screen widget waits for the browser to be idle before it renders anyway. */
const IDLE_TIMEOUT_MS = 2000;

const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function release(el: Element): void {
  const go = waiting.get(el);
  if (!go) return;
  waiting.delete(el);
  observer?.unobserve(el);
  go();
}

function watch(): IntersectionObserver {
  if (observer) return observer;
  // About one screen of margin: a widget renders before the reader scrolls to it.
  observer = new IntersectionObserver((entries) => entries.forEach((entry) => entry.isIntersecting && release(entry.target)), { rootMargin: '100% 0px' });
  return observer;
}

/**
 * Resolves when a widget should render for the first time: when it comes within about a screen of the
 * viewport, else when the browser is idle (so find-in-page and links reach it), and at once before printing
 * or when the address links to it (`#<id>/…`). Where there is no IntersectionObserver, at once.
 */
export function nearViewport(el: HTMLElement, linkId: string): Promise<void> {
  if (typeof IntersectionObserver === 'undefined' || printing) return Promise.resolve();
  if (linkId && location.hash.startsWith(`#${linkId}/`)) return Promise.resolve();
  // Already within a screen of the viewport (or not laid out at all): no need to wait for the observer.
  const box = el.getBoundingClientRect();
  if (box.bottom > -innerHeight && box.top < 2 * innerHeight) return Promise.resolve();
  return new Promise((resolve) => {
    waiting.set(el, resolve);
    watch().observe(el);
    const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, IDLE_TIMEOUT_MS));
    idle(() => release(el), { timeout: IDLE_TIMEOUT_MS });
  });
}

/** Hosts whose next update waits for a render turn (see requestUpdateInTurn). */
const inTurn = new WeakSet<object>();

/**
 * An update that waits for a render turn, like a first render: for controllers whose part (the built-in
 * content, the validator, a language pack) arrives for many widgets at once. The element's scheduleUpdate asks
 * `takesTurn` whether to wait.
 */
export function requestUpdateInTurn(host: { requestUpdate(): void }): void {
  inTurn.add(host);
  host.requestUpdate();
}

/** Whether this update of `host` was asked for in turn (and is no longer, once asked). */
export const takesTurn = (host: object): boolean => inTurn.delete(host);
