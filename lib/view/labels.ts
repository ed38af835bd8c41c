/**
 * Which node labels the network shows, where, and how big: a greedy placement by priority with
 * collision avoidance, run on the drawn (screen) positions after every layout and viewport change.
 *
 * - Labels have a constant size on screen (LABEL_PX, or LABEL_PX_LARGE for the highest-ranked
 *   nodes), never below MIN_LABEL_PX, so zooming in shows more labels rather than bigger ones and
 *   no label dwarfs the rest.
 * - Candidates are tried in priority order (forced nodes first: selected, hovered, focus root, on a
 *   path; then by the caller's ranking, e.g. criticality then degree). Each tries four places,
 *   below, right, left, above its node, and takes the first whose box overlaps no label already
 *   placed, no fixed obstacle (edge labels) and no other node's disc. Otherwise it is hidden.
 * - Long names wrap onto at most two lines of MAX_LINE_PX and are shortened with an ellipsis; the
 *   full name is shown on hover (the hovered node is forced).
 *
 * Pure and deterministic; O(n · k) for n candidates and k neighbours per grid cell.
 */

export const LABEL_PX = 12;
export const LABEL_PX_LARGE = 14;
export const MIN_LABEL_PX = 10;
export const MAX_LINE_PX = 132;
const LINE_HEIGHT = 1.2;
/** Gap between a node and its label (screen px). */
const GAP = 3;
/** Margin kept free around every label's text by default (screen px). */
const PAD = 2;

/** Beside the node; "center" on it; "down" a full label height below "center" (a staggered header row). */
export type Placement = "below" | "right" | "left" | "above" | "center" | "down";
const PLACEMENTS: readonly Placement[] = ["below", "right", "left", "above"];

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** Centre of the node on screen, and its diameter there (px). */
  x: number;
  y: number;
  size: number;
  label: string;
  /** Shown whatever collides with it (selected, hovered, focus root, path). */
  forced?: boolean;
  /** Drawn with the larger size (the top of the ranking). */
  large?: boolean;
  /** Shown in full, unwrapped and unshortened (hovered). */
  full?: boolean;
  /** Where the label may go, in order of preference (default: below, right, left, above). */
  placements?: readonly Placement[];
  /** Font size on screen (default LABEL_PX, or LABEL_PX_LARGE when large). */
  px?: number;
  /** Drawn in bold (measured so). */
  bold?: boolean;
  /** Widest line (default MAX_LINE_PX). */
  maxWidth?: number;
  /** Slide the label sideways into the viewport rather than give it up (column headers at the edges). */
  clamp?: boolean;
  /** May cover nodes (column headers, drawn in their own band above the columns); never other labels. */
  overNodes?: boolean;
}

export interface PlacedLabel {
  id: string;
  placement: Placement;
  /** The label's text as drawn, lines joined by "\n". */
  text: string;
  px: number;
  box: Box;
  /** Sideways shift from its placement, to stay in the viewport (clamped labels), px. */
  dx: number;
}

/** Width in px of `text` at `px` font size. */
export type Measure = (text: string, px: number, bold?: boolean) => number;

/** A rough measure for tests and the server: the average glyph of a sans-serif font. */
export const approximateMeasure: Measure = (text, px, bold) => [...text].length * px * (bold ? 0.62 : 0.56);

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * The label's lines: words packed into lines of at most maxWidth, at most two lines, the last
 * shortened with "…" when the name does not fit.
 */
export function wrapLabel(label: string, px: number, measure: Measure, maxWidth = MAX_LINE_PX, maxLines = 2): string[] {
  const words = label.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (measure(next, px) <= maxWidth || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    line = "";
    i = words.length;
  }
  const truncated = i < words.length || lines.some((l) => measure(l, px) > maxWidth);
  if (truncated) {
    let last = lines[lines.length - 1]!;
    if (i < words.length) last = `${last} ${words.slice(i).join(" ")}`;
    while (last.length > 1 && measure(`${last}…`, px) > maxWidth) last = last.slice(0, -1).trimEnd();
    lines[lines.length - 1] = `${last}…`;
  }
  return lines;
}

/** The box of a label of w × h (padding included) placed beside its node; the text keeps GAP from the node. */
function boxFor(c: LabelCandidate, placement: Placement, w: number, h: number, pad: number): Box {
  const r = c.size / 2 + GAP - pad;
  switch (placement) {
    case "below":
      return { x1: c.x - w / 2, y1: c.y + r, x2: c.x + w / 2, y2: c.y + r + h };
    case "above":
      return { x1: c.x - w / 2, y1: c.y - r - h, x2: c.x + w / 2, y2: c.y - r };
    case "right":
      return { x1: c.x + r, y1: c.y - h / 2, x2: c.x + r + w, y2: c.y + h / 2 };
    case "left":
      return { x1: c.x - r - w, y1: c.y - h / 2, x2: c.x - r, y2: c.y + h / 2 };
    case "center":
      return { x1: c.x - w / 2, y1: c.y - h / 2, x2: c.x + w / 2, y2: c.y + h / 2 };
    case "down":
      return { x1: c.x - w / 2, y1: c.y + h / 2, x2: c.x + w / 2, y2: c.y + (3 * h) / 2 };
  }
}

/** A uniform grid over boxes, for overlap queries in about O(1). */
class BoxGrid {
  private cells = new Map<string, Box[]>();
  constructor(private cell: number) {}
  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let gx = Math.floor(b.x1 / this.cell); gx <= Math.floor(b.x2 / this.cell); gx++)
      for (let gy = Math.floor(b.y1 / this.cell); gy <= Math.floor(b.y2 / this.cell); gy++) out.push(`${gx},${gy}`);
    return out;
  }
  add(b: Box) {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
  hits(b: Box, ignore?: Box): boolean {
    for (const k of this.keys(b)) for (const o of this.cells.get(k) ?? []) if (o !== ignore && overlaps(b, o)) return true;
    return false;
  }
}

export interface PlaceOptions {
  measure?: Measure;
  /** The visible area (labels wholly outside it are not placed). */
  viewport?: Box;
  /** Boxes no label may cover (edge labels drawn on screen). */
  obstacles?: Box[];
  /** Keep labels off other nodes' discs (default true). */
  avoidNodes?: boolean;
  /**
   * Margin around each label's text counted as the label's (screen px). Cytoscape's own label box
   * adds the text outline and a margin of error that grows with the zoom; the caller passes at
   * least that, so labels it keeps apart are apart as cytoscape draws them.
   */
  pad?: number;
}

/**
 * Place labels for `candidates`, given in priority order (the caller ranks them; forced ones are
 * placed first whatever their position in the list). Returns the labels to draw.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlaceOptions = {}): PlacedLabel[] {
  const measure = options.measure ?? approximateMeasure;
  const pad = options.pad ?? PAD;
  const grid = new BoxGrid(64);
  const nodeGrid = new BoxGrid(64);
  const discs = new Map<string, Box>();
  if (options.avoidNodes !== false) {
    for (const c of candidates) {
      const r = c.size / 2;
      const disc = { x1: c.x - r, y1: c.y - r, x2: c.x + r, y2: c.y + r };
      discs.set(c.id, disc);
      nodeGrid.add(disc);
    }
  }
  for (const o of options.obstacles ?? []) grid.add(o);
  const order = [...candidates.filter((c) => c.forced), ...candidates.filter((c) => !c.forced)];
  const out: PlacedLabel[] = [];
  const vp = options.viewport;
  for (const c of order) {
    if (!c.label) continue;
    if (vp && (c.x < vp.x1 - 40 || c.x > vp.x2 + 40 || c.y < vp.y1 - 40 || c.y > vp.y2 + 40)) continue;
    const px = Math.max(MIN_LABEL_PX, c.px ?? (c.large ? LABEL_PX_LARGE : LABEL_PX));
    const m: Measure = (t, size) => measure(t, size, c.bold);
    const lines = c.full ? [c.label] : wrapLabel(c.label, px, m, c.maxWidth ?? MAX_LINE_PX);
    const w = Math.max(...lines.map((l) => m(l, px))) + 2 * pad;
    const h = lines.length * px * LINE_HEIGHT + 2 * pad;
    let placed: PlacedLabel | undefined;
    for (const placement of c.placements ?? PLACEMENTS) {
      const box = boxFor(c, placement, w, h, pad);
      let dx = 0;
      if (c.clamp && vp) {
        if (box.x1 < vp.x1) dx = vp.x1 - box.x1;
        else if (box.x2 > vp.x2) dx = vp.x2 - box.x2;
        box.x1 += dx;
        box.x2 += dx;
      }
      if (vp && (box.x1 < vp.x1 || box.x2 > vp.x2 || box.y1 < vp.y1 || box.y2 > vp.y2) && !c.forced) continue;
      if (grid.hits(box)) continue;
      if (options.avoidNodes !== false && !c.overNodes && nodeGrid.hits(box, discs.get(c.id))) continue;
      placed = { id: c.id, placement, text: lines.join("\n"), px, box, dx };
      break;
    }
    if (!placed && c.forced) {
      // A forced label that collides everywhere still shows (below); what it covers gives way.
      const placement = c.placements?.[0] ?? "below";
      placed = { id: c.id, placement, text: lines.join("\n"), px, box: boxFor(c, placement, w, h, pad), dx: 0 };
    }
    if (placed) {
      grid.add(placed.box);
      out.push(placed);
    }
  }
  // Forced labels placed over earlier ones cannot happen (forced go first); unforced never overlap.
  return out;
}

/** Pairs of boxes that overlap (a check for tests and the e2e hook). */
export function overlappingPairs(boxes: readonly { id: string; box: Box }[], tolerance = 0.5): [string, string][] {
  const pairs: [string, string][] = [];
  const shrink = (b: Box): Box => ({ x1: b.x1 + tolerance, y1: b.y1 + tolerance, x2: b.x2 - tolerance, y2: b.y2 - tolerance });
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(shrink(boxes[i]!.box), shrink(boxes[j]!.box))) pairs.push([boxes[i]!.id, boxes[j]!.id]);
  return pairs;
}
