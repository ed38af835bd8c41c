/**
 * POST /api/analyze as plain functions of a web Request (no next/*). Never throws and never
 * answers 500:
 * 200 Analysis · 400 { error: { message, path } } · 403 cross-site POST · 415 not application/json
 * · 413 body, nodes or edges over the limits below · 503 + Retry-After when the server is busy ·
 * 422 { error: { message } } for a job that passed its time or memory limit, or anything unexpected.
 *
 * `analyzeRequest` checks the request and reads the body (lib/http); `analyzeBody` turns the
 * bytes into the answer. The route runs `analyzeBody` in a worker thread (app/api/analyze), so an
 * analysis never holds the server's request thread; tests run it in process.
 */
import { parseGraphologyJson } from "../io/graphology-json";
import { decodeUtf8, errorResponse, readPost, type WorkerQueue } from "../http";
import { analyzeGraph } from "./analyze";

/**
 * The server's limits, smaller than the browser importer's (64 MB, 200,000 nodes, 1,000,000 edges)
 * because one server is shared: 16 MB of JSON, 50,000 nodes and 250,000 edges, checked separately
 * (a graph of many nodes and no edges costs memory all the same). Betweenness and closeness cost
 * O(n·m): a graph near the limits takes minutes, so the route also bounds time and memory.
 */
export const ANALYZE_LIMITS = { maxBytes: 16 * 1024 * 1024, maxNodes: 50_000, maxEdges: 250_000 } as const;

export type AnalyzeLimits = { maxBytes: number; maxNodes: number; maxEdges: number };

export const ANALYZE_CONTENT_TYPES = ["application/json"] as const;

/** What `analyzeBody` answers: a status and the JSON text of the body (built off the request thread). */
export interface AnalyzeAnswer {
  status: number;
  body: string;
}

const answer = (status: number, message: string, path?: string): AnalyzeAnswer => ({
  status,
  body: JSON.stringify({ error: path === undefined ? { message } : { message, path } }),
});

/** The answer to a body of graphology JSON: parse, bound, validate and analyse. Never throws. */
export function analyzeBody(bytes: Uint8Array, limits: AnalyzeLimits = ANALYZE_LIMITS): AnalyzeAnswer {
  try {
    const text = decodeUtf8(bytes);
    if (text === null) return answer(400, "the body is not valid UTF-8 text", "");
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return answer(400, `invalid JSON: ${(e as Error).message}`, "");
    }
    if (data !== null && typeof data === "object" && !Array.isArray(data)) {
      const { nodes, edges } = data as { nodes?: unknown; edges?: unknown };
      if (Array.isArray(nodes) && nodes.length > limits.maxNodes) {
        return answer(413, `the graph has ${nodes.length.toLocaleString("en-US")} nodes; the server analyses at most ${limits.maxNodes.toLocaleString("en-US")} (use npm run analyze or the browser for more)`, "nodes");
      }
      if (Array.isArray(edges) && edges.length > limits.maxEdges) {
        return answer(413, `the graph has ${edges.length.toLocaleString("en-US")} edges; the server analyses at most ${limits.maxEdges.toLocaleString("en-US")} (use npm run analyze or the browser for more)`, "edges");
      }
    }
    const parsed = parseGraphologyJson(data);
    if (!parsed.ok) return answer(400, parsed.error.message, parsed.error.path);
    return { status: 200, body: JSON.stringify(analyzeGraph(parsed.graph)) };
  } catch (e) {
    return answer(422, `could not analyse the graph: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Where `analyzeBody` runs: in a worker (the route) or in process (the default, for tests). */
export type AnalyzeRunner = (bytes: Uint8Array, limits: AnalyzeLimits, signal: AbortSignal) => Promise<AnalyzeAnswer | Response>;

const inProcess: AnalyzeRunner = async (bytes, limits) => analyzeBody(bytes, limits);

export async function analyzeRequest(
  request: Request,
  { limits = ANALYZE_LIMITS, run = inProcess }: { limits?: AnalyzeLimits; run?: AnalyzeRunner } = {},
): Promise<Response> {
  try {
    const format = new URL(request.url).searchParams.get("format") ?? "json";
    if (format !== "json") return errorResponse(400, `unsupported format "${format}"; only format=json`, { path: "format" });
    const body = await readPost(request, { contentTypes: ANALYZE_CONTENT_TYPES, maxBytes: limits.maxBytes });
    if (!body.ok) return body.response;
    const result = await run(body.bytes, limits, request.signal);
    if (result instanceof Response) return result;
    return new Response(result.body, { status: result.status, headers: { "content-type": "application/json" } });
  } catch (e) {
    return errorResponse(422, `could not analyse the graph: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * How the route runs analyses: one at a time on a machine of 2 or 3 cores (two from 4 cores up),
 * two more may wait, each gets 120 s and 512 MB of heap; a busy server answers 503 with
 * Retry-After. ATLAS_ANALYZE_TIMEOUT_MS overrides the time limit.
 */
export function analyzeJobLimits(cores: number, env: Record<string, string | undefined> = {}) {
  const timeout = Number(env.ATLAS_ANALYZE_TIMEOUT_MS);
  return {
    concurrency: cores >= 4 ? 2 : 1,
    maxQueued: 2,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 120_000,
    maxOldGenerationSizeMb: 512,
  };
}

/** The queue's job: the body's bytes and the limits; its answer is `analyzeBody`'s. */
export interface AnalyzeJob {
  bytes: Uint8Array;
  limits: AnalyzeLimits;
}

/** A runner that sends each body to `queue` (a WorkerQueue of worker threads running `analyzeBody`). */
export function queuedRunner(queue: WorkerQueue<AnalyzeJob, AnalyzeAnswer>, timeoutMs: number): AnalyzeRunner {
  return async (bytes, limits, signal) => {
    // A copy the worker can own: the reader's chunk may be a view of a larger, shared buffer.
    const own = bytes.slice();
    const outcome = await queue.run({ bytes: own, limits }, { transfer: [own.buffer], signal });
    if (outcome.ok) return outcome.value;
    if (outcome.reason === "busy" || outcome.reason === "aborted") {
      return errorResponse(503, `${outcome.message}; try again later`, { headers: { "Retry-After": String(Math.ceil(timeoutMs / 1000)) } });
    }
    return errorResponse(422, `could not analyse the graph on the server: ${outcome.message}; analyse it in the browser or with npm run analyze`);
  };
}
