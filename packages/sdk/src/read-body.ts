import { TooLargeError } from './errors.js';

/**
 * The body's bytes, read as they stream in and never more than `maxBytes`: past it, reading stops
 * and the rest is never downloaded (a 20 MB answer costs 5 MB, not 20 MB of memory and a frozen tab).
 */
export async function readBody(response: Response, maxBytes: number, url: string): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => new TooLargeError(url, maxBytes);
  if (Number(response.headers.get('content-length')) > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer()); // a fetch that does not stream
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) bytes.set(chunk, (offset += chunk.byteLength) - chunk.byteLength);
  return bytes;
}
