import { Suspense } from "react";
import { Explorer } from "@/components/explorer/explorer";
import { getCuratedGraph, getCuratedSerialized } from "@/lib/model/curated";
import { toCyElements } from "@/lib/view/elements";
import { computeFcosePositions } from "@/lib/view/server-layout";
import { DEFAULT_VIEW } from "@/lib/view/url-state";
import { computeVisible } from "@/lib/view/visible";

export default function Home() {
  const graph = getCuratedGraph();
  // The force-directed layout of the unfiltered view, computed once at build time (the page is
  // static), so switching to it from the layered first view draws at once.
  const forceView = { ...DEFAULT_VIEW, layout: "fcose" as const };
  const seed = computeFcosePositions(toCyElements(graph, computeVisible(graph, forceView), { colorBy: forceView.color }));
  return (
    <Suspense fallback={<p className="p-6 text-sm text-slate-500">Loading the Atlas…</p>}>
      <Explorer data={getCuratedSerialized()} seedPositions={seed} />
    </Suspense>
  );
}
