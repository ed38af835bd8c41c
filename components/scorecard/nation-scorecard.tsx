import Link from "next/link";
import { QuadrantChart } from "@/components/charts/quadrant-chart";
import { DOMESTIC_COLOR, OTHER_NAMED_COLOR, UNATTRIBUTED_COLOR, colorMap } from "@/components/charts/palette";
import { StackedBar, type BarSegment } from "@/components/charts/stacked-bar";
import { formatFraction, formatPercent, possessive } from "@/lib/supply/format";
import type { Lens } from "@/lib/supply/types";
import type { NationScorecardView, PathView } from "@/lib/supply/views";
import { ProgrammeList } from "@/components/programmes/programme-list";
import { EstimateMark, LensBadge, LensSwitch } from "./lens-switch";
import { Panel } from "./page-shell";
import { RulesAndSources } from "./source-list";

// Underlined, not only coloured: links sit inside text (WCAG 1.4.1, axe link-in-text-block).
const link = "text-sky-700 underline decoration-sky-700/40 underline-offset-2 hover:decoration-sky-700 dark:text-sky-300 dark:decoration-sky-300/40";
const muted = "text-slate-500 dark:text-slate-400";
const th = "px-2 py-1 text-left text-xs font-semibold text-slate-500 dark:text-slate-400";
const td = "px-2 py-1 align-top";

export const nationHref = (nation: string, lens: Lens) => (lens === "hq" ? `/nation/${nation}` : `/nation/${nation}?lens=${lens}`);
export const explorerHref = (id: string) => `/?node=${encodeURIComponent(id)}`;

export function NationScorecard({ view }: { view: NationScorecardView }) {
  const { lens } = view;
  const colors = colorMap(view.exposures.map((e) => e.nation));
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className={`text-xs ${muted}`}>
            Nation scorecard · <code>{view.nation}</code>
            {view.region ? ` · ${view.region}` : ""}
          </p>
          <h1 className="text-2xl font-bold leading-tight">{view.label}</h1>
          <p className={`mt-1 max-w-3xl text-sm ${muted}`}>
            Dependence and leverage over the {view.basketSize} inputs of the AI supply chain with published shares, attributed by{" "}
            <strong className="font-medium text-slate-700 dark:text-slate-200">{view.lensLabel.toLowerCase()}</strong>.{" "}
            <Link href={explorerHref(view.nation)} className={link}>
              Open {view.label} in the explorer
            </Link>
          </p>
        </div>
        <LensSwitch lens={lens} hrefFor={(l) => nationHref(view.nation, l)} />
      </div>
      <p className={`-mt-2 text-xs ${muted}`} data-testid="national-figures">
        {view.nationalFigures.length > 0 ? (
          <>
            National figures used for {view.nationalFigures.map((i) => i.label).join(", ")} ({possessive(view.label)} own
            {view.nationalFigures.length === 1 ? " figure" : " figures"}); every other input uses the world share.
          </>
        ) : (
          <>No national figure is published for {view.label}: every input uses the world share.</>
        )}
      </p>

      <section aria-label="Headline figures" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {view.headline.map((f) => (
          <div key={f.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-testid={`figure-${f.id}`} title={f.rule}>
            <div className="flex items-center justify-between gap-2">
              <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{f.label}</h2>
              <LensBadge lens={lens} />
            </div>
            <p className="mt-1 text-3xl font-semibold tabular-nums" data-value={f.value ?? ""}>
              {f.display}
              <EstimateMark estimates={f.estimates} />
            </p>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">{f.explanation}</p>
            {f.note && <p className={`mt-1 text-xs italic ${muted}`}>{f.note}</p>}
          </div>
        ))}
      </section>

      <Panel
        title="Sovereign AI programmes: money committed"
        id="programmes"
        actions={
          <Link href="/programmes" className={`text-xs ${link}`}>
            Compare all nations
          </Link>
        }>
        <p className={`mb-3 text-xs ${muted}`}>
          Public commitments are inputs; the figures above are what the Atlas measures of the outcome (exposure, leverage, orchestration index). Amounts in the
          currency their source states.
        </p>
        {view.programmes.length === 0 ? (
          <p className={`text-sm ${muted}`}>No public AI programme commitment is recorded for {view.label}.</p>
        ) : (
          <ProgrammeList programmes={view.programmes} />
        )}
      </Panel>

      <div className="grid gap-5 lg:grid-cols-2">
        <Panel title="Dependency by layer" id="layers" actions={<LensBadge lens={lens} />}>
          <ul className="space-y-3" aria-label="Layers">
            {view.layers.map((l) => {
              const main = l.suppliers.slice(0, 3);
              const rest = Math.max(0, 1 - l.domestic - l.unattributed - main.reduce((s, x) => s + x.share, 0));
              const segments: BarSegment[] = [
                { key: "domestic", label: "Domestic", value: l.domestic, color: DOMESTIC_COLOR, title: `Domestic: ${formatFraction(l.domestic)}` },
                ...main.map((s) => ({
                  key: s.nation,
                  label: s.label,
                  value: s.share,
                  color: colors.get(s.nation) ?? OTHER_NAMED_COLOR,
                  title: `${s.label}: ${formatFraction(s.share)}`,
                })),
                { key: "other", label: "Other named", value: rest, color: OTHER_NAMED_COLOR, title: `Other named nations: ${formatFraction(rest)}` },
                { key: "unattributed", label: "Unattributed", value: l.unattributed, color: UNATTRIBUTED_COLOR, title: `Unattributed: ${formatFraction(l.unattributed)}`, hatched: true },
              ];
              return (
                <li key={l.layer} data-layer={l.layer}>
                  <div className="mb-1 flex items-baseline justify-between gap-2 text-xs">
                    <span className="font-medium" title={`Inputs measured: ${l.inputs.map((i) => i.label).join(", ")}`}>
                      {l.label} <span className={muted}>({l.inputs.length} input{l.inputs.length === 1 ? "" : "s"})</span>
                    </span>
                    <span className="tabular-nums">
                      domestic <strong>{formatFraction(l.domestic)}</strong>
                    </span>
                  </div>
                  <StackedBar segments={segments} label={`${l.label}: ${segments.filter((s) => s.value > 0).map((s) => `${s.label} ${formatFraction(s.value)}`).join(", ")}`} />
                  <p className={`mt-1 flex flex-wrap gap-x-3 text-[11px] ${muted}`}>
                    {segments
                      .filter((s) => s.value >= 0.0005)
                      .map((s) => (
                        <span key={s.key} className="inline-flex items-center gap-1">
                          <span aria-hidden className="inline-block h-2 w-2 rounded-sm" style={{ background: s.color }} />
                          {s.label} {formatFraction(s.value)}
                        </span>
                      ))}
                  </p>
                </li>
              );
            })}
          </ul>
          <p className={`mt-3 text-xs ${muted}`}>Each layer is the average of its measured inputs. Unattributed: the part of a market no published share names.</p>
        </Panel>

        <Panel title="Top exposures" id="exposures" actions={<LensBadge lens={lens} />}>
          <table className="w-full text-sm" aria-label="Top exposures">
            <thead>
              <tr>
                <th className={th}>Nation</th>
                <th className={`${th} text-right`}>Exposure</th>
                <th className={th}>Through</th>
              </tr>
            </thead>
            <tbody>
              {view.exposures.map((e) => (
                <tr key={e.nation} className="border-t border-slate-100 dark:border-slate-800" data-nation={e.nation}>
                  <td className={td}>
                    <span aria-hidden className="mr-1.5 inline-block h-2 w-2 rounded-sm" style={{ background: colors.get(e.nation) }} />
                    <Link href={nationHref(e.nation, lens)} className={link}>
                      {e.label}
                    </Link>
                  </td>
                  <td className={`${td} text-right tabular-nums`} title="Basket-weighted share of the measured inputs this nation supplies">
                    {formatFraction(e.share)}
                  </td>
                  <td className={`${td} text-xs ${muted}`}>
                    {e.inputs.map((i) => `${i.label} ${formatPercent(i.share)}`).join(" · ")}
                    {e.paths.length > 0 && <WhyPaths nation={e.label} paths={e.paths} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {view.exposures.length === 0 && <p className={`text-xs ${muted}`}>No named foreign supplier.</p>}
          {view.exposures.length > 0 && view.exposures.every((e) => e.paths.length === 0) && (
            <p className={`mt-2 text-xs ${muted}`}>
              {view.label} makes none of the measured inputs that are built from these suppliers&apos; inputs, so there is no supply path to explain: it depends
              on them as a user of each input.
            </p>
          )}
        </Panel>
      </div>

      <Panel title={`Leverage: inputs where ${view.label} holds 25% or more`} id="leverage" actions={<LensBadge lens={lens} />}>
        {view.leverage.length === 0 ? (
          <p className={`text-sm ${muted}`}>{view.label} holds 25% or more of no measured input.</p>
        ) : (
          <table className="w-full text-sm" aria-label="Leverage">
            <thead>
              <tr>
                <th className={th}>Input</th>
                <th className={`${th} text-right`}>Share</th>
                <th className={th}>Basis</th>
                <th className={`${th} text-right`}>Downstream</th>
                <th className={th}>What depends on it</th>
              </tr>
            </thead>
            <tbody>
              {view.leverage.map((l) => (
                <tr key={l.input} className="border-t border-slate-100 dark:border-slate-800" data-input={l.input}>
                  <td className={td}>
                    <Link href={explorerHref(l.input)} className={link}>
                      {l.label}
                    </Link>
                  </td>
                  <td className={`${td} text-right tabular-nums`}>
                    {formatPercent(l.share)}
                    <EstimateMark estimates={l.estimates} />
                  </td>
                  <td className={`${td} text-xs ${muted}`}>{l.basis}</td>
                  <td className={`${td} text-right tabular-nums`}>{l.downstream.length}</td>
                  <td className={`${td} text-xs`}>
                    {l.downstream.slice(0, 6).map((d, i) => (
                      <span key={d.id}>
                        {i > 0 && ", "}
                        <Link href={explorerHref(d.id)} className={link}>
                          {d.label}
                        </Link>
                      </span>
                    ))}
                    {l.downstream.length > 6 && <span className={muted}> and {l.downstream.length - 6} more</span>}
                    {l.downstream.length === 0 && <span className={muted}>nothing downstream in the data</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>

      <Panel title="Leverage against exposure, all nations" id="quadrant" actions={<LensBadge lens={lens} />}>
        <QuadrantChart points={view.quadrant} current={view.nation} lensLabel={view.lensLabel} hrefFor={(n) => nationHref(n, lens)} />
      </Panel>

      <Panel title={`All ${view.inputs.length} measured inputs`} id="inputs" actions={<LensBadge lens={lens} />}>
        <details>
          <summary className="cursor-pointer text-sm text-slate-600 dark:text-slate-300">Domestic share, main foreign supplier and the share set of each input</summary>
          <table className="mt-2 w-full text-sm" aria-label="Measured inputs">
            <thead>
              <tr>
                <th className={th}>Input</th>
                <th className={`${th} text-right`}>Domestic</th>
                <th className={th}>Main foreign supplier</th>
                <th className={`${th} text-right`}>Unattributed</th>
                <th className={th}>Share set</th>
              </tr>
            </thead>
            <tbody>
              {view.inputs.map((i) => (
                <tr key={i.input} className="border-t border-slate-100 dark:border-slate-800">
                  <td className={td}>
                    <Link href={explorerHref(i.input)} className={link}>
                      {i.label}
                    </Link>
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{formatFraction(i.domestic)}</td>
                  <td className={td}>{i.topForeign ? `${i.topForeign.label} ${formatFraction(i.topForeign.share)}` : "—"}</td>
                  <td className={`${td} text-right tabular-nums`}>{formatFraction(i.unattributed)}</td>
                  <td className={`${td} text-xs ${muted}`} data-figure={i.figure}>
                    <span
                      className={
                        i.figure === "national"
                          ? "mr-1 rounded bg-emerald-100 px-1 font-medium text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100"
                          : "mr-1 rounded bg-slate-100 px-1 text-slate-700 dark:bg-slate-800 dark:text-slate-200"
                      }>
                      {i.figureLabel}
                    </span>
                    {i.basis}
                    {i.fallback && (
                      <abbr
                        title={i.notes.length > 0 ? i.notes.slice(0, 8).join("\n") + (i.notes.length > 8 ? `\n… and ${i.notes.length - 8} more` : "") : "Part of this set stands in for the lens."}
                        className="ml-1 cursor-help text-amber-600 no-underline dark:text-amber-400">
                        fallback
                      </abbr>
                    )}
                    <EstimateMark estimates={i.estimates} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </Panel>

      <RulesAndSources rules={view.rules} sources={view.sources} sourcesTitle={`Sources cited by these figures (${view.sources.length})`} />
    </div>
  );
}

/** "Why?": the supply paths from a supplier nation to this one, best first. */
function WhyPaths({ nation, paths }: { nation: string; paths: PathView[] }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-sky-700 dark:text-sky-300">Why? {paths.length} path{paths.length === 1 ? "" : "s"} through what it makes</summary>
      <ol className="mt-1 space-y-1" aria-label={`Supply paths from ${nation}`}>
        {paths.map((p, i) => (
          <li key={i} className="text-slate-600 dark:text-slate-300">
            {p.steps.map((s, j) => (
              <span key={j}>
                {j > 0 && <span aria-hidden> → </span>}
                {s.kind === "provides" && (
                  <>
                    {s.from.label} provides {s.share === null ? "an unpublished share" : formatPercent(s.share)} of <strong className="font-medium">{s.to.label}</strong>
                  </>
                )}
                {s.kind === "requires" && <>needed for {s.to.label}</>}
                {s.kind === "makes" && (
                  <>
                    {s.to.label} makes {s.share === null ? "some" : formatPercent(s.share)} of it
                  </>
                )}
                <EstimateMark estimates={s.estimates} />
              </span>
            ))}{" "}
            <span className="text-slate-500 dark:text-slate-400" title="Product of the shares along the path (bill-of-materials view)">
              [{p.score.toFixed(2)}{p.complete ? "" : ", a share unknown"}]
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}
