import { Suspense } from "react";
import { Explorer } from "@/components/explorer/explorer";
import { getCuratedSerialized } from "@/lib/model/curated";

export default function Home() {
  const data = getCuratedSerialized();
  return (
    <Suspense fallback={<p className="p-6 text-sm text-slate-500">Loading the Atlas…</p>}>
      <Explorer data={data} />
    </Suspense>
  );
}
