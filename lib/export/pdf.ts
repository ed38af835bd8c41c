/**
 * The PDF brief (jspdf, A4 or Letter, portrait): title, export date and dataset version, the view
 * in words, the network picture, its legend, key figures of what is shown (best-connected nodes or
 * a metrics table passed in; chokepoints computed here or passed in), a scenario's description and
 * impact table when one is passed, and every source the shown nodes and edges cite (publisher,
 * title, year, URL). Text wraps inside the margins and tables and lists continue on new pages, so
 * nothing is cut off; every page has a footer with the dataset line and "page n of N".
 *
 * Built in steps that yield to the event loop (`onProgress` reports them), so a long brief never
 * freezes the page. Pure apart from jspdf: runs in the browser, a Worker and Node (tests). Text is
 * written in Helvetica, so it goes through `pdfText` (WinAnsi).
 */
import { jsPDF } from "jspdf";
import type { DatasetMeta } from "../model/schema";
import { datasetLine, sourceEntry } from "./caption";
import { yieldToEventLoop } from "./chunks";
import { isoDate } from "./filename";
import { layoutFrame, type FrameItem } from "./frame";
import type { LegendEntries } from "./legend";
import { pdfText } from "./pdf-text";
import type { CitedSource } from "./shown";
import type { BriefTable, Cell, ProgressFn, ScenarioBrief } from "./types";

export type Paper = "a4" | "letter";

export interface BriefInput {
  title: string;
  /** The view in words (filters, focus, year). */
  subtitle?: string;
  /** "42 of 610 nodes · 60 of 900 edges". */
  counts?: string;
  meta?: DatasetMeta;
  /** The network picture (PNG bytes and its size in pixels). */
  image?: { png: Uint8Array; width: number; height: number };
  legend?: LegendEntries;
  /** Tables in order (key metrics, chokepoints…). */
  tables?: BriefTable[];
  scenario?: ScenarioBrief;
  sources: readonly CitedSource[];
  /** Absolute link back to this view. */
  link?: string;
  /** When the brief was made (default now). */
  date?: Date;
  paper?: Paper;
}

export interface BriefOptions {
  onProgress?: ProgressFn;
  signal?: AbortSignal;
}

const MARGIN = 48;
const FOOTER = 28;
const INK = "#0f172a";
const MUTED = "#475569";
const RULE = "#cbd5e1";
const LINK = "#0369a1";

/** 1234 → "1,234"; 0.01234 → "0.0123"; 12.345 → "12.35". */
export function formatCell(value: Cell): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    if (Number.isInteger(value)) return value.toLocaleString("en");
    const abs = Math.abs(value);
    return abs >= 100 ? value.toFixed(1) : abs >= 1 ? value.toFixed(2) : Number(value.toPrecision(3)).toString();
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  return value;
}

class Writer {
  readonly doc: jsPDF;
  readonly width: number;
  readonly height: number;
  readonly content: number;
  y = MARGIN;

  constructor(paper: Paper) {
    this.doc = new jsPDF({ unit: "pt", format: paper, orientation: "portrait", compress: true });
    this.width = this.doc.internal.pageSize.getWidth();
    this.height = this.doc.internal.pageSize.getHeight();
    this.content = this.width - 2 * MARGIN;
  }

  get bottom() {
    return this.height - MARGIN - FOOTER;
  }

  font(size: number, bold = false, color = INK) {
    this.doc.setFont("helvetica", bold ? "bold" : "normal");
    this.doc.setFontSize(size);
    this.doc.setTextColor(color);
  }

  /** Start a new page when `height` does not fit below the cursor. */
  ensure(height: number) {
    if (this.y + height > this.bottom) this.newPage();
  }

  newPage() {
    this.doc.addPage();
    this.y = MARGIN;
  }

  lines(text: string, width = this.content): string[] {
    return this.doc.splitTextToSize(pdfText(text), width) as string[];
  }

  /** A wrapped paragraph; breaks across pages line by line. */
  paragraph(text: string, size: number, options: { bold?: boolean; color?: string; gap?: number; x?: number; width?: number } = {}) {
    const { bold = false, color = INK, gap = 4, x = MARGIN, width = this.content } = options;
    this.font(size, bold, color);
    const lh = size * 1.3;
    for (const line of this.lines(text, width)) {
      this.ensure(lh);
      this.y += size;
      this.doc.text(line, x, this.y);
      this.y += lh - size;
    }
    this.y += gap;
  }

  heading(text: string) {
    this.ensure(40);
    this.y += 8;
    this.paragraph(text, 13, { bold: true, gap: 4 });
  }

  rule(color = RULE) {
    this.doc.setDrawColor(color);
    this.doc.setLineWidth(0.5);
    this.doc.line(MARGIN, this.y, this.width - MARGIN, this.y);
  }
}

function drawItem(doc: jsPDF, it: FrameItem, dx: number, dy: number) {
  switch (it.type) {
    case "text":
      doc.setFont("helvetica", it.font.bold ? "bold" : "normal");
      doc.setFontSize(it.font.size);
      doc.setTextColor(it.color);
      doc.text(pdfText(it.text), dx + it.x, dy + it.y);
      return;
    case "swatch": {
      const { size: s } = it;
      const x = dx + it.x;
      const y = dy + it.y;
      doc.setFillColor(it.color);
      if (it.shape === "ellipse") doc.circle(x + s / 2, y + s / 2, s / 2, "F");
      else if (it.shape === "diamond")
        doc.lines(
          [
            [s / 2, s / 2],
            [-s / 2, s / 2],
            [-s / 2, -s / 2],
          ],
          x + s / 2,
          y,
          [1, 1],
          "F",
          true,
        );
      else if (it.shape === "round-octagon") {
        const c = s * 0.3;
        doc.lines(
          [
            [s - 2 * c, 0],
            [c, c],
            [0, s - 2 * c],
            [-c, c],
            [-(s - 2 * c), 0],
            [-c, -c],
            [0, -(s - 2 * c)],
          ],
          x + c,
          y,
          [1, 1],
          "F",
          true,
        );
      } else doc.roundedRect(x, y, s, s, 1.5, 1.5, "F");
      return;
    }
    case "line":
      doc.setDrawColor(it.color);
      doc.setLineWidth(it.width);
      doc.setLineDashPattern(it.style === "dashed" ? [5, 3] : it.style === "dotted" ? [1.2, 2.4] : [], 0);
      doc.line(dx + it.x1, dy + it.y1, dx + it.x2, dy + it.y2);
      doc.setLineDashPattern([], 0);
      return;
  }
}

function legend(w: Writer, entries: LegendEntries) {
  const measure = (text: string, font: { size: number; bold?: boolean }) => {
    w.font(font.size, font.bold);
    return w.doc.getTextWidth(pdfText(text));
  };
  // The frame pads by 16 on each side: give it the content width plus that padding, drawn from margin − 16.
  const frame = layoutFrame({ networkWidth: w.content + 32, minWidth: 0, background: "white", legend: entries, measure });
  w.ensure(frame.footer);
  for (const it of frame.bottom) drawItem(w.doc, it, MARGIN - 16, w.y);
  w.y += frame.footer;
}

function table(w: Writer, t: BriefTable, onRows?: () => void) {
  // Keep the heading with the table's header and first rows.
  w.ensure(100);
  w.heading(t.title);
  if (!t.rows.length) {
    w.paragraph("None in this view.", 9, { color: MUTED });
    if (t.note) w.paragraph(t.note, 8, { color: MUTED });
    return;
  }
  const total = t.columns.reduce((s, c) => s + (c.width ?? 1), 0);
  const widths = t.columns.map((c) => ((c.width ?? 1) / total) * w.content);
  const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((s, v) => s + v, 0));
  const size = 8.5;
  const lh = size * 1.25;
  const pad = 3;
  const header = () => {
    w.font(size, true, MUTED);
    const cells = t.columns.map((c, i) => w.lines(c.label, widths[i]! - 2 * pad));
    const h = Math.max(...cells.map((c) => c.length)) * lh + 2 * pad;
    w.ensure(h + lh + 2 * pad);
    cells.forEach((lines, i) => {
      const right = t.columns[i]!.align === "right";
      lines.forEach((line, j) => w.doc.text(line, right ? xs[i]! + widths[i]! - pad : xs[i]! + pad, w.y + pad + size + j * lh, right ? { align: "right" } : undefined));
    });
    w.y += h;
    w.rule("#94a3b8");
  };
  header();
  t.rows.forEach((row, r) => {
    w.font(size, false, INK);
    const cells = t.columns.map((_, i) => w.lines(formatCell(row[i]), widths[i]! - 2 * pad));
    const h = Math.max(1, ...cells.map((c) => c.length)) * lh + 2 * pad;
    if (w.y + h > w.bottom) {
      w.newPage();
      header();
      w.font(size, false, INK);
    }
    if (r % 2 === 1) {
      w.doc.setFillColor("#f1f5f9");
      w.doc.rect(MARGIN, w.y, w.content, h, "F");
    }
    cells.forEach((lines, i) => {
      const right = t.columns[i]!.align === "right";
      lines.forEach((line, j) => w.doc.text(line, right ? xs[i]! + widths[i]! - pad : xs[i]! + pad, w.y + pad + size + j * lh, right ? { align: "right" } : undefined));
    });
    w.y += h;
    onRows?.();
  });
  w.rule();
  w.y += 4;
  if (t.note) w.paragraph(t.note, 7.5, { color: MUTED });
}

function sourceList(w: Writer, sources: readonly CitedSource[], offset: number) {
  const size = 8.5;
  const lh = size * 1.3;
  const indent = 26;
  sources.forEach((s, i) => {
    const { url, ...rest } = s;
    w.font(size, false, INK);
    const text = sourceEntry({ ...rest });
    const lines = w.lines(text, w.content - indent);
    w.font(size, false, LINK);
    const urlLines = url ? w.lines(url, w.content - indent) : [];
    const h = (lines.length + urlLines.length) * lh + 3;
    w.ensure(h);
    w.font(size, true, MUTED);
    w.doc.text(`[${offset + i + 1}]`, MARGIN, w.y + size);
    w.font(size, false, INK);
    lines.forEach((line, j) => w.doc.text(line, MARGIN + indent, w.y + size + j * lh));
    w.y += lines.length * lh;
    if (url) {
      w.font(size, false, LINK);
      urlLines.forEach((line, j) => w.doc.text(line, MARGIN + indent, w.y + size + j * lh));
      w.doc.link(MARGIN + indent, w.y, w.content - indent, urlLines.length * lh, { url });
      w.y += urlLines.length * lh;
    }
    w.y += 3;
  });
}

/** Build the brief; resolves to the PDF bytes. */
export async function buildBriefPdf(input: BriefInput, options: BriefOptions = {}): Promise<ArrayBuffer> {
  const { onProgress, signal } = options;
  const step = async (fraction: number, label: string) => {
    signal?.throwIfAborted();
    onProgress?.(fraction, label);
    await yieldToEventLoop();
  };
  const date = input.date ?? new Date();
  const w = new Writer(input.paper ?? "a4");
  const { doc } = w;
  doc.setProperties({
    title: pdfText(input.title),
    subject: pdfText(input.subtitle ?? "Interdependence Atlas briefing"),
    creator: "Interdependence Atlas",
    keywords: pdfText(`AI supply chain, ${datasetLine(input.meta)}`),
  });
  doc.setLanguage("en-GB");
  await step(0.05, "Laying out the brief");

  // Title block.
  w.paragraph("INTERDEPENDENCE ATLAS · BRIEFING", 8, { bold: true, color: MUTED, gap: 6 });
  w.paragraph(input.title, 20, { bold: true, gap: 6 });
  if (input.subtitle) w.paragraph(input.subtitle, 10, { color: MUTED, gap: 2 });
  const stamp = [`Exported ${isoDate(date)}`, datasetLine(input.meta), input.counts ? `${input.counts} shown` : undefined].filter(Boolean).join(" · ");
  w.paragraph(stamp, 9, { color: MUTED, gap: 8 });

  // Network picture: as wide as the text, at most about half the page high.
  if (input.image && input.image.width > 0 && input.image.height > 0) {
    await step(0.15, "Placing the network picture");
    const maxH = (w.bottom - MARGIN) * 0.55;
    let iw = w.content;
    let ih = (input.image.height / input.image.width) * iw;
    if (ih > maxH) {
      ih = maxH;
      iw = (input.image.width / input.image.height) * ih;
    }
    w.ensure(ih + 8);
    const x = MARGIN + (w.content - iw) / 2;
    doc.addImage(input.image.png, "PNG", x, w.y, iw, ih, undefined, "FAST");
    doc.setDrawColor(RULE);
    doc.setLineWidth(0.5);
    doc.rect(x, w.y, iw, ih);
    w.y += ih + 4;
  }
  await step(0.35, "Legend and tables");
  if (input.legend) legend(w, input.legend);

  if (input.scenario) {
    w.heading(`Scenario: ${input.scenario.title}`);
    w.paragraph(input.scenario.description, 9.5);
    if (input.scenario.impact) table(w, input.scenario.impact);
  }
  for (const t of input.tables ?? []) {
    table(w, t);
    await step(0.5, "Tables");
  }

  // Sources, in steps of 25 entries.
  w.heading(`Sources cited by what is shown (${input.sources.length})`);
  if (!input.sources.length) w.paragraph("No source is cited by the shown nodes and edges.", 9, { color: MUTED });
  for (let i = 0; i < input.sources.length; i += 25) {
    const start = i;
    const end = Math.min(input.sources.length, i + 25);
    sourceList(w, input.sources.slice(start, end), start);
    await step(0.55 + 0.35 * (end / input.sources.length), "Sources");
  }
  if (input.meta?.licence) {
    w.y += 4;
    w.paragraph(`Licence: ${input.meta.licence}`, 7.5, { color: MUTED });
  }

  // Footer on every page.
  const pages = doc.getNumberOfPages();
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    const y = w.height - MARGIN + 6;
    doc.setDrawColor(RULE);
    doc.setLineWidth(0.5);
    doc.line(MARGIN, y - 14, w.width - MARGIN, y - 14);
    doc.setFont("helvetica", "normal");
    doc.setFontSize(7.5);
    doc.setTextColor(MUTED);
    const left = pdfText(`Interdependence Atlas · ${datasetLine(input.meta)}`);
    doc.text(left, MARGIN, y);
    const right = `Page ${p} of ${pages}`;
    doc.text(right, w.width - MARGIN, y, { align: "right" });
    if (input.link) {
      const room = w.content - doc.getTextWidth(left) - doc.getTextWidth(right) - 24;
      const lines = doc.splitTextToSize(pdfText(input.link), Math.max(room, 40)) as string[];
      const shown = lines.length > 1 ? `${lines[0]}…` : (lines[0] ?? "");
      doc.setTextColor(LINK);
      doc.textWithLink(shown, MARGIN + doc.getTextWidth(left) + 12, y, { url: input.link });
    }
  }
  await step(0.95, "Writing the PDF");
  const out = doc.output("arraybuffer");
  onProgress?.(1, "Done");
  return out;
}
