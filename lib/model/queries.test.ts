import { describe, expect, it } from "vitest";
import { miniGraph } from "../test/mini-graph";
import { edgesAsOf, inForce, neighboursByRelation, relationPaths, yearRange } from "./queries";

const g = miniGraph();

describe("edgesAsOf", () => {
  it("keeps only the latest vintage of a provider's share and drops ended relations", () => {
    const latest = edgesAsOf(g);
    expect(latest.has("provides:sk-hynix:hbm:2025")).toBe(true);
    expect(latest.has("provides:sk-hynix:hbm:2022")).toBe(false);
    // The fixture partnership ran 2020–2023: not in force now.
    expect(latest.has("partners_with:samsung:tsmc:2020")).toBe(false);
  });

  it("shows the network as of a year", () => {
    const y2022 = edgesAsOf(g, 2022);
    expect(y2022.has("provides:sk-hynix:hbm:2022")).toBe(true);
    expect(y2022.has("provides:sk-hynix:hbm:2025")).toBe(false);
    expect(y2022.has("provides:micron:hbm:2025")).toBe(false);
    expect(y2022.has("partners_with:samsung:tsmc:2020")).toBe(true);
    expect(edgesAsOf(g, 2019).has("partners_with:samsung:tsmc:2020")).toBe(false);
    expect(edgesAsOf(g, 2023).has("partners_with:samsung:tsmc:2020")).toBe(false);
    // Edges without a year (requires, headquarters) hold in every year.
    expect(edgesAsOf(g, 1990).has("requires:hbm:euv-scanners")).toBe(true);
  });

  it("inForce treats end as the first year a relation no longer holds", () => {
    const a = g.getEdgeAttributes("partners_with:samsung:tsmc:2020");
    expect([2019, 2020, 2022, 2023].map((y) => inForce(a, y))).toEqual([false, true, true, false]);
  });

  it("yearRange spans starts and ends", () => {
    expect(yearRange(g)).toEqual({ min: 2019, max: 2025 });
  });
});

describe("neighboursByRelation", () => {
  it("groups by relation and side in vocabulary order", () => {
    const groups = neighboursByRelation(g, "asml").map((r) => [r.kind, r.side, r.items.map((i) => i.neighbour).sort()]);
    expect(groups).toEqual([
      ["provides", "out", ["euv-scanners"]],
      ["supplies", "out", ["samsung", "tsmc"]],
      ["headquartered_in", "out", ["NLD"]],
    ]);
  });
});

describe("relationPaths", () => {
  it("follows any relation in either direction", () => {
    // Korea to Taiwan: SK hynix/Samsung are headquartered in Korea; Samsung and TSMC share a provides target or a supplier.
    const p = relationPaths(g, "KOR", "TWN");
    expect(p.length).toBeGreaterThan(0);
    expect(p[0]!.nodes).toHaveLength(4);
    expect(p.every((x) => x.nodes[0] === "KOR" && x.nodes[3] === "TWN")).toBe(true);
  });

  it("lists parallel edges of one step together", () => {
    const p = relationPaths(g, "hbm", "sk-hynix", undefined, 10);
    expect(p).toHaveLength(1);
    expect(p[0]!.edges[0]!.sort()).toEqual(["provides:sk-hynix:hbm:2022", "provides:sk-hynix:hbm:2025"]);
  });

  it("caps the number of paths and handles trivial and missing cases", () => {
    expect(relationPaths(g, "KOR", "TWN", undefined, 1)).toHaveLength(1);
    expect(relationPaths(g, "tsmc", "tsmc")).toEqual([{ nodes: ["tsmc"], edges: [] }]);
    expect(relationPaths(g, "tsmc", "missing")).toEqual([]);
  });
});
