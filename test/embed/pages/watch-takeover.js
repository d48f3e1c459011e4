// Loaded first on pre-rendered host pages: records the page's layout shifts from the start (there is no
// input on these pages, so every shift counts) and its errors.
window.layoutShifts = [];
window.pageErrors = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.layoutShifts.push({ value: entry.value, sources: (entry.sources || []).map((source) => (source.node && source.node.nodeName) || '?') });
  }
}).observe({ type: 'layout-shift', buffered: true });
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.pageErrors.push(args.map(String).join(' '));
  consoleError(...args);
};
