/**
 * GET /api/scenario: the presets with their scenario JSON and sources, and the substitution table.
 * POST /api/scenario: run a scenario JSON, or { "preset": id }, on the curated graph and return its
 * impact; an invalid scenario is a 400 naming the bad field (lib/scenario/http.ts), never a 500.
 */
import { getCuratedGraph } from "@/lib/model/curated";
import { getScenarioLibrary } from "@/lib/scenario/curated";
import { scenarioListBody, scenarioRequest } from "@/lib/scenario/http";

export const runtime = "nodejs";

export function GET() {
  return Response.json(scenarioListBody(getScenarioLibrary(), getCuratedGraph().getAttribute("sources")));
}

export const POST = (request: Request) => scenarioRequest(request, getCuratedGraph(), getScenarioLibrary());
