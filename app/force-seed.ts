/**
 * The force-directed layout of the unfiltered curated view, computed once per server process and
 * shared (through globalThis) between the page and instrumentation.ts, which warms it when the
 * server starts, so switching from the layered first view to the force layout draws at once and
 * no visitor waits for it.
 */
import { getCuratedGraph } from "@/lib/model/curated";
import { toCyElements } from "@/lib/view/elements";
import { computeFcosePositions } from "@/lib/view/server-layout";
import { DEFAULT_VIEW } from "@/lib/view/url-state";
import { computeVisible } from "@/lib/view/visible";

type Seed = ReturnType<typeof computeFcosePositions>;
const KEY = Symbol.for("interdependence-atlas.force-seed");

export function forceSeed(): Seed {
  const store = globalThis as unknown as Record<symbol, Seed | undefined>;
  let seed = store[KEY];
  if (!seed) {
    const graph = getCuratedGraph();
    const forceView = { ...DEFAULT_VIEW, layout: "fcose" as const };
    seed = computeFcosePositions(toCyElements(graph, computeVisible(graph, forceView), { colorBy: forceView.color }));
    store[KEY] = seed;
  }
  return seed;
}
