/**
 * Hand-built graphs for the scenario tests: lib/supply's builder plus blocs, export controls and
 * partnerships, with the edge ids the dataset loader gives them.
 */
import { edgeId } from "../model/dataset";
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from "../model/graph";
import type { Layer } from "../model/vocabulary";
import { SupplyGraphBuilder } from "../supply/test-graph";
import { parseScenario, type Scenario, type ScenarioInput } from "./schema";
import type { SubstitutionTable } from "./substitution";

export class ScenarioGraphBuilder extends SupplyGraphBuilder {
  bloc(id: string, members: string[]): this {
    this.graph.addNode(id, { kind: "bloc", label: id.toUpperCase(), aliases: [], members, description: id, sources: ["src-nodes"] } as NodeAttributes);
    return this;
  }

  control(from: string, to: string, inputs: string[], year = 2024): this {
    this.graph.addDirectedEdgeWithKey(edgeId({ kind: "export_control", from, to, year }), from, to, {
      kind: "export_control",
      inputs,
      layers: [],
      detail: "test control",
      year,
      sources: ["src-chain"],
    } as EdgeAttributes);
    return this;
  }

  partners(from: string, to: string, year = 2024): this {
    this.graph.addDirectedEdgeWithKey(edgeId({ kind: "partners_with", from, to, year }), from, to, {
      kind: "partners_with",
      partnership: "research",
      detail: "test partnership",
      year,
      sources: ["src-chain"],
    } as EdgeAttributes);
    return this;
  }
}

export const scenarioGraph = () => new ScenarioGraphBuilder();

/** A scenario from its JSON form; throws on a schema problem (tests write valid scenarios). */
export function scenario(input: Omit<ScenarioInput, "name"> & { name?: string }): Scenario {
  const r = parseScenario({ name: "test", ...input });
  if (!r.scenario) throw new Error(`${r.problem.path}: ${r.problem.message}`);
  return r.scenario;
}

/** A substitution table with one row per layer given (months, spare in percent). */
export function substitution(layers: Partial<Record<Layer, [months: number, spare: number]>>, parts: Record<string, string[]> = {}): SubstitutionTable {
  return {
    rows: [
      ...Object.entries(layers).map(([id, [months, spare]]) => ({
        scope: "layer" as const,
        id,
        months,
        months_basis: "assumption" as const,
        spare,
        spare_basis: "assumption" as const,
        parts: [],
        note: "test",
        sources: [],
      })),
      ...Object.entries(parts).map(([id, p]) => ({
        scope: "input" as const,
        id,
        months: 12,
        months_basis: "assumption" as const,
        spare: 0,
        spare_basis: "assumption" as const,
        parts: p,
        note: "test",
        sources: [],
      })),
    ],
  };
}

/**
 * The two-stage chain most tests use, worked out by hand in each test:
 * nations A, B, C; "tool" (equipment): firm ta (HQ A) 60%, tb (HQ B) 40%;
 * "chip" (fabrication) requires tool: ca (HQ A) 50%, cb (HQ C) 30%, 20% unattributed.
 */
export function chainGraph(): AtlasGraph {
  return scenarioGraph()
    .nation("AAA").nation("BBB").nation("CCC")
    .firm("ta", "AAA").firm("tb", "BBB").firm("ca", "AAA").firm("cb", "CCC")
    .input("tool", "equipment").input("chip", "fabrication")
    .provides("ta", "tool", { share: 60 })
    .provides("tb", "tool", { share: 40 })
    .provides("ca", "chip", { share: 50 })
    .provides("cb", "chip", { share: 30 })
    .requires("chip", "tool")
    .build();
}
