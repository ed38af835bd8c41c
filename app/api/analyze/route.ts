/** POST /api/analyze?format=json: network metrics of a graphology JSON graph (lib/metrics/http.ts). */
import { analyzeRequest } from "@/lib/metrics/http";

export const runtime = "nodejs";

export const POST = (request: Request) => analyzeRequest(request);
