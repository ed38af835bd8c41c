import type { Metadata } from "next";
import { Suspense } from "react";
import { EmbedView } from "@/components/export/embed-view";
import { getCuratedSerialized } from "@/lib/model/curated";

export const metadata: Metadata = {
  title: "Embedded view",
  robots: { index: false, follow: true },
};

/** The explorer's view for the same query string, without chrome, for `<iframe>` embedding (framable: see next.config.js). */
export default function EmbedPage() {
  const data = getCuratedSerialized();
  return (
    <Suspense fallback={<p className="p-4 text-sm text-slate-500">Loading the Atlas…</p>}>
      <EmbedView data={data} />
    </Suspense>
  );
}
