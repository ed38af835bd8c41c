import type { SourceRef } from "@/lib/supply/views";
import { Panel } from "./page-shell";

/** Sources cited by the figures of a page: publisher, title, year and a link where public. */
export function SourceList({ sources }: { sources: SourceRef[] }) {
  return (
    <ol className="grid gap-x-6 gap-y-1 text-xs md:grid-cols-2" aria-label="Sources">
      {sources.map((s) => (
        <li key={s.id} className="text-slate-600 dark:text-slate-400">
          <span className="font-medium text-slate-700 dark:text-slate-300">{s.publisher}</span>,{" "}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer" className="text-sky-700 underline decoration-sky-700/40 underline-offset-2 hover:decoration-sky-700 dark:text-sky-300 dark:decoration-sky-300/40">
              “{s.title}”
            </a>
          ) : (
            <>“{s.title}”</>
          )}{" "}
          ({s.year})
        </li>
      ))}
    </ol>
  );
}

/** The rules behind a page's figures, written out. */
export function RuleList({ rules }: { rules: { title: string; text: string }[] }) {
  return (
    <dl className="grid gap-3 text-xs md:grid-cols-2">
      {rules.map((r) => (
        <div key={r.title}>
          <dt className="font-semibold text-slate-700 dark:text-slate-200">{r.title}</dt>
          <dd className="mt-0.5 text-slate-600 dark:text-slate-400">{r.text}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The closing panels of a supply page: how its figures are computed, then the sources they cite. */
export function RulesAndSources({
  rules,
  sources,
  rulesTitle = "How these figures are computed",
  sourcesTitle = `Sources (${sources.length})`,
}: {
  rules: { title: string; text: string }[];
  sources: SourceRef[];
  rulesTitle?: string;
  sourcesTitle?: string;
}) {
  return (
    <>
      <Panel title={rulesTitle} id="method">
        <RuleList rules={rules} />
      </Panel>
      <Panel title={sourcesTitle} id="sources">
        <SourceList sources={sources} />
      </Panel>
    </>
  );
}
