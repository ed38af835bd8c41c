/**
 * Runs before every page (not API routes or static files, see `config`): gives the page a fresh
 * CSP nonce (lib/http/security-headers.ts) that Next reads from the request's policy header and
 * puts on its scripts, and answers a path with a malformed percent-encoding (/nation/%ZZ) with a
 * plain 400 carrying the usual headers instead of letting it fail deeper as a 500.
 */
import { NextResponse, type NextRequest } from "next/server";
import { PERMISSIONS_POLICY, createNonce, isMalformedPath, pageCsp } from "@/lib/http/security-headers";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const nonce = createNonce();
  const frameable = pathname === "/embed";
  const csp = pageCsp({ nonce, frameable, dev: process.env.NODE_ENV === "development" });
  if (isMalformedPath(pathname)) {
    return new NextResponse("400 Bad Request: the address has a malformed percent-encoding.\n", {
      status: 400,
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "Content-Security-Policy": csp,
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Permissions-Policy": PERMISSIONS_POLICY,
      },
    });
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
