import { describe, expect, it } from "vitest";
import { miniGraph } from "../test/mini-graph";
import { dependencySteps, edgesAsOf, inForce, neighboursByRelation, shortestPaths, traverse, yearRange } from "./queries";

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

describe("dependencySteps and traverse", () => {
  it("reads each relation in its dependency direction", () => {
    const up = (n: string) => dependencySteps(g, n, "up").map((s) => s.neighbour).sort();
    const down = (n: string) => dependencySteps(g, n, "down").map((s) => s.neighbour).sort();
    // An input depends on its providers and on the inputs it requires.
    expect(up("hbm")).toEqual(["euv-scanners", "micron", "samsung", "sk-hynix", "sk-hynix"]);
    // A firm depends on its headquarters nation and on its suppliers.
    expect(up("tsmc")).toEqual(["TWN", "asml", "samsung"]);
    expect(down("asml")).toEqual(["euv-scanners", "samsung", "tsmc"]);
    expect(down("NLD")).toEqual(["asml"]);
  });

  it("traverses upstream and downstream to a depth", () => {
    const fromNld = traverse(g, "NLD", "down", 3);
    expect(Object.fromEntries(fromNld.nodes)).toEqual({
      NLD: 0,
      asml: 1,
      "euv-scanners": 2,
      tsmc: 2,
      samsung: 2,
      "leading-edge-logic": 3,
      hbm: 3,
    });
    expect(fromNld.edges.has("supplies:asml:tsmc:euv-scanners:2019")).toBe(true);
    const upOfLogic = traverse(g, "leading-edge-logic", "up", 1);
    expect([...upOfLogic.nodes.keys()].sort()).toEqual(["euv-scanners", "leading-edge-logic", "samsung", "tsmc"]);
  });

  it("'both' joins the upstream and downstream trees", () => {
    const both = traverse(g, "euv-scanners", "both", 1);
    expect([...both.nodes.keys()].sort()).toEqual(["asml", "euv-scanners", "hbm", "leading-edge-logic"]);
  });

  it("respects an edge predicate and unknown starts", () => {
    const onlyRequires = traverse(g, "hbm", "up", 2, (_e, a) => a.kind === "requires");
    expect([...onlyRequires.nodes.keys()]).toEqual(["hbm", "euv-scanners"]);
    expect(traverse(g, "nope", "up", 2).nodes.size).toBe(0);
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

describe("shortestPaths", () => {
  it("finds every shortest dependency path upstream", () => {
    const paths = shortestPaths(g, "leading-edge-logic", "NLD", "up");
    expect(paths.map((p) => p.nodes.join(" > ")).sort()).toEqual([
      "leading-edge-logic > euv-scanners > asml > NLD",
      "leading-edge-logic > samsung > asml > NLD",
      "leading-edge-logic > tsmc > asml > NLD",
    ]);
    expect(paths.every((p) => p.edges.length === 3)).toBe(true);
  });

  it("downstream paths are upstream paths reversed, and 'both' ignores direction", () => {
    expect(shortestPaths(g, "NLD", "leading-edge-logic", "down")).toHaveLength(3);
    expect(shortestPaths(g, "NLD", "leading-edge-logic", "up")).toEqual([]);
    expect(shortestPaths(g, "KOR", "TWN", "both")[0]!.nodes).toHaveLength(4);
  });

  it("lists parallel edges of one step together", () => {
    const p = shortestPaths(g, "hbm", "sk-hynix", "up", undefined, 10);
    expect(p).toHaveLength(1);
    expect(p[0]!.edges[0]!.sort()).toEqual(["provides:sk-hynix:hbm:2022", "provides:sk-hynix:hbm:2025"]);
  });

  it("caps the number of paths and handles trivial and missing cases", () => {
    expect(shortestPaths(g, "leading-edge-logic", "NLD", "up", undefined, 2)).toHaveLength(2);
    expect(shortestPaths(g, "tsmc", "tsmc", "up")).toEqual([{ nodes: ["tsmc"], edges: [] }]);
    expect(shortestPaths(g, "tsmc", "missing", "up")).toEqual([]);
  });
});
