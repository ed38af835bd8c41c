import type { ProgrammeView } from "@/lib/supply/programmes";

const muted = "text-slate-500 dark:text-slate-400";
const link = "text-sky-700 underline decoration-sky-700/40 underline-offset-2 hover:decoration-sky-700 dark:text-sky-300 dark:decoration-sky-300/40";

/** Programmes as a definition list: name, amount in its own currency, period, what it funds, and the source with its locator. */
export function ProgrammeList({ programmes, showOwner = false }: { programmes: ProgrammeView[]; showOwner?: boolean }) {
  return (
    <ul className="space-y-3" aria-label="Programmes">
      {programmes.map((p) => (
        <li key={p.id} data-programme={p.id} className="text-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span className="font-medium">
              {showOwner && <span className={muted}>{p.ownerLabel} · </span>}
              {p.name}
              {p.via && <span className={`ml-1 text-xs ${muted}`}>(as a member of the {p.via})</span>}
            </span>
            <span className="tabular-nums" data-testid="programme-amount">
              <strong>{p.amountDisplay}</strong>
              {p.usdDisplay && <span className={`ml-1 text-xs ${muted}`}>· {p.usdDisplay}</span>}
            </span>
          </div>
          <p className={`text-xs ${muted}`}>
            {p.start}
            {p.end ? `–${p.end}` : ""} · {p.period} · {p.fundingLabel}
          </p>
          <p className="mt-0.5 text-xs text-slate-700 dark:text-slate-300">Funds: {p.funds}</p>
          {p.note && <p className={`mt-0.5 text-xs ${muted}`}>{p.note}</p>}
          <p className={`mt-0.5 text-xs ${muted}`}>
            Source:{" "}
            {p.sources.map((s, i) => (
              <span key={s.id}>
                {i > 0 && "; "}
                {s.url ? (
                  <a href={s.url} target="_blank" rel="noopener noreferrer" className={link}>
                    {s.publisher} ({s.year})
                  </a>
                ) : (
                  `${s.publisher} (${s.year})`
                )}
              </span>
            ))}
            , {p.locator}
          </p>
        </li>
      ))}
    </ul>
  );
}
