import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { FRAMEWORK_TOO_EARLY, pickConfigSource, validateConfig } from '../../src/core/config.js';
import { dateSchema, linkSchema } from '../../src/core/schema-parts.js';
import { describeValue, formatPath } from '../../src/core/check-problems.js';
import type { ConfigProblem } from '../../src/core/problems.js';

const schema = z.strictObject({
  title: z.optional(z.string()),
  link: z.optional(linkSchema),
  items: z.optional(z.array(z.strictObject({ label: z.string(), count: z.optional(z.number()) }))),
});

/** What the panel and the console show of each problem: its path and its English message. */
const shown = (problems: readonly ConfigProblem[]) => problems.map(({ path, message }) => ({ path, message }));

describe('core/config', () => {
  describe('which source wins', () => {
    it('takes the property over the script child over the attribute', () => {
      expect(pickConfigSource({ property: { a: 1 }, script: '{"b":1}', attribute: '{"c":1}' }).kind).to.equal('property');
      expect(pickConfigSource({ property: undefined, script: '{"b":1}', attribute: '{"c":1}' }).kind).to.equal('script');
      expect(pickConfigSource({ property: null, script: '  ', attribute: '{"c":1}' }).kind).to.equal('attribute');
      expect(pickConfigSource({ property: undefined, script: null, attribute: '' }).kind).to.equal('none');
    });
  });

  describe('validation', () => {
    const sources = (attribute: string) => ({ property: undefined, script: null, attribute });

    it('accepts a valid config', () => {
      const result = validateConfig(schema, sources('{"title":"Hi","items":[{"label":"A"}]}'));
      expect(result).to.deep.include({ status: 'ok', config: { title: 'Hi', items: [{ label: 'A' }] }, unknownKeys: [] });
    });

    it('reports the path and the kind found for a wrong type', () => {
      const result = validateConfig(schema, sources('{"items":[{"label":"A"},{"label":"B"},{"label":3}]}'));
      expect(result.status).to.equal('invalid');
      expect(result.status === 'invalid' && shown(result.problems)).to.deep.equal([
        { path: 'items[2].label', message: 'expected text, got a number' },
      ]);
    });

    it('drops unknown keys at any depth and names them', () => {
      const input = { titel: 'x', items: [{ label: 'A', lable: 'B' }] };
      const result = validateConfig(schema, { property: input, script: null, attribute: null });
      expect(result).to.deep.include({ status: 'ok', unknownKeys: ['items[0].lable', 'titel'] });
      expect(input.items[0]).to.have.property('lable', 'B'); // the caller's object is left alone
    });

    it('keeps the page\'s own object when checking changed nothing, rather than a copy of every clinic', () => {
      const input = { title: 'Hi', items: Array.from({ length: 1000 }, (_, i) => ({ label: `Item ${i}`, count: i })) };
      const result = validateConfig(schema, { property: input, script: null, attribute: null });
      expect(result.status === 'ok' && result.config).to.equal(input);
    });

    it('gives a checked copy when checking changed something, and leaves the page\'s object as it was', () => {
      const trimmed = z.strictObject({ items: z.array(z.strictObject({ label: z.string().check(z.trim()) })) });
      const input = { items: [{ label: 'A' }, { label: '  B  ' }] };
      const result = validateConfig(trimmed, { property: input, script: null, attribute: null });
      expect(result.status === 'ok' && result.config).to.deep.equal({ items: [{ label: 'A' }, { label: 'B' }] });
      expect(input.items[1]!.label).to.equal('  B  ');
    });

    it('reports real problems even when there are unknown keys too', () => {
      const result = validateConfig(schema, sources('{"titel":"x","title":5}'));
      expect(result.status === 'invalid' && shown(result.problems)).to.deep.equal([{ path: 'title', message: 'expected text, got a number' }]);
      expect(result.unknownKeys).to.deep.equal(['titel']);
    });

    it('explains JSON syntax errors and a stringified object', () => {
      const broken = validateConfig(schema, sources('{"title":'));
      expect(broken.status === 'invalid' && broken.problems[0]!.message).to.match(/^is not valid JSON \(/);
      const early = validateConfig(schema, sources('[object Object]'));
      expect(early.status === 'invalid' && early.problems[0]!.message).to.equal(FRAMEWORK_TOO_EARLY);
    });

    it('refuses link schemes other than http, https, mailto and tel', () => {
      for (const link of ['https://example.com', 'http://example.com', 'mailto:a@example.com', 'tel:+441234', '/reviews']) {
        expect(validateConfig(schema, { property: { link }, script: null, attribute: null }).status, link).to.equal('ok');
      }
      for (const link of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
        const result = validateConfig(schema, { property: { link }, script: null, attribute: null });
        expect(result.status === 'invalid' && shown(result.problems)[0], link).to.deep.equal({
          path: 'link',
          message: 'expected a link starting with http:, https:, mailto:, tel:',
        });
      }
    });

    it('takes the days of the calendar as dates, leap days included, and no others', () => {
      const dated = z.strictObject({ date: dateSchema });
      const status = (date: string) => validateConfig(dated, { property: { date }, script: null, attribute: null }).status;
      for (const date of ['2026-12-31', '2024-02-29', '2000-02-29', '2026-04-30', '0001-01-01']) expect(status(date), date).to.equal('ok');
      for (const date of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '26-01-01']) {
        expect(status(date), date).to.equal('invalid');
      }
    });

    it('never throws, whatever it is given', () => {
      const hostile: unknown[] = [Symbol('x'), () => 1, new Date(), Object.create(null), [[[]]], { items: 'x' }, 1n];
      for (const property of hostile) {
        expect(() => validateConfig(schema, { property, script: null, attribute: null })).to.not.throw();
      }
    });
  });

  describe('wording', () => {
    it('writes paths the way a config author reads them', () => {
      expect(formatPath(['sections', 0, 'items', 2, 'label'])).to.equal('sections[0].items[2].label');
      expect(formatPath([])).to.equal('config');
    });

    it('names value kinds in plain words', () => {
      expect([1, 1.5, 'a', '', true, null, [], {}].map(describeValue)).to.deep.equal([
        'a number',
        'a decimal number',
        'text',
        'empty text',
        'true or false',
        'null',
        'a list',
        'an object',
      ]);
    });

    it('explains values that have no text form without throwing (found by the fuzz test)', () => {
      const text = z.string().check(z.trim(), z.minLength(1));
      const bare = Object.create(null) as Record<string, unknown>;
      bare['length'] = '';
      const cyclic: Record<string, unknown> = {};
      cyclic['self'] = cyclic;
      const strict = z.strictObject({ label: text, kind: z.optional(z.enum(['a', 'b'])), when: z.optional(z.string().check(z.regex(/^\d+$/, { message: 'expected digits' }))) });
      for (const config of [{ label: bare }, { label: 'x', kind: cyclic }, { label: 'x', when: bare }, { label: 'x', kind: 10n }]) {
        const result = validateConfig(strict, { property: config, script: null, attribute: null });
        expect(result.status).to.equal('invalid');
        if (result.status === 'invalid') expect(result.problems.map((problem) => problem.message).join()).to.be.a('string').and.not.equal('');
      }
    });
  });
});
