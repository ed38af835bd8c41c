/**
 * Serializers are generators of text pieces (one or a few per node or edge). `drain` joins them at
 * once; `drainAsync` joins them while yielding to the event loop every few milliseconds, so a large
 * export in the browser never freezes the page and can report progress or be cancelled.
 */
import type { ProgressFn } from "./types";

export type Parts = Iterable<string>;

export function drain(parts: Parts): string {
  let out = "";
  for (const p of parts) out += p;
  return out;
}

/** Let the event loop run (paint, input) before continuing. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface DrainOptions {
  /** Expected number of pieces, for progress. */
  total?: number;
  onProgress?: ProgressFn;
  step?: string;
  signal?: AbortSignal;
  /** Work at most this long (ms) between yields. Default 12. */
  slice?: number;
}

export async function drainAsync(parts: Parts, options: DrainOptions = {}): Promise<string> {
  const { total, onProgress, step = "Writing", signal, slice = 12 } = options;
  const chunks: string[] = [];
  let count = 0;
  let since = Date.now();
  for (const p of parts) {
    chunks.push(p);
    count++;
    if ((count & 63) === 0 && Date.now() - since >= slice) {
      signal?.throwIfAborted();
      if (onProgress && total) onProgress(Math.min(0.99, count / total), step);
      await yieldToEventLoop();
      since = Date.now();
    }
  }
  signal?.throwIfAborted();
  onProgress?.(1, step);
  return chunks.join("");
}
