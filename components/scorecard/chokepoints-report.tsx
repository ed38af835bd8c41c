import { LENS_INFO } from "@/lib/supply/rules";
import type { ChokepointsView } from "@/lib/supply/views";
import { ChokepointTable } from "./chokepoint-table";
import { LensSwitch } from "./lens-switch";
import { nationHref } from "./nation-scorecard";
import { Panel } from "./page-shell";
import { RulesAndSources } from "./source-list";

const muted = "text-slate-500 dark:text-slate-400";

/** The chokepoints page: the rule, the lens switch, the sortable ranking and its sources. */
export function ChokepointsReport({ view }: { view: ChokepointsView }) {
  const chokepoints = view.rows.filter((r) => r.chokepoint).length;
  const measured = view.rows.filter((r) => r.hhiNation !== null || r.hhiFirm !== null).length;
  const nationLinks: Record<string, string> = {};
  for (const r of view.rows) for (const n of [...r.nations, ...(r.topNation ? [r.topNation] : [])]) nationLinks[n.id] = nationHref(n.id, view.lens);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold leading-tight">Chokepoints of the AI supply chain</h1>
          <p className={`mt-1 max-w-3xl text-sm ${muted}`}>
            {view.rows.length} inputs ranked by how concentrated their supply is ({measured} with published shares);{" "}
            <strong className="font-medium text-slate-700 dark:text-slate-200">{chokepoints} are chokepoints</strong> under the{" "}
            {view.lensLabel.toLowerCase()} lens.
          </p>
        </div>
        <LensSwitch lens={view.lens} hrefFor={(l) => (l === "hq" ? "/chokepoints" : `/chokepoints?lens=${l}`)} />
      </div>

      <section aria-label="Chokepoint rule" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-950 dark:border-rose-900 dark:bg-rose-950/40 dark:text-rose-100">
        <strong>The rule.</strong> {view.rules[0]!.text}
      </section>

      <Panel title="Inputs by concentration" id="ranking">
        <div className="overflow-x-auto">
          <ChokepointTable rows={view.rows} lensShort={LENS_INFO[view.lens].short} nationHref={nationLinks} />
        </div>
        <p className={`mt-2 text-xs ${muted}`}>
          Click a column to sort. Hover a figure for its basis and year; “~” marks an estimate, “*” a share counted at headquarters because no site split is
          known. Links open the input, firm or nation in the explorer or its scorecard.
        </p>
      </Panel>

      <RulesAndSources rules={view.rules} sources={view.sources} />
    </div>
  );
}
