import { describe, expect, it } from "vitest";
import { miniGraph } from "../test/mini-graph";
import { chainLayout, flowLayout, flowStageLabel, HEADER_PREFIX, nationGroupPositions, stretchToAspect } from "./layouts";
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

  it("gives each stage one header, above and between its firms' and inputs' columns", () => {
    const top = Math.min(...[...v.nodes].map((id) => positions[id]!.y));
    for (const h of headers) {
      expect(h.id.startsWith(HEADER_PREFIX)).toBe(true);
      expect(h.position.y).toBeLessThan(top);
    }
    const labels = headers.map((h) => h.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(["Materials & tools", "Fabrication", "Nations"]);
    const fab = headers.find((h) => h.label === "Fabrication")!;
    // Between TSMC (a fabrication firm) and leading-edge logic (a fabrication input).
    expect(fab.position.x).toBeGreaterThan(positions.tsmc!.x);
    expect(fab.position.x).toBeLessThan(positions["leading-edge-logic"]!.x);
    expect(flowStageLabel(12)).toBe("Nations");
  });
});

describe("nationGroupPositions", () => {
  const v = computeVisible(g, { ...DEFAULT_VIEW, layout: "nation", isolated: true });
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

describe("chainLayout (layered supply chain)", () => {
  it("folded: inputs in stage columns left to right, the nation lane last, headers over the columns", () => {
    const v = computeVisible(g, { ...DEFAULT_VIEW });
    const { positions, headers } = chainLayout(g, v.nodes, v.edges, v.folded);
    const x = (id: string) => positions[id]!.x;
    // Equipment (EUV scanners) before fabrication (leading-edge logic, HBM), nations after.
    expect(x("euv-scanners")).toBeLessThan(x("leading-edge-logic"));
    expect(x("hbm")).toBe(x("leading-edge-logic"));
    for (const n of v.folded!.lane) expect(x(n)).toBeGreaterThan(x("hbm"));
    expect(headers.map((h) => h.label)).toEqual(["Equipment", "Fabrication", "Nations"]);
    for (const h of headers) for (const id of v.nodes) expect(h.position.y).toBeLessThan(positions[id]!.y);
  });

  it("places a selected input's providers just left of it, apart from each other", () => {
    const v = computeVisible(g, { ...DEFAULT_VIEW, node: "hbm" });
    const { positions } = chainLayout(g, v.nodes, v.edges, v.folded);
    const providers = ["micron", "samsung", "sk-hynix"];
    for (const p of providers) {
      expect(positions[p]!.x).toBeLessThan(positions.hbm!.x);
      expect(positions[p]!.x).toBeGreaterThan(positions["euv-scanners"]!.x);
    }
    const ys = providers.map((p) => positions[p]!.y);
    expect(new Set(ys).size).toBe(3);
  });

  it("unfolded: layers follow the longest supply path (provider → input → what needs it)", () => {
    const v = computeVisible(g, { ...DEFAULT_VIEW, unfold: true });
    const { positions } = chainLayout(g, v.nodes, v.edges);
    const x = (id: string) => positions[id]!.x;
    expect(x("asml")).toBeLessThan(x("euv-scanners"));
    expect(x("euv-scanners")).toBeLessThan(x("leading-edge-logic"));
    expect(x("tsmc")).toBeLessThan(x("leading-edge-logic"));
  });

  it("is deterministic and gives every node its own place", () => {
    const v = computeVisible(g, { ...DEFAULT_VIEW, unfold: true });
    const a = chainLayout(g, v.nodes, v.edges).positions;
    expect(chainLayout(g, v.nodes, v.edges).positions).toEqual(a);
    const keys = new Set(Object.values(a).map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(Object.keys(a).length);
  });
});

describe("stretchToAspect", () => {
  it("stretches toward the screen's shape, within the limit", () => {
    const p = { a: { x: 0, y: 0 }, b: { x: 200, y: 100 } };
    const tall = stretchToAspect(p, 1);
    expect(tall.b!.y - tall.a!.y).toBeCloseTo(200);
    const capped = stretchToAspect(p, 0.1, 2);
    expect(capped.b!.y).toBeCloseTo(200);
  });
});
