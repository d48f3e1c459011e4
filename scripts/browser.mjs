import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

// Browsers come from the system; no tool here downloads its own.
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function isDebianLikeRoot() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && /debian|ubuntu/i.test(readFileSync('/etc/os-release', 'utf8'));
}

/**
 * Flags every headless Chromium of the project starts with: no sandbox (CI runs as root), no GPU, and none
 * of the background connections this machine's closed network refuses.
 */
export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The browser the tests and the benchmark use; installs Debian's chromium where it can. */
export function findBrowser() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  if (isDebianLikeRoot()) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get.');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return '/usr/bin/chromium';
  }
  console.error('No Chrome or Chromium found: install one (for example "apt-get install chromium") or set CHROME_PATH to its executable.');
  process.exit(1);
}
