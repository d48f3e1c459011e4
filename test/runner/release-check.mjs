import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser.mjs';
import { writeRelease } from '../../scripts/release.mjs';

// The release zip as a site owner gets it: written by scripts/release.mjs, unpacked into a temporary folder,
// then opened from disk (file://) in a browser of its own. The tests also reach the unpacked folder over
// HTTP, served at /smp-widgets/ (see web-test-runner.config.mjs).

/** Writes and unpacks the release; returns where, and which files the zip held. */
export async function unpackRelease() {
  const dir = await mkdtemp(join(tmpdir(), 'smp-release-'));
  const { zipPath, integrity, xenforoPath } = await writeRelease({ outDir: dir });
  const entries = unzipSync(new Uint8Array(await readFile(zipPath)));
  const site = join(dir, 'site');
  for (const [path, bytes] of Object.entries(entries)) {
    await mkdir(dirname(join(site, path)), { recursive: true });
    await writeFile(join(site, path), bytes);
  }
  return { dir, site, files: Object.keys(entries).sort(), integrity, xenforoBbCodes: await readFile(xenforoPath, 'utf8') };
}

export async function removeRelease(dir) {
  await rm(dir, { recursive: true, force: true });
}

/**
 * Opens pages of the unpacked site from disk: the builder, and each test page given (saved next to the
 * smp-widgets folder first). Returns what each showed.
 */
export async function openFromDisk(site, testPages) {
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    headless: true,
    args: BROWSER_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(site, 'smp-widgets', 'builder.html')).href, { waitUntil: 'load' });
    const preview = () => document.querySelector('smp-embed-builder')?.shadowRoot?.querySelector('.preview')?.firstElementChild;
    await page.waitForFunction(`(${preview})()?.shadowRoot?.querySelector('.widget')`, { timeout: 10000 }).catch(() => undefined);
    const builder = await page.evaluate(() => {
      const root = document.querySelector('smp-embed-builder')?.shadowRoot;
      const preview = root?.querySelector('.preview')?.firstElementChild;
      return {
        defined: Boolean(customElements.get('smp-embed-builder')),
        preview: preview?.shadowRoot?.querySelector('h2')?.textContent ?? null,
        snippet: root?.querySelector('#snippet')?.value ?? null,
      };
    });

    const pages = {};
    for (const [name, html] of Object.entries(testPages)) {
      const file = join(site, `${name}.html`);
      await writeFile(file, html);
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('[config]')?.shadowRoot?.querySelector('.widget'), { timeout: 5000 }).catch(() => undefined);
      pages[name] = await page.evaluate(() => {
        const el = document.querySelector('[config]');
        return { rendered: Boolean(el?.shadowRoot?.querySelector('.widget')), heading: el?.shadowRoot?.querySelector('h2')?.textContent ?? null, fallback: el?.textContent.trim() ?? null };
      });
    }
    return { builder, pages };
  } finally {
    await browser.close();
  }
}
