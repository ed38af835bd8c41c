/**
 * Burn the frame (title, legend, source line — laid out by lib/export/frame.ts) into the
 * network's PNG on a canvas. Browser only. The network keeps its own pixels (never rescaled);
 * frame text is drawn at `scale`, so a 2× export is exactly twice a 1× one.
 */
import { BACKGROUNDS, FRAME_FONT_FAMILY, layoutFrame, type Background, type Font, type FrameInput, type FrameItem } from "@/lib/export/frame";

const fontCss = (f: Font) => `${f.bold ? "bold " : ""}${f.size}px ${FRAME_FONT_FAMILY}`;

/** Text width in CSS pixels, measured by the browser with the frame's font. */
export function canvasMeasure(): (text: string, font: Font) => number {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) return (text, font) => text.length * font.size * 0.6;
  return (text, font) => {
    ctx.font = fontCss(font);
    return ctx.measureText(text).width;
  };
}

function drawItem(ctx: CanvasRenderingContext2D, it: FrameItem) {
  switch (it.type) {
    case "text":
      ctx.font = fontCss(it.font);
      ctx.fillStyle = it.color;
      ctx.textBaseline = "alphabetic";
      ctx.fillText(it.text, it.x, it.y);
      return;
    case "swatch": {
      const { x, y, size: s } = it;
      ctx.fillStyle = it.color;
      ctx.beginPath();
      if (it.shape === "ellipse") ctx.arc(x + s / 2, y + s / 2, s / 2, 0, Math.PI * 2);
      else if (it.shape === "diamond") {
        ctx.moveTo(x + s / 2, y);
        ctx.lineTo(x + s, y + s / 2);
        ctx.lineTo(x + s / 2, y + s);
        ctx.lineTo(x, y + s / 2);
      } else if (it.shape === "round-octagon") {
        const c = s * 0.3;
        ctx.moveTo(x + c, y);
        ctx.lineTo(x + s - c, y);
        ctx.lineTo(x + s, y + c);
        ctx.lineTo(x + s, y + s - c);
        ctx.lineTo(x + s - c, y + s);
        ctx.lineTo(x + c, y + s);
        ctx.lineTo(x, y + s - c);
        ctx.lineTo(x, y + c);
      } else ctx.roundRect(x, y, s, s, 2);
      ctx.closePath();
      ctx.fill();
      return;
    }
    case "line":
      ctx.strokeStyle = it.color;
      ctx.lineWidth = it.width;
      ctx.setLineDash(it.style === "dashed" ? [6, 4] : it.style === "dotted" ? [1.5, 3] : []);
      ctx.beginPath();
      ctx.moveTo(it.x1, it.y1);
      ctx.lineTo(it.x2, it.y2);
      ctx.stroke();
      ctx.setLineDash([]);
      return;
  }
}

export interface ComposePngOptions extends Omit<FrameInput, "networkWidth" | "measure"> {
  scale: number;
  background: Background;
}

/** The framed PNG; the bare network PNG when nothing is added. */
export async function composePng(network: Blob, options: ComposePngOptions): Promise<Blob> {
  const { scale, background } = options;
  if (!options.title && !options.subtitle && !options.legend && !options.source) return network;
  const bitmap = await createImageBitmap(network);
  try {
    const frame = layoutFrame({ ...options, networkWidth: bitmap.width / scale, measure: canvasMeasure() });
    const width = Math.max(Math.round(frame.width * scale), bitmap.width);
    const top = Math.round(frame.header * scale);
    const height = top + bitmap.height + Math.round(frame.footer * scale);
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("this browser cannot draw on a canvas");
    const bg = BACKGROUNDS[background];
    if (bg) {
      ctx.fillStyle = bg;
      ctx.fillRect(0, 0, width, height);
    }
    ctx.drawImage(bitmap, Math.round((width - bitmap.width) / 2), top);
    ctx.save();
    ctx.scale(scale, scale);
    for (const it of frame.top) drawItem(ctx, it);
    ctx.restore();
    ctx.save();
    ctx.translate(0, top + bitmap.height);
    ctx.scale(scale, scale);
    for (const it of frame.bottom) drawItem(ctx, it);
    ctx.restore();
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the picture is too large for this browser's canvas"))), "image/png"));
  } finally {
    bitmap.close();
  }
}

/**
 * The PNG scaled down so its longer side is at most `maxSide` pixels (unchanged when it already
 * fits). Decoding, resizing and encoding are asynchronous, so the page stays responsive; used for
 * the PDF, where more pixels than print needs only make the file larger and jspdf slower.
 */
export async function fitPng(png: Blob, maxSide: number): Promise<Blob> {
  const probe = await createImageBitmap(png);
  const { width, height } = probe;
  probe.close();
  const k = maxSide / Math.max(width, height);
  if (k >= 1) return png;
  const w = Math.max(1, Math.round(width * k));
  const h = Math.max(1, Math.round(height * k));
  const bitmap = await createImageBitmap(png, { resizeWidth: w, resizeHeight: h, resizeQuality: "high" });
  try {
    const canvas = document.createElement("canvas");
    canvas.width = w;
    canvas.height = h;
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("could not encode the picture"))), "image/png"));
  } finally {
    bitmap.close();
  }
}
