/** The mini fixture dataset as a graph, for tests. */
import path from "node:path";
import { parseDataset } from "../model/dataset";
import { buildGraph } from "../model/graph";
import { readDatasetFiles } from "../model/load-files";

export function miniGraph() {
  const { dataset, errors } = parseDataset(readDatasetFiles(path.join(__dirname, "../model/__fixtures__/mini")));
  if (!dataset) throw new Error(errors.map((e) => e.message).join("\n"));
  return buildGraph(dataset);
}
