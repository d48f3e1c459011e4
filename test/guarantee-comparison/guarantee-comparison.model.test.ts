import { expect } from '@open-wc/testing';
import { comparisonStrings } from '../../src/guarantee-comparison/guarantee-comparison.strings.js';
import * as builtIn from '../../src/guarantee-comparison/guarantee-comparison.built-in.js';
import {
  clinicViews,
  comparisonContent,
  needsBuiltIn,
  describeLength,
  describeTouchUps,
  firstPages,
  rowsToShow,
  generosity,
  isStale,
  mostGenerous,
  nextSort,
  sortAnnouncement,
  sortClinics,
  useColumns,
} from '../../src/guarantee-comparison/guarantee-comparison.model.js';
import type { Clinic, Guarantee } from '../../src/guarantee-comparison/guarantee-comparison.schema.js';

const strings = comparisonStrings['en-GB'];
const clinic = (name: string, guarantee: Guarantee = {}, rest: Partial<Clinic> = {}): Clinic => ({ name, guarantee, ...rest });
const names = (set: Set<string>) => [...set].sort();

describe('guarantee-comparison model', () => {
  it('needs the built-in content only without clinics, for its question guide (the title and the note are its own)', () => {
    const clinics = [{ name: 'Clinic A' }];
    expect(needsBuiltIn(undefined)).to.be.true;
    expect(needsBuiltIn({ title: 'T', disclaimer: 'N' })).to.be.true;
    expect(needsBuiltIn({ disclaimer: 'N', clinics })).to.be.false;
    const own = { title: 'T', clinics };
    expect(needsBuiltIn(own)).to.be.false;
    expect(comparisonContent(own, undefined)).to.deep.equal({ title: 'T', intro: undefined, guide: undefined });
    // The site's clinics under the default title, in the reader's language, with no built-in content fetched.
    expect(comparisonContent({ clinics }, undefined).title).to.equal('SMP guarantees compared');
    expect(comparisonContent({ clinics }, undefined, (key, english) => (key === 'title' ? 'Garantías de SMP comparadas' : english)).title).to.equal('Garantías de SMP comparadas');
    // Without clinics the built-in question guide shows.
    expect(comparisonContent({ title: 'T', disclaimer: 'N' }, builtIn).guide).to.have.property('length');
  });

  describe('most generous as stated', () => {
    it('ranks length: lifetime, then the longest duration, then none', () => {
      const clinics = [clinic('A', { length: { years: 3 } }), clinic('B', { length: 'lifetime' }), clinic('C', { length: 'none' })];
      expect(names(mostGenerous('length', clinics))).to.deep.equal(['B']);
      const durations = [clinic('A', { length: { years: 2 } }), clinic('B', { length: { months: 18 } }), clinic('C', { length: 'none' })];
      expect(names(mostGenerous('length', durations))).to.deep.equal(['A']);
    });

    it('ranks touch-ups: included first, then more sessions, then the longer window', () => {
      const byInclusion = [clinic('A', { touchUps: { included: false } }), clinic('B', { touchUps: { included: true } })];
      expect(names(mostGenerous('touchUps', byInclusion))).to.deep.equal(['B']);
      const bySessions = [clinic('A', { touchUps: { included: true, sessions: 1, withinMonths: 24 } }), clinic('B', { touchUps: { included: true, sessions: 2, withinMonths: 6 } })];
      expect(names(mostGenerous('touchUps', bySessions))).to.deep.equal(['B']);
      const byWindow = [clinic('A', { touchUps: { included: true, sessions: 2, withinMonths: 6 } }), clinic('B', { touchUps: { included: true, sessions: 2, withinMonths: 12 } })];
      expect(names(mostGenerous('touchUps', byWindow))).to.deep.equal(['B']);
    });

    it('ranks refund full, partial, none; discolouration covered first; written first; track record good, mixed, poor', () => {
      expect(names(mostGenerous('refund', [clinic('A', { refund: 'partial' }), clinic('B', { refund: 'full' }), clinic('C', { refund: 'none' })]))).to.deep.equal(['B']);
      expect(names(mostGenerous('discolouration', [clinic('A', { discolouration: 'not-covered' }), clinic('B', { discolouration: 'covered' })]))).to.deep.equal(['B']);
      expect(names(mostGenerous('inWriting', [clinic('A', { inWriting: false }), clinic('B', { inWriting: true })]))).to.deep.equal(['B']);
      const records = [clinic('A', {}, { trackRecord: { rating: 'mixed' } }), clinic('B', {}, { trackRecord: { rating: 'good' } }), clinic('C', {}, { trackRecord: { rating: 'poor' } })];
      expect(names(mostGenerous('trackRecord', records))).to.deep.equal(['B']);
    });

    it('marks every clinic tied for the most generous term', () => {
      const clinics = [clinic('A', { refund: 'full' }), clinic('B', { refund: 'full' }), clinic('C', { refund: 'none' })];
      expect(names(mostGenerous('refund', clinics))).to.deep.equal(['A', 'B']);
    });

    it('never marks unknown or absent values, nor a term nobody can be compared with', () => {
      expect(names(mostGenerous('refund', [clinic('A', { refund: 'unknown' }), clinic('B'), clinic('C', { refund: 'none' })]))).to.deep.equal([]);
      expect(names(mostGenerous('discolouration', [clinic('A', { discolouration: 'unknown' }), clinic('B', { discolouration: 'covered' })]))).to.deep.equal([]);
      expect(names(mostGenerous('refund', [clinic('A', { refund: 'none' }), clinic('B', { refund: 'none' })]))).to.deep.equal([]);
      expect(generosity('length', clinic('A', { length: 'unknown' }))).to.be.undefined;
    });

    it('follows a ranking from the config', () => {
      const clinics = [clinic('A', { refund: 'full' }), clinic('B', { refund: 'partial' })];
      expect(names(mostGenerous('refund', clinics, { refund: ['partial', 'full', 'none'] }))).to.deep.equal(['B']);
      expect(names(mostGenerous('refund', clinics, { marked: ['length'] }))).to.deep.equal([]);
    });
  });

  describe('staleness', () => {
    const now = new Date('2027-06-15T12:00:00Z');
    it('flags entries verified longer ago than the limit, or never', () => {
      expect(isStale(clinic('A', {}, { verified: '2026-09-30' }), now)).to.be.false;
      expect(isStale(clinic('A', {}, { verified: '2026-05-01' }), now)).to.be.true;
      expect(isStale(clinic('A', {}, { verified: '2026-05-01' }), now, 18)).to.be.false;
      expect(isStale(clinic('A'), now)).to.be.true;
    });
  });

  describe('long lists', () => {
    it('shows whole pages and counts what is left', () => {
      const list = Array.from({ length: 250 }, (_, i) => i);
      expect(firstPages(list, 100, 1)).to.deep.include({ remaining: 150 });
      expect(firstPages(list, 100, 1).visible).to.have.length(100);
      expect(firstPages(list, 100, 3)).to.deep.equal({ visible: list, remaining: 0 });
      expect(firstPages(list, 100, Infinity).visible).to.have.length(250);
    });

    it('lists each chosen criterion once', () => {
      expect(rowsToShow({ criteria: ['refund', 'length', 'refund'] }).criteria).to.deep.equal(['refund', 'length']);
    });
  });

  describe('sorting', () => {
    const clinics = [clinic('Beta', { refund: 'none' }), clinic('alpha', { refund: 'full' }), clinic('Gamma'), clinic('Delta', { refund: 'partial' })];
    it('puts the most generous first when descending, and unknowns last either way', () => {
      expect(sortClinics(clinics, 'refund', 'descending').map((c) => c.name)).to.deep.equal(['alpha', 'Delta', 'Beta', 'Gamma']);
      expect(sortClinics(clinics, 'refund', 'ascending').map((c) => c.name)).to.deep.equal(['Beta', 'Delta', 'alpha', 'Gamma']);
    });
    it('sorts names alphabetically regardless of case', () => {
      expect(sortClinics(clinics, 'name', 'ascending').map((c) => c.name)).to.deep.equal(['alpha', 'Beta', 'Delta', 'Gamma']);
    });
  });

  describe('sort order and its announcement', () => {
    it('turns round on the criterion already sorted, and starts a new one from its natural order', () => {
      expect(nextSort(undefined, 'descending', 'refund')).to.equal('descending');
      expect(nextSort('refund', 'descending', 'refund')).to.equal('ascending');
      expect(nextSort('refund', 'ascending', 'refund')).to.equal('descending');
      expect(nextSort('refund', 'ascending', 'name')).to.equal('ascending');
      expect(nextSort('refund', 'descending', 'refund', 'descending'), 'an asked-for direction').to.equal('descending');
    });

    it('says in words what the order is now', () => {
      expect(sortAnnouncement('refund', 'descending', strings)).to.equal('Sorted by Refund, most generous first.');
      expect(sortAnnouncement('refund', 'ascending', strings)).to.equal('Sorted by Refund, least generous first.');
      expect(sortAnnouncement('name', 'ascending', strings)).to.equal('Sorted by Clinic, A to Z.');
    });
  });

  describe('wording', () => {
    it('describes lengths and touch-ups in words, and gaps as "Not stated"', () => {
      expect(describeLength({ years: 3 }, strings)).to.equal('3 years');
      expect(describeLength({ months: 1 }, strings)).to.equal('1 month');
      expect(describeLength(undefined, strings)).to.equal('Not stated');
      expect(describeTouchUps(clinic('A', { touchUps: { included: true, sessions: 2, withinMonths: 12 } }), strings)).to.equal('Included: 2 sessions within 12 months');
      expect(describeTouchUps(clinic('A'), strings)).to.equal('Not stated');
    });

    it('works out each clinic\'s cells once for a context, in the order of the criteria shown', () => {
      const clinics = [
        clinic('A', { length: 'lifetime', refund: 'full', conditions: ['Aftercare followed'] }, { verified: '2020-01-01' }),
        clinic('B', { length: { years: 2 }, refund: 'none' }, { trackRecord: { rating: 'good', note: 'Reports honoured', source: 'https://example.com/r' } }),
      ];
      const criteria = ['refund', 'length', 'conditions', 'trackRecord', 'verified'] as const;
      const marks = new Map(criteria.map((criterion) => [criterion, mostGenerous(criterion, clinics)]));
      const viewOf = clinicViews({ config: { clinics }, criteria, extraLabels: ['Parking'], marks, strings, locale: 'en-GB', now: new Date('2026-12-01') });
      const [a, b] = clinics.map(viewOf);
      expect(viewOf(clinics[0]!), 'worked out again').to.equal(a);
      expect(a!.cells).to.deep.equal([
        { text: 'Full refund', flag: 'marker' },
        { text: 'Lifetime', flag: 'marker', lifetimeConditions: 'Aftercare followed' },
        { text: '', conditions: ['Aftercare followed'] },
        { text: 'Not stated', flag: undefined, note: undefined, source: undefined },
        { text: '1 Jan 2020', flag: 'stale' },
      ]);
      expect(b!.cells[2]).to.deep.equal({ text: 'Not stated' });
      expect(b!.cells[3]).to.deep.equal({ text: 'Good', flag: undefined, note: 'Reports honoured', source: 'https://example.com/r' });
      expect(b!.extras).to.deep.equal(['Not stated']);
    });

    it('uses columns for up to four clinics in the auto layout', () => {
      expect(useColumns(undefined, 4)).to.be.true;
      expect(useColumns(undefined, 5)).to.be.false;
      expect(useColumns({ layout: 'rows' }, 2)).to.be.false;
    });
  });
});
