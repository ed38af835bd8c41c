import { describe, expect, it } from "vitest";
import { displayGraph, GENERIC_LINK_KIND } from "./display";
import type { SerializedGraph } from "graphology-types";

describe("displayGraph", () => {
  const undirected: SerializedGraph = {
    options: { type: "undirected", multi: false, allowSelfLoops: true },
    attributes: {},
    nodes: [{ key: "a", attributes: { label: "A" } }, { key: "b" }, { key: "7", attributes: { label: 7 } }],
    edges: [
      { key: "e0", source: "a", target: "b", attributes: { kind: "road" } },
      { key: "e1", source: "b", target: "b" },
      { key: "e2", source: "b", target: "7", undirected: false },
    ],
  };

  it("draws a generic network in the explorer's shape: directed copy, undirected edges flagged, self-loops counted, labels set, links as a non-supply kind", () => {
    const d = displayGraph(undirected, false);
    expect(d.graph.options).toEqual({ type: "directed", multi: true, allowSelfLoops: false });
    expect(d.selfLoops).toBe(1);
    expect(d.graph.nodes.map((n) => n.attributes?.label)).toEqual(["A", "b", "7"]);
    expect(d.graph.nodes[0]!.attributes).toEqual({ label: "A", aliases: [], sources: [] });
    expect(d.graph.edges).toEqual([
      { key: "e0", source: "a", target: "b", attributes: { kind: GENERIC_LINK_KIND, kind_in_file: "road", partnership: "imported_link", detail: "road", undirected: true, sources: [] } },
      { key: "e2", source: "b", target: "7", attributes: { kind: GENERIC_LINK_KIND, partnership: "imported_link", detail: "a link of the imported file", sources: [] } },
    ]);
    // The import itself is not changed (the metrics run on it).
    expect(undirected.edges).toHaveLength(3);
    expect(undirected.edges[0]!.attributes).toEqual({ kind: "road" });
  });

  it("keeps an Atlas graph's kinds", () => {
    const d = displayGraph({ ...undirected, options: { type: "directed" } }, true);
    expect(d.graph.edges[0]!.attributes).toEqual({ kind: "road", sources: [] });
  });
});
