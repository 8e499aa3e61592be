import { nextTask } from '../lib/next-task';

/**
 * Reading the files of the data folder: their address, and their body as text and hash. Kept
 * free of imports above lib: the entry script's early request (boot/early-dataset.ts)
 * uses it, and that script must stay small.
 */

/** Relative to the app's base URL, so the app works from any folder of a static host. */
export const DATASET_PATH = 'data/hstf.json';

/** The <meta> in which the build names the SHA-256 of the dataset file it validated. */
export const PREVALIDATED_META = 'hstf-dataset-sha256';

/** The address of a file of the data folder. */
export function dataUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path}`, document.baseURI).href;
}

/** The SHA-256 (hex) of the dataset file the build validated, if the page names one. */
export function prevalidatedHash(): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${PREVALIDATED_META}"]`)?.content || undefined;
}

/**
 * Whether to hash a file as it arrives: only the newest dataset, and only when the page names
 * the hash of the file the build validated (so that the two can be compared).
 */
export function hashesOnArrival(path: string): boolean {
  return path === DATASET_PATH && prevalidatedHash() !== undefined;
}

/** A data file as it came: its text and, when asked for, the SHA-256 (hex) of its bytes. */
export interface DataFile {
  text: string;
  sha256?: Promise<string>;
}

const toHex = (digest: ArrayBuffer): string =>
  Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * Reads a response's body as text, and its hash if asked. The text is decoded a chunk at a
 * time as the bytes arrive, in slices between which the browser can paint and handle input:
 * `response.text()` decoded it in one step when the body ended, one task of 100–250 ms for
 * a 7.6 MB file at 100× today's data (traced in Chromium). The hash is taken of the bytes as
 * they came (no second encoding of the text), by the browser off the main thread.
 * crypto.subtle exists only in secure contexts (https, localhost): elsewhere no hash.
 */
export async function readDataFile(response: Response, hash: boolean): Promise<DataFile> {
  const hashing = hash && globalThis.crypto?.subtle !== undefined;
  if (!response.body) return { text: await response.text() };
  const reader = response.body.getReader();
  // UTF-8, a leading byte-order mark dropped and bad bytes replaced, as `response.text()` does.
  const decoder = new TextDecoder();
  const parts: string[] = [];
  const chunks: Uint8Array[] = [];
  let sliceStart = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    if (hashing) chunks.push(value);
    // A body that has all arrived is read in one go (each read settles at once): let the
    // browser paint and handle input between slices.
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
  parts.push(decoder.decode());
  const sha256 = hashing ? crypto.subtle.digest('SHA-256', joinBytes(chunks)).then(toHex) : undefined;
  // A failed digest only means the file is validated in full (hstf-query.ts).
  sha256?.catch(() => undefined);
  return { text: parts.join(''), sha256 };
}

/** How long reading a body may hold the main thread before it lets other work in. */
const SLICE_MS = 10;

/** The chunks of a body, one after another in one buffer. */
function joinBytes(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** What a request begun before the app brought: the file, or the server's refusal. */
export type EarlyDataset = ({ ok: true } & DataFile) | { ok: false; status: number; statusText: string };
