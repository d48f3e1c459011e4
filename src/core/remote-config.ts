import type { ConfigProblem } from './problems.js';

/** `<meta name="smp-src-origins" content="https://data.example.org 'self'">`: where `src` may point. */
export const SRC_ORIGINS_META = 'smp-src-origins';

export type RemoteConfig =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'loaded'; url: string; data: unknown }
  | { status: 'failed'; url: string; problem: ConfigProblem };

/**
 * The origins a page allows `src` to load from, or undefined when the page sets no list (then only
 * its CSP `connect-src` limits where the browser may fetch).
 */
export function allowedSrcOrigins(doc: Document = document): string[] | undefined {
  const metas = [...doc.querySelectorAll<HTMLMetaElement>(`meta[name="${SRC_ORIGINS_META}"]`)];
  if (metas.length === 0) return undefined;
  return metas
    .flatMap((meta) => meta.content.split(/[\s,]+/))
    .filter(Boolean)
    .map((origin) => (origin === "'self'" || origin === 'self' ? doc.location.origin : origin.replace(/\/+$/, '')));
}

/** Resolves `src` against the page and checks it: http(s) only, and inside the page's allow-list if it has one. */
export function checkSrc(src: string, doc: Document = document): { ok: true; url: URL } | { ok: false; problem: ConfigProblem } {
  let url: URL;
  try {
    url = new URL(src, doc.baseURI);
  } catch {
    return { ok: false, problem: { path: 'src', message: `"${src}" is not a valid address` } };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: { path: 'src', message: `expected an http: or https: address, got ${url.protocol}` } };
  }
  const allowed = allowedSrcOrigins(doc);
  if (allowed && !allowed.includes(url.origin)) {
    return {
      ok: false,
      problem: { path: 'src', message: `${url.origin} is not among the origins this page allows (meta name="${SRC_ORIGINS_META}")` },
    };
  }
  return { ok: true, url };
}

/** Fetches and parses a JSON config. Never throws; an aborted load resolves to undefined. */
export async function loadRemoteConfig(
  src: string,
  signal: AbortSignal,
  { reload = false, doc = document }: { reload?: boolean; doc?: Document } = {},
): Promise<RemoteConfig | undefined> {
  const checked = checkSrc(src, doc);
  if (!checked.ok) return { status: 'failed', url: src, problem: checked.problem };
  const url = checked.url.href;
  const failed = (message: string): RemoteConfig => ({ status: 'failed', url, problem: { path: 'src', message } });
  let response: Response;
  try {
    // No cookies: a dataset is public, and a reader's session elsewhere is none of its business.
    response = await fetch(url, { credentials: 'omit', signal, cache: reload ? 'reload' : 'default' });
  } catch (error) {
    if (signal.aborted) return undefined;
    return failed(`could not be loaded from ${url} (${error instanceof Error ? error.message : 'network error'})`);
  }
  if (!response.ok) return failed(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}`);
  let text: string;
  try {
    text = await response.text();
  } catch {
    return signal.aborted ? undefined : failed(`the download from ${url} was interrupted`);
  }
  try {
    return { status: 'loaded', url, data: JSON.parse(text) as unknown };
  } catch {
    return failed(`${url} did not return JSON`);
  }
}
