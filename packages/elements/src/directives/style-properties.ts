import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), always.
 * Lit's `styleMap` writes a `style` attribute on first render, which a strict
 * Content-Security-Policy (`style-src` without 'unsafe-inline') blocks.
 *
 * Usage: `<div ${styleProperties({ '--_rows': '4' })}></div>`
 */
class StylePropertiesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProperties() goes in an element position, not in an attribute');
  }

  render(_properties: Record<string, string>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Record<string, string>]): unknown {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
