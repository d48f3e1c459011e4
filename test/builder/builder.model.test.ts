import { expect } from '@open-wc/testing';
import { idFromLabel, newChecklistId, withSections } from '../../src/builder/builder.checklist.js';
import { move, numberOrUndefined, setPath } from '../../src/builder/builder.edits.js';
import { withCta } from '../../src/builder/builder.explainer.js';
import { readDraft, record, redo, startHistory, starterDraft, undo, withConfig } from '../../src/builder/builder.model.js';

describe('builder model', () => {
  const draft = starterDraft('smp-clinic-checklist', '2026-12-01');

  it('sets and clears values by path, leaving no empty objects behind', () => {
    const config = setPath({}, ['clinics'], [{ name: 'A' }]);
    const withRefund = setPath(config, ['clinics', 0, 'guarantee', 'refund'], 'full');
    expect(withRefund).to.deep.equal({ clinics: [{ name: 'A', guarantee: { refund: 'full' } }] });
    expect(setPath(withRefund, ['clinics', 0, 'guarantee', 'refund'], undefined)).to.deep.equal({ clinics: [{ name: 'A' }] });
    expect(config).to.deep.equal({ clinics: [{ name: 'A' }] });
  });

  it('moves list entries without passing either end', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).to.deep.equal(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).to.deep.equal(['a', 'b', 'c']);
    expect(numberOrUndefined(' ')).to.equal(undefined);
    expect(numberOrUndefined('18')).to.equal(18);
  });

  it('never rewrites text it cannot parse', () => {
    expect(withConfig({ ...draft, text: '{"title": ' }, (config) => ({ ...config, title: 'X' }))).to.equal(undefined);
    expect(withConfig({ ...draft, text: '[1]' }, (config) => config)).to.equal(undefined);
    expect(JSON.parse(withConfig(draft, (config) => ({ ...config, title: 'X' }))!.text)).to.deep.equal({ title: 'X' });
  });

  it('joins typing in one field into one step, but never choices or buttons', () => {
    let history = startHistory(draft);
    history = record(history, { ...draft, text: '{"title":"O"}' }, 'title', 0);
    history = record(history, { ...draft, text: '{"title":"Ou"}' }, 'title', 500);
    expect(history.past).to.have.length(1);
    history = record(history, { ...draft, theme: 'dark', text: '{"title":"Ou"}' }, '', 600);
    history = record(history, { ...draft, theme: 'auto', text: '{"title":"Ou"}' }, '', 700);
    expect(history.past).to.have.length(3);
    expect(undo(undo(history)).present.text).to.equal('{"title":"Ou"}');
    expect(undo(undo(undo(history))).present).to.equal(draft);
    expect(redo(undo(history)).present.theme).to.equal('auto');
  });

  it('reads back only drafts of the shape it writes', () => {
    expect(readDraft(JSON.stringify(draft))).to.deep.equal(draft);
    expect(readDraft('{"tag":"smp-other","text":"{}"}')).to.equal(undefined);
    expect(readDraft('not json')).to.equal(undefined);
    expect(readDraft(null)).to.equal(undefined);
  });

  it('makes point ids from labels, unlike the ids already taken', () => {
    expect(idFromLabel('Healed photos, 3+ months old!', new Set())).to.equal('healed-photos-3-months-old');
    expect(idFromLabel('Guarantee', new Set(['guarantee', 'guarantee-2']))).to.equal('guarantee-3');
    expect(idFromLabel('¿Qué técnico?', new Set())).to.equal('que-tecnico');
    expect(idFromLabel('تقنية', new Set())).to.equal('point');
  });

  it('gives a checklist a storage id when the builder first writes its sections, and keeps it after', () => {
    const sections = [{ title: 'S', items: [{ id: 'a', label: 'A' }] }];
    expect(newChecklistId(() => 0.5)).to.match(/^checklist-[a-z0-9]{8}$/);
    const first = withSections({}, sections, () => 'checklist-one');
    expect(first).to.deep.equal({ sections, id: 'checklist-one' });
    expect(withSections(first, [...sections, { title: 'T', items: [{ id: 'b', label: 'B' }] }], () => 'checklist-two')['id']).to.equal('checklist-one');
  });

  it('keeps a call to action only while it has a label or a link', () => {
    const half = withCta({}, 'label', 'Book');
    expect(half).to.deep.equal({ cta: { label: 'Book' } });
    expect(withCta(half, 'label', ' ')).to.deep.equal({});
  });
});
