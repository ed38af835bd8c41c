import { describe, expect, it } from "vitest";
import { decodeUtf8, formatBytes, readCappedBody } from "./body";

/** A chunked body (no Content-Length) of `chunks` chunks of `size` bytes; `pulled()` says how many were read. */
function streamed(chunks: number, size: number) {
  let pulled = 0;
  const chunk = new Uint8Array(size).fill(0x61);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled < chunks) {
        pulled++;
        controller.enqueue(chunk);
      } else controller.close();
    },
  });
  const request = new Request("http://x/", { method: "POST", body, duplex: "half" } as RequestInit);
  expect(request.headers.get("content-length")).toBeNull();
  return { request, pulled: () => pulled };
}

async function message(response: Response) {
  return ((await response.json()) as { error: { message: string } }).error.message;
}

describe("readCappedBody", () => {
  it("returns the bytes of a body within the cap", async () => {
    const r = await readCappedBody(new Request("http://x/", { method: "POST", body: "héllo" }), 6);
    expect(r.ok && Array.from(r.bytes)).toEqual([0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f]);
  });

  it("counts bytes, not characters", async () => {
    // 4 characters, 8 bytes in UTF-8.
    const r = await readCappedBody(new Request("http://x/", { method: "POST", body: "éééé" }), 7);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.response.status).toBe(413);
      expect(await message(r.response)).toBe("the body exceeds 7 bytes, the limit of this route");
    }
    expect((await readCappedBody(new Request("http://x/", { method: "POST", body: "éééé" }), 8)).ok).toBe(true);
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(1024));
      },
    });
    const request = new Request("http://x/", { method: "POST", body, duplex: "half", headers: { "content-length": String(2 * 1024 * 1024) } } as RequestInit);
    const r = await readCappedBody(request, 1024 * 1024);
    expect(!r.ok && r.response.status).toBe(413);
    expect(!r.ok && (await message(r.response))).toMatch(/exceeds 1 MB/);
    // ReadableStream pulls once ahead to fill its queue; nothing is read by the reader.
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading a chunked body at the cap: the rest is never pulled", async () => {
    const s = streamed(100, 64 * 1024); // 6.25 MB offered
    const r = await readCappedBody(s.request, 1024 * 1024);
    expect(!r.ok && r.response.status).toBe(413);
    // 1 MB is 16 chunks; the 17th passes the cap. A stream pulls at most one chunk ahead.
    expect(s.pulled()).toBeLessThanOrEqual(18);
  });

  it("accepts a chunked body of exactly the cap", async () => {
    const s = streamed(16, 64 * 1024);
    const r = await readCappedBody(s.request, 1024 * 1024);
    expect(r.ok && r.bytes.byteLength).toBe(1024 * 1024);
  });

  it("reads an absent body as empty", async () => {
    const r = await readCappedBody(new Request("http://x/", { method: "POST" }), 10);
    expect(r.ok && r.bytes.byteLength).toBe(0);
  });

  it("formats limits", () => {
    expect(formatBytes(16 * 1024 * 1024)).toBe("16 MB");
    expect(formatBytes(512 * 1024)).toBe("512 KB");
    expect(formatBytes(1000)).toBe("1000 bytes");
  });
});

describe("decodeUtf8", () => {
  it("decodes UTF-8, drops a BOM and refuses other bytes", () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe("{}");
    expect(decodeUtf8(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toBeNull();
  });
});
