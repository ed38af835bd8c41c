import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { API_CSP, CYTOSCAPE_STYLE, CYTOSCAPE_STYLE_HASH, PERMISSIONS_POLICY, createNonce, isMalformedPath, pageCsp } from "./security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1).join(" ")]));

describe("security headers", () => {
  it("page policy: nonce'd scripts only, no plugins, no foreign base, framed only when asked", () => {
    const d = directives(pageCsp({ nonce: "abc=", frameable: false }));
    expect(d.get("script-src")).toBe("'self' 'nonce-abc=' 'strict-dynamic'");
    expect(d.get("script-src")).not.toMatch(/unsafe/);
    expect(d.get("object-src")).toBe("'none'");
    expect(d.get("base-uri")).toBe("'self'");
    expect(d.get("frame-ancestors")).toBe("'none'");
    expect(d.get("default-src")).toBe("'self'");
    expect(directives(pageCsp({ nonce: "x", frameable: true })).get("frame-ancestors")).toBe("*");
    const dev = directives(pageCsp({ nonce: "x", frameable: false, dev: true }));
    expect(dev.get("script-src")).toMatch(/'unsafe-eval'/);
    expect(dev.get("style-src")).toBe("'self' 'unsafe-inline'");
  });

  it("allows cytoscape's own stylesheet by its hash, and no other inline style", () => {
    const require = createRequire(import.meta.url);
    const source = readFileSync(require.resolve("cytoscape/dist/cytoscape.cjs.js"), "utf8");
    expect(source).toContain("var className = '__________cytoscape_container';");
    expect(source).toContain("stylesheet.textContent = '.' + className + ' { position: relative; }';");
    expect(CYTOSCAPE_STYLE_HASH).toBe(`sha256-${createHash("sha256").update(CYTOSCAPE_STYLE).digest("base64")}`);
    const style = directives(pageCsp({ nonce: "n", frameable: false })).get("style-src");
    expect(style).toBe(`'self' 'nonce-n' '${CYTOSCAPE_STYLE_HASH}'`);
  });

  it("nonces are fresh and unguessable (16 random bytes)", () => {
    const a = createNonce();
    expect(atob(a)).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });

  it("next.config.js sends the same Permissions-Policy everywhere, the API policy on /api, and X-Frame-Options except on /embed", async () => {
    const config = createRequire(import.meta.url)("../../next.config.js") as { headers(): Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
    const rules = await config.headers();
    const value = (source: string, key: string) => rules.find((r) => r.source === source)?.headers.find((h) => h.key === key)?.value;
    expect(value("/:path*", "Permissions-Policy")).toBe(PERMISSIONS_POLICY);
    expect(value("/api/:path*", "Content-Security-Policy")).toBe(API_CSP);
    const frameRule = rules.find((r) => r.headers.some((h) => h.key === "X-Frame-Options"))!;
    const re = new RegExp(`^${frameRule.source}$`);
    expect(re.test("/")).toBe(true);
    expect(re.test("/nation/USA")).toBe(true);
    expect(re.test("/embed")).toBe(false);
  });

  it("finds malformed percent-encodings", () => {
    for (const p of ["/nation/%ZZ", "/nation/%E0%A4%A", "/nation/%"]) expect(isMalformedPath(p), p).toBe(true);
    for (const p of ["/nation/USA", "/nation/%C3%A9", "/"]) expect(isMalformedPath(p), p).toBe(false);
  });
});
