import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { dependencyGraph } from "../../model/dependency";
import { graphFromSerialized, type SerializedAtlasGraph } from "../../model/graph";
import { importGraph } from "../../model/import";
import type { ImportFile } from "./types";

// A tiny ETO-style folder, invented for the tests (ETO's column layout; no ETO data).
const INPUTS = `input_id,input_name,type,stage_name,stage_id,description,year
N1,Widget design,design_resource,,,x,2025
N2,Widget fabrication,process,Fabrication,S2,x,2025
N3,Etch tools,tool_resource,,,x,2025
N4,Wafers,material_resource,,,x,2025
N5,Dry etch tools,tool_resource,,,x,2025
`;
const PROVIDERS = `provider_name,alias,provider_id,provider_type,country
USA,United States,P1,country,
JPN,Japan,P2,country,
Acme Tools,,P10,organization,USA
Nippon Wafer,,P11,organization,JPN
Fab Co,,P12,organization,TWN
Idle Corp,,P13,organization,USA
`;
const PROVISION = (share: (pct: number) => string, year = true, source = true) =>
  [
    ["provider_name", "provider_id", "provided_name", "provided_id", "share_provided", ...(year ? ["year"] : []), ...(source ? ["source"] : [])].join(","),
    ...[
      ["Acme Tools", "P10", "Etch tools", "N3", 70],
      ["USA", "P1", "Etch tools", "N3", 70],
      ["JPN", "P2", "Etch tools", "N3", 30],
      ["Nippon Wafer", "P11", "Wafers", "N4", 55],
      ["Fab Co", "P12", "Widget fabrication", "N2", 61],
    ].map(([n, p, i, id, s]) => [n, p, i, id, share(s as number), ...(year ? ["2024"] : []), ...(source ? ['"Test data (2024)"'] : [])].join(",")),
  ].join("\n");
const SEQUENCE = `input_name,input_id,goes_into_name,goes_into_id,is_type_of_name,is_type_of_id
Widget design,N1,Widget fabrication,N2,,
Etch tools,N3,Widget fabrication,N2,,
Wafers,N4,Widget fabrication,N2,,
Dry etch tools,N5,,,Etch tools,N3
`;

const enc = (s: string) => new TextEncoder().encode(s);
const folder = (provision = PROVISION((s) => String(s)), extra: Record<string, string> = {}): ImportFile[] =>
  Object.entries({ "inputs.csv": INPUTS, "providers.csv": PROVIDERS, "provision.csv": provision, "sequence.csv": SEQUENCE, ...extra }).map(([name, text]) => ({ name: `eto/${name}`, bytes: enc(text) }));

const edges = (g: Graph, kind: string) => g.filterEdges((_e, a) => a.kind === kind).map((e) => `${g.source(e)}>${g.target(e)}`).sort();

describe("ETO folders", () => {
  it("maps provision to provides, goes_into to requires (consumer → input) and a firm's country to headquartered_in", () => {
    const r = importGraph(folder());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.format).toBe("eto");
    expect(r.report.atlasKinds).toBe(true);
    const g = Graph.from(r.graph);
    expect(edges(g, "provides")).toEqual(["JPN>N3", "P10>N3", "P11>N4", "P12>N2", "USA>N3"]);
    expect(edges(g, "requires")).toEqual(["N2>N1", "N2>N3", "N2>N4", "N3>N5"]);
    expect(edges(g, "headquartered_in")).toEqual(["P10>USA", "P11>JPN", "P12>TWN"]);
    expect(g.getNodeAttributes("P12")).toMatchObject({ kind: "firm", label: "Fab Co", hq: "TWN", layer: "fabrication" });
    expect(g.getNodeAttributes("TWN")).toMatchObject({ kind: "nation" });
    expect(g.getNodeAttributes("N3")).toMatchObject({ kind: "input", layer: "equipment", label: "Etch tools" });
    expect(g.getNodeAttributes("N4").layer).toBe("materials");
    expect(g.getNodeAttributes("N2").layer).toBe("fabrication");
    const usa = g.findEdge("USA", "N3", () => true)!;
    expect(g.getEdgeAttributes(usa)).toMatchObject({ share: 70, basis: "revenue", attribution: "hq", year: 2024 });
    // A firm that provides nothing is left out, with a warning.
    expect(g.hasNode("P13")).toBe(false);
    expect(r.report.issues.some((i) => i.code === "eto" && i.message.includes("P13"))).toBe(true);
    // The dependency model reads it the Atlas's way: Fab Co inherits what its widget requires.
    const dep = dependencyGraph(graphFromSerialized(r.graph as SerializedAtlasGraph));
    expect(dep.someEdge((_e, _a, s, t) => s === "N3" && t === "P12")).toBe(true);
    expect(dep.someEdge((_e, _a, s, t) => s === "P10" && t === "N3")).toBe(true);
  });

  it.each([
    ["fractions", (s: number) => String(s / 100)],
    ["61% strings", (s: number) => `${s}%`],
  ])("reads shares written as %s", (_name, share) => {
    const r = importGraph(folder(PROVISION(share)));
    expect(r.ok).toBe(true);
    const g = Graph.from(r.graph!);
    expect(g.getEdgeAttribute(g.findEdge("P12", "N2", () => true)!, "share")).toBeCloseTo(61, 6);
  });

  it("takes the year from the source text when there is no year column, and from inputs.csv when there is no source either", () => {
    let g = Graph.from(importGraph(folder(PROVISION(String, false, true))).graph!);
    expect(g.getEdgeAttribute(g.findEdge("P12", "N2", () => true)!, "year")).toBe(2024);
    g = Graph.from(importGraph(folder(PROVISION(String, false, false))).graph!);
    expect(g.getEdgeAttribute(g.findEdge("P12", "N2", () => true)!, "year")).toBe(2025);
  });

  it("ignores the README and notes of the folder, with a warning", () => {
    const r = importGraph(folder(undefined, { "README.md": "# notes" }));
    expect(r.ok).toBe(true);
    expect(r.report.issues).toContainEqual(expect.objectContaining({ file: "eto/README.md", code: "eto", action: "ignored" }));
  });

  it("rejects a folder without inputs.csv, naming the file", () => {
    const r = importGraph(folder().filter((f) => !f.name.endsWith("inputs.csv")));
    expect(r.ok).toBe(false);
    expect(r.report.issues[0]).toMatchObject({ severity: "error", code: "eto", file: "inputs.csv" });
  });

  it("rejects a row naming an unknown provider, with its file, line and field", () => {
    const r = importGraph(folder(PROVISION(String) + "\nGhost,P99,Wafers,N4,5,2024,x"));
    expect(r.ok).toBe(false);
    expect(r.report.issues[0]).toMatchObject({ code: "eto", file: "eto/provision.csv", line: 7, field: "provider_id" });
    expect(r.report.issues[0]!.message).toContain("P99");
  });

  it("rejects a share that is no share, and one over 100%", () => {
    let r = importGraph(folder(PROVISION((s) => (s === 55 ? "lots" : String(s)))));
    expect(r.report.issues[0]).toMatchObject({ severity: "error", file: "eto/provision.csv", line: 5, field: "share_provided" });
    r = importGraph(folder(PROVISION((s) => (s === 55 ? "155" : String(s)))));
    expect(r.ok).toBe(false);
    expect(r.report.issues[0]).toMatchObject({ file: "eto/provision.csv", line: 5 });
  });
});
