import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { expectRendered, settle, watchEachTest } from '../shared/page-errors.js';

// Thousands of random and mutated configs per widget: none may throw into the page, each must either
// render or show the error panel, and no string may ever become markup.

type Widget = HTMLElement & { config: unknown; updateComplete: Promise<boolean> };

const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '"><svg onload=window.__pwned=1>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '\u202Ereversed',
  '',
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string(), fc.string({ unit: 'grapheme' }));
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { maxDepth: 3 },
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
);

/** A valid config with one value somewhere inside replaced by something hostile. */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(valid, []);
  return fc.tuple(fc.constantFrom(...paths.filter((path) => path.length > 0)), hostileValue).map(([path, replacement]) => {
    const copy = structuredClone(valid) as Record<string | number, unknown>;
    let target = copy;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path.at(-1)!] = replacement;
    return copy;
  });
}

const VALID: Record<string, unknown> = {
  'smp-clinic-checklist': {
    id: 'fuzz',
    title: 'Before you book',
    bands: [{ from: 0, label: 'Start', message: 'Go on' }],
    sections: [{ title: 'Results', intro: 'Intro', items: [{ id: 'a', label: 'A', detail: 'More' }, { id: 'b', label: 'B' }] }],
    strings: { reset: 'Reset' },
  },
  'smp-guarantee-comparison': {
    title: 'Compared',
    highlight: 'North',
    clinics: [
      {
        name: 'North',
        url: 'https://example.com/',
        location: 'Town',
        guarantee: { length: { years: 2 }, touchUps: { included: true, sessions: 2, withinMonths: 6 }, discolouration: 'covered', refund: 'full', inWriting: true, conditions: ['One'] },
        trackRecord: { rating: 'good', note: 'Note', source: 'https://example.com/r' },
        verified: '2026-01-31',
        extra: [{ label: 'Extra', value: 'Yes' }],
      },
      { name: 'South', guarantee: { length: 'lifetime' } },
    ],
  },
  'smp-treatment-explainer': {
    title: 'Explainer',
    views: ['guide', 'compare', 'transplant', 'technician'],
    default: 'compare',
    cta: { label: 'Call', url: 'tel:+440000000000' },
    checklist: '#list',
    compare: { rows: [{ id: 'lasts', smp: 'Years' }, { id: 'new', label: 'New', smp: 'S', trico: 'T' }] },
    technician: { warnings: [{ id: 'w', text: 'Warning' }] },
  },
};

const RUNS = 1000;

for (const tag of Object.keys(VALID)) {
  describe(`${tag} with hostile data`, function () {
    this.timeout(120000);
    const watched = watchEachTest();

    let renderedRuns = 0;
    async function check(el: Widget, config: unknown): Promise<void> {
      el.config = config;
      await el.updateComplete;
      const root = el.shadowRoot!;
      const rendered = root.querySelector('.widget') !== null;
      const panel = root.querySelector('[role="alert"]') !== null;
      expect(rendered || panel, JSON.stringify(config)).to.be.true;
      if (rendered) {
        expectRendered(el, '.widget');
        renderedRuns++;
      }
      expect(root.querySelector('img, script, svg, iframe, object'), JSON.stringify(config)).to.be.null;
      for (const link of root.querySelectorAll('a')) expect(link.protocol).to.be.oneOf(['http:', 'https:', 'mailto:', 'tel:']);
    }

    for (const [name, arbitrary] of [
      ['random', hostileValue],
      ['mutated', mutated(VALID[tag])],
    ] as const) {
      it(`renders or explains ${RUNS} ${name} configs, never throwing`, async () => {
        renderedRuns = 0;
        const el = await fixture<Widget>(html`<div></div>`).then((host) => {
          const widget = document.createElement(tag) as Widget;
          host.append(widget);
          return widget;
        });
        await fc.assert(fc.asyncProperty(arbitrary, (config) => check(el, config)), { numRuns: RUNS });
        // Markup can only be looked for where content was rendered: some configs must have rendered it.
        expect(renderedRuns, 'not one config rendered the widget: only error panels were checked').to.be.above(0);
        await settle(el);
        expect(watched.pageErrors.count()).to.equal(0);
        expect((window as { __pwned?: number }).__pwned).to.be.undefined;
      });
    }
  });
}
