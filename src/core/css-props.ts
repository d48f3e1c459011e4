import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM: `<div ${cssProps({ '--_max-height': '30em' })}>`.
 * Lit's styleMap writes a style *attribute* on first render, which a strict CSP (`style-src 'self'`)
 * reports as a violation; CSSOM writes are allowed.
 */
class CssPropsDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps() belongs in an element position');
  }

  render(_props: Record<`--${string}`, string>) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Record<`--${string}`, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return nothing;
  }
}

export const cssProps = directive(CssPropsDirective);
