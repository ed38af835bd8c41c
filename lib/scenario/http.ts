/**
 * GET and POST /api/scenario as plain functions of a web Request (no next/*). Never throws and
 * never answers 500: 200 · 400 { error: { message, path } } naming the bad field · 403 cross-site
 * POST · 415 not application/json · 413 (body over 1 MB, counted in bytes as it streams in, see
 * lib/http) · 422 { error: { message } } for anything unexpected.
 */
import { decodeUtf8, readPost } from "../http";
import type { AtlasGraph } from "../model/graph";
import type { Source } from "../model/schema";
import type { Preset } from "./presets";
import { runScenario } from "./run";
import { parseScenario } from "./schema";
import type { SubstitutionTable } from "./substitution";

/** A scenario is a few shocks: 1 MB (bytes) is far more than any needs. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;
export const SCENARIO_CONTENT_TYPES = ["application/json"] as const;

export interface ScenarioLibraryLike {
  presets: Preset[];
  substitution: SubstitutionTable;
  sources: Source[];
}

const error = (status: number, message: string, path?: string) =>
  Response.json({ error: path === undefined ? { message } : { message, path } }, { status });

/** Presets with their scenario JSON and resolved sources, plus the substitution table. */
export function scenarioListBody(library: ScenarioLibraryLike, graphSources: Source[]) {
  const byId = new Map([...graphSources, ...library.sources].map((s) => [s.id, s]));
  return {
    presets: library.presets.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      sources: p.sources.map((s) => (typeof s === "string" ? (byId.get(s) ?? { id: s }) : s)),
      scenario: p,
    })),
    substitution: library.substitution,
    sources: library.sources,
  };
}

export async function scenarioRequest(request: Request, graph: AtlasGraph, library: ScenarioLibraryLike): Promise<Response> {
  try {
    const read = await readPost(request, { contentTypes: SCENARIO_CONTENT_TYPES, maxBytes: MAX_SCENARIO_BYTES });
    if (!read.ok) return read.response;
    const text = decodeUtf8(read.bytes);
    if (text === null) return error(400, "the body is not valid UTF-8 text", "");
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (e) {
      return error(400, `the body is not valid JSON: ${(e as Error).message}`, "");
    }
    if (typeof body !== "object" || body === null || Array.isArray(body)) return error(400, "the body must be a JSON object (a scenario, or { \"preset\": id })", "");
    let scenario;
    if ("preset" in body) {
      const id = (body as { preset: unknown }).preset;
      if (typeof id !== "string") return error(400, "preset must be a preset id (a string)", "preset");
      const preset = library.presets.find((p) => p.id === id);
      if (!preset) return error(400, `no preset "${id}" (known: ${library.presets.map((p) => p.id).join(", ")})`, "preset");
      scenario = preset;
    } else {
      const r = parseScenario(body);
      if (!r.scenario) return error(400, r.problem.message, r.problem.path);
      scenario = r.scenario;
    }
    const impact = runScenario(graph, scenario, library.substitution);
    return Response.json({ scenario, impact });
  } catch (e) {
    return error(422, `the scenario could not be run: ${e instanceof Error ? e.message : String(e)}`);
  }
}
