import { ChartSvg } from "@/components/charts/chart-svg";
import { placeLabels } from "@/components/charts/label-layout";
import type { ProgrammesComparisonView } from "@/lib/supply/programmes";
import { formatUsdB } from "@/lib/supply/programmes";

const W = 760;
const M = { left: 56, right: 44, top: 16, bottom: 46 };
const PLOT_H = 300;
const H = M.top + PLOT_H + M.bottom;

/**
 * Money committed (US dollars as stated by each source, log scale) against control gained (the
 * orchestration index), one linked point per nation, as plain SVG. Labels are placed so none
 * overlaps a point or another label; a label that fits nowhere is left to the point's tooltip.
 */
export function ProgrammesChart({ view, hrefFor }: { view: ProgrammesComparisonView; hrefFor: (nation: string) => string }) {
  const pts = view.charted;
  if (pts.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No nation has a commitment with a stated US-dollar figure.</p>;
  const lo = Math.floor(Math.log10(Math.min(...pts.map((p) => p.usdB))));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...pts.map((p) => p.usdB)))));
  const yMax = Math.max(5, Math.ceil((Math.max(...pts.map((p) => p.orchestration)) + 1) / 5) * 5);
  const sx = (usd: number) => M.left + ((Math.log10(usd) - lo) / (hi - lo)) * (W - M.left - M.right);
  const sy = (y: number) => M.top + PLOT_H - (y / yMax) * PLOT_H;
  const order = [...pts].sort((a, b) => b.orchestration - a.orchestration || b.usdB - a.usdB);
  const labels = placeLabels(
    order.map((p) => ({ key: p.nation, x: sx(p.usdB), y: sy(p.orchestration), text: p.label, short: p.nation })),
    { x0: M.left + 2, y0: M.top, x1: W - 2, y1: M.top + PLOT_H },
    { charWidth: 7, lineHeight: 15, gap: 10, pointRadius: 8 },
  );
  const xTicks = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
  const yTicks = Array.from({ length: yMax / 5 + 1 }, (_, i) => i * 5);
  const describe = (p: (typeof pts)[number]) =>
    `${p.label}: ${formatUsdB(p.usdB)} committed (as stated), orchestration index ${p.orchestration.toFixed(1)} (${view.lensLabel.toLowerCase()} lens)`;
  return (
    <figure className="w-full">
      <ChartSvg width={W} height={H} label={`Money committed against orchestration index, ${pts.length} nations with a stated US-dollar figure`} testId="programmes-chart">
        <g fontSize="11" className="fill-slate-600 dark:fill-slate-300">
          {xTicks.map((t) => (
            <g key={`x${t}`}>
              <line x1={sx(t)} x2={sx(t)} y1={M.top} y2={M.top + PLOT_H} className="stroke-slate-200 dark:stroke-slate-800" />
              <text x={sx(t)} y={M.top + PLOT_H + 16} textAnchor="middle">
                {formatUsdB(t)}
              </text>
            </g>
          ))}
          {yTicks.map((t) => (
            <g key={`y${t}`}>
              <line x1={M.left} x2={W - M.right} y1={sy(t)} y2={sy(t)} className="stroke-slate-200 dark:stroke-slate-800" />
              <text x={M.left - 7} y={sy(t) + 4} textAnchor="end">
                {t}
              </text>
            </g>
          ))}
          <text x={(M.left + W - M.right) / 2} y={M.top + PLOT_H + 38} textAnchor="middle" fontSize="12">
            Money committed, US dollars as stated by the source (log scale) →
          </text>
          <text transform={`translate(16 ${M.top + PLOT_H / 2}) rotate(-90)`} textAnchor="middle" fontSize="12">
            Orchestration index →
          </text>
        </g>
        <rect x={M.left} y={M.top} width={W - M.left - M.right} height={PLOT_H} fill="none" className="stroke-slate-300 dark:stroke-slate-700" />
        {order.map((p) => (
          <a key={p.nation} href={hrefFor(p.nation)} aria-label={describe(p)} data-nation={p.nation}>
            <title>{describe(p)}</title>
            <circle cx={sx(p.usdB)} cy={sy(p.orchestration)} r={6} className="fill-sky-600 stroke-white dark:fill-sky-400 dark:stroke-slate-950" strokeWidth={1.5} />
          </a>
        ))}
        <g fontSize="12" className="fill-slate-800 dark:fill-slate-100">
          {labels.map((l) => (
            <text key={l.key} x={l.x} y={l.y} textAnchor={l.anchor} data-label={l.key} aria-hidden="true">
              {l.text}
            </text>
          ))}
        </g>
      </ChartSvg>
    </figure>
  );
}
