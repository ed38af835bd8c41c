import { Suspense } from "react";
import { Explorer } from "@/components/explorer/explorer";
import { getCuratedSerialized } from "@/lib/model/curated";
import { forceSeed } from "./force-seed";

export default function Home() {
  const seed = forceSeed();
  return (
    <Suspense fallback={<p className="p-6 text-sm text-slate-500">Loading the Atlas…</p>}>
      <Explorer data={getCuratedSerialized()} seedPositions={seed} />
    </Suspense>
  );
}
