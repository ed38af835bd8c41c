/** GET /api/metrics: network metrics of the curated graph (lib/metrics/curated.ts). */
import { curatedMetricsResponse } from "@/lib/metrics/curated";

export const runtime = "nodejs";

export const GET = () => curatedMetricsResponse();
