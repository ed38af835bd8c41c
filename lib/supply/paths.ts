/**
 * Explained dependency paths: "why does X depend on Y?" as bill-of-materials chains
 *
 *   Y provides input i (share s_Y) → i is required by j → … → X makes k (share s_X)
 *
 * ranked by the product of the shares along the path (requires relations carry no quantity and
 * count 1), then by hop count. X and Y may be nations (shares under the lens), firms (their share
 * in the firm set) or inputs (no share step). For each pair (input Y provides, input X makes) the
 * shortest requires chain is shown; all chains of a pair have the same product. Cost: one BFS over
 * the requires chain per input Y provides, O(P · (I + R)).
 */
import type { LensContext } from "./nations";
import type { DependencyPath, PathStep } from "./types";

interface Anchor {
  input: string;
  /** Percent, or null when the provider/maker has no published share. */
  share: number | null;
  step?: PathStep;
}

function anchors(ctx: LensContext, node: string, role: "provider" | "dependent"): Anchor[] {
  const { index } = ctx;
  const graph = index.graph;
  if (!graph.hasNode(node)) return [];
  const kind = graph.getNodeAttribute(node, "kind");
  if (kind === "input") return [{ input: node, share: 100 }];
  if (kind !== "nation" && kind !== "firm") return [];
  const out: Anchor[] = [];
  for (const s of ctx.inputs) {
    const set = kind === "nation" ? s.nations : s.firms;
    const fig = set?.shares.find((f) => f.id === node);
    const known = fig ? undefined : s.unquantified.find((u) => u.id === node);
    if (!fig && !known) continue;
    const share = fig ? fig.share : null;
    if (share !== null && share <= 0) continue;
    const edges = fig ? fig.edges : [known!.edge];
    const sources = fig ? fig.sources : graph.getEdgeAttribute(known!.edge, "sources");
    const step: PathStep =
      role === "provider"
        ? { kind: "provides", from: node, to: s.input, share, edges, sources, estimates: fig?.estimates ?? [] }
        : { kind: "makes", from: s.input, to: node, share, edges, sources, estimates: fig?.estimates ?? [] };
    out.push({ input: s.input, share, step });
  }
  return out;
}

export interface ExplainOptions {
  /** At most this many paths (default 10). */
  maxPaths?: number;
}

/** Paths from `provider` (Y) to `dependent` (X), best first. Empty when none exists. */
export function explainDependency(ctx: LensContext, dependent: string, provider: string, options: ExplainOptions = {}): DependencyPath[] {
  const maxPaths = options.maxPaths ?? 10;
  if (dependent === provider) return [];
  const starts = anchors(ctx, provider, "provider");
  const ends = new Map(anchors(ctx, dependent, "dependent").map((a) => [a.input, a]));
  if (starts.length === 0 || ends.size === 0) return [];
  const dependentIsInput = ctx.index.graph.getNodeAttribute(dependent, "kind") === "input";
  const paths: DependencyPath[] = [];

  for (const start of starts) {
    // BFS downstream (towards what requires it), keeping the requires edge that reached each input.
    const parent = new Map<string, { from: string; edge: string; sources: string[] } | null>([[start.input, null]]);
    let frontier = [start.input];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const r of ctx.index.requiredBy.get(n) ?? []) {
          if (parent.has(r.dependent)) continue;
          parent.set(r.dependent, { from: n, edge: r.edge, sources: r.sources });
          next.push(r.dependent);
        }
      }
      frontier = next;
    }
    for (const [input, end] of ends) {
      if (!parent.has(input)) continue;
      // A maker of the same input competes with the provider; it does not depend on it.
      if (input === start.input && !dependentIsInput) continue;
      const chain: PathStep[] = [];
      for (let n = input, p = parent.get(n); p; n = p.from, p = parent.get(n)) {
        chain.unshift({ kind: "requires", from: p.from, to: n, share: null, edges: [p.edge], sources: p.sources, estimates: [] });
      }
      const steps = [start.step, ...chain, end.step].filter((s): s is PathStep => !!s);
      const nodes = [provider, ...steps.map((s) => s.to)];
      const shares = [start.share, end.share];
      const score = shares.reduce<number>((acc, s) => acc * (s === null ? 1 : s / 100), 1);
      paths.push({ nodes, steps, score, complete: shares.every((s) => s !== null), hops: steps.length, lens: ctx.lens });
    }
  }
  return paths
    .sort(
      (a, b) =>
        Number(b.complete) - Number(a.complete) ||
        b.score - a.score ||
        a.hops - b.hops ||
        a.nodes.join(">").localeCompare(b.nodes.join(">")),
    )
    .slice(0, maxPaths);
}
