import { expect } from '@open-wc/testing';
import { addClinic, numberedSections, removeClinic, restoreClinic, restoreShortlist, sameShortlist, startShortlist, stillOpen, tickFor } from '../../../src/clinic-checklist/shortlist/shortlist.model.js';

describe('shortlist model', () => {
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

  it('numbers the items down the sections, as the grid’s rows', () => {
    const sections = [
      { title: 'S', items: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] },
      { title: 'T', items: [{ id: 'c', label: 'C' }] },
    ];
    expect(numberedSections(sections).map((section) => section.items.map(({ item, row }) => `${item.id}${row}`))).to.deep.equal([['a0', 'b1'], ['c2']]);
  });

  it('tells two shortlists apart by their clinics, ticks and notes', () => {
    const list = startShortlist(['A', 'B'], ['a']);
    expect(sameShortlist(list, startShortlist(['A', 'B'], ['a']))).to.be.true;
    expect(sameShortlist(list, startShortlist(['A', 'B'], []))).to.be.false;
    expect(sameShortlist(list, { clinics: list.clinics.map((clinic) => ({ ...clinic, note: 'x' })) })).to.be.false;
  });
});
