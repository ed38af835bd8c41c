/**
 * An imported graph as the explorer shows it. The explorer's graph is directed, multi and without
 * self-loops (lib/model/graph.ts `createAtlasGraph`), while an import may be undirected, mixed or
 * hold self-loops. So the picture gets a copy in that shape, with each undirected edge drawn once
 * (flagged `undirected: true`) and self-loops left out of the drawing (counted in `selfLoops`),
 * and every node labelled (its id when the file gave no label) with list-valued `aliases` and
 * `sources` (empty unless the file gave lists). In a generic network (one that
 * does not use the Atlas's kinds) the explorer has no meaning for the file's links, so the picture
 * draws each as a plain link of the cooperation family (`partners_with`, never a supply relation,
 * so no "depends on" is claimed), the file's own kind kept as `kind_in_file`. The network metrics run on the
 * imported graph itself (`metricsSource`), never on this copy, so they match networkx's.
 * Pure and O(V + E).
 */
import type { SerializedGraph } from "graphology-types";

export interface DisplayGraph {
  graph: SerializedGraph;
  /** Self-loops not drawn. */
  selfLoops: number;
}

/** The explorer reads these as lists on every node and edge (Details: aliases, sources); a file's other values are kept as `<name>_in_file`. */
function lists(attributes: Record<string, unknown>, names: readonly string[]) {
  for (const n of names) {
    const v = attributes[n];
    if (Array.isArray(v)) continue;
    if (v !== undefined) attributes[`${n}_in_file`] = v;
    attributes[n] = [];
  }
}

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : undefined);

/** The kind the picture gives a generic network's links (see above). */
export const GENERIC_LINK_KIND = "partners_with" as const;

export function displayGraph(imported: SerializedGraph, atlasKinds: boolean): DisplayGraph {
  const graphUndirected = imported.options?.type === "undirected";
  let selfLoops = 0;
  const nodes = imported.nodes.map((n) => {
    const attributes: Record<string, unknown> = { ...(n.attributes ?? {}) };
    attributes.label = text(attributes.label) ?? n.key;
    lists(attributes, ["aliases", "sources"]);
    return { key: n.key, attributes };
  });
  const edges: SerializedGraph["edges"] = [];
  imported.edges.forEach((e, i) => {
    if (e.source === e.target) {
      selfLoops++;
      return;
    }
    const undirected = e.undirected === true || (graphUndirected && e.undirected !== false);
    const attributes: Record<string, unknown> = { ...(e.attributes ?? {}) };
    if (undirected) attributes.undirected = true;
    lists(attributes, ["sources"]);
    if (!atlasKinds) {
      if (attributes.kind !== undefined) attributes.kind_in_file = attributes.kind;
      attributes.kind = GENERIC_LINK_KIND;
      // What lib/view/describe.ts says of the link: "imported link, <year>: <the file's kind>".
      attributes.partnership = "imported_link";
      attributes.detail = text(attributes.kind_in_file) ?? text(attributes.label) ?? "a link of the imported file";
    }
    edges.push({ key: e.key ?? `e${i}`, source: e.source, target: e.target, attributes });
  });
  return {
    graph: { options: { type: "directed", multi: true, allowSelfLoops: false }, attributes: { ...(imported.attributes ?? {}) }, nodes, edges },
    selfLoops,
  };
}
