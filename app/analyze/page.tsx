import type { Metadata } from "next";
import { AnalyzeFile } from "@/components/metrics/analyze-file";
import { PageShell } from "@/components/scorecard/page-shell";

export const metadata: Metadata = { title: "Analyse a network file" };

/** Network metrics of a user's own graph file, computed in the browser on every core. */
export default function AnalyzePage() {
  return (
    <PageShell current="analyze">
      <AnalyzeFile />
    </PageShell>
  );
}
