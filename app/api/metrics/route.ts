/**
 * GET /api/metrics: network metrics of the curated graph (lib/metrics/curated.ts), over supply
 * dependencies, with each node's criticality (lib/scenario/criticality.ts) as `criticality` and
 * the measure's definition at the top level. 503 with a message when the data does not load.
 */
import { analyzeCuratedGraph } from "@/lib/metrics/curated";
import { getCuratedCriticality, withCriticality } from "@/lib/scenario/curated";

export const runtime = "nodejs";

export function GET() {
  try {
    return Response.json(withCriticality(analyzeCuratedGraph(), getCuratedCriticality()));
  } catch (e) {
    return Response.json({ error: { message: `could not analyse the curated graph: ${(e as Error).message}` } }, { status: 503 });
  }
}
