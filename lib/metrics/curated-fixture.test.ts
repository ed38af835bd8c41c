/**
 * The networkx fixture of the curated graph must describe the current data/. When a curator edits
 * the data this fails until the fixture is regenerated with `npm run fixtures:nx`.
 */
import { expect, it } from "vitest";
import { toTopologyJson } from "../io/graphology-json";
import { metricsGraph } from "../model/dependency";
import { buildGraph } from "../model/graph";
import { loadDatasetFromDir } from "../model/load-files";
import { loadFixture } from "./fixtures";

const STALE = "lib/metrics/__fixtures__/curated.json is stale: the data in data/ changed. Run `npm run fixtures:nx` and commit the fixture.";

it("the curated fixture matches the graph built from data/", () => {
  const { dataset, errors } = loadDatasetFromDir();
  expect(errors, "data/ does not load; fix it first (npm run data:check)").toEqual([]);
  const current = toTopologyJson(buildGraph(dataset!));
  const fixture = loadFixture("curated").graph;
  expect(fixture.nodes.length, STALE).toBe(current.nodes.length);
  expect(fixture.edges?.length, STALE).toBe(current.edges.length);
  expect(JSON.stringify(fixture), STALE).toBe(JSON.stringify(current));
});

it("the curated-dependencies fixture matches the dependency graph the app's metrics run over", () => {
  const { dataset } = loadDatasetFromDir();
  const current = toTopologyJson(metricsGraph(buildGraph(dataset!)));
  const fixture = loadFixture("curated-dependencies").graph;
  expect(JSON.stringify(fixture), STALE.replace("curated.json", "curated-dependencies.json")).toBe(JSON.stringify(current));
});
