import { expect } from '@open-wc/testing';
import * as defaults from '../../src/clinic-checklist/clinic-checklist.defaults.js';
import { addClinic, cellAfterKey, mailtoDraft, questionsFor, removeClinic, restoreClinic, restoreShortlist, startShortlist, stillOpen, tickFor } from '../../src/clinic-checklist/clinic-checklist.shortlist.js';
import {
  fallbackStorageId,
  needsBuiltIn,
  percentChecked,
  pickBand,
  checklistContent,
  restoreChecked,
  summaryText,
} from '../../src/clinic-checklist/clinic-checklist.logic.js';

const bands = [
  { from: 0, label: 'Start' },
  { from: 50, label: 'Half' },
  { from: 100, label: 'Done' },
];

describe('clinic-checklist logic', () => {
  it('picks the band with the highest threshold reached', () => {
    expect(pickBand(bands, 0)!.label).to.equal('Start');
    expect(pickBand(bands, 49)!.label).to.equal('Start');
    expect(pickBand(bands, 50)!.label).to.equal('Half');
    expect(pickBand(bands, 100)!.label).to.equal('Done');
    expect(pickBand([{ from: 20, label: 'Later' }], 10)).to.be.undefined;
  });

  it('rounds the percentage and handles an empty list', () => {
    expect(percentChecked(1, 3)).to.equal(33);
    expect(percentChecked(0, 0)).to.equal(0);
  });

  it('restores only known ids, in list order, from well-formed data', () => {
    expect(restoreChecked(['c', 'a', 'gone'], ['a', 'b', 'c'])).to.deep.equal(['a', 'c']);
    expect(restoreChecked('a', ['a'])).to.deep.equal([]);
    expect(restoreChecked(undefined, ['a'])).to.deep.equal([]);
  });

  it('derives a storage id from the items when the config names none', () => {
    const one = [{ title: 'S', items: [{ id: 'a', label: 'A' }] }];
    const two = [{ title: 'S', items: [{ id: 'b', label: 'A' }] }];
    expect(fallbackStorageId(one)).to.equal(fallbackStorageId(structuredClone(one)));
    expect(fallbackStorageId(one)).to.not.equal(fallbackStorageId(two));
    expect(checklistContent({ id: 'mine' }, defaults).storageId).to.equal('mine');
  });

  it('needs the built-in content unless the config gives its title, items and bands', () => {
    const sections = [{ title: 'S', items: [{ id: 'a', label: 'A' }] }];
    expect(needsBuiltIn(undefined)).to.be.true;
    expect(needsBuiltIn({ title: 'T', sections })).to.be.true;
    expect(needsBuiltIn({ sections, bands })).to.be.true;
    expect(needsBuiltIn({ title: 'T', bands })).to.be.true;
    expect(needsBuiltIn({ title: 'T', sections, bands })).to.be.false;
    expect(() => checklistContent({ title: 'T', sections }, undefined)).to.throw('not loaded');
  });

  it('sorts bands from the config by threshold', () => {
    const checklist = checklistContent({ bands: [bands[2]!, bands[0]!] }, defaults);
    expect(checklist.bands.map((b) => b.from)).to.deep.equal([0, 100]);
  });

  it('writes a plain-text summary with ticks, progress and the note', () => {
    // A config with its own title, items and bands needs none of the built-in content.
    const checklist = checklistContent({ title: 'T', sections: [{ title: 'S', items: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }], bands }, undefined);
    const strings = { progress: '{checked} of {total} checked', summaryChecked: '[x]', summaryOpen: '[ ]' };
    expect(summaryText({ checklist, checked: new Set(['b']), strings, note: 'Note' })).to.equal('T\n1 of 2 checked (Half)\n\nS\n[ ] A\n[x] B\n\nNote');
  });
});

describe('clinic-checklist shortlist logic', () => {
  const ids = ['a', 'b', 'c'];

  it('adds clinics up to four, each name once whatever its case and spaces, the first taking the single list’s ticks', () => {
    let list = startShortlist(undefined, ['b']);
    expect(list.clinics).to.deep.equal([]);
    for (const name of ['One', 'Two', 'Three', 'Four']) {
      const added = addClinic(list, name, ['b']);
      if (!('shortlist' in added)) throw new Error(added.problem);
      list = added.shortlist;
    }
    expect(list.clinics.map((clinic) => clinic.checked)).to.deep.equal([['b'], [], [], []]);
    expect(addClinic(list, 'Five')).to.deep.equal({ problem: 'full' });
    expect(addClinic({ clinics: [] }, '  ')).to.deep.equal({ problem: 'noName' });
    expect(addClinic(startShortlist(['One'], []), ' one ')).to.deep.equal({ problem: 'sameName' });
    expect(startShortlist(['A', 'a', 'B', 'C', 'D', 'E'], ['c']).clinics.map((clinic) => [clinic.name, clinic.checked])).to.deep.equal([['A', ['c']], ['B', []], ['C', []], ['D', []]]);
  });

  it('restores what storage held, dropping what is malformed and pruning ticks no longer in the list', () => {
    expect(restoreShortlist(undefined, ids)).to.be.undefined;
    expect(restoreShortlist({ clinics: 'x' }, ids)).to.be.undefined;
    const restored = restoreShortlist({ clinics: [{ name: ' A ', checked: ['c', 'z', 'a'], note: 7 }, { name: '' }, 'x', { name: 'a' }, { name: 'B', checked: 'a' }] }, ids);
    expect(restored).to.deep.equal({ clinics: [{ name: 'A', checked: ['a', 'c'], note: '' }, { name: 'B', checked: [], note: '' }] });
    const many = { clinics: ['1', '2', '3', '4', '5'].map((name) => ({ name, checked: [], note: '' })) };
    expect(restoreShortlist(many, ids)!.clinics).to.have.length(4);
  });

  it('ticks in list order, removes a clinic and puts it back where it was', () => {
    let list = startShortlist(['A', 'B', 'C'], []);
    list = tickFor(tickFor(list, 1, 'c', true, ids), 1, 'a', true, ids);
    expect(list.clinics[1]!.checked).to.deep.equal(['a', 'c']);
    expect(tickFor(list, 1, 'a', false, ids).clinics[1]!.checked).to.deep.equal(['c']);
    const { shortlist, removed } = removeClinic(list, 1);
    expect(shortlist.clinics.map((clinic) => clinic.name)).to.deep.equal(['A', 'C']);
    expect(restoreClinic(shortlist, removed)).to.deep.equal(list);
    // Not twice, and not into a full list.
    expect(restoreClinic(list, removed)).to.equal(list);
    expect(stillOpen(list.clinics[1]!, [{ title: 'S', items: ids.map((id) => ({ id, label: id })) }]).map((item) => item.id)).to.deep.equal(['b']);
  });

  it('moves focus in the grid by arrow, Home and End, stopping at the edges, mirrored right to left', () => {
    const size = { rows: 3, cols: 2 };
    expect(cellAfterKey('ArrowRight', { row: 0, col: 0 }, size)).to.deep.equal({ row: 0, col: 1 });
    expect(cellAfterKey('ArrowRight', { row: 0, col: 1 }, size)).to.deep.equal({ row: 0, col: 1 });
    expect(cellAfterKey('ArrowLeft', { row: 0, col: 0 }, size, { rtl: true })).to.deep.equal({ row: 0, col: 1 });
    expect(cellAfterKey('ArrowDown', { row: 2, col: 0 }, size)).to.deep.equal({ row: 2, col: 0 });
    expect(cellAfterKey('ArrowUp', { row: 2, col: 1 }, size)).to.deep.equal({ row: 1, col: 1 });
    expect(cellAfterKey('End', { row: 1, col: 0 }, size)).to.deep.equal({ row: 1, col: 1 });
    expect(cellAfterKey('Home', { row: 1, col: 1 }, size, { ctrl: true })).to.deep.equal({ row: 0, col: 0 });
    expect(cellAfterKey('End', { row: 0, col: 0 }, size, { ctrl: true })).to.deep.equal({ row: 2, col: 1 });
    expect(cellAfterKey('a', { row: 0, col: 0 }, size)).to.be.undefined;
  });

  it('words the open points as questions, and cuts an email draft at a whole question, saying how many more', () => {
    const sections = [{ title: 'S', items: [{ id: 'a', label: 'A', question: 'Is A so?' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }] }];
    expect(questionsFor({ name: 'X', checked: ['c'], note: '' }, sections, '{item}: tell me more?')).to.deep.equal(['Is A so?', 'B: tell me more?']);
    const questions = Array.from({ length: 40 }, (_, index) => `Question number ${index + 1}, with enough words to take up some room in the draft?`);
    const more = (count: number) => `${count} more to follow.`;
    const whole = mailtoDraft({ subject: 'Questions', intro: 'Hello', questions: questions.slice(0, 3), more });
    expect(whole.included).to.equal(3);
    expect(decodeURIComponent(whole.href)).to.not.include('more to follow');
    const cut = mailtoDraft({ subject: 'Questions', intro: 'Hello', questions, more });
    expect(cut.href.length).to.be.at.most(2000);
    expect(cut.included).to.be.above(5).and.below(40);
    const body = decodeURIComponent(cut.href.slice(cut.href.indexOf('&body=') + 6));
    expect(body.endsWith(`${40 - cut.included} more to follow.`)).to.be.true;
    // Whole questions only: the last one in the body is complete.
    expect(body).to.include(`${cut.included}. ${questions[cut.included - 1]}`);
    expect(body).to.not.include(`${cut.included + 1}. `);
    // One more question would not have fitted.
    expect(mailtoDraft({ subject: 'Questions', intro: 'Hello', questions, more }, cut.href.length - 1).included).to.be.below(cut.included);
  });
});