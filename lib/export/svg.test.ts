import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { sourceLines, wrapText } from "./caption";
import { approximateMeasure, layoutFrame } from "./frame";
import { composeSvg, parseSvgRoot } from "./svg";
import { hasXmlForbidden } from "./xml";

// What cytoscape-svg (canvas2svg) produces, with a hostile label as the browser serializes it.
const NETWORK = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="300" version="1.1"><defs/><g><path d="M 0 0 L 10 10"/><text x="5" y="5">Firm &amp; "A" &lt;b&gt; \u0001 &#1; &#x1F; &#xFFFE; &#10; 😀</text></g></svg>`;

const legend = {
  title: "Colour: layer",
  colors: [
    { label: "Lithography & equipment", color: "#ea580c" },
    { label: "Fabrication", color: "#7c3aed" },
  ],
  shapes: [
    { label: "Firm", shape: "ellipse", kind: "firm" as const },
    { label: "Input", shape: "diamond", kind: "input" as const },
    { label: "Bloc", shape: "round-octagon", kind: "bloc" as const },
  ],
  edges: [{ label: "Provides", color: "#64748b", line: "solid" as const }, { label: "Partners with", color: "#059669", line: "dashed" as const }],
};
const meta = { title: "t", version: "2026.11.0", date: "2026-11-26", description: "d", licence: "l" };

describe("parseSvgRoot", () => {
  it("reads the size and body, dropping characters and references XML forbids", () => {
    const p = parseSvgRoot(`<?xml version="1.0"?>\n<!DOCTYPE svg>\n${NETWORK}`);
    expect(p.width).toBe(400);
    expect(p.height).toBe(300);
    expect(p.body.startsWith("<defs/>")).toBe(true);
    expect(p.body).not.toMatch(/&#1;|&#x1F;|&#xFFFE;|\u0001/i);
    expect(p.body).toContain("&#10;");
  });
  it("throws on a document without an svg root", () => {
    expect(() => parseSvgRoot("<html/>")).toThrow(/no <svg> root/);
  });
});

describe("composeSvg", () => {
  it("wraps the network with escaped title, legend and source line text", () => {
    const title = `Title <with> "markup" & \u0002 control`;
    const frame = layoutFrame({
      networkWidth: 400,
      background: "white",
      title,
      subtitle: "Focus: ASML",
      legend,
      source: { meta, publishers: ["Pub <A> & Co", "=cmd|' /C calc'!A0"] },
      measure: approximateMeasure,
    });
    const svg = composeSvg({ network: NETWORK, frame, scale: 2, background: "white", title });
    expect(hasXmlForbidden(svg)).toBe(false);
    const doc = new DOMParser({ onError: (level, msg) => { if (level !== "warning") throw new Error(msg); } }).parseFromString(svg, "image/svg+xml");
    const root = doc.documentElement!;
    expect(root.getAttribute("width")).toBe(String(frame.width * 2));
    expect(Number(root.getAttribute("height"))).toBe(frame.header * 2 + 300 + frame.footer * 2);
    const texts = Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent);
    expect(texts).toContain(`Title <with> "markup" &  control`);
    expect(texts).toContain("Lithography & equipment");
    expect(texts.some((t) => t?.includes("Pub <A> & Co"))).toBe(true);
    expect(texts.some((t) => t?.startsWith("Interdependence Atlas · dataset 2026.11.0 (2026-11-26) · sources:"))).toBe(true);
    expect(texts.some((t) => t?.includes(`Firm & "A" <b>`))).toBe(true);
    expect(doc.getElementById("atlas-background")?.getAttribute("fill")).toBe("#ffffff");
  });
  it("is the bare network (plus background) when nothing is added", () => {
    const frame = layoutFrame({ networkWidth: 400, background: "transparent", measure: approximateMeasure });
    const svg = composeSvg({ network: NETWORK, frame, scale: 1, background: "transparent" });
    const root = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement!;
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual(["400", "300"]);
    expect(svg).not.toContain("atlas-background");
  });
});

describe("layoutFrame", () => {
  it("keeps every item inside the frame, at any title length", () => {
    const frame = layoutFrame({
      networkWidth: 300,
      background: "dark",
      title: "A very long title ".repeat(12),
      subtitle: "Kinds: inputs, firms · Layers: Lithography & equipment · As of 2024",
      legend,
      source: { meta, publishers: Array.from({ length: 40 }, (_, i) => `Publisher number ${i}`) },
      measure: approximateMeasure,
    });
    expect(frame.width).toBe(720);
    for (const it of [...frame.top, ...frame.bottom]) {
      if (it.type === "text") {
        expect(it.x + approximateMeasure(it.text, it.font)).toBeLessThanOrEqual(frame.width - 16 + 0.01);
        expect(it.color).not.toBe("#0f172a");
      }
    }
    for (const it of frame.top) if (it.type === "text") expect(it.y).toBeLessThan(frame.header);
    for (const it of frame.bottom) if (it.type === "text") expect(it.y).toBeLessThan(frame.footer);
    const src = frame.bottom.filter((i) => i.type === "text" && i.text.includes("more"));
    expect(src.length).toBe(1);
  });
});

describe("wrapText and sourceLines", () => {
  const measure = (t: string) => t.length;
  it("wraps greedily and cuts words longer than a line", () => {
    expect(wrapText("aa bb cc", 5, measure)).toEqual(["aa bb", "cc"]);
    expect(wrapText("abcdefghij", 4, measure)).toEqual(["abcd", "efgh", "ij"]);
  });
  it("lists as many publishers as fit and counts the rest", () => {
    const lines = sourceLines(meta, ["A", "B", "C", "D"], { maxWidth: 80, maxLines: 1, measure });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Interdependence Atlas · dataset 2026\.11\.0 \(2026-11-26\) · sources: A; B/);
    const all = sourceLines(meta, ["A", "B"], { maxWidth: 200, maxLines: 1, measure });
    expect(all[0]).toMatch(/sources: A; B$/);
  });
});
