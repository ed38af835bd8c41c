import type { Metadata } from "next";
import Link from "next/link";
import { ProgrammeList } from "@/components/programmes/programme-list";
import { ProgrammesChart } from "@/components/programmes/programmes-chart";
import { nationHref } from "@/components/scorecard/nation-scorecard";
import { LensSwitch } from "@/components/scorecard/lens-switch";
import { PageShell, Panel } from "@/components/scorecard/page-shell";
import { RulesAndSources } from "@/components/scorecard/source-list";
import { getCuratedDataset } from "@/lib/model/curated";
import { getCuratedSupply } from "@/lib/supply/curated";
import { formatUsdB, programmesComparisonView } from "@/lib/supply/programmes";
import { isLens } from "@/lib/supply/rules";
import type { Lens } from "@/lib/supply/types";

export const metadata: Metadata = { title: "Sovereign AI programmes — money committed against control gained" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const muted = "text-slate-500 dark:text-slate-400";
const link = "text-sky-700 hover:underline dark:text-sky-300";
/** A link inside running text: underlined, so it is told apart by more than its colour. */
const inlineLink = "text-sky-700 underline decoration-sky-700/40 underline-offset-2 hover:decoration-sky-700 dark:text-sky-300 dark:decoration-sky-300/40";
const th = "px-2 py-1 text-left text-xs font-semibold text-slate-500 dark:text-slate-400";
const td = "px-2 py-1.5 align-top";
const programmesHref = (lens: Lens) => (lens === "hq" ? "/programmes" : `/programmes?lens=${lens}`);

export default async function ProgrammesPage({ searchParams }: Props) {
  const lensParam = (await searchParams).lens;
  const lens = isLens(lensParam) ? lensParam : "hq";
  const view = programmesComparisonView(getCuratedSupply(), getCuratedDataset(), lens);
  return (
    <PageShell current="programmes">
      <div className="space-y-5">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold leading-tight">Sovereign AI programmes</h1>
            <p className={`mt-1 max-w-3xl text-sm ${muted}`}>
              What {view.nations.length} nations have publicly committed to AI, in the currency of each commitment, beside the control the Atlas measures they
              gain over the AI supply chain (orchestration index, attributed by <strong className="font-medium">{view.lensLabel.toLowerCase()}</strong>).
              Money committed is an input; control is the outcome.
            </p>
          </div>
          <LensSwitch lens={lens} hrefFor={programmesHref} />
        </div>

        <Panel title="Money committed against control gained" id="chart">
          <ProgrammesChart view={view} hrefFor={(n) => nationHref(n, lens)} />
          {view.uncharted.length > 0 && (
            <div className="mt-3 text-xs" data-testid="uncharted">
              <p className={muted}>Not on the money axis (amounts stay in their own currency; no conversion at a rate the Atlas would choose):</p>
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {view.uncharted.map((u) => (
                  <li key={u.nation} data-nation={u.nation}>
                    <Link href={nationHref(u.nation, lens)} className={inlineLink}>
                      {u.label}
                    </Link>{" "}
                    {u.amounts.join(" + ")} <span className={muted}>({u.reason})</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Panel>

        <Panel title={`All ${view.nations.length} nations with a programme`} id="nations">
          <div className="overflow-x-auto">
            <table className="w-full text-sm" aria-label="Programmes by nation">
              <thead>
                <tr>
                  <th className={th}>Nation</th>
                  <th className={th}>Commitment</th>
                  <th className={`${th} text-right`}>Stated in USD</th>
                  <th className={`${th} text-right`}>Foreign dependence</th>
                  <th className={`${th} text-right`}>Leverage</th>
                  <th className={`${th} text-right`}>Orchestration index</th>
                </tr>
              </thead>
              <tbody>
                {view.nations.map((n) => (
                  <tr key={n.nation} className="border-t border-slate-100 dark:border-slate-800" data-nation={n.nation}>
                    <td className={td}>
                      <Link href={nationHref(n.nation, lens)} className={link}>
                        {n.label}
                      </Link>
                    </td>
                    <td className={td}>
                      {n.programmes.map((p) => (
                        <div key={p.id}>
                          <strong className="font-medium tabular-nums">{p.amountDisplay}</strong> <span className={`text-xs ${muted}`}>{p.name}, {p.start}{p.end ? `–${p.end}` : ""}</span>
                        </div>
                      ))}
                    </td>
                    <td className={`${td} text-right tabular-nums`}>{n.usdB === null ? <span className={muted}>not stated</span> : formatUsdB(n.usdB)}</td>
                    <td className={`${td} text-right tabular-nums`}>{n.foreignDependenceDisplay}</td>
                    <td className={`${td} text-right tabular-nums`}>{n.leverage.toFixed(3)}</td>
                    <td className={`${td} text-right tabular-nums font-semibold`}>{n.orchestrationDisplay}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Panel>

        <div className="grid gap-5 lg:grid-cols-2">
          <Panel title="Each commitment, with its source" id="details">
            <ProgrammeList programmes={view.nations.flatMap((n) => n.programmes)} showOwner />
          </Panel>
          <Panel title="Commitments of blocs" id="blocs">
            {view.blocs.length === 0 ? <p className={`text-sm ${muted}`}>None recorded.</p> : <ProgrammeList programmes={view.blocs} showOwner />}
            <p className={`mt-3 text-xs ${muted}`}>A bloc has no orchestration index of its own; its programmes are listed on each member&apos;s scorecard.</p>
          </Panel>
        </div>

        <RulesAndSources rules={view.rules} sources={view.sources} rulesTitle="How to read this page" />
      </div>
    </PageShell>
  );
}
