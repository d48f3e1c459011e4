/**
 * localStorage that never throws: private modes, sandboxed iframes and full quotas make every call
 * fail in a different way, and a widget must keep working without persistence in all of them.
 */
export interface SafeStorage {
  /** Whether this browser lets the page store anything at all right now. */
  works(): boolean;
  /** The stored value if it exists, parses and carries this `version`; otherwise undefined. */
  read(key: string, version: number): unknown;
  /** False when the browser refused to store it. */
  write(key: string, version: number, data: unknown): boolean;
  remove(key: string): void;
}

interface Versioned {
  version: number;
  data: unknown;
}

function isVersioned(value: unknown): value is Versioned {
  return typeof value === 'object' && value !== null && 'version' in value && 'data' in value;
}

const PROBE_KEY = 'smp-storage-probe';

export function openStorage(getStorage: () => Storage = () => window.localStorage): SafeStorage {
  return {
    works() {
      try {
        const storage = getStorage();
        storage.setItem(PROBE_KEY, '1');
        storage.removeItem(PROBE_KEY);
        return true;
      } catch {
        return false;
      }
    },
    read(key, version) {
      try {
        const text = getStorage().getItem(key);
        if (text === null) return undefined;
        const stored: unknown = JSON.parse(text);
        return isVersioned(stored) && stored.version === version ? stored.data : undefined;
      } catch {
        return undefined;
      }
    },
    write(key, version, data) {
      try {
        getStorage().setItem(key, JSON.stringify({ version, data } satisfies Versioned));
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        getStorage().removeItem(key);
      } catch {
        // Nothing stored, nothing to remove.
      }
    },
  };
}

/** Fired on window after a widget stores something, so other widgets on the page showing the same key follow. */
const SAME_PAGE_CHANGE = 'smp-storage-change';

interface StorageChange {
  key: string;
  writer: object;
}

/**
 * Tells other widgets on this page (and, through the browser, other tabs) that `writer` changed `key`.
 */
export function announceStorageChange(key: string, writer: object): void {
  window.dispatchEvent(new CustomEvent<StorageChange>(SAME_PAGE_CHANGE, { detail: { key, writer } }));
}

/**
 * Calls `onChange` when `key` changes in another widget on this page (not `watcher` itself) or in another
 * tab. Returns the function that stops watching; call it on disconnect so detached widgets are not kept alive.
 */
export function watchStorage(key: string, watcher: object, onChange: () => void): () => void {
  const samePage = (event: Event) => {
    const change = (event as CustomEvent<StorageChange | undefined>).detail;
    if (change?.key === key && change.writer !== watcher) onChange();
  };
  const otherTab = (event: StorageEvent) => {
    if (event.key === key || event.key === null) onChange();
  };
  window.addEventListener(SAME_PAGE_CHANGE, samePage);
  window.addEventListener('storage', otherTab);
  return () => {
    window.removeEventListener(SAME_PAGE_CHANGE, samePage);
    window.removeEventListener('storage', otherTab);
  };
}
