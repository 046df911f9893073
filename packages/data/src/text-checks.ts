import { isUtf8 } from 'node:buffer';

/** Where a file's bytes stop being UTF-8: the first bad byte of a line, 1-based. */
export interface BadByte {
  line: number;
  column: number;
  byte: number;
}

/**
 * The first byte that is not UTF-8 on each line of `bytes`. Node's decoder turns such bytes into
 * U+FFFD silently (a Windows-1252 "–" becomes "�" in the feed); comparing each decoded character
 * with its own UTF-8 bytes finds where that happened, while a real "�" in the text (EF BF BD)
 * still matches itself.
 */
export function invalidUtf8(bytes: Uint8Array): BadByte[] {
  const bad: BadByte[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const column = firstBadByte(bytes.subarray(start, end));
    if (column !== undefined) bad.push({ line, column: column + 1, byte: bytes[start + column]! });
    start = end + 1;
  }
  return bad;
}

const encoder = new TextEncoder();

function firstBadByte(line: Uint8Array): number | undefined {
  if (isUtf8(line)) return undefined;
  let offset = 0;
  for (const char of Buffer.from(line).toString('utf8')) {
    const own = encoder.encode(char);
    if (!own.every((b, i) => line[offset + i] === b)) return offset;
    offset += own.length;
  }
  return undefined;
}

// C0 controls other than tab, line feed and carriage return, DEL, and the C1 controls: none belongs
// in a cell, and a NUL or a U+0085 in a title would be published as is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The first control character in `text`, with its 1-based position, or `undefined`. */
export function controlCharacterIn(text: string): { code: string; at: number } | undefined {
  const match = controlCharacter.exec(text);
  if (!match) return undefined;
  return { code: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, at: match.index + 1 };
}
