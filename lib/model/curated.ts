/**
 * The curated dataset, loaded from data/ once per process (Node only). Throws with every problem
 * listed when the data is invalid, so a broken dataset fails the build instead of shipping.
 */
import { formatDataError, type Dataset } from "./dataset";
import { buildGraph, type AtlasGraph, type SerializedAtlasGraph } from "./graph";
import { loadDatasetFromDir } from "./load-files";

let cached: { dataset: Dataset; graph: AtlasGraph; serialized: SerializedAtlasGraph } | undefined;

function load() {
  if (cached) return cached;
  const { dataset, errors } = loadDatasetFromDir();
  if (!dataset) throw new Error(`The dataset in data/ is invalid:\n${errors.map(formatDataError).join("\n")}`);
  const graph = buildGraph(dataset);
  cached = { dataset, graph, serialized: graph.export() };
  return cached;
}

export const getCuratedDataset = (): Dataset => load().dataset;
/** The curated graph. Shared: callers must not mutate it (copy with `graph.copy()` first). */
export const getCuratedGraph = (): AtlasGraph => load().graph;
export const getCuratedSerialized = (): SerializedAtlasGraph => load().serialized;
