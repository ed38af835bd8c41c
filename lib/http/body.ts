/**
 * The one request-body reader of every POST route: it counts bytes (not characters), refuses a
 * declared Content-Length over the cap before reading anything, and otherwise streams the body,
 * stopping at the first chunk that passes the cap (the rest is never read or buffered), so a
 * chunked body with no Content-Length is bounded the same way.
 */
import { errorResponse } from "./errors";

export type BodyResult = { ok: true; bytes: Uint8Array } | { ok: false; response: Response };

/** "1 MB", "16 MB", "512 KB", "100 bytes": a limit as the error message states it. */
export function formatBytes(n: number): string {
  const mb = 1024 * 1024;
  if (n >= mb && n % mb === 0) return `${n / mb} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}

const tooLarge = (maxBytes: number) => ({ ok: false as const, response: errorResponse(413, `the body exceeds ${formatBytes(maxBytes)}, the limit of this route`) });

/** The body's bytes, or a 413 once more than `maxBytes` are declared or have arrived. */
export async function readCappedBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return tooLarge(maxBytes);
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return { ok: true, bytes: chunks[0]! };
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}

/** UTF-8 text of the bytes (a leading BOM dropped), or null if they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
