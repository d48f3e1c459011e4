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
