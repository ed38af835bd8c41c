/**
 * The scenario library of the dataset, read from data/scenarios/ once per process (Node only; not
 * in the barrel): the presets (*.json), the substitution assumptions (substitution.csv) and the
 * sources they cite beyond data/sources.csv (sources.csv). Problems are collected, not thrown, so
 * the data check and the tests can list them all.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseCsvTable } from "../io/csv";
import { getCuratedGraph } from "../model/curated";
import { DEFAULT_DATA_DIR } from "../model/load-files";
import { sourceSchema, type Source } from "../model/schema";
import { computeCriticality, type CriticalityTable } from "./criticality";
import { parsePreset, type Preset } from "./presets";
import { parseSubstitutionCsv, type SubstitutionTable } from "./substitution";

export interface ScenarioLibrary {
  presets: Preset[];
  substitution: SubstitutionTable;
  /** Sources of data/scenarios/sources.csv. */
  sources: Source[];
  errors: string[];
}

export const SCENARIO_DIR = path.join(DEFAULT_DATA_DIR, "scenarios");

export function loadScenarioLibrary(dir: string = SCENARIO_DIR): ScenarioLibrary {
  const errors: string[] = [];
  const read = (name: string) => {
    const p = path.join(/*turbopackIgnore: true*/ dir, name);
    return existsSync(p) ? readFileSync(p, "utf8") : undefined;
  };
  const sources: Source[] = [];
  const sourcesText = read("sources.csv");
  if (sourcesText !== undefined) {
    const t = parseCsvTable(sourcesText);
    for (const e of t.errors) errors.push(`scenarios/sources.csv line ${e.line}: ${e.message}`);
    for (const { line, values } of t.rows) {
      const r = sourceSchema.safeParse(values);
      if (r.success) sources.push(r.data);
      else for (const i of r.error.issues) errors.push(`scenarios/sources.csv line ${line}, field "${i.path.join(".")}": ${i.message}`);
    }
  }
  let substitution: SubstitutionTable = { rows: [] };
  const subText = read("substitution.csv");
  if (subText === undefined) errors.push("scenarios/substitution.csv is missing");
  else {
    const r = parseSubstitutionCsv(subText);
    substitution = r.table;
    errors.push(...r.errors.map((e) => `scenarios/substitution.csv ${e}`));
  }
  const presets: Preset[] = [];
  const files = existsSync(/*turbopackIgnore: true*/ dir) ? readdirSync(/*turbopackIgnore: true*/ dir).filter((f) => f.endsWith(".json")).sort() : [];
  for (const f of files) {
    let value: unknown;
    try {
      value = JSON.parse(read(f)!);
    } catch (e) {
      errors.push(`scenarios/${f}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    const r = parsePreset(value);
    if (!r.preset) errors.push(`scenarios/${f}, field "${r.problem!.path}": ${r.problem!.message}`);
    else if (`${r.preset.id}.json` !== f) errors.push(`scenarios/${f}: the id "${r.preset.id}" must match the file name`);
    else presets.push(r.preset);
  }
  const order = ["taiwan-strait", "nl-asml-china", "us-controls-2022-2023", "japan-korea-2019", "hbm-shock", "cloud-exit-eu", "fab-diversification"];
  presets.sort((a, b) => (order.indexOf(a.id) + 1 || 99) - (order.indexOf(b.id) + 1 || 99) || a.id.localeCompare(b.id));
  return { presets, substitution, sources, errors };
}

let cached: ScenarioLibrary | undefined;
export function getScenarioLibrary(): ScenarioLibrary {
  cached ??= loadScenarioLibrary();
  return cached;
}

/** The criticality table of the curated graph (lib/scenario/criticality.ts), with the library's parts; cached per year. */
export function getCuratedCriticality(year?: number): CriticalityTable {
  return computeCriticality(getCuratedGraph(), { substitution: getScenarioLibrary().substitution, year });
}

/** What GET /api/metrics adds to each node: its criticality in brief (null for a node that is not a firm, nation or input). */
export interface CriticalityBrief {
  /** Mean share of the final capabilities lost, 0–1. */
  loss: number;
  /** Rank among its kind (1 = most critical) and how many of its kind. */
  rank: number;
  of: number;
  /** Share lost per final capability, 0–1. */
  capabilities: Record<string, number>;
  inputsHit: number;
  nationsHit: number;
}

/** An analysis with `criticality` on every node and the measure's definition beside the graph figures. */
export function withCriticality<A extends { nodes: Record<string, object> }>(analysis: A, table: CriticalityTable) {
  const nodes: Record<string, A["nodes"][string] & { criticality: CriticalityBrief | null }> = {};
  for (const [id, m] of Object.entries(analysis.nodes)) {
    const c = table.nodes[id];
    nodes[id] = {
      ...(m as A["nodes"][string]),
      criticality: c
        ? { loss: c.loss, rank: c.kindRank, of: c.ofKind, capabilities: Object.fromEntries(c.capabilities.map((f) => [f.input, f.loss])), inputsHit: c.inputsHit.length, nationsHit: c.nationsHit.length }
        : null,
    };
  }
  return {
    ...analysis,
    nodes,
    criticality: { finals: table.finals, lens: table.lens, epsilon: table.epsilon, definition: CRITICALITY_DEFINITION },
  };
}

export const CRITICALITY_DEFINITION =
  "The share of the world's final AI capability (mean over the final capabilities) lost in the short term if the node's supply stops: its units at zero capacity (an input: its whole supply), the scenario cascade without substitution, open trade, headquarters lens.";
