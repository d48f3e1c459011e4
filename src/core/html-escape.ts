// Escaping for HTML written as text (the builder's snippets, the server's markup), never parsed in a page.

/** Text for an HTML attribute written between `quote`s: `&`, `<` and that quote are escaped. */
export function escapeAttribute(text: string, quote: '"' | "'" = '"'): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replaceAll(quote, quote === '"' ? '&quot;' : '&#39;');
}

/** Text between HTML tags. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
