import { Suspense } from "react";
import { Explorer } from "@/components/explorer/explorer";
import { getCuratedGraph, getCuratedSerialized } from "@/lib/model/curated";
import { toCyElements } from "@/lib/view/elements";
import { computeFcosePositions } from "@/lib/view/server-layout";
import { DEFAULT_VIEW } from "@/lib/view/url-state";
import { computeVisible } from "@/lib/view/visible";

let seedPositions: ReturnType<typeof computeFcosePositions> | undefined;

/**
 * The force-directed layout of the unfiltered view, computed once per server process (the page
 * may render per request), so switching to it from the layered first view draws at once.
 */
function forceSeed() {
  if (!seedPositions) {
    const graph = getCuratedGraph();
    const forceView = { ...DEFAULT_VIEW, layout: "fcose" as const };
    seedPositions = computeFcosePositions(toCyElements(graph, computeVisible(graph, forceView), { colorBy: forceView.color }));
  }
  return seedPositions;
}

export default function Home() {
  const seed = forceSeed();
  return (
    <Suspense fallback={<p className="p-6 text-sm text-slate-500">Loading the Atlas…</p>}>
      <Explorer data={getCuratedSerialized()} seedPositions={seed} />
    </Suspense>
  );
}
