import { createHash } from 'node:crypto';
import type { Drawing } from '../charts/sparkline-svg.js';
import { svgToPng, type PngOptions } from '../charts/png.js';
import { html, type Html } from './html.js';

/** A PNG of a snippet, to be served from the image base address. */
export interface EmailImage {
  /** File name, with a content hash: next month's chart never overwrites the one in an email already sent. */
  file: string;
  data: Buffer;
  /** Size in CSS pixels (the file has `scale` times as many). */
  width: number;
  height: number;
  alt: string;
}

/** Stands for the image base address in markup until the snippet is written out. */
export const IMAGE_BASE = '\uE000image-base\uE000';

/** Collects a snippet's pictures as PNG files and gives the `<img>` for each. */
export class Pictures {
  readonly images: EmailImage[] = [];

  constructor(
    private readonly name: string,
    private readonly png: PngOptions = {},
  ) {}

  /** An `<img>` of the drawing, `width` CSS pixels wide, that says `alt` where images are off. */
  add(kind: string, drawing: Drawing, alt: string): Html {
    const { data, width, height } = svgToPng(drawing.svg, this.png);
    const hash = createHash('sha256').update(data).digest('hex').slice(0, 10);
    const file = `${this.name}-${kind}.${hash}.png`;
    this.images.push({ file, data, width, height, alt });
    // Width and height attributes keep the layout while images are blocked (Outlook's default).
    return html`<img src="${IMAGE_BASE}${file}" width="${width}" height="${height}" alt="${alt}"
      style="display:block;width:100%;max-width:${width}px;height:auto;border:0;outline:none;text-decoration:none;">`;
  }
}
