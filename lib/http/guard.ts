/**
 * What a POST must satisfy before its body is read.
 *
 * Cross-site policy (no CORS): the API's POST routes serve pages of the Atlas's own origin and
 * clients that are not browsers (curl, scripts). A POST is refused with 403 when
 * - its `Sec-Fetch-Site` header is present and is neither `same-origin` nor `none` (so
 *   `cross-site` and `same-site`, e.g. another subdomain, are refused), or
 * - it has no `Sec-Fetch-Site` but an `Origin` whose host (host:port) is not the request's own
 *   (`X-Forwarded-Host`, else `Host`); `Origin: null` (sandboxed frames, file: pages) is refused.
 * A request with neither header comes from a non-browser client and is allowed: browsers send
 * `Origin` on every cross-origin POST, so this is not a way around the rule. No route answers
 * CORS preflights, so browsers never send cross-origin JSON either.
 *
 * Content types: each route lists the media types it documents; anything else, including a
 * missing Content-Type and the form types a cross-site `<form>` can send, is a 415.
 */
import { readCappedBody, type BodyResult } from "./body";
import { errorResponse } from "./errors";

export interface PostPolicy {
  /** Media types the route accepts (lower case, no parameters), e.g. ["application/json"]. */
  contentTypes: readonly string[];
  /** Largest body in bytes. */
  maxBytes: number;
}

/** The media type of a Content-Type header, lower case and without parameters; null if absent. */
export function mediaType(header: string | null): string | null {
  if (header === null) return null;
  const type = header.split(";")[0]!.trim().toLowerCase();
  return type === "" ? null : type;
}

/** 415 unless the request's Content-Type is one of `allowed` (and any charset is UTF-8). */
export function refuseContentType(request: Request, allowed: readonly string[]): Response | null {
  const header = request.headers.get("content-type");
  const type = mediaType(header);
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(header ?? "")?.[1]?.toLowerCase();
  if (type !== null && allowed.includes(type) && (charset === undefined || charset === "utf-8" || charset === "utf8")) return null;
  const got = type === null ? "no Content-Type" : `Content-Type ${header}`;
  return errorResponse(415, `${got} is not accepted here; send ${allowed.join(" or ")} (UTF-8)`, {
    headers: { Accept: allowed.join(", ") },
  });
}

/** 403 for a POST from another site (see the policy above); null when it may proceed. */
export function refuseCrossSite(request: Request): Response | null {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) {
    return site === "same-origin" || site === "none" ? null : errorResponse(403, `cross-site POSTs are refused (Sec-Fetch-Site: ${site}); this API has no CORS policy`);
  }
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  const own = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "").split(",")[0]!.trim().toLowerCase();
  let host: string | null = null;
  try {
    host = origin === "null" ? null : new URL(origin).host.toLowerCase();
  } catch {
    host = null;
  }
  return host !== null && host === own ? null : errorResponse(403, `cross-site POSTs are refused (Origin: ${origin}); this API has no CORS policy`);
}

/** The body of a POST that passed the cross-site (403), content-type (415) and size (413) checks. */
export async function readPost(request: Request, policy: PostPolicy): Promise<BodyResult> {
  const refused = refuseCrossSite(request) ?? refuseContentType(request, policy.contentTypes);
  if (refused) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, response: refused };
  }
  return readCappedBody(request, policy.maxBytes);
}
