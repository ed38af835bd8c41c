/**
 * The security headers of every response. Pages get a Content-Security-Policy with a fresh nonce
 * per request (proxy.ts; Next puts the nonce on its own scripts, app/layout.tsx on the theme
 * script); API answers and static files get the fixed policy of next.config.js. Only /embed may
 * be framed (frame-ancestors *), everything else may not (frame-ancestors 'none', X-Frame-Options).
 *
 * next.config.js is plain JavaScript and repeats PERMISSIONS_POLICY and API_CSP; a test checks
 * that they agree.
 */

/** Browser features the Atlas never uses, switched off for it and anything it frames. */
export const PERMISSIONS_POLICY =
  "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=()";

/** The policy of answers that are not pages (JSON, CSV, files): nothing may run or frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export interface PageCspOptions {
  nonce: string;
  /** /embed only: any site may frame it. */
  frameable: boolean;
  /** next dev: React needs eval for its debugging aids, Next's overlay inline styles. */
  dev?: boolean;
}

/**
/**
 * The one <style> element cytoscape inserts itself (its renderer, on first use): without it the
 * network's container stays position:static. Its hash, so no 'unsafe-inline' is needed; a test
 * checks it against the installed cytoscape.
 */
export const CYTOSCAPE_STYLE = ".__________cytoscape_container { position: relative; }";
export const CYTOSCAPE_STYLE_HASH = "sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8=";

/**
 * The page policy. Scripts: only those carrying the nonce, and what they load ('strict-dynamic').
 * Styles: files from the Atlas, nonce'd <style> elements and cytoscape's one stylesheet (by hash);
 * style attributes are allowed (style-src-attr) because React and cytoscape position elements
 * with them. Workers come from the Atlas (or blob: bootstraps), data from the Atlas only.
 */
export function pageCsp({ nonce, frameable, dev = false }: PageCspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // next dev's overlay inserts <style> elements without the nonce (a nonce would void 'unsafe-inline').
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}' '${CYTOSCAPE_STYLE_HASH}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameable ? "*" : "'none'"}`,
  ].join("; ");
}

/** A nonce: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** True when the path has a malformed percent-encoding (`%ZZ`, a cut UTF-8 sequence, a bare `%`). */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
