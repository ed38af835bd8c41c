/**
 * The supply part of `npm run analyze` and POST /api/analyze for an imported graph: per input its
 * concentration and providers under one lens (headquarters by default). Providers are the firm
 * share set when the input has one, else the nation share set, then every provider known without
 * a share in that set (share null). O(V + E) plus computeLensSupply.
 */
import type { AtlasGraph } from "../model/graph";
import { EDGE_KIND_INFO, type EdgeKind } from "../model/vocabulary";
import { computeLensSupply } from "./supply";
import { buildSupplyIndex } from "./supply-index";
import type { Lens } from "./types";

export interface SupplyInputSummary {
  id: string;
  name: string;
  /** HHI over nation shares (0–10,000), a lower bound; null without nation shares. */
  hhiNation: number | null;
  hhiFirm: number | null;
  chokepoint: boolean;
  /** Why it is a chokepoint (the rule's reasons in words). */
  reasons: string[];
  providers: { id: string; name: string; share: number | null }[];
}

export interface SupplySummary {
  lens: Lens;
  inputs: SupplyInputSummary[];
}

/** Whether the graph has any supply relation (provides, requires, supplies). */
export function hasSupplyRelations(graph: AtlasGraph): boolean {
  return graph.someEdge((_e, a) => EDGE_KIND_INFO[a.kind as EdgeKind]?.family === "supply");
}

export function summarizeSupply(graph: AtlasGraph, lens: Lens = "hq"): SupplySummary {
  const index = buildSupplyIndex(graph);
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  const inputs = computeLensSupply(index, lens).inputs.map((i): SupplyInputSummary => {
    const set = i.firms ?? i.nations;
    const named = new Set(set?.shares.map((s) => s.id) ?? []);
    return {
      id: i.input,
      name: i.label,
      hhiNation: i.hhiNation,
      hhiFirm: i.hhiFirm,
      chokepoint: i.chokepoint,
      reasons: i.chokepointReasons.map((r) => r.text),
      providers: [
        ...(set?.shares.map((s) => ({ id: s.id, name: name(s.id), share: s.share })) ?? []),
        ...i.unquantified.filter((p) => !named.has(p.id)).map((p) => ({ id: p.id, name: name(p.id), share: null })),
      ],
    };
  });
  return { lens, inputs };
}
