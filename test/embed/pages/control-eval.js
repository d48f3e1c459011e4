// Positive control: code compiled at run time, which a strict CSP must report.
try {
  new Function('return 1')();
} catch {
  // Blocked, as it should be; the violation event is what the test checks.
}
