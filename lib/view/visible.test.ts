import { describe, expect, it } from "vitest";
import { miniGraph } from "../test/mini-graph";
import { DEFAULT_VIEW } from "./url-state";
import { computeVisible } from "./visible";

const g = miniGraph();
// The filter semantics, in a layout that draws every node (the layered first view folds providers: below).
const view = (patch: Partial<typeof DEFAULT_VIEW>) => computeVisible(g, { ...DEFAULT_VIEW, layout: "fcose", ...patch });

describe("computeVisible", () => {
  it("shows the supply relations in force by default, hiding unconnected nodes unless asked", () => {
    const v = view({});
    // Nations have no supply relation in the fixture (only headquarters).
    expect([...v.nodes].sort()).toEqual(["asml", "euv-scanners", "hbm", "leading-edge-logic", "micron", "samsung", "sk-hynix", "tsmc"]);
    expect(view({ isolated: true }).nodes.size).toBe(g.order);
    // 6 provides in force (not the superseded HBM vintage), 2 requires, 2 supplies.
    expect(v.edges.size).toBe(10);
    expect([...v.edges].some((e) => e.startsWith("headquartered_in"))).toBe(false);
    // Other relations are one tick away.
    const all = view({ edges: ["provides", "requires", "supplies", "headquartered_in", "partners_with"] });
    expect(all.edges.size).toBe(g.size - 2);
  });

  it("filters node kinds and drops edges that lose an end", () => {
    const v = view({ kinds: ["firm", "input"], edges: ["provides", "headquartered_in"] });
    expect([...v.nodes].some((n) => /^[A-Z]{3}$/.test(n))).toBe(false);
    expect([...v.edges].some((e) => e.startsWith("headquartered_in"))).toBe(false);
  });

  it("filters layers (nations have no layer and stay)", () => {
    const v = view({ layers: ["equipment"], isolated: true });
    expect([...v.nodes].sort()).toEqual(["CHN", "KOR", "NLD", "TWN", "USA", "asml", "euv-scanners"]);
    expect([...view({ layers: ["equipment"] }).nodes].sort()).toEqual(["asml", "euv-scanners"]);
    expect([...view({ layers: ["equipment"], edges: ["provides", "headquartered_in"] }).nodes].sort()).toEqual(["NLD", "asml", "euv-scanners"]);
  });

  it("filters nations: the nations, their firms, and every input", () => {
    const v = view({ nations: ["KOR"], isolated: true });
    expect([...v.nodes].sort()).toEqual(["KOR", "euv-scanners", "hbm", "leading-edge-logic", "samsung", "sk-hynix"]);
  });

  it("filters edge kinds", () => {
    const v = view({ edges: ["requires"] });
    expect([...v.edges].sort()).toEqual(["requires:hbm:euv-scanners", "requires:leading-edge-logic:euv-scanners"]);
  });

  it("focuses on a neighbourhood by depth and direction, within the filters", () => {
    expect([...view({ focus: "hbm", depth: 1, dir: "up" }).nodes].sort()).toEqual(["euv-scanners", "hbm", "micron", "samsung", "sk-hynix"]);
    expect([...view({ focus: "hbm", depth: 2, dir: "up", kinds: ["input"] }).nodes].sort()).toEqual(["euv-scanners", "hbm"]);
    expect([...view({ focus: "asml", depth: 1, dir: "down" }).nodes].sort()).toEqual(["asml", "euv-scanners", "samsung", "tsmc"]);
    // TSMC upstream: its supplier and, through the foundry it provides, EUV scanners; never its headquarters.
    expect([...view({ focus: "tsmc", depth: 1, dir: "up" }).nodes].sort()).toEqual(["asml", "euv-scanners", "leading-edge-logic", "tsmc"]);
    // On request, the focused node's other relations are drawn too.
    expect(view({ focus: "tsmc", depth: 1, dir: "up", relations: true }).nodes.has("TWN")).toBe(true);
  });

  it("draws the path asked for, whatever the filters", () => {
    const v = view({ layers: ["design"], from: "sk-hynix", to: "euv-scanners", pathDir: "up" });
    expect([...v.nodes].sort()).toEqual(["euv-scanners", "hbm", "sk-hynix"]);
    expect(v.edges.has("requires:hbm:euv-scanners")).toBe(true);
  });

  it("shows the year asked for", () => {
    const v = view({ year: 2022 });
    expect(v.edges.has("provides:sk-hynix:hbm:2022")).toBe(true);
    expect(v.edges.has("provides:asml:euv-scanners:2025")).toBe(false);
  });
});

describe("the folded first view (layered supply chain)", () => {
  const folded = (patch: Partial<typeof DEFAULT_VIEW> = {}) => computeVisible(g, { ...DEFAULT_VIEW, ...patch });

  it("is the default: inputs, what requires what, and the nations leading an input; providers folded away", () => {
    const v = folded();
    expect(v.folded).toBeDefined();
    expect(v.nodes.has("euv-scanners") && v.nodes.has("hbm") && v.nodes.has("leading-edge-logic")).toBe(true);
    for (const firm of ["asml", "tsmc", "samsung", "sk-hynix", "micron"]) expect(v.nodes.has(firm)).toBe(false);
    const kinds = new Set([...v.edges].map((e) => g.getEdgeAttribute(e, "kind")));
    expect([...kinds]).toEqual(["requires"]);
    // NLD leads EUV scanners (ASML, headquartered there), KOR leads HBM, TWN leading-edge logic.
    expect(v.folded!.lane).toEqual(expect.arrayContaining(["NLD", "KOR", "TWN"]));
    for (const n of v.folded!.lane) expect(v.nodes.has(n)).toBe(true);
  });

  it("unfolds a selected input's providers with their provides edges, and only those", () => {
    const v = folded({ node: "hbm" });
    expect([...v.folded!.unfolded].sort()).toEqual(["micron", "samsung", "sk-hynix"]);
    const provides = [...v.edges].filter((e) => g.getEdgeAttribute(e, "kind") === "provides");
    expect(provides.map((e) => g.source(e)).sort()).toEqual(["micron", "samsung", "sk-hynix"]);
    expect(provides.every((e) => g.target(e) === "hbm")).toBe(true);
  });

  it("shows a selected firm with what it provides", () => {
    const v = folded({ node: "samsung" });
    expect(v.nodes.has("samsung")).toBe(true);
    const targets = [...v.edges].filter((e) => g.source(e) === "samsung").map((e) => g.target(e)).sort();
    expect(targets).toEqual(["hbm", "leading-edge-logic"]);
  });

  it("unfolds for a focus, a filter or on request", () => {
    expect(folded({ focus: "tsmc" }).folded).toBeUndefined();
    expect(folded({ kinds: ["firm", "input"] }).folded).toBeUndefined();
    expect(folded({ unfold: true }).folded).toBeUndefined();
    expect(folded({ scenario: "p.taiwan-strait" }).folded).toBeUndefined();
    expect(folded({ unfold: true }).nodes.has("asml")).toBe(true);
  });
});
