import type { QuadrantPoint } from "@/lib/supply/views";
import { ChartSvg } from "./chart-svg";
import { placeLabels } from "./label-layout";

/** A point per nation: the scorecard's view model (lib/supply/views.ts). */
export type QuadrantChartPoint = QuadrantPoint;

interface QuadrantChartProps {
  points: QuadrantChartPoint[];
  /** The nation to highlight. */
  current: string;
  lensLabel: string;
  hrefFor: (nation: string) => string;
}

const W = 760;
const M = { left: 56, right: 40, top: 20, bottom: 44 };
const PLOT_H = 340;
const STRIP_CELL = 30;
const STRIP_ROW = 30;

const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;

/** Captions of the quadrants, set around the crossing of the dividers (where points are rare). */
const QUADRANT_CAPTIONS = [
  { text: "Leverage, less exposed", dx: -6, dy: -6, anchor: "end" },
  { text: "Leverage and exposure", dx: 6, dy: -6, anchor: "start" },
  { text: "Less exposed, little leverage", dx: -6, dy: 14, anchor: "end" },
  { text: "Exposed, little leverage", dx: 6, dy: 14, anchor: "start" },
] as const;

function quadrantCaptionBoxes(cx: number, cy: number) {
  // Stand-in obstacles along each caption so point labels avoid them (every 8 px of its width).
  return QUADRANT_CAPTIONS.flatMap((c) => {
    const w = c.text.length * 5.4;
    const x0 = c.anchor === "end" ? cx + c.dx - w : cx + c.dx;
    return Array.from({ length: Math.ceil(w / 8) + 1 }, (_, i) => ({ x: x0 + i * 8, y: cy + c.dy - 3 }));
  });
}

/**
 * Leverage (y) against foreign dependence (x) for every nation, as plain SVG. Nations with a share
 * in at least one measured input are plotted; the others (foreign dependence 100%, leverage 0) sit
 * in a strip below so each stays visible and clickable. Every point links to its scorecard.
 */
export function QuadrantChart({ points, current, lensLabel, hrefFor }: QuadrantChartProps) {
  const plotted = points.filter((p) => p.participates > 0);
  const strip = points.filter((p) => p.participates === 0).sort((a, b) => a.nation.localeCompare(b.nation));
  const perRow = Math.floor((W - M.left - M.right) / STRIP_CELL);
  const stripRows = Math.ceil(strip.length / perRow);
  const stripTop = M.top + PLOT_H + M.bottom + 8;
  const H = stripTop + (strip.length > 0 ? 22 + stripRows * STRIP_ROW : 0);

  const xMin = Math.max(0, Math.floor((Math.min(1, ...plotted.map((p) => p.x)) - 0.03) * 10) / 10);
  const yMax = Math.max(0.05, Math.ceil((Math.max(0, ...plotted.map((p) => p.y)) + 0.02) * 20) / 20);
  const sx = (x: number) => M.left + ((x - xMin) / (1 - xMin)) * (W - M.left - M.right);
  const sy = (y: number) => M.top + PLOT_H - (y / yMax) * PLOT_H;
  // The quadrants halve each axis: a visual reading aid, not a statistical threshold.
  const xMid = (xMin + 1) / 2;
  const yMid = yMax / 2;

  // Nudge coincident points apart (a few pixels up), most important first.
  const order = [...plotted].sort((a, b) => Number(b.nation === current) - Number(a.nation === current) || b.y - a.y || a.x - b.x);
  const pos = new Map<string, { x: number; y: number; nudged: boolean }>();
  for (const p of order) {
    const x = sx(p.x);
    let y = sy(p.y);
    let nudged = false;
    for (let i = 0; i < 8 && [...pos.values()].some((q) => Math.hypot(q.x - x, q.y - y) < 5); i++) {
      y -= 6;
      nudged = true;
    }
    pos.set(p.nation, { x, y, nudged });
  }
  const labels = placeLabels(
    order.map((p) => ({ key: p.nation, x: pos.get(p.nation)!.x, y: pos.get(p.nation)!.y, text: p.label, short: p.nation })),
    // Labels may run into the right margin, where the nations near 100% have room.
    { x0: M.left + 2, y0: M.top, x1: W - 2, y1: M.top + PLOT_H },
    { obstacles: [...order.map((p) => pos.get(p.nation)!), ...quadrantCaptionBoxes(sx(xMid), sy(yMid))] },
  );

  const xTicks: number[] = [];
  for (let t = Math.ceil(xMin * 10) / 10; t <= 1.0001; t += 0.1) xTicks.push(Math.round(t * 10) / 10);
  const yStep = yMax > 0.2 ? 0.05 : 0.01;
  const yTicks: number[] = [];
  for (let t = 0; t <= yMax + 1e-9; t += yStep) yTicks.push(Math.round(t * 100) / 100);

  // In the strip below the plot a point shows its ISO3 code, so its name there starts with the code
  // (an accessible name must contain the visible text, and axe ignores text in parentheses).
  const describe = (p: QuadrantChartPoint, withCode = false) =>
    `${withCode ? `${p.nation}, ` : ""}${p.label}: foreign dependence ${pct(p.x)}, leverage ${p.y.toFixed(3)}, orchestration ${p.orchestration === null ? "—" : p.orchestration.toFixed(1)} (${lensLabel.toLowerCase()} lens)`;
  const cur = points.find((p) => p.nation === current);

  return (
    <figure className="w-full">
      <ChartSvg width={W} height={H} label={`Leverage against foreign dependence, all ${points.length} nations${cur ? `; ${describe(cur)}` : ""}`} testId="quadrant-chart">
        {/* Quadrants */}
        <line x1={sx(xMid)} x2={sx(xMid)} y1={M.top} y2={M.top + PLOT_H} className="stroke-slate-300 dark:stroke-slate-700" strokeDasharray="4 4" />
        <line x1={M.left} x2={W - M.right} y1={sy(yMid)} y2={sy(yMid)} className="stroke-slate-300 dark:stroke-slate-700" strokeDasharray="4 4" />
        <g className="fill-slate-400 dark:fill-slate-500" fontSize="10">
          {QUADRANT_CAPTIONS.map((c) => (
            <text key={c.text} x={sx(xMid) + c.dx} y={sy(yMid) + c.dy} textAnchor={c.anchor}>
              {c.text}
            </text>
          ))}
        </g>
        {/* Axes */}
        <g fontSize="10" className="fill-slate-500 dark:fill-slate-400">
          {xTicks.map((t) => (
            <g key={`x${t}`}>
              <line x1={sx(t)} x2={sx(t)} y1={M.top + PLOT_H} y2={M.top + PLOT_H + 4} className="stroke-slate-400" />
              <text x={sx(t)} y={M.top + PLOT_H + 16} textAnchor="middle">
                {Math.round(t * 100)}%
              </text>
            </g>
          ))}
          {yTicks.map((t) => (
            <g key={`y${t}`}>
              <line x1={M.left - 4} x2={M.left} y1={sy(t)} y2={sy(t)} className="stroke-slate-400" />
              <text x={M.left - 7} y={sy(t) + 3} textAnchor="end">
                {t.toFixed(2)}
              </text>
            </g>
          ))}
          <text x={(M.left + W - M.right) / 2} y={M.top + PLOT_H + 34} textAnchor="middle" className="fill-slate-600 dark:fill-slate-300" fontSize="11">
            Foreign dependence →
          </text>
          <text transform={`translate(14 ${M.top + PLOT_H / 2}) rotate(-90)`} textAnchor="middle" className="fill-slate-600 dark:fill-slate-300" fontSize="11">
            Leverage →
          </text>
        </g>
        <rect x={M.left} y={M.top} width={W - M.left - M.right} height={PLOT_H} fill="none" className="stroke-slate-300 dark:stroke-slate-700" />

        {/* Points: the current nation is drawn last, on top. */}
        {[...order].reverse().map((p) => {
          const { x, y, nudged } = pos.get(p.nation)!;
          const isCurrent = p.nation === current;
          return (
            <a key={p.nation} href={hrefFor(p.nation)} aria-label={describe(p)} data-nation={p.nation} data-current={isCurrent ? "true" : undefined}>
              <title>{`${describe(p)}${nudged ? " (nudged a few pixels to stay visible)" : ""}`}</title>
              <circle
                cx={x}
                cy={y}
                r={isCurrent ? 7 : 4.5}
                className={
                  isCurrent
                    ? "fill-rose-600 stroke-white dark:fill-rose-500 dark:stroke-slate-950"
                    : "fill-sky-600/80 stroke-white hover:fill-sky-800 dark:fill-sky-400/80 dark:stroke-slate-950 dark:hover:fill-sky-300"
                }
                strokeWidth={isCurrent ? 2 : 1}
              />
            </a>
          );
        })}
        <g fontSize="11">
          {labels.map((l) => (
            <text
              key={l.key}
              x={l.x}
              y={l.y}
              textAnchor={l.anchor}
              className={l.key === current ? "fill-rose-700 font-semibold dark:fill-rose-400" : "fill-slate-700 dark:fill-slate-300"}
              pointerEvents="none"
            >
              {l.text}
            </text>
          ))}
        </g>

        {/* Nations without a measured share */}
        {strip.length > 0 && (
          <g>
            <text x={M.left} y={stripTop + 10} fontSize="10" className="fill-slate-500 dark:fill-slate-400">
              {`No share in any measured input (${strip.length}): foreign dependence 100%, leverage 0`}
            </text>
            {strip.map((p, i) => {
              const cx = M.left + (i % perRow) * STRIP_CELL + STRIP_CELL / 2;
              const cy = stripTop + 22 + Math.floor(i / perRow) * STRIP_ROW + 4;
              const isCurrent = p.nation === current;
              return (
                <a key={p.nation} href={hrefFor(p.nation)} aria-label={describe(p, true)} data-nation={p.nation} data-current={isCurrent ? "true" : undefined}>
                  <title>{describe(p, true)}</title>
                  <circle
                    cx={cx}
                    cy={cy}
                    r={isCurrent ? 6 : 3.5}
                    className={isCurrent ? "fill-rose-600 dark:fill-rose-500" : "fill-slate-400 hover:fill-sky-600 dark:fill-slate-500 dark:hover:fill-sky-400"}
                  />
                  <text x={cx} y={cy + 16} fontSize="9" textAnchor="middle" className={isCurrent ? "fill-rose-700 font-semibold dark:fill-rose-400" : "fill-slate-500 dark:fill-slate-400"}>
                    {p.nation}
                  </text>
                </a>
              );
            })}
          </g>
        )}
      </ChartSvg>
      <figcaption className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        Each point is a nation ({lensLabel.toLowerCase()} lens); click one for its scorecard. Dashed lines halve each axis. {plotted.length} nations hold a share of at least one measured
        input; the others are listed below the plot. Points that would coincide are nudged a few pixels apart; labels are left out where they would overlap (hover for every value).
      </figcaption>
    </figure>
  );
}
