/** Load the networkx fixtures written by scripts/nx/gen_fixtures.py (tests and bench only). */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SerializedGraphJson } from "../io/graphology-json";
import type { GraphMetrics, NodeMetrics } from "./types";

export const FIXTURE_DIR = fileURLToPath(new URL("./__fixtures__/", import.meta.url));

export interface Fixture {
  name: string;
  description: string;
  networkx: string;
  graph: SerializedGraphJson;
  expected: {
    directed: boolean;
    /** The graph metrics networkx gives (it does not count parallel edges). */
    graph: Omit<GraphMetrics, "directed" | "edges">;
    nodes: Record<string, Omit<NodeMetrics, "community">>;
    louvain: { seed: number; modularity: number | null; communities: string[][] };
    /** networkx `betweenness_centrality(G, k, seed)` and the sources it drew (some fixtures). */
    sampledBetweenness?: { k: number; seed: number; sources: string[]; values: Record<string, number> };
  };
}

export function loadFixture(name: string): Fixture {
  return JSON.parse(readFileSync(`${FIXTURE_DIR}${name}.json`, "utf8")) as Fixture;
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();
}
