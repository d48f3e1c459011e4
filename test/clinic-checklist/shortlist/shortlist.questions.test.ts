import { expect } from '@open-wc/testing';
import { mailtoDraft, questionsFor, questionsText } from '../../../src/clinic-checklist/shortlist/shortlist.questions.js';

describe('shortlist questions', () => {
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

  it('writes the questions as numbered lines under their heading, for copying', () => {
    expect(questionsText('Questions for X', ['Is A so?', 'And B?'])).to.equal('Questions for X\n\n1. Is A so?\n2. And B?');
  });
});
