import { createHash } from 'node:crypto';

import { readDataFile } from '../src/data/data-file';

/** A response whose body arrives in the given pieces, as a slow network delivers it. */
function arriving(pieces: Uint8Array[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
  return new Response(body);
}

/** The bytes of `text`, cut at each index in `cuts` (which may fall inside a character). */
function cut(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const ends = [...cuts, bytes.length];
  return ends.map((end, i) => bytes.slice(i === 0 ? 0 : ends[i - 1], end));
}

describe('reading a data file as it arrives', () => {
  const text = '{"title":"Operación “Take Back America” — 3,266 arrests"}';
  const bytes = new TextEncoder().encode(text);

  it('gives the text whole when the chunks split a character', async () => {
    // "ó" and the curly quotes take two and three bytes: cut through each of them.
    const inside = [text.indexOf('ó'), text.indexOf('“'), text.indexOf('—')].map(
      (index) => new TextEncoder().encode(text.slice(0, index)).length + 1,
    );
    const file = await readDataFile(arriving(cut(bytes, inside)), false);
    expect(file.text).toBe(text);
    expect(file.sha256).toBeUndefined();
  });

  it('drops a leading byte-order mark, as response.text() does', async () => {
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const file = await readDataFile(arriving(cut(withMark, [2, 10])), false);
    expect(file.text).toBe(text);
  });

  it('hashes the bytes as they came when asked', async () => {
    const file = await readDataFile(arriving(cut(bytes, [1, 7, 30])), true);
    expect(await file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
