import { describe, expect, it } from "vitest";
import { miniGraph } from "../test/mini-graph";
import { flowColumnLabel, flowLayout, HEADER_PREFIX, nationGroupPositions } from "./layouts";
import { DEFAULT_VIEW } from "./url-state";
import { computeVisible } from "./visible";

const g = miniGraph();

describe("flowLayout", () => {
  // Supply plus headquarters, so the nations' column is drawn too.
  const v = computeVisible(g, { ...DEFAULT_VIEW, edges: ["provides", "requires", "supplies", "headquartered_in"] });
  const { positions, headers } = flowLayout(g, v.nodes, v.edges);

  it("lays stages out left to right: equipment firms, equipment inputs, …, fabrication inputs, nations", () => {
    const x = (id: string) => positions[id]!.x;
    expect(x("asml")).toBeLessThan(x("euv-scanners"));
    expect(x("euv-scanners")).toBeLessThan(x("tsmc"));
    expect(x("tsmc")).toBeLessThan(x("hbm"));
    expect(x("hbm")).toBe(x("leading-edge-logic"));
    expect(x("hbm")).toBeLessThan(x("KOR"));
  });

  it("places every visible node once, without overlaps within a column", () => {
    const nodes = [...v.nodes];
    expect(nodes.every((id) => positions[id])).toBe(true);
    const seen = new Set(nodes.map((id) => `${positions[id]!.x},${positions[id]!.y}`));
    expect(seen.size).toBe(nodes.length);
  });

  it("gives each column a header above it", () => {
    const columns = new Set([...v.nodes].map((id) => positions[id]!.x));
    expect(headers).toHaveLength(columns.size);
    const top = Math.min(...[...v.nodes].map((id) => positions[id]!.y));
    for (const h of headers) {
      expect(h.id.startsWith(HEADER_PREFIX)).toBe(true);
      expect(h.position.y).toBeLessThan(top);
    }
    expect(headers.map((h) => h.label)).toContain("Fabrication: inputs");
    expect(flowColumnLabel(12)).toBe("Nations");
  });
});

describe("nationGroupPositions", () => {
  const v = computeVisible(g, { ...DEFAULT_VIEW, isolated: true });
  const p = nationGroupPositions(g, v.nodes);

  it("keeps each nation's firms next to it and inputs apart on the left", () => {
    const dist = (a: string, b: string) => Math.hypot(p[a]!.x - p[b]!.x, p[a]!.y - p[b]!.y);
    expect(dist("KOR", "samsung")).toBeLessThan(150);
    expect(dist("KOR", "sk-hynix")).toBeLessThan(150);
    const firmXs = ["tsmc", "asml", "samsung", "micron"].map((id) => p[id]!.x);
    for (const input of ["hbm", "euv-scanners", "leading-edge-logic"]) expect(p[input]!.x).toBeLessThan(Math.min(...firmXs));
  });

  it("places every node at a distinct point", () => {
    const keys = new Set([...v.nodes].map((id) => `${p[id]!.x},${p[id]!.y}`));
    expect(keys.size).toBe(v.nodes.size);
  });
});
