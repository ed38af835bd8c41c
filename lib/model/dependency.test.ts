import { describe, expect, it } from "vitest";
import { miniGraph } from "../test/mini-graph";
import { dependencies, dependencyGraph, dependencyPaths, dependencySteps, findPaths, metricsGraph, supplyEnds, traverseDependencies } from "./dependency";

const g = miniGraph();
const dep = dependencyGraph(g);
const up = (n: string) => dependencySteps(dep, n, "up").map((s) => `${s.kind}:${s.node}`);
const down = (n: string) => dependencySteps(dep, n, "down").map((s) => `${s.kind}:${s.node}`);

describe("the dependency graph", () => {
  it("points every supply edge from what is depended on to what depends on it", () => {
    expect(supplyEnds("provides", "asml", "euv-scanners")).toEqual(["asml", "euv-scanners"]);
    expect(supplyEnds("requires", "hbm", "euv-scanners")).toEqual(["euv-scanners", "hbm"]);
    expect(supplyEnds("supplies", "asml", "tsmc")).toEqual(["asml", "tsmc"]);
    // An input depends on its providers and on the inputs it requires.
    expect(up("hbm")).toEqual(["requires:euv-scanners", "provides:micron", "provides:samsung", "provides:sk-hynix"]);
    expect(up("leading-edge-logic")).toEqual(["requires:euv-scanners", "provides:samsung", "provides:tsmc"]);
  });

  it("makes a provider inherit the requirements of what it provides", () => {
    // TSMC provides leading-edge logic, which requires EUV scanners: TSMC depends on EUV scanners, and on its supplier ASML.
    expect(up("tsmc")).toEqual(["supplies:asml", "inherits:euv-scanners"]);
    const inh = dep.getEdgeAttributes("inherits:euv-scanners:tsmc");
    expect(inh.via).toEqual(["leading-edge-logic"]);
    expect(inh.chains).toEqual([{ via: "leading-edge-logic", provides: "provides:tsmc:leading-edge-logic:2025", requires: "requires:leading-edge-logic:euv-scanners" }]);
    // Samsung provides both inputs that need EUV: one dependency, two reasons.
    expect(dep.getEdgeAttribute("inherits:euv-scanners:samsung", "via").sort()).toEqual(["hbm", "leading-edge-logic"]);
    expect(down("euv-scanners").sort()).toEqual(
      ["inherits:micron", "inherits:samsung", "inherits:sk-hynix", "inherits:tsmc", "requires:hbm", "requires:leading-edge-logic"].sort(),
    );
  });

  it("never makes a dependency of headquarters, sites or partnerships", () => {
    // TSMC is headquartered in Taiwan and partnered Samsung (2020–2023): neither is upstream or downstream.
    expect(up("tsmc")).not.toContain("headquartered_in:TWN");
    expect(dependencySteps(dep, "TWN", "down")).toEqual([]);
    expect(dependencySteps(dependencyGraph(g, 2021), "samsung", "up").map((s) => s.node)).not.toContain("tsmc");
  });

  it("carries the share of the vintage in force", () => {
    expect(dep.getEdgeAttribute("provides:sk-hynix:hbm", "share")).toBe(62);
    expect(dependencyGraph(g, 2022).getEdgeAttribute("provides:sk-hynix:hbm", "share")).toBe(50);
    expect(dependencyGraph(g, 2022).hasEdge("provides:micron:hbm")).toBe(false);
  });
});

describe("dependencies", () => {
  it("reaches transitive dependencies with the share path of each", () => {
    const reach = Object.fromEntries(dependencies(dep, "hbm", "up", 2).map((r) => [r.node, r]));
    expect(Object.keys(reach).sort()).toEqual(["asml", "euv-scanners", "micron", "samsung", "sk-hynix"]);
    // Through EUV scanners (requires, no share) to ASML (100%).
    expect(reach.asml).toMatchObject({ depth: 2, path: ["euv-scanners", "asml"], kinds: ["requires", "provides"], shares: [null, 100] });
    expect(reach["sk-hynix"]).toMatchObject({ depth: 1, shares: [62] });
    // Downstream of ASML to depth 2: what it supplies and everything that needs EUV.
    expect(dependencies(dep, "asml", "down", 2).map((r) => r.node).sort()).toEqual(
      ["euv-scanners", "hbm", "leading-edge-logic", "micron", "samsung", "sk-hynix", "tsmc"].sort(),
    );
    expect(dependencies(dep, "nope", "up", 2)).toEqual([]);
  });
});

describe("drawing dependencies", () => {
  it("a focus traversal draws inherited steps through the input they come from", () => {
    const t = traverseDependencies(g, "tsmc", "up", 2);
    expect(Object.fromEntries(t.nodes)).toEqual({ tsmc: 0, asml: 1, "euv-scanners": 1, "leading-edge-logic": 1 });
    expect([...t.edges].sort()).toEqual(
      ["provides:asml:euv-scanners:2025", "provides:tsmc:leading-edge-logic:2025", "requires:leading-edge-logic:euv-scanners", "supplies:asml:tsmc:euv-scanners:2019"].sort(),
    );
    // Never the headquarters.
    expect(t.nodes.has("TWN")).toBe(false);
  });

  it("'both' joins the upstream and downstream trees, and a predicate hides steps", () => {
    const both = traverseDependencies(g, "euv-scanners", "both", 1);
    expect([...both.nodes.keys()].sort()).toEqual(["asml", "euv-scanners", "hbm", "leading-edge-logic", "micron", "samsung", "sk-hynix", "tsmc"]);
    const noRequires = traverseDependencies(g, "tsmc", "up", 2, { allowed: (_e, a) => a.kind !== "requires" });
    expect([...noRequires.nodes.keys()].sort()).toEqual(["asml", "tsmc"]);
    expect(traverseDependencies(g, "nope", "up", 2).nodes.size).toBe(0);
  });

  it("finds every shortest dependency chain and expands inherited steps", () => {
    const p = dependencyPaths(g, "leading-edge-logic", "asml", "up");
    expect(p.map((x) => x.nodes.join(" > ")).sort()).toEqual([
      "leading-edge-logic > euv-scanners > asml",
      "leading-edge-logic > samsung > asml",
      "leading-edge-logic > tsmc > asml",
    ]);
    const inherited = dependencyPaths(g, "sk-hynix", "euv-scanners", "up");
    expect(inherited).toEqual([{ nodes: ["sk-hynix", "hbm", "euv-scanners"], edges: [["provides:sk-hynix:hbm:2025"], ["requires:hbm:euv-scanners"]] }]);
    // Downstream is the reverse question; a dependency chain has a direction.
    expect(dependencyPaths(g, "asml", "leading-edge-logic", "down")).toHaveLength(3);
    expect(dependencyPaths(g, "asml", "leading-edge-logic", "up")).toEqual([]);
    expect(dependencyPaths(g, "leading-edge-logic", "asml", "up", { maxPaths: 2 })).toHaveLength(2);
    // "both": any relation, e.g. through headquarters.
    expect(findPaths(g, "TWN", "tsmc", "both")[0]!.nodes).toEqual(["TWN", "tsmc"]);
    expect(findPaths(g, "TWN", "tsmc", "up")).toEqual([]);
  });
});

describe("the metrics graph", () => {
  it("reads 'depends on', one share-weighted edge per pair", () => {
    const m = metricsGraph(g);
    expect(m.order).toBe(g.order);
    expect(m.getEdgeAttribute("leading-edge-logic", "tsmc", "weight")).toBeCloseTo(0.704, 12);
    expect(m.getEdgeAttribute("hbm", "euv-scanners", "weight")).toBe(1);
    expect(m.getEdgeAttribute("tsmc", "euv-scanners", "weight")).toBe(1);
    // A supplier without a published share: an equal split among such suppliers of that customer.
    expect(m.getEdgeAttribute("tsmc", "asml", "weight")).toBe(1);
    expect(m.hasEdge("tsmc", "TWN")).toBe(false);
    expect(m.hasEdge("asml", "tsmc")).toBe(false);
  });
});
