import { expect } from '@open-wc/testing';
import * as builtIn from '../../src/treatment-explainer/treatment-explainer.built-in.js';
import { guideOutcome, mergeById, outcomeFor, explainerContent, viewFromHash } from '../../src/treatment-explainer/treatment-explainer.model.js';
import { OUTCOME_IDS, type Answers } from '../../src/treatment-explainer/treatment-explainer.vocab.js';

const content = explainerContent(undefined, builtIn);

const base: Answers = { goal: 'shaved', commitment: 'long', transplant: 'none', scars: 'none', health: 'none', upkeep: 'fine' };

describe('treatment-explainer model', () => {
  describe('guide outcomes (the documented decision table)', () => {
    const cases: [string, Answers, string][] = [
      ['a contraindication comes first', { ...base, goal: 'try', scars: 'contraindication' }, 'clinician-first'],
      ['a pigment allergy comes first', { ...base, goal: 'try', health: 'allergy' }, 'clinician-first'],
      ['a tendency to keloid scars, without scars on the scalp', { ...base, health: 'keloid' }, 'clinician-first'],
      ['pregnancy or breastfeeding', { ...base, goal: 'density', health: 'pregnancy' }, 'clinician-first'],
      ['blood thinners or a bleeding disorder', { ...base, goal: 'scars', scars: 'fue', health: 'bleeding' }, 'clinician-first'],
      ['an immune disorder', { ...base, goal: 'transplant', health: 'immune' }, 'clinician-first'],
      ['a condition that needs a doctor’s approval', { ...base, health: 'doctor' }, 'clinician-first'],
      ['a temporary reason to wait', { ...base, goal: 'density', health: 'temporary' }, 'clinician-first'],
      ['trying the look', { ...base, goal: 'try' }, 'trico-trial'],
      ['a shorter commitment', { ...base, commitment: 'short' }, 'trico-trial'],
      ['hiding scars', { ...base, goal: 'scars', scars: 'strip' }, 'scar-camouflage'],
      ['a shaved look over scars', { ...base, scars: 'fue' }, 'scar-camouflage'],
      ['filling out a transplant', { ...base, goal: 'transplant', transplant: 'had' }, 'smp-with-transplant'],
      ['density with a planned transplant', { ...base, goal: 'density', transplant: 'planning' }, 'smp-with-transplant'],
      ['density without a transplant', { ...base, goal: 'density' }, 'smp-density'],
      ['a shaved look', base, 'smp-shaved'],
    ];
    for (const [name, answers, outcome] of cases) {
      it(`${name} → ${outcome}`, () => expect(guideOutcome(answers)).to.equal(outcome));
    }

    it('reaches every documented outcome', () => {
      expect(new Set(cases.map(([, , outcome]) => outcome))).to.deep.equal(new Set(OUTCOME_IDS));
    });

    it('gives no outcome until every question is answered', () => {
      expect(guideOutcome({ goal: 'shaved' })).to.be.undefined;
      const { health: _health, ...withoutHealth } = base;
      expect(guideOutcome(withoutHealth)).to.be.undefined;
    });

    it('offers every contraindication of the health question, and sends each one to a clinician', () => {
      const health = content.guide.questions.find((question) => question.id === 'health')!;
      expect(health.options.map((option) => option.value)).to.deep.equal(['none', 'allergy', 'keloid', 'pregnancy', 'bleeding', 'immune', 'doctor', 'temporary']);
      for (const { value } of health.options.slice(1)) expect(guideOutcome({ ...base, health: value }), value).to.equal('clinician-first');
      const reasons = outcomeFor('clinician-first', base, content).reasons.join(' ');
      for (const text of ['allergy to pigment', 'keloid', 'pregnancy', 'blood thinners', 'immune', 'doctor’s written approval']) expect(reasons).to.include(text);
      // The temporary reasons to wait (F68, F70) are named too.
      for (const text of ['sunburn', 'infection', 'surgery in the area within the last 6 months', 'chemotherapy']) expect(reasons).to.include(text);
    });

    it('says that scars usually need to have settled before scar camouflage (F85)', () => {
      expect(outcomeFor('scar-camouflage', base, content).reasons.join(' ')).to.include('settled');
    });

    it('gives every outcome a title and summary that never call SMP permanent', () => {
      for (const id of OUTCOME_IDS) {
        const outcome = outcomeFor(id, base, content);
        expect(outcome.title, id).to.not.be.empty;
        expect(outcome.summary, id).to.not.be.empty;
        expect([outcome.title, outcome.summary, ...outcome.reasons, ...outcome.askNext].join(' '), id).to.not.match(/permanent/i);
      }
    });

    it('adds an upkeep caution to a trial for someone who wants few top-ups', () => {
      const outcome = outcomeFor('trico-trial', { ...base, goal: 'try', upkeep: 'low' }, content);
      expect(outcome.reasons.at(-1)).to.include('needs regular upkeep');
    });
  });

  it('patches built-in entries by id and appends new ones', () => {
    const merged = mergeById([{ id: 'a', label: 'A', body: 'x' }], [{ id: 'a', label: 'A2' }, { id: 'b', label: 'B', body: 'y' }]);
    expect(merged).to.deep.equal([{ id: 'a', label: 'A2', body: 'x' }, { id: 'b', label: 'B', body: 'y' }]);
  });

  it('resolves views and the first view', () => {
    expect(explainerContent({ views: ['guide', 'compare'] }, builtIn).initialView).to.equal('guide');
    expect(explainerContent({ default: 'technician' }, builtIn).initialView).to.equal('technician');
  });

  it('reads a view from a fragment of the form #<element-id>/<view>', () => {
    const views = ['compare', 'guide'] as const;
    expect(viewFromHash('#smp-info/guide', 'smp-info', views)).to.equal('guide');
    expect(viewFromHash('#smp-info/technician', 'smp-info', views)).to.be.undefined;
    expect(viewFromHash('#other/guide', 'smp-info', views)).to.be.undefined;
    expect(viewFromHash('#/guide', '', views)).to.be.undefined;
  });
});
