/**
 * An SVG briefing picture: the network's own SVG (cytoscape-svg output, vector, text as text)
 * placed inside an outer SVG that adds the frame — background, title, legend and source line as
 * plain `<text>`, `<rect>` and `<line>` elements a slide tool can edit. Every text is escaped and
 * the whole document is cleaned of characters XML forbids. Pure string work, O(size).
 */
import { FRAME_FONT_FAMILY, BACKGROUNDS, type Background, type Frame, type FrameItem } from "./frame";
import { stripXmlForbidden, xmlAttr, xmlText } from "./xml";

export interface ParsedSvg {
  width: number;
  height: number;
  /** The root element's children, as text. */
  body: string;
}

// Character references to code points XML forbids (&#1; &#x1F; &#xFFFE; …).
const FORBIDDEN_REF = /&#(?:x0*(?:[0-8bcef]|1[0-9a-f]|d[89a-f][0-9a-f]{2}|fffe|ffff)|0*(?:[0-8]|1[124-9]|2\d|3[01]|5529[6-9]|55[3-9]\d\d|56\d{3}|57[0-2]\d\d|573[0-3]\d|5734[0-3]|65534|65535));/gi;

/** Read the root `<svg>` of a serialized SVG document: its size and its inner markup. */
export function parseSvgRoot(svg: string): ParsedSvg {
  const clean = stripXmlForbidden(svg).replace(FORBIDDEN_REF, "");
  const open = /<svg\b[^>]*>/i.exec(clean);
  const close = clean.lastIndexOf("</svg>");
  if (!open) throw new Error("lib/export/svg: the network SVG has no <svg> root element");
  const tag = open[0];
  const num = (name: string) => {
    const m = new RegExp(`\\s${name}="([\\d.]+)(?:px)?"`).exec(tag);
    return m ? Number(m[1]) : Number.NaN;
  };
  let width = num("width");
  let height = num("height");
  if (!Number.isFinite(width) || !Number.isFinite(height)) {
    const vb = /\sviewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(tag);
    width = vb ? Number(vb[1]) : 0;
    height = vb ? Number(vb[2]) : 0;
  }
  const selfClosing = tag.endsWith("/>");
  const body = selfClosing ? "" : clean.slice(open.index + tag.length, close >= 0 ? close : undefined);
  return { width, height, body };
}

const DASHES = { solid: undefined, dashed: "6 4", dotted: "1.5 3" } as const;

function swatch(it: Extract<FrameItem, { type: "swatch" }>): string {
  const { x, y, size: s, color } = it;
  const fill = `fill="${xmlAttr(color)}"`;
  switch (it.shape) {
    case "ellipse":
      return `<circle cx="${x + s / 2}" cy="${y + s / 2}" r="${s / 2}" ${fill}/>`;
    case "diamond":
      return `<polygon points="${x + s / 2},${y} ${x + s},${y + s / 2} ${x + s / 2},${y + s} ${x},${y + s / 2}" ${fill}/>`;
    case "round-octagon": {
      const c = s * 0.3;
      const pts = [
        [x + c, y],
        [x + s - c, y],
        [x + s, y + c],
        [x + s, y + s - c],
        [x + s - c, y + s],
        [x + c, y + s],
        [x, y + s - c],
        [x, y + c],
      ];
      return `<polygon points="${pts.map((p) => p.join(",")).join(" ")}" ${fill}/>`;
    }
    default:
      return `<rect x="${x}" y="${y}" width="${s}" height="${s}" rx="2" ${fill}/>`;
  }
}

export function frameItemSvg(it: FrameItem): string {
  switch (it.type) {
    case "text":
      return `<text x="${it.x}" y="${it.y.toFixed(2)}" font-family="${FRAME_FONT_FAMILY}" font-size="${it.font.size}"${it.font.bold ? ' font-weight="bold"' : ""} fill="${xmlAttr(it.color)}">${xmlText(it.text)}</text>`;
    case "swatch":
      return swatch(it);
    case "line": {
      const dash = DASHES[it.style];
      return `<line x1="${it.x1}" y1="${it.y1.toFixed(2)}" x2="${it.x2}" y2="${it.y2.toFixed(2)}" stroke="${xmlAttr(it.color)}" stroke-width="${it.width}"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`;
    }
  }
}

export interface ComposeSvgOptions {
  /** The network SVG from cytoscape-svg (already at `scale`). */
  network: string;
  frame: Frame;
  scale: number;
  background: Background;
  /** Document title (`<title>`), for accessibility and file browsers. */
  title?: string;
}

/** The framed SVG document. Its size in px is the frame's size × scale (network image at its own size). */
export function composeSvg({ network, frame, scale, background, title }: ComposeSvgOptions): string {
  const net = parseSvgRoot(network);
  const width = Math.max(Math.round(frame.width * scale), Math.ceil(net.width));
  const top = Math.round(frame.header * scale);
  const height = top + Math.ceil(net.height) + Math.round(frame.footer * scale);
  const netX = Math.round((width - net.width) / 2);
  const bg = BACKGROUNDS[background];
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
  ];
  if (title) out.push(`<title>${xmlText(title)}</title>`);
  out.push(`<defs><clipPath id="atlas-network-clip"><rect x="0" y="0" width="${net.width}" height="${net.height}"/></clipPath></defs>`);
  if (bg) out.push(`<rect id="atlas-background" x="0" y="0" width="${width}" height="${height}" fill="${bg}"/>`);
  if (frame.top.length) out.push(`<g id="atlas-header" transform="scale(${scale})">`, ...frame.top.map(frameItemSvg), `</g>`);
  out.push(`<g id="atlas-network" transform="translate(${netX},${top})" clip-path="url(#atlas-network-clip)">`, net.body, `</g>`);
  if (frame.bottom.length) out.push(`<g id="atlas-footer" transform="translate(0,${top + Math.ceil(net.height)}) scale(${scale})">`, ...frame.bottom.map(frameItemSvg), `</g>`);
  out.push(`</svg>`, "");
  return out.join("\n");
}
