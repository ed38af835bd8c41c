import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { NationScorecard, nationHref } from "@/components/scorecard/nation-scorecard";
import { PageShell } from "@/components/scorecard/page-shell";
import { getCuratedDataset } from "@/lib/model/curated";
import { getCuratedSupply } from "@/lib/supply/curated";
import { nationProgrammes } from "@/lib/supply/programmes";
import { isLens } from "@/lib/supply/rules";
import { nationScorecardView } from "@/lib/supply/views";

interface Props {
  params: Promise<{ iso3: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The nation if the code names one in the data; else undefined. */
function nationOf(code: string): string | undefined {
  const { index } = getCuratedSupply();
  return /^[A-Z]{3}$/.test(code) && index.nationLabel.has(code) ? code : undefined;
}

export function generateStaticParams() {
  return getCuratedSupply().index.nations.map((n) => ({ iso3: n.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { iso3 } = await params;
  const nation = nationOf(iso3);
  return { title: nation ? `${getCuratedSupply().index.nationLabel.get(nation)} — dependency scorecard` : "Unknown nation" };
}

export default async function NationPage({ params, searchParams }: Props) {
  const { iso3 } = await params;
  const lensParam = (await searchParams).lens;
  const lens = isLens(lensParam) ? lensParam : "hq";
  const nation = nationOf(iso3);
  if (!nation) {
    // A lower-case code of a known nation is a typo worth forgiving; anything else is a 404.
    if (/^[a-z]{3}$/.test(iso3) && nationOf(iso3.toUpperCase())) redirect(nationHref(iso3.toUpperCase(), lens));
    notFound();
  }
  return (
    <PageShell current="nation">
      <NationScorecard view={nationScorecardView(getCuratedSupply(), nation, lens, { programmes: nationProgrammes(getCuratedDataset(), nation) })} />
    </PageShell>
  );
}
