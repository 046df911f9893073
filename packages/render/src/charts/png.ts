import { Resvg } from '@resvg/resvg-js';

/** A PNG and the size, in CSS pixels, to show it at. */
export interface Png {
  data: Buffer;
  width: number;
  height: number;
}

export interface PngOptions {
  /** Pixels per CSS pixel: 2 keeps lines sharp on high-density screens. Default: 2. */
  scale?: number;
  /** Background; email clients in dark mode would otherwise show dark text on dark. Default: white. */
  background?: string;
  /** Font files to use in addition to the system's (a machine without fonts draws no text). */
  fontFiles?: string[];
}

/** Rasterises an SVG document with resvg (a native renderer shipped in its npm package: no browser). */
export function svgToPng(svg: string, options: PngOptions = {}): Png {
  const scale = options.scale ?? 2;
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: options.background ?? '#ffffff',
    font: { loadSystemFonts: true, fontFiles: options.fontFiles ?? [] },
  }).render();
  return { data: image.asPng(), width: Math.round(image.width / scale), height: Math.round(image.height / scale) };
}
