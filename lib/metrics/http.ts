/**
 * POST /api/analyze as a plain function of a web Request (no next/*): size limits, validation,
 * analysis, JSON errors. Never throws and never answers 500:
 * 200 Analysis · 400 { error: { message, path } } · 413 { error: { message } } (body > 20 MB, or a
 * graph whose n·m is too big to analyse on the server) · 422 { error: { message } } (anything unexpected).
 */
import { parseGraphologyJsonText } from "../io/graphology-json";
import { analyzeGraph } from "./analyze";

export const MAX_ANALYZE_BYTES = 20 * 1024 * 1024;
/**
 * n·m above which betweenness and closeness (one BFS per node) would hold the server for more
 * than about a minute: 20,000 nodes × 100,000 edges take ~55 s here (bench/metrics.ts).
 */
export const MAX_ANALYZE_WORK = 2e9;

export interface AnalyzeLimits {
  maxBytes: number;
  maxWork: number;
}

const error = (status: number, message: string, path?: string) =>
  Response.json({ error: path === undefined ? { message } : { message, path } }, { status });

/** The body as UTF-8 text, or null once more than `limit` bytes arrived. */
async function readText(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

export async function analyzeRequest(
  request: Request,
  { maxBytes, maxWork }: AnalyzeLimits = { maxBytes: MAX_ANALYZE_BYTES, maxWork: MAX_ANALYZE_WORK },
): Promise<Response> {
  try {
    const format = new URL(request.url).searchParams.get("format") ?? "json";
    if (format !== "json") return error(400, `unsupported format "${format}"; only format=json`, "format");
    const tooLarge = `the body exceeds ${maxBytes / 1024 / 1024} MB`;
    if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return error(413, tooLarge);
    let text: string | null;
    try {
      text = await readText(request, maxBytes);
    } catch {
      return error(400, "the body is not valid UTF-8 text", "");
    }
    if (text === null) return error(413, tooLarge);
    const parsed = parseGraphologyJsonText(text);
    if (!parsed.ok) return error(400, parsed.error.message, parsed.error.path);
    const { order: n, size: m } = parsed.graph;
    if (n * m > maxWork) {
      return error(413, `the graph (${n} nodes, ${m} edges) is too large to analyse on the server: betweenness and closeness take O(n·m); analyse it in the browser instead`);
    }
    return Response.json(analyzeGraph(parsed.graph));
  } catch (e) {
    return error(422, `could not analyse the graph: ${e instanceof Error ? e.message : String(e)}`);
  }
}
