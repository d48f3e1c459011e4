import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from './browser.mjs';
import { serve } from './serve.mjs';

// `npm run screenshots`: the widget screenshots of the docs pages, made from the build (run `npm run build` first) so they
// cannot go stale. Each scene of demo/screenshots/scenes.json is rendered at its width from dist/, and written as
// <name>.png beside a <name>.json holding the SHA-256 of the text the widget shows and of the PNG itself;
// test/demo/screenshots.test.ts renders the same scenes and fails when either hash no longer matches.

const FOLDER = join(process.cwd(), 'demo', 'screenshots');

/** The page a scene is rendered in: the build's loader, and an empty frame the scene's width is set on. */
const SCENE =
  '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>body{margin:0;padding:16px;background:#fff;font-family:system-ui,sans-serif}</style>' +
  '<script type="module" src="/dist/smp-widgets.min.js"></script></head><body><div id="frame"></div></body></html>';

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

async function main() {
  const { scenes } = JSON.parse(await readFile(join(FOLDER, 'scenes.json'), 'utf8'));
  const server = await serve((path) => (path === '/scene' ? SCENE : undefined));
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
  try {
    const page = await browser.newPage();
    for (const scene of scenes) {
      await page.setViewport({ width: scene.width + 32, height: 800 });
      await page.goto(`http://127.0.0.1:${server.address().port}/scene`, { waitUntil: 'load' });
      const text = await page.evaluate(
        async ({ tag, width, config }) => {
          const frame = document.getElementById('frame');
          frame.style.width = `${width}px`;
          const element = document.createElement(tag);
          element.config = config;
          frame.append(element);
          await customElements.whenDefined(tag);
          while (!element.shadowRoot?.querySelector('.widget')) await new Promise((resolve) => setTimeout(resolve, 20));
          await element.updateComplete;
          await document.fonts.ready;
          // The text the widget shows, as the test reads it: runs of white space made one space.
          return element.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
        },
        scene,
      );
      const png = await (await page.$(scene.tag)).screenshot();
      await writeFile(join(FOLDER, `${scene.name}.png`), png);
      await writeFile(join(FOLDER, `${scene.name}.json`), `${JSON.stringify({ text: sha256(text), png: sha256(png) }, null, 2)}\n`);
      console.log(`Wrote demo/screenshots/${scene.name}.png`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
