/** About a frame of first rendering per task; the widgets still waiting continue in the next task. */
const SLICE_MS = 16;

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

/** The turns, in order: each is taken only once the widget before has rendered. */
let queue: Promise<void> = Promise.resolve();

/**
 * Waits for a widget's turn to render for the first time. Widgets that appear together share the main
 * thread: once about 16 ms of first renders have run in one task, the rest continue in the next, so thirty
 * widgets loading at once never hold up the reader's input with one long task. The turns form a queue, so
 * each widget looks at the clock after the one before it has rendered, not before.
 */
export function firstRenderTurn(): Promise<void> {
  const turn = queue.then(takeTurn);
  queue = turn;
  return turn;
}

async function takeTurn(): Promise<void> {
  for (;;) {
    const now = performance.now();
    if (sliceStart === undefined) {
      sliceStart = now;
      void newTask().then(() => {
        sliceStart = undefined;
        nextSlice = undefined;
      });
    }
    if (now - sliceStart < SLICE_MS) return;
    nextSlice ??= newTask();
    await nextSlice;
  }
}
