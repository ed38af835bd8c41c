import { EDGE_KINDS, EDGE_KIND_INFO, LAYERS, LAYER_INFO, NODE_KINDS, NODE_KIND_LABELS } from "@/lib/model/vocabulary";
import { EDGE_COLORS, KIND_COLORS, LAYER_COLORS, NO_LAYER_COLOR } from "@/lib/view/palette";
import { NODE_METRICS } from "@/lib/metrics/registry";
import { CATEGORICAL_COUNT, RAMP_CSS, categoricalColor } from "@/lib/view/color-scales";
import type { ColorBy } from "@/lib/view/url-state";

const SHAPE_HINT: Record<string, string> = { nation: "■", firm: "●", input: "◆", bloc: "⯃" };

/** What colours, shapes and lines mean in the network view. */
function MetricColours({ colorBy, values }: { colorBy: ColorBy; values?: Record<string, number | null> }) {
  const nums = Object.values(values ?? {}).filter((v): v is number => v !== null && Number.isFinite(v));
  if (colorBy === "community") {
    const count = nums.length ? Math.max(...nums) + 1 : 0;
    return (
      <div>
        <p>
          {count} communities (Louvain){count > CATEGORICAL_COUNT ? `; the smallest share grey` : ""}
        </p>
        <p className="mt-0.5 flex flex-wrap gap-0.5">
          {Array.from({ length: Math.min(count, CATEGORICAL_COUNT) }, (_, i) => (
            <span key={i} aria-hidden className="inline-block h-2 w-3 rounded-sm" style={{ backgroundColor: categoricalColor(i) }} />
          ))}
        </p>
      </div>
    );
  }
  const label = NODE_METRICS.find((m) => m.id === colorBy)?.label ?? colorBy;
  return (
    <div>
      <p>{label} (low → high); grey: no value</p>
      <div aria-hidden className="mt-0.5 h-2 w-full rounded-sm" style={{ background: RAMP_CSS }} />
      {nums.length > 0 && (
        <p className="flex justify-between tabular-nums text-slate-500">
          <span>{Math.min(...nums).toPrecision(3)}</span>
          <span>{Math.max(...nums).toPrecision(3)}</span>
        </p>
      )}
    </div>
  );
}

export function Legend({ colorBy, colorValues, folded }: { colorBy: ColorBy; colorValues?: Record<string, number | null>; folded?: boolean }) {
  return (
    <details aria-label="Legend" className="pointer-events-auto max-w-[15rem] rounded-md border border-slate-200 bg-white/90 p-2 text-[11px] shadow-sm backdrop-blur dark:border-slate-700 dark:bg-slate-900/90">
      <summary className="cursor-pointer font-semibold">Legend · colour by {colorBy === "layer" || colorBy === "kind" || colorBy === "community" ? colorBy : (NODE_METRICS.find((m) => m.id === colorBy)?.label.toLowerCase() ?? colorBy)}</summary>
      {colorBy !== "layer" && colorBy !== "kind" ? (
        <MetricColours colorBy={colorBy} values={colorValues} />
      ) : (
      <ul className="grid grid-cols-2 gap-x-2">
        {colorBy === "layer"
          ? [...LAYERS.map((l) => [LAYER_INFO[l].label, LAYER_COLORS[l]] as const), ["Nation / bloc", NO_LAYER_COLOR] as const].map(([label, color]) => (
              <li key={label} className="flex items-center gap-1">
                <span aria-hidden className="inline-block h-2 w-2 rounded-sm" style={{ backgroundColor: color }} />
                {label}
              </li>
            ))
          : NODE_KINDS.map((k) => (
              <li key={k} className="flex items-center gap-1">
                <span aria-hidden className="inline-block h-2 w-2 rounded-sm" style={{ backgroundColor: KIND_COLORS[k] }} />
                {NODE_KIND_LABELS[k]}
              </li>
            ))}
      </ul>
      )}
      <p className="mb-0.5 mt-1.5 font-semibold">Shape</p>
      <p>{NODE_KINDS.map((k) => `${SHAPE_HINT[k]} ${NODE_KIND_LABELS[k]}`).join("  ")}</p>
      {folded && (
        <>
          <p className="mb-0.5 mt-1.5 font-semibold">Rings: who provides it</p>
          <p>
            Each input&apos;s ring shows its world supply by nation (firms counted where they are headquartered), in the colours of
            the Nations column; grey: other nations; pale: not attributed. A diamond has no measured share. Select an input to
            unfold its providers.
          </p>
        </>
      )}
      <p className="mb-0.5 mt-1.5 font-semibold">Edges (arrows follow supply)</p>
      <ul className="grid grid-cols-2 gap-x-2">
        {EDGE_KINDS.map((k) => (
          <li key={k} className="flex items-center gap-1">
            <span aria-hidden className="inline-block h-0.5 w-3" style={{ backgroundColor: EDGE_COLORS[k] }} />
            {EDGE_KIND_INFO[k].label}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-slate-500">Edge width: market share where known.</p>
    </details>
  );
}
