// Which of a widget's config sources is present: no zod here, so a widget with no config of the site's
// own never loads the validator (config.ts and the schemas).

/** Where a widget's config came from; the first present one wins, in this order. */
export type ConfigSourceKind = 'property' | 'script' | 'attribute' | 'src' | 'none';

export interface ConfigSources {
  /** The `config` property, set by frameworks and scripts. */
  property: unknown;
  /** Text of a child `<script type="application/json">`. */
  script: string | null;
  /** The `config` attribute. */
  attribute: string | null;
}

/** Precedence: the property over the script child over the attribute. Empty text counts as absent. */
export function pickConfigSource(sources: ConfigSources): { kind: ConfigSourceKind; value: unknown } {
  if (sources.property !== undefined && sources.property !== null) return { kind: 'property', value: sources.property };
  if (sources.script?.trim()) return { kind: 'script', value: sources.script };
  if (sources.attribute?.trim()) return { kind: 'attribute', value: sources.attribute };
  return { kind: 'none', value: undefined };
}
