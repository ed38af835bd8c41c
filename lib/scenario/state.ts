/**
 * The state a scenario's fold carries from shock to shock. It is plain data and every shock returns
 * a new state (copying only what it changes), so applying a scenario never touches the base graph
 * or the baseline units. Structural changes (nodes removed, edges cut or added) are recorded and
 * turned into a graph once, at the end (`materialiseGraph`).
 */
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from "../model/graph";
import type { SupplyBase, SupplyUnit } from "./base";
import type { Shock } from "./schema";

/** Who may not obtain what from whom (an export control, a withdrawal, a bloc action). */
export interface Control {
  shock: string;
  /** Supply attributed to these nations is withheld … */
  fromNations?: ReadonlySet<string>;
  /** … or supply of this one firm. */
  fromFirm?: string;
  /** From these nations, or from everyone outside `fromNations` ("others"). */
  to: ReadonlySet<string> | "others";
  /** Inputs concerned; null = every input. */
  inputs: ReadonlySet<string> | null;
  /** Follows the inputs into everything made from them (see the schema's `reach`). */
  downstream: boolean;
  /** The export_control edge it stands for (controls in force), so cutting that edge lifts it. */
  edge?: string;
}

export interface AddedNode {
  id: string;
  attributes: NodeAttributes;
  shock: string;
}

export interface AddedEdge {
  id: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
  shock: string;
}

export interface ShockReport {
  shock: string;
  /** Position in the scenario, 0-based. */
  index: number;
  message: string;
}

export interface ShockState {
  /** Baseline units followed by units added by shocks. */
  units: readonly SupplyUnit[];
  /** Remaining capacity of each unit, 0–1 (aligned with `units`). */
  caps: readonly number[];
  controls: readonly Control[];
  removedNodes: ReadonlySet<string>;
  cutEdges: ReadonlySet<string>;
  addedNodes: readonly AddedNode[];
  addedEdges: readonly AddedEdge[];
  /** Provides edges whose share a degrade scaled, by the factor kept (0–1). */
  edgeScale: ReadonlyMap<string, number>;
  /** Shocks applied, in order (ids). */
  applied: readonly string[];
  /** Shocks skipped entirely, with why (stale ids, nothing to act on). */
  skipped: readonly ShockReport[];
  /** Parts of shocks dropped (e.g. an unknown input in a list) while the rest applied. */
  notes: readonly ShockReport[];
}

export interface ShockContext {
  base: SupplyBase;
  /** Position of the shock in the scenario (for reports). */
  index: number;
}

export function initialState(base: SupplyBase): ShockState {
  return {
    units: base.units,
    caps: base.units.map(() => 1),
    controls: [],
    removedNodes: new Set(),
    cutEdges: new Set(),
    addedNodes: [],
    addedEdges: [],
    edgeScale: new Map(),
    applied: [],
    skipped: [],
    notes: [],
  };
}

export function skip(state: ShockState, shock: { id: string }, ctx: ShockContext, message: string): ShockState {
  return { ...state, skipped: [...state.skipped, { shock: shock.id, index: ctx.index, message }] };
}

export function withNotes(state: ShockState, shock: { id: string }, ctx: ShockContext, messages: string[]): ShockState {
  if (messages.length === 0) return state;
  return { ...state, notes: [...state.notes, ...messages.map((message) => ({ shock: shock.id, index: ctx.index, message }))] };
}

export function markApplied(state: ShockState, shock: { id: string }): ShockState {
  return { ...state, applied: [...state.applied, shock.id] };
}

/** Does a node exist in the scenario so far (in the base graph and not removed, or added)? */
export function nodeExists(state: ShockState, base: SupplyBase, id: string): boolean {
  if (state.removedNodes.has(id)) return false;
  return base.graph.hasNode(id) || state.addedNodes.some((n) => n.id === id);
}

export function nodeKind(state: ShockState, base: SupplyBase, id: string): string | undefined {
  if (base.graph.hasNode(id)) return base.graph.getNodeAttribute(id, "kind");
  return state.addedNodes.find((n) => n.id === id)?.attributes.kind;
}

/**
 * The inputs a shock's scope names: its `inputs` plus every input of its `layers`; null when both
 * are empty (every input). Unknown inputs are dropped and returned as notes.
 */
export function resolveScope(base: SupplyBase, shock: { inputs: string[]; layers: string[] }): { inputs: Set<string> | null; notes: string[] } {
  if (shock.inputs.length === 0 && shock.layers.length === 0) return { inputs: null, notes: [] };
  const out = new Set<string>();
  const notes: string[] = [];
  for (const i of shock.inputs) {
    if (base.inputIndex.has(i)) out.add(i);
    else notes.push(`ignored unknown input "${i}"`);
  }
  for (const l of shock.layers) for (const x of base.inputs) if (x.layer === l) out.add(x.input);
  return { inputs: out, notes };
}

/** The scenario's graph: the base graph's copy with removed nodes, cut edges, added elements and scaled shares. */
export function materialiseGraph(graph: AtlasGraph, state: ShockState): AtlasGraph {
  const g = graph.copy() as AtlasGraph;
  for (const n of state.addedNodes) if (!g.hasNode(n.id)) g.addNode(n.id, n.attributes);
  for (const e of state.addedEdges) {
    if (g.hasNode(e.source) && g.hasNode(e.target) && !g.hasEdge(e.id)) g.addDirectedEdgeWithKey(e.id, e.source, e.target, e.attributes);
  }
  for (const [edge, factor] of state.edgeScale) {
    if (!g.hasEdge(edge)) continue;
    const share = g.getEdgeAttribute(edge, "share" as never) as unknown as number | undefined;
    if (typeof share === "number") g.setEdgeAttribute(edge, "share" as never, (Math.round(share * factor * 1e6) / 1e6) as never);
  }
  for (const e of state.cutEdges) if (g.hasEdge(e)) g.dropEdge(e);
  for (const n of state.removedNodes) if (g.hasNode(n)) g.dropNode(n);
  return g;
}

export type ShockWithId = Shock & { id: string };
