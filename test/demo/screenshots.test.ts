import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';

// The widget screenshots of the docs pages are made from the build by `npm run screenshots` (scripts/screenshots.mjs),
// which writes beside each PNG the SHA-256 of the text the widget shows and of the PNG. Each scene is rendered
// again here: if the widget's text changed (wording, content, strings) or the PNG was replaced by hand, the
// screenshot no longer shows what the widgets show.

interface Scene {
  name: string;
  tag: string;
  width: number;
  config: object;
}

const { scenes } = (await (await fetch('/demo/screenshots/scenes.json')).json()) as { scenes: Scene[] };

async function sha256(data: BufferSource | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('the docs’ widget screenshots', () => {
  for (const scene of scenes) {
    it(`${scene.name}.png shows what the widget shows today, and is the picture the script made`, async () => {
      const frame = await fixture<HTMLElement>(html`<div></div>`);
      frame.style.width = `${scene.width}px`;
      const element = document.createElement(scene.tag) as HTMLElement & { config: object; updateComplete: Promise<unknown> };
      element.config = scene.config;
      frame.append(element);
      await waitUntil(() => element.shadowRoot?.querySelector('.widget'), `${scene.tag} did not render`, { timeout: 5000 });
      await element.updateComplete;
      const recorded = (await (await fetch(`/demo/screenshots/${scene.name}.json`)).json()) as { text: string; png: string };
      const text = element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
      expect(await sha256(text), `${scene.name}: the widget's text changed since the screenshot: run npm run screenshots`).to.equal(recorded.text);
      const png = await (await fetch(`/demo/screenshots/${scene.name}.png`)).arrayBuffer();
      expect(await sha256(png), `${scene.name}.png is not the picture npm run screenshots made: run it again`).to.equal(recorded.png);
    });
  }
});
