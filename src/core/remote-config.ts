import { problem, type ConfigProblem, type LoadProblemKey } from './problems.js';

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
    return { ok: false, problem: problem('src', 'badAddress', { src }) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: problem('src', 'notHttp', { protocol: url.protocol }) };
  }
  const allowed = allowedSrcOrigins(doc);
  if (allowed && !allowed.includes(url.origin)) {
    return { ok: false, problem: problem('src', 'originNotAllowed', { origin: url.origin, meta: SRC_ORIGINS_META }) };
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
  const failed = (key: LoadProblemKey, values: Record<string, string>): RemoteConfig => ({ status: 'failed', url, problem: problem('src', key, values) });
  let response: Response;
  try {
    // No cookies: a dataset is public, and a reader's session elsewhere is none of its business.
    response = await fetch(url, { credentials: 'omit', signal, cache: reload ? 'reload' : 'default' });
  } catch (error) {
    if (signal.aborted) return undefined;
    return failed('notLoaded', { url, detail: error instanceof Error ? error.message : 'network error' });
  }
  if (!response.ok) return failed('serverAnswered', { url, status: `${response.status}${response.statusText ? ` ${response.statusText}` : ''}` });
  let text: string;
  try {
    text = await response.text();
  } catch {
    return signal.aborted ? undefined : failed('interrupted', { url });
  }
  try {
    return { status: 'loaded', url, data: JSON.parse(text) as unknown };
  } catch {
    return failed('notJsonAt', { url });
  }
}
