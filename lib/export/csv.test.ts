import { describe, expect, it } from "vitest";
import { parseCsv } from "../io/csv";
import { miniGraph } from "../test/mini-graph";
import { DEFAULT_VIEW } from "../view/url-state";
import { computeVisible } from "../view/visible";
import { drain } from "./chunks";
import { EDGE_CSV_COLUMNS, NODE_CSV_COLUMNS, edgesCsvParts, nodesCsvParts } from "./csv";
import { shownEdges } from "./shown";
import { FORMULA, hostileGraph, hostileVisible } from "./test-graphs";

const read = (text: string) => parseCsv(text, { comments: false }).records.map((r) => r.fields);

describe("nodes CSV", () => {
  it("has the header and one row per shown node, with degree in the shown subgraph", () => {
    const graph = miniGraph();
    const visible = computeVisible(graph, { ...DEFAULT_VIEW, focus: "asml" });
    const rows = read(drain(nodesCsvParts({ graph, visible })));
    expect(rows[0]).toEqual([...NODE_CSV_COLUMNS]);
    expect(rows.length - 1).toBe(visible.nodes.size);
    const asml = rows.find((r) => r[0] === "asml")!;
    expect(asml.slice(0, 5)).toEqual(["asml", "ASML", "firm", "equipment", "NLD"]);
    expect(Number(asml[6])).toBe(visible.nodes.size - 1);
  });

  it("appends metric columns when given", () => {
    const graph = miniGraph();
    const visible = computeVisible(graph, { ...DEFAULT_VIEW, focus: "asml" });
    const rows = read(
      drain(nodesCsvParts({ graph, visible, metrics: { columns: [{ id: "pagerank", label: "PageRank" }, { id: "note", label: "Note" }], values: { asml: { pagerank: 0.25, note: "-x" } } } })),
    );
    expect(rows[0]!.slice(-2)).toEqual(["pagerank", "note"]);
    const asml = rows.find((r) => r[0] === "asml")!;
    expect(asml.slice(-2)).toEqual(["0.25", "'-x"]);
    expect(rows.find((r) => r[0] === "tsmc")!.slice(-2)).toEqual(["", ""]);
  });

  it("escapes formulas and quotes hostile cells (RFC 4180)", () => {
    const graph = hostileGraph();
    const text = drain(nodesCsvParts({ graph, visible: hostileVisible(graph) }));
    const rows = read(text);
    expect(rows.length - 1).toBe(5);
    const formula = rows.find((r) => r[0] === "formula")!;
    expect(formula[1]).toBe(`'${FORMULA}`);
    expect(formula[4]).toBe(`'=HYPERLINK("x")`);
    const quoted = rows.find((r) => r[0] === `q"uote'<&>`)!;
    expect(quoted[1]).toBe(`Firm "A" <b>&amp; 'x'`);
    expect(text).not.toMatch(/(^|,)[=+\-@]/m);
    expect(text).not.toContain("Hidden firm");
  });
});

describe("edges CSV", () => {
  it("has the header and one row per shown edge", () => {
    const graph = miniGraph();
    const visible = computeVisible(graph, { ...DEFAULT_VIEW, layout: "fcose", layers: ["equipment"] });
    const rows = read(drain(edgesCsvParts({ graph, visible })));
    expect(rows[0]).toEqual([...EDGE_CSV_COLUMNS]);
    expect(rows.length - 1).toBe(shownEdges(graph, visible).length);
    const asml = rows.find((r) => r[0] === "asml" && r[1] === "euv-scanners")!;
    expect(asml[2]).toBe("provides");
    expect(Number(asml[3])).toBeGreaterThan(0);
    expect(asml[7]).not.toBe("");
  });

  it("escapes hostile cells and leaves hidden edges out", () => {
    const graph = hostileGraph();
    const text = drain(edgesCsvParts({ graph, visible: hostileVisible(graph) }));
    const rows = read(text);
    expect(rows.length - 1).toBe(5);
    expect(rows.find((r) => r[0] === "emoji-😀")![6]).toContain(`Detail with "quotes" & <tags>`);
    expect(text).not.toMatch(/(^|,)[=+\-@]/m);
    expect(text).not.toContain("hidden");
  });
});
