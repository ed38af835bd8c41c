/**
 * Type-ahead search over node names, aliases and ids. Matching is case- and accent-insensitive;
 * ranking prefers an exact name, then a name prefix, then a word prefix, then any substring, and
 * names over aliases. O(N) per query, which is instant for the curated graph and fine at 100k.
 */
import type { AtlasGraph } from "../model/graph";

export interface SearchEntry {
  id: string;
  label: string;
  kind: string;
  terms: { text: string; alias: boolean }[];
}

export interface SearchHit {
  id: string;
  label: string;
  kind: string;
  /** The alias that matched, when the match was not on the name. */
  via?: string;
  score: number;
}

export function normalise(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
}

export function buildSearchIndex(graph: AtlasGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((id, a) => {
    const terms = [{ text: normalise(a.label), alias: false }];
    for (const alias of a.aliases ?? []) terms.push({ text: normalise(alias), alias: true });
    terms.push({ text: normalise(id), alias: true });
    entries.push({ id, label: a.label, kind: a.kind, terms });
  });
  return entries;
}

function termScore(term: string, q: string): number {
  if (term === q) return 100;
  if (term.startsWith(q)) return 80;
  if (term.split(/[\s\-_/().,&]+/).some((w) => w.startsWith(q))) return 60;
  if (term.includes(q)) return 40;
  return 0;
}

export function searchNodes(index: SearchEntry[], query: string, limit = 12): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const e of index) {
    let best = 0;
    let via: string | undefined;
    for (const t of e.terms) {
      const s = termScore(t.text, q) - (t.alias ? 5 : 0);
      if (s > best) {
        best = s;
        via = t.alias ? t.text : undefined;
      }
    }
    if (best > 0) hits.push({ id: e.id, label: e.label, kind: e.kind, via, score: best });
  }
  hits.sort((a, b) => b.score - a.score || a.label.length - b.label.length || a.label.localeCompare(b.label));
  return hits.slice(0, limit);
}
