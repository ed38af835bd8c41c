/**
 * The frame around an exported network picture: title and subtitle on top, legend and source line
 * at the bottom. Pure layout in CSS pixels (text measured by the caller's `measure`, at scale 1),
 * drawn by the PNG composer (canvas) and the SVG composer (text elements), so both look the same.
 * Everything scales by `scale` when drawn; wrapping never depends on it, so a 2× export is exactly
 * twice the size of a 1× one.
 */
import { sourceLines, wrapText } from "./caption";
import type { LegendEntries, LineStyle } from "./legend";
import type { DatasetMeta } from "../model/schema";

export type Background = "white" | "dark" | "transparent";

export const BACKGROUNDS: Record<Background, string | null> = { white: "#ffffff", dark: "#0b1120", transparent: null };

export interface Font {
  size: number;
  bold?: boolean;
}
export type FontMeasure = (text: string, font: Font) => number;

export type FrameItem =
  | { type: "text"; x: number; y: number; text: string; font: Font; color: string }
  | { type: "swatch"; x: number; y: number; size: number; color: string; shape: string }
  | { type: "line"; x1: number; y1: number; x2: number; y2: number; color: string; width: number; style: LineStyle };

export interface FrameInput {
  /** Width of the network image in CSS pixels (its pixel width divided by the scale). */
  networkWidth: number;
  background: Background;
  title?: string;
  subtitle?: string;
  legend?: LegendEntries;
  /** Source line: the dataset and the cited publishers (most cited first). */
  source?: { meta: DatasetMeta | undefined; publishers: readonly string[] };
  measure: FontMeasure;
  /** Narrowest frame (CSS px) when anything is drawn around the network; default 720. */
  minWidth?: number;
}

export interface Frame {
  /** CSS pixels; multiply by the scale for the output. */
  width: number;
  /** Height above and below the network image. */
  header: number;
  footer: number;
  /** Left edge of the network image (centred when the frame is wider). */
  networkX: number;
  /** Header items, y from the top of the frame. */
  top: FrameItem[];
  /** Footer items, y from the top of the footer. */
  bottom: FrameItem[];
}

export const FRAME_FONT_FAMILY = "Helvetica, Arial, sans-serif";
const PAD = 16;
const MIN_WIDTH = 720;
const TITLE: Font = { size: 22, bold: true };
const SUBTITLE: Font = { size: 12 };
const SMALL: Font = { size: 11 };
const SMALL_BOLD: Font = { size: 11, bold: true };
const LEGEND_INDENT = 64;

export function textColors(background: Background) {
  return background === "dark" ? { text: "#f1f5f9", muted: "#94a3b8" } : { text: "#0f172a", muted: "#475569" };
}

interface LegendEntry {
  label: string;
  /** Width of the mark before the label. */
  w: number;
  mark: (x: number, mid: number) => FrameItem;
}

export function layoutFrame(input: FrameInput): Frame {
  const { title, subtitle, legend, source, measure } = input;
  if (!title && !subtitle && !legend && !source) return { width: input.networkWidth, header: 0, footer: 0, networkX: 0, top: [], bottom: [] };
  const width = Math.ceil(Math.max(input.networkWidth, input.minWidth ?? MIN_WIDTH));
  const inner = width - 2 * PAD;
  const colors = textColors(input.background);

  // Header: title (at most 2 lines), subtitle (at most 2 lines). y is a text baseline.
  const top: FrameItem[] = [];
  let y = PAD;
  if (title) {
    for (const line of wrapText(title, inner, (t) => measure(t, TITLE)).slice(0, 2)) {
      y += TITLE.size;
      top.push({ type: "text", x: PAD, y, text: line, font: TITLE, color: colors.text });
      y += TITLE.size * 0.3;
    }
  }
  if (subtitle) {
    y += 2;
    for (const line of wrapText(subtitle, inner, (t) => measure(t, SUBTITLE)).slice(0, 2)) {
      y += SUBTITLE.size;
      top.push({ type: "text", x: PAD, y, text: line, font: SUBTITLE, color: colors.muted });
      y += SUBTITLE.size * 0.35;
    }
  }
  const header = title || subtitle ? Math.ceil(y + PAD / 2) : 0;

  // Footer: one row per legend group (entries flow and wrap under the heading), then the source line.
  const bottom: FrameItem[] = [];
  y = PAD / 2;
  const row = SMALL.size * 1.7;
  if (legend) {
    const groups: { heading: string; entries: LegendEntry[] }[] = [
      {
        heading: legend.title,
        entries: legend.colors.map((c) => ({ label: c.label, w: 10, mark: (x, mid) => ({ type: "swatch", x, y: mid - 5, size: 10, color: c.color, shape: "round-rectangle" }) })),
      },
      {
        heading: "Shape",
        entries: legend.shapes.map((s) => ({ label: s.label, w: 10, mark: (x, mid) => ({ type: "swatch", x, y: mid - 5, size: 10, color: colors.muted, shape: s.shape }) })),
      },
      {
        heading: "Relations",
        entries: legend.edges.map((e) => ({
          label: e.label,
          w: 20,
          mark: (x, mid) => ({ type: "line", x1: x, y1: mid, x2: x + 20, y2: mid, color: e.color, width: 2, style: e.line }),
        })),
      },
    ];
    for (const g of groups) {
      if (!g.entries.length) continue;
      y += row;
      let baseline = y - row * 0.3;
      bottom.push({ type: "text", x: PAD, y: baseline, text: g.heading, font: SMALL_BOLD, color: colors.text });
      let x = PAD + Math.max(LEGEND_INDENT, measure(g.heading, SMALL_BOLD) + 10);
      const indent = x;
      for (const e of g.entries) {
        const w = e.w + 4 + measure(e.label, SMALL);
        if (x + w > width - PAD && x > indent) {
          y += row;
          baseline = y - row * 0.3;
          x = indent;
        }
        bottom.push(e.mark(x, baseline - SMALL.size * 0.35));
        bottom.push({ type: "text", x: x + e.w + 4, y: baseline, text: e.label, font: SMALL, color: colors.text });
        x += w + 14;
      }
    }
  }
  if (source) {
    y += 6;
    for (const line of sourceLines(source.meta, source.publishers, { maxWidth: inner, maxLines: 3, measure: (t) => measure(t, SMALL) })) {
      y += SMALL.size * 1.35;
      bottom.push({ type: "text", x: PAD, y: y - SMALL.size * 0.3, text: line, font: SMALL, color: colors.muted });
    }
  }
  const footer = legend || source ? Math.ceil(y + PAD / 2) : 0;
  return { width, header, footer, networkX: Math.round((width - input.networkWidth) / 2), top, bottom };
}

/**
 * Rough text width for layouts without a canvas (SVG in a Worker or in Node): Helvetica's average
 * advance, a little generous so text never overflows where a real font is narrower.
 */
export const approximateMeasure: FontMeasure = (text, font) => {
  let w = 0;
  for (const ch of text) w += /[A-Z@MW%&]/.test(ch) ? 0.72 : /[il.,;:'|!\s]/.test(ch) ? 0.3 : /[\u0300-\u036f]/.test(ch) ? 0 : ch.charCodeAt(0) > 0x2e80 ? 1 : 0.56;
  return w * font.size * (font.bold ? 1.08 : 1);
};
