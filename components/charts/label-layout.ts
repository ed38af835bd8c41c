/**
 * Greedy placement of point labels in a chart: each label tries the right, left, top and bottom
 * of its point and takes the first spot that stays inside the plot and overlaps no point or label
 * placed before it, then tries the same with its short text; labels that fit nowhere are left out (the point keeps its tooltip). Points are
 * placed in the order given, so pass the most important first. O(n²) for n labels (n ≈ 50 here).
 */
export interface LabelInput {
  key: string;
  x: number;
  y: number;
  text: string;
  /** Shorter text to try when `text` fits nowhere (e.g. an ISO3 code). */
  short?: string;
}

export interface PlacedLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function placeLabels(
  items: readonly LabelInput[],
  bounds: Box,
  options: { charWidth?: number; lineHeight?: number; gap?: number; pointRadius?: number; obstacles?: readonly { x: number; y: number }[] } = {},
): PlacedLabel[] {
  const cw = options.charWidth ?? 6.2;
  const lh = options.lineHeight ?? 12;
  const gap = options.gap ?? 6;
  const r = options.pointRadius ?? 4;
  const taken: Box[] = (options.obstacles ?? items).map((p) => ({ x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r }));
  const placed: PlacedLabel[] = [];
  for (const it of items) {
    const texts = it.short && it.short !== it.text ? [it.text, it.short] : [it.text];
    const candidates: (PlacedLabel & { box: Box })[] = texts.flatMap((text) => {
      const w = text.length * cw;
      const k = { key: it.key, text };
      return [
        { ...k, x: it.x + gap, y: it.y + lh / 3, anchor: "start" as const, box: { x0: it.x + gap, y0: it.y - lh / 2, x1: it.x + gap + w, y1: it.y + lh / 2 } },
        { ...k, x: it.x - gap, y: it.y + lh / 3, anchor: "end" as const, box: { x0: it.x - gap - w, y0: it.y - lh / 2, x1: it.x - gap, y1: it.y + lh / 2 } },
        { ...k, x: it.x, y: it.y - gap - 2, anchor: "middle" as const, box: { x0: it.x - w / 2, y0: it.y - gap - lh, x1: it.x + w / 2, y1: it.y - gap } },
        { ...k, x: it.x, y: it.y + gap + lh - 2, anchor: "middle" as const, box: { x0: it.x - w / 2, y0: it.y + gap, x1: it.x + w / 2, y1: it.y + gap + lh } },
      ];
    });
    const fit = candidates.find(
      (c) => c.box.x0 >= bounds.x0 && c.box.x1 <= bounds.x1 && c.box.y0 >= bounds.y0 && c.box.y1 <= bounds.y1 && !taken.some((t) => overlaps(t, c.box)),
    );
    if (!fit) continue;
    taken.push(fit.box);
    placed.push({ key: fit.key, text: fit.text, x: fit.x, y: fit.y, anchor: fit.anchor });
  }
  return placed;
}
