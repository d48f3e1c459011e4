import { expect } from '@open-wc/testing';
import * as checklistBuiltIn from '../../src/clinic-checklist/clinic-checklist.built-in.js';
import { shortlistStrings } from '../../src/clinic-checklist/shortlist/shortlist.strings.js';
import { checklistStrings } from '../../src/clinic-checklist/clinic-checklist.strings.js';
import { checklistContentKeys, itemIds, checklistContent, STORAGE_VERSION, storageKey } from '../../src/clinic-checklist/clinic-checklist.model.js';
import { MAX_LENGTH } from '../../src/core/limits.js';
import { loadLocalePack } from '../../src/core/locale-packs.js';
import { stringsFor, SUPPORTED_LOCALES, type Locale, type StringTable } from '../../src/core/strings.js';
import { spellFor } from '../shared/spelling.js';
import * as comparisonBuiltIn from '../../src/guarantee-comparison/guarantee-comparison.built-in.js';
import { comparisonStrings } from '../../src/guarantee-comparison/guarantee-comparison.strings.js';
import { comparisonContentKeys } from '../../src/guarantee-comparison/guarantee-comparison.model.js';
import * as explainerBuiltIn from '../../src/treatment-explainer/treatment-explainer.built-in.js';
import { explainerContentKeys } from '../../src/treatment-explainer/treatment-explainer.model.js';
import { BUILT_IN_IDS, OUTCOME_IDS, QUESTION_IDS, VIEWS } from '../../src/treatment-explainer/treatment-explainer.vocab.js';
import { explainerStrings } from '../../src/treatment-explainer/treatment-explainer.strings.js';

const { defaultSections } = checklistBuiltIn;
const { compareRows, questions, scarTypes, technicianControls, technicianWarnings, transplantWays } = explainerBuiltIn;

// Readers' ticks are stored under the checklist's storage key and listed by item id; sites link to views by
// id and listen for outcome ids. Content edits must never change them: the values below are written out
// literally, as they were before the content review of issue 15, so a changed id fails here.

describe('built-in ids and storage keys', () => {
  it('keeps every built-in checklist item id', () => {
    expect(itemIds(defaultSections)).to.deep.equal([
      'healed-work',
      'similar-clients',
      'guarantee-in-writing',
      'guarantee-honoured',
      'refunds-touch-ups',
      'named-technician',
      'technician-experience',
      'equipment-depth',
      'hairline-density',
      'licence',
      'no-oversized-dots',
      'no-migration',
      'good-blending',
      'natural-hairlines',
      'no-discolouration',
    ]);
  });

  it('keeps the storage key format, its version and the built-in list’s storage key', () => {
    expect(storageKey('my-clinic-visit')).to.equal('smp-clinic-checklist:my-clinic-visit');
    expect(STORAGE_VERSION).to.equal(1);
    const builtIn = checklistContent(undefined, checklistBuiltIn);
    expect(builtIn.storageId).to.equal('auto-f5b7a6');
    expect(storageKey(builtIn.storageId)).to.equal('smp-clinic-checklist:auto-f5b7a6');
    expect(storageKey(checklistContent({ id: 'demo-dark' }, checklistBuiltIn).storageId)).to.equal('smp-clinic-checklist:demo-dark');
  });

  it('keeps the explainer’s view ids, in order', () => {
    expect([...VIEWS]).to.deep.equal(['compare', 'transplant', 'technician', 'guide']);
  });

  it('keeps every guide outcome id (new ones may be added)', () => {
    expect([...OUTCOME_IDS]).to.include.members(['clinician-first', 'trico-trial', 'scar-camouflage', 'smp-with-transplant', 'smp-density', 'smp-shaved']);
  });

  it('keeps every guide question id and answer value (new ones may be added)', () => {
    expect([...QUESTION_IDS]).to.include.members(['goal', 'commitment', 'transplant', 'scars', 'upkeep']);
    const values = Object.fromEntries(questions.map((question) => [question.id, question.options.map((option) => option.value)]));
    expect(values['goal']).to.include.members(['shaved', 'density', 'transplant', 'scars', 'try']);
    expect(values['commitment']).to.include.members(['long', 'short', 'unsure']);
    expect(values['transplant']).to.include.members(['none', 'had', 'planning']);
    expect(values['scars']).to.include.members(['none', 'fue', 'strip', 'complex', 'contraindication']);
    expect(values['upkeep']).to.include.members(['low', 'fine']);
  });

  it('keeps the ids a config patches the explainer’s entries by (new ones may be added)', () => {
    const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);
    expect(ids(compareRows)).to.include.members(['lasts', 'depth-pigment', 'sessions', 'upkeep', 'suits', 'reversibility']);
    expect(ids(transplantWays)).to.include.members(['density', 'poor-transplant', 'scars']);
    expect(ids(scarTypes)).to.include.members(['fue', 'strip', 'hardest']);
    expect(ids(technicianControls)).to.include.members(['machines-needles', 'pigments', 'depth', 'hairline', 'density']);
    expect(ids(technicianWarnings)).to.include.members(['oversized', 'migration', 'blending', 'hairlines', 'discolouration']);
  });

  // The schema knows the built-in ids without importing the content: the two lists must agree.
  it('gives the schema the same entry ids as the built-in content', () => {
    const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);
    expect({
      compareRows: ids(compareRows),
      transplantWays: ids(transplantWays),
      scarTypes: ids(scarTypes),
      technicianControls: ids(technicianControls),
      technicianWarnings: ids(technicianWarnings),
    }).to.deep.equal(BUILT_IN_IDS);
  });
});

const TABLES: Record<string, StringTable<string>> = {
  // Shortlist mode's strings are a table of their own (its own chunk), in the same section of the packs.
  'clinic-checklist': { 'en-GB': { ...checklistStrings['en-GB'], ...shortlistStrings['en-GB'] }, 'en-US': { ...checklistStrings['en-US'], ...shortlistStrings['en-US'] } },
  'guarantee-comparison': comparisonStrings,
  'treatment-explainer': explainerStrings,
};
const CONTENT: Record<string, Record<string, string>> = {
  'clinic-checklist-built-in': checklistContentKeys(checklistBuiltIn),
  'guarantee-comparison-built-in': comparisonContentKeys(comparisonBuiltIn),
  'treatment-explainer-built-in': explainerContentKeys(explainerBuiltIn),
};

/** Every built-in string of the three widgets as a reader of `locale` sees it, by section and key. */
async function builtInText(locale: Locale): Promise<[string, string][]> {
  const pack = locale.startsWith('en') ? undefined : await loadLocalePack(locale);
  const found: [string, string][] = [];
  for (const [section, table] of Object.entries(TABLES)) {
    for (const [key, text] of Object.entries(stringsFor(table, locale, undefined, pack?.[section]))) found.push([`${section}.${key}`, text]);
  }
  for (const [section, english] of Object.entries(CONTENT)) {
    for (const [key, text] of Object.entries(english)) found.push([`${section}.${key}`, pack?.[section]?.[key] ?? spellFor(locale, text)]);
  }
  return found;
}

describe('built-in wording', () => {
  // A site's own entry of a field gets the schema's limit (core/limits.ts); the built-in entries of the same
  // fields fit it too, in every language, so a site can copy one into its config and change a word.
  it('fits every built-in entry within the limit a site’s own entry of that field gets, in every language', async () => {
    const limitOf = (key: string) => {
      const [section, ...rest] = key.split('.');
      const field = rest.join('.');
      if (!section!.endsWith('-content')) return MAX_LENGTH.string;
      if (field === 'title' || field.endsWith('.title') || /^(compare|scars)\..*\.label$|^band\.\d+\.label$/.test(field)) return MAX_LENGTH.title;
      if (/\.(label|question|text)$/.test(field)) return MAX_LENGTH.label;
      return MAX_LENGTH.text;
    };
    const tooLong: string[] = [];
    for (const locale of SUPPORTED_LOCALES) {
      for (const [key, text] of await builtInText(locale)) if (text.length > limitOf(key)) tooLong.push(`${locale} ${key}: ${text.length} > ${limitOf(key)}`);
    }
    expect(tooLong).to.deep.equal([]);
  });

  // British spellings that US English writes otherwise (and the British "tick" and "top-up", which US English
  // calls a check and a touch-up).
  const BRITISH =
    /\b(colour\w*|discolour\w*|honour\w*|favour\w*|behaviour\w*|centre[sd]?|licence[sd]?|practise[sd]?|organis\w*|recognis\w*|optimis\w*|minimis\w*|emphasis(e|ed|es)|realis(e|ed|es)|programme[sd]?|grey|travell\w*|cancell(ed|ing)|labell\w*|judgement|ageing|sceptic\w*|whilst|amongst|ticks?|ticked|ticking|top-ups?)\b/i;

  it('uses US spelling in every en-US string', async () => {
    const british = (await builtInText('en-US')).filter(([, text]) => BRITISH.test(text)).map(([key, text]) => `${key}: ${text.match(BRITISH)![0]}`);
    expect(british).to.deep.equal([]);
  });

  // Words a future British string may use: the en-US spelling of each must be American, so it cannot slip through.
  const BRITISH_WORDS = [
    'colour', 'colours', 'coloured', 'colourful', 'discolouration', 'discoloured', 'honour', 'honours', 'honoured',
    'honouring', 'favour', 'favours', 'favourite', 'behaviour', 'behaviours', 'centre', 'centres', 'centred', 'licence',
    'licences', 'practise', 'practised', 'organise', 'organised', 'organisation', 'recognise', 'recognised', 'optimise',
    'optimised', 'minimise', 'minimised', 'emphasise', 'emphasised', 'realise', 'realised', 'programme', 'programmes',
    'grey', 'greyish', 'travelled', 'travelling', 'cancelled', 'cancelling', 'labelled', 'labelling', 'judgement',
    'ageing', 'sceptical', 'whilst', 'amongst', 'tick', 'ticks', 'ticked', 'ticking', 'top-up', 'top-ups',
  ];

  it('spells each British word the American way for en-US, whether or not the content uses it yet', () => {
    const missed = BRITISH_WORDS.filter((word) => BRITISH.test(spellFor('en-US', word)) || spellFor('en-US', word) === word);
    expect(missed).to.deep.equal([]);
  });

  it('never asks a US reader to check a point once it is checked', async () => {
    const clashes = (await builtInText('en-US'))
      .flatMap(([key, text]) => text.split(/(?<=[.!?])\s+/).map((sentence) => [key, sentence] as const))
      .filter(([, sentence]) => /^check\b/i.test(sentence) && /\bchecked\b/i.test(sentence));
    expect(clashes).to.deep.equal([]);
  });

  // F42, F53, F54: SMP fades and needs touch-ups, so no built-in string calls it permanent, in any language.
  const PERMANENT: Record<Locale, RegExp> = {
    'en-GB': /permanent/i,
    'en-US': /permanent/i,
    es: /permanente/i,
    de: /dauerhaft|permanent/i,
    fr: /permanente?/i,
    tr: /kalıcı/i,
    ar: /(^|[\s(])(ال)?دائمة?([\s،.؟)]|$)/,
  };
  for (const locale of SUPPORTED_LOCALES) {
    it(`never calls SMP permanent in ${locale}`, async () => {
      const found = (await builtInText(locale)).filter(([, text]) => PERMANENT[locale].test(text)).map(([key]) => key);
      expect(found).to.deep.equal([]);
    });
  }

  it('names what to ask a clinician about in every widget’s disclaimer, and cautions beside lifetime terms', () => {
    const disclaimers = {
      explainer: explainerStrings['en-GB'].generalInformation,
      checklist: checklistStrings['en-GB'].generalInformation,
      comparison: comparisonStrings['en-GB'].generalInformation,
    };
    for (const [widget, text] of Object.entries(disclaimers)) {
      expect(text, widget).to.include('not medical advice').and.include('qualified clinician');
      for (const topic of ['contraindications', 'allergies', 'scars', 'keloid tendency', 'medication', 'transplant timing']) expect(text, widget).to.include(topic);
    }
    expect(disclaimers.comparison).to.include('not medical advice or legal advice');
    expect(comparisonStrings['en-GB'].lifetimeCaution).to.include('exclusions').and.include('clinic closes');
  });

  it('says where expectations are set that SMP cannot give back one’s own hair (F6), and what a transplant can do (F8)', () => {
    const content = explainerContentKeys(explainerBuiltIn);
    expect(content['intro']).to.include('Neither can give you your own hair back');
    expect(content['transplant.intro']).to.include('in the right circumstances a good one can give the look a patient wants');
  });

  it('does not repeat the widget’s disclaimer in the guide result', () => {
    expect(explainerStrings['en-GB'].outcomeNote).to.not.include('not medical advice');
  });
});
