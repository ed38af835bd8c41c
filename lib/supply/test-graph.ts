/**
 * A small builder of Atlas graphs for the supply tests: nodes and edges are written by hand, with
 * the same ids the dataset loader gives them (edgeId), so tests can name the edges they expect.
 */
import { edgeId } from "../model/dataset";
import { createAtlasGraph, type AtlasGraph, type EdgeAttributes, type NodeAttributes } from "../model/graph";
import type { Attribution, Layer, ShareBasis } from "../model/vocabulary";

interface ShareOptions {
  share?: number;
  basis?: ShareBasis;
  attribution?: Attribution;
  year?: number;
  estimate?: string;
  /** The national market the share is measured in (ISO3); absent = the world. */
  scope?: string;
  sources?: string[];
}

export class SupplyGraphBuilder {
  readonly graph: AtlasGraph = createAtlasGraph();
  private readonly sources = new Set<string>();

  private cite(ids: string[]) {
    for (const s of ids) this.sources.add(s);
    return ids;
  }

  nation(id: string, label = id): this {
    this.graph.addNode(id, { kind: "nation", label, aliases: [], region: "test", sources: this.cite(["src-nodes"]) } as NodeAttributes);
    return this;
  }

  firm(id: string, hq: string, controller?: string): this {
    this.graph.addNode(id, { kind: "firm", label: id.toUpperCase(), aliases: [], hq, controller, layer: "equipment", sources: this.cite(["src-firms"]) } as NodeAttributes);
    this.graph.addDirectedEdgeWithKey(edgeId({ kind: "headquartered_in", from: id, to: hq }), id, hq, {
      kind: "headquartered_in",
      sources: ["src-firms"],
    } as EdgeAttributes);
    return this;
  }

  input(id: string, layer: Layer = "equipment"): this {
    this.graph.addNode(id, { kind: "input", label: id, aliases: [], layer, description: id, sources: this.cite(["src-nodes"]) } as NodeAttributes);
    return this;
  }

  provides(from: string, to: string, o: ShareOptions = {}): this {
    const year = o.year ?? 2024;
    const attrs = {
      kind: "provides",
      share: o.share,
      basis: o.basis ?? (o.share !== undefined ? "revenue" : undefined),
      attribution: o.attribution,
      year,
      estimate: o.estimate,
      scope: o.scope,
      sources: this.cite(o.sources ?? [`src-${from}`]),
    } as EdgeAttributes;
    this.graph.addDirectedEdgeWithKey(edgeId({ kind: "provides", from, to, year, scope: o.scope }), from, to, attrs);
    return this;
  }

  /** `dependent` requires `upstream`. */
  requires(dependent: string, upstream: string): this {
    this.graph.addDirectedEdgeWithKey(edgeId({ kind: "requires", from: dependent, to: upstream }), dependent, upstream, {
      kind: "requires",
      sources: this.cite(["src-chain"]),
    } as EdgeAttributes);
    return this;
  }

  /** A site of `firm` in `nation` making `input`, with its share of the firm's output (percent). */
  site(firm: string, nation: string, input: string, capacityShare?: number, year = 2024): this {
    this.graph.addDirectedEdgeWithKey(edgeId({ kind: "operates_in", from: firm, to: nation, year, input }), firm, nation, {
      kind: "operates_in",
      site: "fab",
      detail: "test site",
      input,
      capacity_share: capacityShare,
      year,
      sources: this.cite(["src-sites"]),
    } as EdgeAttributes);
    return this;
  }

  build(): AtlasGraph {
    this.graph.replaceAttributes({
      meta: { title: "test", version: "2026.1.0", date: "2026-01-01", description: "test", licence: "CC0" },
      sources: [...this.sources].map((id) => ({ id, publisher: `Publisher of ${id}`, title: id, year: 2024 })),
    });
    return this.graph;
  }
}

export const supplyGraph = () => new SupplyGraphBuilder();
