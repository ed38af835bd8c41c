import { describe, expect, it } from "vitest";
import { miniGraph } from "../test/mini-graph";
import { DEFAULT_VIEW } from "./url-state";
import { computeVisible } from "./visible";

const g = miniGraph();
const view = (patch: Partial<typeof DEFAULT_VIEW>) => computeVisible(g, { ...DEFAULT_VIEW, ...patch });

describe("computeVisible", () => {
  it("shows everything in force by default, hiding unconnected nodes unless asked", () => {
    const v = view({});
    // CHN has no relation in the fixture.
    expect(v.nodes.size).toBe(g.order - 1);
    expect(v.nodes.has("CHN")).toBe(false);
    expect(view({ isolated: true }).nodes.size).toBe(g.order);
    // 17 edges minus the superseded HBM vintage and the ended partnership.
    expect(v.edges.size).toBe(g.size - 2);
  });

  it("filters node kinds and drops edges that lose an end", () => {
    const v = view({ kinds: ["firm", "input"] });
    expect([...v.nodes].some((n) => /^[A-Z]{3}$/.test(n))).toBe(false);
    expect([...v.edges].some((e) => e.startsWith("headquartered_in"))).toBe(false);
  });

  it("filters layers (nations have no layer and stay)", () => {
    const v = view({ layers: ["equipment"], isolated: true });
    expect([...v.nodes].sort()).toEqual(["CHN", "KOR", "NLD", "TWN", "USA", "asml", "euv-scanners"]);
    expect([...view({ layers: ["equipment"] }).nodes].sort()).toEqual(["NLD", "asml", "euv-scanners"]);
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
  });

  it("shows the year asked for", () => {
    const v = view({ year: 2022 });
    expect(v.edges.has("provides:sk-hynix:hbm:2022")).toBe(true);
    expect(v.edges.has("provides:asml:euv-scanners:2025")).toBe(false);
  });
});
