import { getCuratedSerialized } from "@/lib/model/curated";

export const dynamic = "force-static";

/** The curated dataset as graphology's serialised JSON. */
export function GET() {
  return Response.json(getCuratedSerialized());
}
