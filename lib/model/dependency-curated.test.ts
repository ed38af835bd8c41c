/**
 * The dependency model on the curated data: face-validity checks no one tunes to (issue: TSMC's
 * upstream contains EUV scanners and never its joint-venture partners; a nation is upstream of
 * TSMC only as a provider of something TSMC needs, with that share).
 */
import { describe, expect, it } from "vitest";
import { relationSections, dependencyItems } from "../view/details";
import { getCuratedGraph } from "./curated";
import { dependencies, dependencyGraph } from "./dependency";

const g = getCuratedGraph();
const dep = dependencyGraph(g);

describe("TSMC in the dependency graph", () => {
  const up = new Map(dependencies(dep, "tsmc", "up", 2).map((r) => [r.node, r]));

  it("depends on EUV scanners through the foundry it provides, and through them on ASML and the Netherlands", () => {
    expect(up.get("euv-scanners")).toMatchObject({ depth: 1, kinds: ["inherits"] });
    expect(dep.getEdgeAttribute("inherits:euv-scanners:tsmc", "via")).toContain("leading-edge-logic");
    expect(up.get("asml")?.depth).toBe(1);
    expect(up.get("NLD")).toMatchObject({ depth: 2, path: ["euv-scanners", "NLD"], kinds: ["inherits", "provides"], shares: [null, 100] });
    expect(up.has("photoresists")).toBe(true);
  });

  it("never depends on its joint-venture partners or on the nations where it has sites, as such", () => {
    for (const partner of ["bosch", "infineon", "nxp"]) expect(up.has(partner)).toBe(false);
    // ESMC appears only as a provider of an input TSMC's output needs (mature-node logic), never through ownership.
    const esmc = up.get("esmc");
    if (esmc) expect(esmc.kinds[esmc.kinds.length - 1]).toBe("provides");
    // Every nation upstream is reached as a provider (the last step provides, with a share).
    for (const r of up.values()) {
      if (g.getNodeAttribute(r.node, "kind") !== "nation") continue;
      expect(r.kinds[r.kinds.length - 1]).toBe("provides");
    }
  });

  it("lists ESMC under what it owns in Details, with its co-owners under ESMC's owners", () => {
    const owns = relationSections(g, "tsmc").find((s) => s.heading === "Owns");
    expect(owns?.items.map((i) => i.neighbour)).toContain("esmc");
    const ownedBy = relationSections(g, "esmc").find((s) => s.heading === "Owned by");
    expect(ownedBy?.items.map((i) => i.neighbour).sort()).toEqual(["bosch", "infineon", "nxp", "tsmc"]);
    const dependsOn = dependencyItems(g, "tsmc", "up").map((d) => d.id);
    expect(dependsOn).toContain("euv-scanners");
    expect(dependsOn.some((id) => ["bosch", "infineon", "nxp", "USA", "JPN", "DEU", "CHN"].includes(id))).toBe(false);
  });
});

describe("the node report of GET /api/node/{id}", () => {
  it("gives TSMC's dependencies with share paths and its other relations by heading", async () => {
    const { nodeReport } = await import("../view/details");
    const r = nodeReport(g, "tsmc")!;
    expect(r.attributes).toMatchObject({ kind: "firm", label: "TSMC" });
    expect(r.upstream.find((d) => d.node === "NLD")).toMatchObject({ depth: 2, shares: [null, 100] });
    expect(r.downstream.some((d) => d.node === "leading-edge-logic")).toBe(true);
    expect(r.relations.find((s) => s.heading === "Owns")?.items.map((i) => i.id)).toContain("esmc");
    expect(nodeReport(g, "tsmc", { depth: 1 })!.upstream.every((d) => d.depth === 1)).toBe(true);
    expect(nodeReport(g, "TSMC")).toBeUndefined();
    expect(nodeReport(g, "tsm.*")).toBeUndefined();
    expect(nodeReport(g, "__proto__")).toBeUndefined();
  });
});
