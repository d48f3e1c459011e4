import { expect } from '@open-wc/testing';
import * as builtIn from '../../src/clinic-checklist/clinic-checklist.built-in.js';
import {
  fallbackStorageId,
  needsBuiltIn,
  percentChecked,
  pickBand,
  checklistContent,
  restoreChecked,
  summaryText,
} from '../../src/clinic-checklist/clinic-checklist.model.js';

const bands = [
  { from: 0, label: 'Start' },
  { from: 50, label: 'Half' },
  { from: 100, label: 'Done' },
];

describe('clinic-checklist model', () => {
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
    expect(checklistContent({ id: 'mine' }, builtIn).storageId).to.equal('mine');
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
    const checklist = checklistContent({ bands: [bands[2]!, bands[0]!] }, builtIn);
    expect(checklist.bands.map((b) => b.from)).to.deep.equal([0, 100]);
  });

  it('writes a plain-text summary with ticks, progress and the note', () => {
    // A config with its own title, items and bands needs none of the built-in content.
    const checklist = checklistContent({ title: 'T', sections: [{ title: 'S', items: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }], bands }, undefined);
    const strings = { progress: '{checked} of {total} checked', summaryChecked: '[x]', summaryOpen: '[ ]' };
    expect(summaryText({ checklist, checked: new Set(['b']), strings, note: 'Note' })).to.equal('T\n1 of 2 checked (Half)\n\nS\n[ ] A\n[x] B\n\nNote');
  });
});
