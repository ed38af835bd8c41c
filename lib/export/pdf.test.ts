import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { miniGraph } from "../test/mini-graph";
import { DEFAULT_VIEW } from "../view/url-state";
import { computeVisible } from "../view/visible";
import { describeView } from "./caption";
import { legendEntries } from "./legend";
import { buildBriefPdf, formatCell } from "./pdf";
import { pdfText } from "./pdf-text";
import { pngSize } from "./png";
import { citedSources, type CitedSource } from "./shown";
import { chokepointTable, topNodesByDegree } from "./summary";
import { FORMULA } from "./test-graphs";

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
/** A w×h RGB PNG with a diagonal band, built by hand. */
function testPng(w: number, h: number): Uint8Array {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) raw.fill(Math.abs(x - y) < 8 ? 40 : 250, y * (w * 3 + 1) + 1 + x * 3, y * (w * 3 + 1) + 4 + x * 3);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]));
}

const hasPoppler = existsSync("/usr/bin/pdftotext") && existsSync("/usr/bin/pdfinfo");
const dir = process.env.ATLAS_PDF_OUT ?? mkdtempSync(path.join(tmpdir(), "atlas-pdf-"));
function pdfFacts(bytes: ArrayBuffer, name: string) {
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.from(bytes));
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)![1], text: execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }) };
}

describe("pdfText", () => {
  it.each([
    ["café – “quotes” … €", "café – “quotes” … €"],
    ["≥ 50% → HHI", ">= 50% -> HHI"],
    ["Łódź", "Lódz"],
    ["emoji 😀 中国", "emoji ? ??"],
    ["tab\there\u0001", "tab here "],
  ])("%j → %j", (a, b) => expect(pdfText(a)).toBe(b));
});

describe("formatCell", () => {
  it.each([
    [1234, "1,234"],
    [0.012345, "0.0123"],
    [12.345, "12.35"],
    [null, ""],
    [Number.NaN, ""],
    [true, "yes"],
  ] as const)("%s → %s", (v, s) => expect(formatCell(v)).toBe(s));
});

describe("pngSize", () => {
  it("reads IHDR and refuses other bytes", () => {
    expect(pngSize(testPng(31, 17))).toEqual({ width: 31, height: 17 });
    expect(() => pngSize(new Uint8Array([1, 2, 3]))).toThrow(/not a PNG/);
  });
});

describe.skipIf(!hasPoppler)("buildBriefPdf", () => {
  const graph = miniGraph();
  const state = { ...DEFAULT_VIEW, focus: "asml", depth: 2 as const };
  const visible = computeVisible(graph, state);

  it("writes title, dataset, picture, tables and every cited source; reports progress", async () => {
    const progress: number[] = [];
    const bytes = await buildBriefPdf(
      {
        title: "ASML and its dependencies",
        subtitle: describeView(graph, state),
        counts: "5 of 20 nodes",
        meta: graph.getAttribute("meta"),
        image: { png: testPng(800, 500), width: 800, height: 500 },
        legend: legendEntries(graph, visible, "layer"),
        tables: [topNodesByDegree(graph, visible), chokepointTable(graph, visible)],
        scenario: { title: "EUV export halt", description: "The Netherlands stops EUV exports.", impact: { title: "Impact", columns: [{ label: "Node" }, { label: "Loss", align: "right" }], rows: [["TSMC", 0.5]] } },
        sources: citedSources(graph, visible),
        link: "http://127.0.0.1/?focus=asml&depth=2",
        date: new Date(2026, 10, 27),
        paper: "letter",
      },
      { onProgress: (f) => progress.push(f) },
    );
    const { pages, size, text } = pdfFacts(bytes, "mini.pdf");
    expect(size).toBe("612 x 792");
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain("ASML and its dependencies");
    expect(text).toContain("Exported 2026-11-27");
    expect(text).toContain("Scenario: EUV export halt");
    expect(text).toContain("Best-connected nodes in this view");
    expect(text).toContain("Emerging Technology Observatory");
    expect(text).toMatch(/Page 1 of \d/);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it("runs onto more pages when the source list is long, without losing any entry", async () => {
    const sources: CitedSource[] = Array.from({ length: 140 }, (_, i) => ({
      id: `s${i}`,
      publisher: i === 7 ? FORMULA : `Publisher ${i} with a fairly long name`,
      title: `Report ${i}: ${"a long title that needs wrapping ".repeat(i % 4)}`,
      year: 2020 + (i % 6),
      url: i % 3 ? `https://example.org/${"very-long-path-segment-".repeat(6)}${i}` : undefined,
      citations: 1,
    }));
    const bytes = await buildBriefPdf({ title: "Long", sources, paper: "a4", meta: graph.getAttribute("meta") });
    const { pages, size, text } = pdfFacts(bytes, "long.pdf");
    expect(size).toBe("595.28 x 841.89");
    expect(pages).toBeGreaterThan(3);
    for (const i of [0, 7, 70, 139]) expect(text).toContain(`[${i + 1}]`);
    expect(text).toContain("Publisher 139 with a fairly long name");
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it("stops when aborted", async () => {
    const c = new AbortController();
    c.abort(new Error("cancelled"));
    await expect(buildBriefPdf({ title: "x", sources: [] }, { signal: c.signal })).rejects.toThrow("cancelled");
  });
});
