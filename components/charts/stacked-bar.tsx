/** A horizontal stacked bar in plain SVG: segments are fractions of the whole (0–1). */
export interface BarSegment {
  key: string;
  label: string;
  value: number;
  color: string;
  /** Tooltip text. */
  title: string;
  /** Draw hatched (e.g. for an unknown remainder). */
  hatched?: boolean;
}

export function StackedBar({ segments, label, height = 14 }: { segments: BarSegment[]; label: string; height?: number }) {
  // Left edge of each segment: the running total of the segments before it.
  const starts = segments.map((_, i) => segments.slice(0, i).reduce((sum, s) => sum + Math.max(0, s.value) * 1000, 0));
  const id = `hatch-${label.replace(/[^a-z0-9]/gi, "-").toLowerCase()}`;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 1000 ${height}`}
      preserveAspectRatio="none"
      className="block w-full overflow-hidden rounded-sm bg-slate-100 dark:bg-slate-800"
      style={{ height }}
    >
      <defs>
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" className="fill-slate-200 dark:fill-slate-700" />
          <line x1="0" y1="0" x2="0" y2="8" strokeWidth="4" className="stroke-slate-300 dark:stroke-slate-600" />
        </pattern>
      </defs>
      {segments.map((s, i) => (
        <rect key={s.key} x={starts[i]} y={0} width={Math.max(0, s.value) * 1000} height={height} fill={s.hatched ? `url(#${id})` : s.color} data-segment={s.key}>
          <title>{s.title}</title>
        </rect>
      ))}
    </svg>
  );
}
