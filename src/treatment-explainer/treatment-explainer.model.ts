import { contentKeys, englishContent, type Translate } from '../core/strings.js';
import { loaded } from '../core/lazy-import.js';
import type * as Defaults from './treatment-explainer.built-in.js';
import type { CompareRow, ExplainerConfig, Item, ScarType, TextItem } from './treatment-explainer.schema.js';
import { BUILT_IN_IDS, OUTCOME_IDS, QUESTION_IDS, VIEWS, type Answers, type Outcome, type OutcomeId, type Question, type View } from './treatment-explainer.vocab.js';

/** The built-in content: the built-in content file, imported only when a widget shows it. */
export type BuiltInExplainer = typeof Defaults;

// Data shaping for the explainer, free of the DOM so unit tests call it directly.

/**
 * Built-in entries patched by id: a patch with a known id replaces the fields it gives, a new id is
 * appended (the schema has already checked that it is complete).
 */
export function mergeById<T extends { id: string }>(builtIn: readonly T[], patches: readonly Partial<T>[] | undefined): T[] {
  const merged = builtIn.map((entry) => ({ ...entry }));
  for (const patch of patches ?? []) {
    const index = merged.findIndex((entry) => entry.id === patch.id);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
    if (index >= 0) merged[index] = { ...merged[index]!, ...defined };
    else merged.push(defined as T);
  }
  return merged;
}

/** Everything the explainer shows: the site's config where given, the built-in content elsewhere. */
export interface ExplainerContent {
  title: string;
  intro: string;
  views: readonly View[];
  initialView: View;
  compare: { intro: string; rows: CompareRow[] };
  transplant: { intro: string; ways: Item[]; scars: ScarType[]; scarNotes: string[] };
  technician: { intro: string; controls: TextItem[]; warnings: TextItem[] };
  guide: { intro: string; questions: Question[] };
  outcomes: Record<OutcomeId, Outcome>;
  /** Added to a trial's reasons when the reader would rather not return often. */
  upkeepCaution: string;
}

/**
 * The explainer as shown: the config over the built-in content (`builtIn`, the built-in content file), which `t`
 * gives in the reader's language (see core/strings.ts). The explainer always shows some built-in content:
 * a config patches its entries rather than replacing them.
 */
export function explainerContent(config: ExplainerConfig | undefined, builtIn: BuiltInExplainer | undefined, t: Translate = englishContent): ExplainerContent {
  const {
    compareIntro,
    compareRows,
    defaultIntro,
    defaultTitle,
    guideIntro,
    outcomes,
    questions,
    scarNotes,
    scarTypes,
    technicianControls,
    technicianIntro,
    technicianWarnings,
    transplantIntro,
    transplantWays,
    upkeepCaution,
  } = loaded(builtIn);
  // Every text field of a built-in entry, keyed by the list's name, the entry's id and the field.
  const spellAll = <T extends { id: string }>(list: string, entries: T[]): T[] =>
    entries.map(
      (entry) => Object.fromEntries(Object.entries(entry).map(([key, value]) => [key, key === 'id' ? value : t(`${list}.${entry.id}.${key}`, value as string)])) as T,
    );
  const views = config?.views ?? VIEWS;
  return {
    title: config?.title ?? t('title', defaultTitle),
    intro: config?.intro ?? t('intro', defaultIntro),
    views,
    initialView: config?.default ?? views[0]!,
    compare: { intro: config?.compare?.intro ?? t('compare.intro', compareIntro), rows: mergeById(spellAll('compare', compareRows), config?.compare?.rows) },
    transplant: {
      intro: config?.transplant?.intro ?? t('transplant.intro', transplantIntro),
      ways: mergeById(spellAll('ways', transplantWays), config?.transplant?.ways),
      scars: mergeById(spellAll('scars', scarTypes), config?.transplant?.scars),
      scarNotes: scarNotes.map((note, index) => t(`scarNote.${index}`, note)),
    },
    technician: {
      intro: config?.technician?.intro ?? t('technician.intro', technicianIntro),
      controls: mergeById(spellAll('controls', technicianControls), config?.technician?.controls),
      warnings: mergeById(spellAll('warnings', technicianWarnings), config?.technician?.warnings),
    },
    guide: { intro: config?.guide?.intro ?? t('guide.intro', guideIntro), questions: guideQuestions(questions, t) },
    outcomes: Object.fromEntries(OUTCOME_IDS.map((id) => [id, outcomeText(id, outcomes[id], t)])) as Record<OutcomeId, Outcome>,
    upkeepCaution: t('upkeepCaution', upkeepCaution),
  };
}

/** The questions still unanswered, in order. */
export function unanswered(answers: Answers): string[] {
  return QUESTION_IDS.filter((id) => !answers[id]);
}

/**
 * The documented decision table of guide mode, first match wins:
 * 1. scars or skin answer points to a contraindication, or any health answer but "none" → clinician-first
 * 2. goal "try", or a shorter commitment → trico-trial
 * 3. goal "scars" → scar-camouflage
 * 4. goal "transplant", or goal "density" with a transplant had or planned → smp-with-transplant
 * 5. goal "density" → smp-density
 * 6. goal "shaved": with scars → scar-camouflage, without → smp-shaved
 */
export function guideOutcome(answers: Answers): OutcomeId | undefined {
  if (unanswered(answers).length > 0) return undefined;
  const { goal, commitment, transplant, scars, health } = answers;
  if (scars === 'contraindication' || health !== 'none') return 'clinician-first';
  if (goal === 'try' || commitment === 'short') return 'trico-trial';
  if (goal === 'scars') return 'scar-camouflage';
  if (goal === 'transplant' || (goal === 'density' && transplant !== 'none')) return 'smp-with-transplant';
  if (goal === 'density') return 'smp-density';
  return scars === 'none' ? 'smp-shaved' : 'scar-camouflage';
}

/** Whether an outcome's next steps are questions for a clinic: not where the reader should see a clinician first. */
export function asksAClinic(id: OutcomeId): boolean {
  return id !== 'clinician-first';
}

/** The outcome as shown to this reader: a trial that needs upkeep they said they would avoid says so. */
export function outcomeFor(id: OutcomeId, answers: Answers, content: Pick<ExplainerContent, 'outcomes' | 'upkeepCaution'>): Outcome {
  const outcome = content.outcomes[id];
  if (id !== 'trico-trial' || answers.upkeep !== 'low') return outcome;
  return { ...outcome, reasons: [...outcome.reasons, content.upkeepCaution] };
}

function outcomeText(id: OutcomeId, outcome: Outcome, t: Translate): Outcome {
  return {
    title: t(`outcome.${id}.title`, outcome.title),
    summary: t(`outcome.${id}.summary`, outcome.summary),
    reasons: outcome.reasons.map((text, index) => t(`outcome.${id}.reason.${index}`, text)),
    askNext: outcome.askNext.map((text, index) => t(`outcome.${id}.ask.${index}`, text)),
  };
}

/** The guide's questions and answers in the reader's language. */
function guideQuestions(questions: readonly Question[], t: Translate): Question[] {
  return questions.map((question) => ({
    id: question.id,
    text: t(`question.${question.id}`, question.text),
    options: question.options.map((option) => ({ value: option.value, label: t(`option.${question.id}.${option.value}`, option.label) })),
  }));
}

/** Every key of the built-in content, with its English text: what a language pack translates. */
export function explainerContentKeys(builtIn: BuiltInExplainer): Record<string, string> {
  return contentKeys((t) => void explainerContent(undefined, builtIn, t));
}

/** `#<element-id>/<view>` opens a view; anything else is ignored. */
export function viewFromHash(hash: string, elementId: string, views: readonly View[]): View | undefined {
  if (!elementId) return undefined;
  const prefix = `#${elementId}/`;
  if (!hash.startsWith(prefix)) return undefined;
  const view = decodeURIComponent(hash.slice(prefix.length)) as View;
  return views.includes(view) ? view : undefined;
}

/** The fragment's key for one explainer's guide result: its own prefix and id, apart from view links (`#id/view`). */
export function guideShareKey(id: string): string {
  return `smp-guide:${id}=`;
}

/** A fragment carrying the reader's answers (question and answer ids only), e.g. `#smp-guide:info=goal.shaved~health.none`. */
export function guideFragment(id: string, answers: Answers): string {
  const pairs = QUESTION_IDS.filter((question) => answers[question]).map((question) => `${question}.${answers[question]}`);
  return `#${guideShareKey(id)}${pairs.join('~')}`;
}

/** The answers a fragment carries for this explainer, each checked against its question's options; undefined when there are none. */
export function readGuideFragment(hash: string, id: string, questions: readonly Question[]): Answers | undefined {
  const prefix = `#${guideShareKey(id)}`;
  if (!hash.startsWith(prefix)) return undefined;
  const answers: Answers = {};
  for (const pair of decodeURIComponent(hash.slice(prefix.length)).split('~')) {
    const [question, value] = pair.split('.');
    const known = questions.find((entry) => entry.id === question);
    if (known && known.options.some((option) => option.value === value)) answers[known.id] = value;
  }
  return Object.keys(answers).length ? answers : undefined;
}
