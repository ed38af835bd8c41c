/**
 * Criticality: how much of the world's final AI capability is lost in the short term if one
 * node's supply stops (README.md, "Criticality"). Computed with the scenario cascade itself
 * (cascade.ts), on the open baseline (no export control in force) and the world row (index N: what
 * is left on the global market), so the figure is the same "what if" a scenario would give:
 *
 * - a **firm** stops: every unit it provides gets capacity 0 (the `remove` shock's rule);
 * - a **nation** stops: every unit attributed to it under the lens, or provided by it, gets 0
 *   (its firms by headquarters under the default lens, its own nation-level rows);
 * - an **input** stops: its whole supply, the unattributed remainder included, is gone
 *   (`CascadeOptions.stopped`).
 *
 * Then, short term (no substitution), for each final capability f (finalCapabilities of
 * lib/model/dependency.ts: the inputs dataset.json names as where the AI chain ends):
 *
 *   loss_f      = a⁰_world(f) − a_world(f)        (share of the world's baseline supply of f lost, 0–1)
 *   criticality = mean over the final capabilities of loss_f
 *
 * plus the **inputs hit** (world availability down by more than `epsilon`, 0.5 points by default;
 * the node itself not counted) and the **nations hit** (a nation's output of some measured input,
 * as a share of that input's world supply, down by more than `epsilon`; the node itself not
 * counted). With open trade every nation obtains the same share of what is left (pro rata), so
 * "hit" for a nation means its own industry makes less, not that it can buy less.
 *
 * Cost: one cascade per node on the prepared baseline (units, their indices and the control
 * matrices are shared; only the capacities change): O(nodes · I · (N + 1) · U/I). Cached per graph,
 * lens, year and parts table (the graph must not be mutated after it is built).
 */
import type { AtlasGraph } from "../model/graph";
import { finalCapabilities } from "../model/dependency";
import type { Lens } from "../supply/types";
import { buildSupplyBase, type SupplyBase } from "./base";
import { runCascade, type Cascade, type PreparedState } from "./cascade";
import { baselineOf, substitutionsOf } from "./run";
import { EMPTY_SUBSTITUTION, type SubstitutionTable } from "./substitution";

/** Default threshold for "hit": 0.5 percentage points of an input's world supply. */
export const CRITICALITY_EPSILON = 0.005;

export type CriticalNodeKind = "firm" | "nation" | "input";

export interface CapabilityLoss {
  /** The final capability (an input id). */
  input: string;
  label: string;
  /** World availability at baseline and with the node stopped, 0–1. */
  before: number;
  after: number;
  /** before − after, at least 0. */
  loss: number;
}

export interface NodeCriticality {
  node: string;
  kind: CriticalNodeKind;
  /** Mean loss over the final capabilities, 0–1. */
  loss: number;
  /** One row per final capability, in the dataset's order. */
  capabilities: CapabilityLoss[];
  /** Inputs whose world availability falls by more than epsilon (largest loss first), the node itself excluded. */
  inputsHit: { input: string; loss: number }[];
  /** Nations whose output of some measured input falls by more than epsilon (largest first), the node itself excluded. */
  nationsHit: { nation: string; loss: number }[];
  /** 1 = the most critical node of any kind (ties share a rank). */
  rank: number;
  /** 1 = the most critical node of its kind (firms, nations, inputs ranked apart; ties share a rank). */
  kindRank: number;
  /** How many nodes of its kind are ranked. */
  ofKind: number;
}

export interface CriticalityTable {
  /** The final capabilities the measure averages over, with their labels. */
  finals: { input: string; label: string }[];
  lens: Lens;
  year?: number;
  epsilon: number;
  /** Every firm, nation and input of the graph. */
  nodes: Record<string, NodeCriticality>;
  /** Time the computation took, milliseconds. */
  ms: number;
}

export interface CriticalityOptions {
  /** Attribution lens of the units (default "hq", the scenarios' default). */
  lens?: Lens;
  year?: number;
  /** The substitution table: only its `parts` are read (the short term has no substitution). */
  substitution?: SubstitutionTable;
  /** Threshold for an input or nation to count as hit (fraction of world supply; default 0.005). */
  epsilon?: number;
}

const cache = new WeakMap<AtlasGraph, Map<string, CriticalityTable>>();
const r9 = (x: number) => Math.round(x * 1e9) / 1e9;

/** The criticality of every firm, nation and input of `graph` (cached). */
export function computeCriticality(graph: AtlasGraph, options: CriticalityOptions = {}): CriticalityTable {
  const lens = options.lens ?? "hq";
  const epsilon = options.epsilon ?? CRITICALITY_EPSILON;
  const base = buildSupplyBase(graph, lens, options.year);
  const { parts } = substitutionsOf(base, options.substitution ?? EMPTY_SUBSTITUTION);
  const key = `${lens}|${options.year ?? ""}|${epsilon}|${JSON.stringify(parts)}`;
  let byKey = cache.get(graph);
  if (!byKey) cache.set(graph, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const table = build(graph, base, parts, epsilon);
  byKey.set(key, table);
  return table;
}

/** One node's criticality, or undefined when it is not a firm, nation or input of the graph. */
export function criticalityOf(graph: AtlasGraph, node: string, options: CriticalityOptions = {}): NodeCriticality | undefined {
  return computeCriticality(graph, options).nodes[node];
}

function build(graph: AtlasGraph, base: SupplyBase, parts: string[][], epsilon: number): CriticalityTable {
  const started = performance.now();
  const baseline = baselineOf(base, "open", parts);
  const N = base.nations.length;
  const finals = finalCapabilities(graph)
    .map((input) => ({ input, label: base.label(input), i: base.inputIndex.get(input) }))
    .filter((f): f is { input: string; label: string; i: number } => f.i !== undefined);
  const before = baseline.cascade;

  const run = (caps: readonly number[] | null, stopped?: ReadonlySet<number>): Cascade => {
    const prep: PreparedState = caps ? { ...baseline.prep, state: { ...baseline.prep.state, caps } } : baseline.prep;
    return runCascade(base, prep, { parts, stopped, uniform: true });
  };

  const nodes: Record<string, NodeCriticality> = {};
  const measure = (node: string, kind: CriticalNodeKind, after: Cascade) => {
    const capabilities = finals.map(({ input, label, i }) => {
      const b = before.access[N]![i]!;
      const a = after.access[N]![i]!;
      return { input, label, before: r9(b), after: r9(a), loss: r9(Math.max(0, b - a)) };
    });
    const inputsHit: { input: string; loss: number }[] = [];
    base.inputs.forEach((x, i) => {
      const lost = before.access[N]![i]! - after.access[N]![i]!;
      if (x.input !== node && lost > epsilon) inputsHit.push({ input: x.input, loss: r9(lost) });
    });
    const nationsHit: { nation: string; loss: number }[] = [];
    base.nations.forEach((n, x) => {
      if (n === node) return;
      let worst = 0;
      for (let i = 0; i < base.inputs.length; i++) worst = Math.max(worst, before.output[x]![i]! - after.output[x]![i]!);
      if (worst > epsilon) nationsHit.push({ nation: n, loss: r9(worst) });
    });
    const loss = capabilities.length === 0 ? 0 : r9(capabilities.reduce((s, c) => s + c.loss, 0) / capabilities.length);
    nodes[node] = {
      node,
      kind,
      loss,
      capabilities,
      inputsHit: inputsHit.sort((p, q) => q.loss - p.loss || p.input.localeCompare(q.input)),
      nationsHit: nationsHit.sort((p, q) => q.loss - p.loss || p.nation.localeCompare(q.nation)),
      rank: 0,
      kindRank: 0,
      ofKind: 0,
    };
  };

  const units = baseline.prep.state.units;
  const baseCaps = baseline.prep.state.caps;
  graph.forEachNode((id, a) => {
    if (a.kind === "input") {
      const i = base.inputIndex.get(id);
      // An input outside the supply base (none in practice) has nothing to stop.
      measure(id, "input", i === undefined ? before : run(null, new Set([i])));
    } else if (a.kind === "firm" || a.kind === "nation") {
      let touched = false;
      const caps = units.map((u, k) => {
        const mine = a.kind === "firm" ? u.provider === id : u.nation === id || u.provider === id;
        if (mine) touched = true;
        return mine ? 0 : baseCaps[k]!;
      });
      measure(id, a.kind, touched ? run(caps) : before);
    }
  });

  // Rank over every kind together: 1 + the number of nodes with a strictly larger loss.
  const all = Object.values(nodes);
  const losses = all.map((c) => c.loss).sort((p, q) => q - p);
  const byKind = new Map<CriticalNodeKind, number[]>();
  for (const c of all) (byKind.get(c.kind) ?? byKind.set(c.kind, []).get(c.kind)!).push(c.loss);
  for (const l of byKind.values()) l.sort((p, q) => q - p);
  for (const c of all) {
    const kind = byKind.get(c.kind)!;
    c.rank = 1 + lowerCount(losses, c.loss);
    c.kindRank = 1 + lowerCount(kind, c.loss);
    c.ofKind = kind.length;
  }
  return { finals: finals.map(({ input, label }) => ({ input, label })), lens: base.lens, year: base.year, epsilon, nodes, ms: Math.round((performance.now() - started) * 10) / 10 };
}

/** How many values of a descending array are strictly greater than v (binary search). */
function lowerCount(desc: number[], v: number): number {
  let lo = 0;
  let hi = desc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (desc[mid]! > v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
