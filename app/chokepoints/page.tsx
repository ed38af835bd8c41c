import type { Metadata } from "next";
import { ChokepointsReport } from "@/components/scorecard/chokepoints-report";
import { PageShell } from "@/components/scorecard/page-shell";
import { getCuratedSupply } from "@/lib/supply/curated";
import { isLens } from "@/lib/supply/rules";
import { chokepointsView } from "@/lib/supply/views";

export const metadata: Metadata = { title: "Chokepoints — inputs by concentration" };

export default async function ChokepointsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lensParam = (await searchParams).lens;
  const lens = isLens(lensParam) ? lensParam : "hq";
  return (
    <PageShell current="chokepoints">
      <ChokepointsReport view={chokepointsView(getCuratedSupply(), lens)} />
    </PageShell>
  );
}
