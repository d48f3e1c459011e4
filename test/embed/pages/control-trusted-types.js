// Positive control: a raw HTML string assigned to a script sink, which Trusted Types must report.
try {
  const template = document.createElement('template');
  template.innerHTML = '<b>raw</b>';
} catch {
  // Blocked, as it should be.
}
