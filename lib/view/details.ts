/**
 * The Details panel's view model for one node: what it depends on and what depends on it (from the
 * dependency graph, lib/model/dependency.ts), each with the reason in words, and its other
 * relations grouped under their own headings (owners, sites, partners, controls, talent), never
 * as dependencies. Pure; the panel only renders it.
 */
import { dependencies, dependencyGraph, dependencySteps, type DependencyDirection, type DependencyStep } from "../model/dependency";
import type { AtlasGraph } from "../model/graph";
import { edgesAsOf, type EdgePredicate } from "../model/queries";
import { EDGE_KIND_INFO, isSupplyKind, type EdgeKind } from "../model/vocabulary";
import type { CriticalityTable, NodeCriticality } from "../scenario/criticality";
import { formatShare } from "./elements";

export interface DependencyItem {
  id: string;
  label: string;
  /** Why, in words: "provides it: 100%", "needed for Leading-edge logic foundry", "supplies AI accelerators". */
  reasons: string[];
  /** The largest published share among its steps (for sorting), if any. */
  share?: number;
}

function reason(graph: AtlasGraph, s: DependencyStep, direction: DependencyDirection): string {
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  const via = s.via.map(label).join(", ");
  const share = s.share !== undefined ? `: ${formatShare(s.share)}` : "";
  if (direction === "up") {
    switch (s.kind) {
      case "provides":
        return `provides it${share}`;
      case "requires":
        return "required";
      case "supplies":
        return via ? `supplies ${via}` : "supplier";
      case "inherits":
        return `needed for ${via}`;
    }
  }
  switch (s.kind) {
    case "provides":
      return `provided by it${share}`;
    case "requires":
      return "requires it";
    case "supplies":
      return via ? `buys ${via}` : "customer";
    case "inherits":
      return `provides ${via}, which needs it`;
  }
}

/** Direct dependencies of `node` as of `year`, one item per neighbour, largest published share first, then by name. */
export function dependencyItems(graph: AtlasGraph, node: string, direction: DependencyDirection, year?: number): DependencyItem[] {
  if (!graph.hasNode(node)) return [];
  const dep = dependencyGraph(graph, year);
  const byNode = new Map<string, DependencyItem>();
  for (const s of dependencySteps(dep, node, direction)) {
    const item = byNode.get(s.node) ?? { id: s.node, label: graph.getNodeAttribute(s.node, "label"), reasons: [] };
    item.reasons.push(reason(graph, s, direction));
    if (s.share !== undefined) item.share = Math.max(item.share ?? 0, s.share);
    byNode.set(s.node, item);
  }
  return [...byNode.values()].sort((x, y) => (y.share ?? -1) - (x.share ?? -1) || x.label.localeCompare(y.label));
}

export interface RelationSection {
  heading: string;
  kind: EdgeKind;
  items: { neighbour: string; edge: string }[];
}

/** The node's relations outside the supply family, under their headings, in a fixed order. */
export function relationSections(graph: AtlasGraph, node: string, allowed: EdgePredicate = () => true): RelationSection[] {
  const sections = new Map<string, RelationSection>();
  graph.forEachEdge(node, (edge, a, source, target) => {
    if (isSupplyKind(a.kind) || !allowed(edge, a)) return;
    const side = source === node ? "out" : "in";
    const heading = EDGE_KIND_INFO[a.kind].heading[side];
    const s = sections.get(heading) ?? { heading, kind: a.kind, items: [] };
    s.items.push({ neighbour: side === "out" ? target : source, edge });
    sections.set(heading, s);
  });
  const order = Object.values(EDGE_KIND_INFO).flatMap((k) => [k.heading.out, k.heading.in]);
  const label = (id: string) => graph.getNodeAttribute(id, "label");
  for (const s of sections.values()) s.items.sort((x, y) => label(x.neighbour).localeCompare(label(y.neighbour)));
  return [...sections.values()].sort((x, y) => order.indexOf(x.heading) - order.indexOf(y.heading));
}

export interface NodeReport {
  id: string;
  attributes: Record<string, unknown>;
  /** What it depends on / what depends on it, to `depth` steps, each with one chain and the share of each step. */
  upstream: ReturnType<typeof dependencies>;
  downstream: ReturnType<typeof dependencies>;
  /** Other relations, by heading (never dependencies). */
  relations: { heading: string; kind: EdgeKind; items: { id: string; label: string; edge: string }[] }[];
}

/** GET /api/node/{id}'s body, without metrics (the route adds them). Undefined for an unknown id (matched exactly). */
export function nodeReport(graph: AtlasGraph, id: string, options: { depth?: number; year?: number } = {}): NodeReport | undefined {
  // graphology keys are exact strings (no patterns); hasNode is an own-key lookup.
  if (!graph.hasNode(id)) return undefined;
  const depth = options.depth ?? 2;
  const dep = dependencyGraph(graph, options.year);
  const asOf = edgesAsOf(graph, options.year);
  return {
    id,
    attributes: { ...graph.getNodeAttributes(id) },
    upstream: dependencies(dep, id, "up", depth),
    downstream: dependencies(dep, id, "down", depth),
    relations: relationSections(graph, id, (e) => asOf.has(e)).map((s) => ({
      heading: s.heading,
      kind: s.kind,
      items: s.items.map((i) => ({ id: i.neighbour, label: graph.getNodeAttribute(i.neighbour, "label"), edge: i.edge })),
    })),
  };
}

// ---------------------------------------------------------------- criticality

export interface CriticalityHit {
  id: string;
  label: string;
  /** Fraction of world supply (inputs) or of an input's world supply the nation no longer makes (nations), 0–1. */
  loss: number;
}

/** A node's criticality in words and figures: the Details panel's block and /api/node/{id}'s `criticality`. */
export interface CriticalityView {
  /** "If TSMC stopped supplying" / "If the supply of EUV lithography scanners stopped". */
  heading: string;
  /** Mean share of the final AI capabilities lost, 0–1. */
  loss: number;
  /** Rank among the nodes of its kind (1 = most critical; ties share a rank) and how many there are. */
  rank: number;
  of: number;
  /** "firms", "nations" or "inputs". */
  kindPlural: string;
  /** Each final capability: share of its world supply lost, 0–1. */
  capabilities: { id: string; label: string; before: number; after: number; loss: number }[];
  /** Inputs and nations hit (more than `epsilon` lost), largest first. */
  inputsHit: CriticalityHit[];
  nationsHit: CriticalityHit[];
  epsilon: number;
  /** What the measure is, naming the final capabilities. */
  explanation: string;
  /** The same in one line, for beside the capabilities' own rows (Details). */
  shortExplanation: string;
}

const PLURAL: Record<NodeCriticality["kind"], string> = { firm: "firms", nation: "nations", input: "inputs" };

/** The criticality explanation, naming the final capabilities. */
export function criticalityExplanation(table: Pick<CriticalityTable, "finals" | "epsilon">): string {
  const finals = table.finals.map((f) => f.label);
  const named = finals.length > 1 ? `${finals.slice(0, -1).join(", ")} and ${finals[finals.length - 1]}` : (finals[0] ?? "none named");
  return `Criticality: the share of the world's final AI capability (the mean over ${named}) lost in the short term if this node's supply stops, by the scenario cascade with no substitution and open trade; inputs and nations count as hit when they lose more than ${formatPoints(table.epsilon)} of world supply.`;
}

/** A fraction as percentage points ("0.5 points"). */
function formatPoints(x: number): string {
  return `${Math.round(x * 1000) / 10} points`;
}

/** A loss as "−70.4%" (0 as "0%"). */
export function formatLoss(x: number): string {
  const pct = Math.round(x * 1000) / 10;
  return pct === 0 ? "0%" : `−${pct}%`;
}

/** The view of `id`'s criticality in `table`; undefined when the node has none (not a firm, nation or input). */
export function criticalityView(graph: AtlasGraph, table: CriticalityTable, id: string): CriticalityView | undefined {
  const c = table.nodes[id];
  if (!c || !graph.hasNode(id)) return undefined;
  const label = (n: string) => (graph.hasNode(n) ? graph.getNodeAttribute(n, "label") : n);
  return {
    heading: c.kind === "input" ? `If the supply of ${label(id)} stopped` : `If ${label(id)} stopped supplying`,
    loss: c.loss,
    rank: c.kindRank,
    of: c.ofKind,
    kindPlural: PLURAL[c.kind],
    capabilities: c.capabilities.map((f) => ({ id: f.input, label: f.label, before: f.before, after: f.after, loss: f.loss })),
    inputsHit: c.inputsHit.map((x) => ({ id: x.input, label: label(x.input), loss: x.loss })),
    nationsHit: c.nationsHit.map((x) => ({ id: x.nation, label: label(x.nation), loss: x.loss })),
    epsilon: table.epsilon,
    explanation: criticalityExplanation(table),
    shortExplanation: `The mean of these shares is the node's criticality: what the world loses in the short term if its supply stops, by the scenario cascade (no substitution, open trade). Hit: more than ${formatPoints(table.epsilon)} lost.`,
  };
}
