/**
 * GET /api/node/{id}?depth=1..5&year=YYYY: a node's attributes, its upstream and downstream
 * dependencies to a depth (default 2) with the share path of each, its other relations by family,
 * its network metrics and its criticality (lib/scenario/criticality.ts, as lib/view/details.ts
 * words it; null for a node that is not a firm, nation or input). 404 with a message for an
 * unknown id (matched exactly); 400 for a bad depth or year.
 */
import { analyzeCuratedGraph } from "@/lib/metrics/curated";
import { getCuratedGraph } from "@/lib/model/curated";
import { getCuratedCriticality } from "@/lib/scenario/curated";
import { criticalityView, nodeReport } from "@/lib/view/details";

export const runtime = "nodejs";

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const url = new URL(request.url);
  const depthRaw = url.searchParams.get("depth");
  const yearRaw = url.searchParams.get("year");
  const depth = depthRaw === null ? 2 : Number(depthRaw);
  if (!Number.isInteger(depth) || depth < 1 || depth > 5) return Response.json({ error: { message: `depth must be an integer from 1 to 5 (got "${depthRaw}")` } }, { status: 400 });
  const year = yearRaw === null ? undefined : Number(yearRaw);
  if (year !== undefined && (!Number.isInteger(year) || year < 1900 || year > 2100)) return Response.json({ error: { message: `year must be a year like 2024 (got "${yearRaw}")` } }, { status: 400 });
  const graph = getCuratedGraph();
  const report = nodeReport(graph, id, { depth, year });
  if (!report) return Response.json({ error: { message: `no node "${id}" in the dataset (ids are matched exactly)` } }, { status: 404 });
  const criticality = criticalityView(graph, getCuratedCriticality(year), id) ?? null;
  return Response.json({ ...report, depth, year: year ?? null, metrics: analyzeCuratedGraph().nodes[id] ?? null, criticality });
}
