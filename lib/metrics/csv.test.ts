import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { analyzeGraph } from "./analyze";
import { analysisToCsv } from "./csv";

describe("analysisToCsv", () => {
  it("writes a header, one row per node, and empty cells for undefined metrics", () => {
    const g = new UndirectedGraph();
    g.mergeEdge("=HYPERLINK()", "2.0");
    const csv = analysisToCsv(analyzeGraph(g)).split("\n");
    expect(csv[0]).toBe("id,degree,inDegree,outDegree,weightedDegree,betweenness,pagerank,closeness,eigenvector,community");
    expect(csv).toHaveLength(4); // header, 2 rows, final newline
    expect(csv.find((l) => l.startsWith("'=HYPERLINK()"))).toMatch(/^'=HYPERLINK\(\),1,1,1,1,0,0\.5,1,0\.70710678118654\d*,0$/);

    const analysis = analyzeGraph(g);
    analysis.nodes["2.0"]!.eigenvector = null;
    expect(analysisToCsv(analysis).split("\n")[2]).toMatch(/^2\.0,1,1,1,1,0,0\.5,1,,0$/);
  });
});
