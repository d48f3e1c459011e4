import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { validateConfig } from '../../src/core/config.js';
import { checklistConfigSchema } from '../../src/clinic-checklist/clinic-checklist.schema.js';
import { comparisonConfigSchema } from '../../src/guarantee-comparison/guarantee-comparison.schema.js';
import { explainerConfigSchema } from '../../src/treatment-explainer/treatment-explainer.schema.js';

// dist/schema/<widget>.schema.json (built from the zod schemas) must agree with what the widget accepts on
// every rule JSON Schema can express. The rules it cannot express are listed by name: zod and the JSON Schema
// are expected to disagree on exactly those cases.

interface Validator {
  (data: unknown): boolean;
}
interface AjvInstance {
  compile(schema: object): Validator;
}

/** What the widget does with a config given as its property: render it (true) or show the error panel. */
const widgetAccepts = (schema: z.ZodMiniType, config: unknown) =>
  validateConfig(schema, { property: config, script: null, attribute: null }).status === 'ok';

async function jsonSchemaValidator(widget: string): Promise<Validator> {
  const { default: Ajv } = (await import('/__bundle/ajv.js' as string)) as { default: new (options: object) => AjvInstance };
  const schema = (await (await fetch(`/dist/schema/${widget}.schema.json`)).json()) as object;
  return new Ajv({ strict: false, allErrors: true }).compile(schema);
}

type Case = [name: string, config: unknown];

const CASES: Record<string, { schema: z.ZodMiniType; valid: Case[]; invalid: Case[]; differences: Case[] }> = {
  'clinic-checklist': {
    schema: checklistConfigSchema,
    valid: [
      ['empty', {}],
      ['the documented example', { id: 'my-clinic-visit', title: 'Before you book', sections: [{ title: 'R', items: [{ id: 'healed', label: 'Healed', detail: 'D' }] }] }],
      ['bands and persistence', { bands: [{ from: 0, label: 'Start' }, { from: 100, label: 'Done', message: 'M' }], persist: false }],
      ['a replaced string', { strings: { reset: 'Start again' } }],
    ],
    invalid: [
      ['a number as title', { title: 3 }],
      ['an empty title', { title: '' }],
      ['an item without a label', { sections: [{ title: 'R', items: [{ id: 'a' }] }] }],
      ['a section without items', { sections: [{ title: 'R', items: [] }] }],
      ['an id with spaces', { id: 'my list' }],
      ['a band above 100', { bands: [{ from: 120, label: 'x' }] }],
      ['persist as text', { persist: 'yes' }],
    ],
    differences: [
      ['unknown keys: the widget warns and renders; an editor flags them', { titel: 'Typo' }],
      ['cross-field rule: item ids unique across sections', { sections: [{ title: 'R', items: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }] }],
      ['text of spaces only: zod trims first', { title: '   ' }],
    ],
  },
  'guarantee-comparison': {
    schema: comparisonConfigSchema,
    valid: [
      ['empty', {}],
      ['two clinics', { clinics: [{ name: 'A', guarantee: { length: { years: 3 }, refund: 'none' } }, { name: 'B', guarantee: { length: 'lifetime' }, verified: '2026-09-30' }] }],
      ['settings', { layout: 'rows', maxHeight: '30em', staleAfterMonths: 6, criteria: ['refund'], ranking: { refund: ['partial', 'full', 'none'] } }],
    ],
    invalid: [
      ['an unknown refund', { clinics: [{ name: 'A', guarantee: { refund: 'some' } }] }],
      ['a length written as text', { clinics: [{ name: 'A', guarantee: { length: 'forever' } }] }],
      ['a negative length', { clinics: [{ name: 'A', guarantee: { length: { years: -1 } } }] }],
      ['touch-up sessions as a fraction', { clinics: [{ name: 'A', guarantee: { touchUps: { included: true, sessions: 1.5 } } }] }],
      ['a date in another format', { clinics: [{ name: 'A', verified: '30/09/2026' }] }],
      ['an unknown layout', { layout: 'grid' }],
      ['a height without a unit', { maxHeight: '300' }],
      ['a clinic without a name', { clinics: [{ location: 'X' }] }],
    ],
    differences: [
      ['link schemes: only http, https, mailto and tel', { clinics: [{ name: 'A', url: 'javascript:alert(1)' }] }],
      ['cross-field rule: highlight names a clinic', { highlight: 'Nobody', clinics: [{ name: 'A' }] }],
      ['cross-field rule: clinic names unique', { clinics: [{ name: 'A' }, { name: 'A' }] }],
      ['a date that does not exist', { clinics: [{ name: 'A', verified: '2026-02-30' }] }],
      ['unknown keys: the widget warns and renders; an editor flags them', { clinic: [] }],
    ],
  },
  'treatment-explainer': {
    schema: explainerConfigSchema,
    valid: [
      ['empty', {}],
      ['views, CTA and patches', { views: ['guide', 'compare'], default: 'compare', cta: { label: 'Call', url: 'tel:+440000000000' }, compare: { rows: [{ id: 'upkeep', smp: 'S' }] }, disclaimer: false }],
    ],
    invalid: [
      ['an unknown view', { views: ['faq'] }],
      ['no views', { views: [] }],
      ['a CTA without a label', { cta: { url: 'https://example.com' } }],
      ['disclaimer true', { disclaimer: true }],
      ['a checklist reference without #', { checklist: 'list' }],
    ],
    differences: [
      ['link schemes: only http, https, mailto and tel', { cta: { label: 'Call', url: 'javascript:alert(1)' } }],
      ['cross-field rule: views listed once', { views: ['compare', 'compare'] }],
      ['cross-field rule: the default view is among the views', { views: ['compare'], default: 'guide' }],
      ['cross-field rule: a new row needs every field', { compare: { rows: [{ id: 'price', label: 'Price' }] } }],
    ],
  },
};

describe('JSON Schemas in dist/schema', () => {
  for (const [widget, { schema, valid, invalid, differences }] of Object.entries(CASES)) {
    describe(widget, () => {
      let validate: Validator;
      before(async () => (validate = await jsonSchemaValidator(widget)));

      for (const [name, config] of valid) {
        it(`the widget and the JSON Schema both accept ${name}`, () => {
          expect(widgetAccepts(schema, config), 'widget').to.be.true;
          expect(validate(config), 'JSON Schema').to.be.true;
        });
      }
      for (const [name, config] of invalid) {
        it(`the widget and the JSON Schema both refuse ${name}`, () => {
          expect(widgetAccepts(schema, config), 'widget').to.be.false;
          expect(validate(config), 'JSON Schema').to.be.false;
        });
      }
      for (const [name, config] of differences) {
        it(`differ, as documented, on ${name}`, () => {
          expect(validate(config), 'JSON Schema').to.not.equal(widgetAccepts(schema, config));
        });
      }

      it('carries a title, a description and an example the widget accepts', async () => {
        const document = (await (await fetch(`/dist/schema/${widget}.schema.json`)).json()) as { title: string; description: string; examples: unknown[] };
        expect(document.title).to.include(`smp-${widget}`);
        expect(document.description).to.not.be.empty;
        expect(widgetAccepts(schema, document.examples[0])).to.be.true;
        expect(validate(document.examples[0])).to.be.true;
      });
    });
  }
});
