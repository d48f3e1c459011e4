import { problem, wordedProblem, type ConfigProblem } from './problems.js';
import type { StringTable } from './strings.js';

// What can go wrong loading `src`, in English (language packs translate the keys in their `core` section). Only
// pages with a `src` load this file, so only they carry these words.
const srcWording = {
  badAddress: '"{src}" is not a valid address',
  notHttp: 'expected an http: or https: address, got {protocol}',
  originNotAllowed: '{origin} is not among the origins this page allows (meta name="{meta}")',
  serverAnswered: 'the server answered {status} for {url}',
  interrupted: 'the download from {url} was interrupted',
  notJsonAt: '{url} did not return JSON',
};

export const srcProblemStrings: StringTable<keyof typeof srcWording> = { 'en-GB': srcWording, 'en-US': {} };

const srcProblem = (key: keyof typeof srcWording, values: Record<string, string>) => wordedProblem(srcWording, 'src', key, values);

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
    return { ok: false, problem: srcProblem('badAddress', { src }) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: srcProblem('notHttp', { protocol: url.protocol }) };
  }
  const allowed = allowedSrcOrigins(doc);
  if (allowed && !allowed.includes(url.origin)) {
    return { ok: false, problem: srcProblem('originNotAllowed', { origin: url.origin, meta: SRC_ORIGINS_META }) };
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
  const failed = (key: keyof typeof srcWording, values: Record<string, string>): RemoteConfig => ({ status: 'failed', url, problem: srcProblem(key, values) });
  let response: Response;
  try {
    // No cookies: a dataset is public, and a reader's session elsewhere is none of its business.
    response = await fetch(url, { credentials: 'omit', signal, cache: reload ? 'reload' : 'default' });
  } catch (error) {
    if (signal.aborted) return undefined;
    return { status: 'failed', url, problem: problem('src', 'notLoaded', { url, detail: error instanceof Error ? error.message : 'network error' }) };
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
