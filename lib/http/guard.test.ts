import { describe, expect, it } from "vitest";
import { mediaType, readPost, refuseContentType, refuseCrossSite } from "./guard";

const req = (headers: Record<string, string>, body = "{}") => new Request("http://atlas.test/api/x", { method: "POST", headers: { host: "atlas.test", ...headers }, body });

describe("refuseCrossSite", () => {
  it("allows same-origin browsers and clients that send neither Origin nor Sec-Fetch-Site", () => {
    expect(refuseCrossSite(req({}))).toBeNull();
    expect(refuseCrossSite(req({ "sec-fetch-site": "same-origin", origin: "http://atlas.test" }))).toBeNull();
    expect(refuseCrossSite(req({ "sec-fetch-site": "none" }))).toBeNull();
    expect(refuseCrossSite(req({ origin: "http://atlas.test" }))).toBeNull();
    expect(refuseCrossSite(req({ origin: "https://ATLAS.test" }))).toBeNull();
    expect(refuseCrossSite(req({ origin: "https://atlas.example", "x-forwarded-host": "atlas.example" }))).toBeNull();
  });

  it("refuses cross-site and same-site browsers with 403", async () => {
    const cases: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site", origin: "https://evil.test" },
      { "sec-fetch-site": "same-site", origin: "http://sub.atlas.test" },
      { origin: "https://evil.test" },
      { origin: "http://atlas.test:8080" },
      { origin: "null" },
      { origin: "not a url" },
    ];
    for (const headers of cases) {
      const r = refuseCrossSite(req(headers));
      expect(r?.status, JSON.stringify(headers)).toBe(403);
      expect(((await r!.json()) as { error: { message: string } }).error.message).toMatch(/cross-site POSTs are refused/);
    }
  });
});

describe("refuseContentType", () => {
  const json = ["application/json"];
  it("accepts the listed type with or without a UTF-8 charset", () => {
    expect(refuseContentType(req({ "content-type": "application/json" }), json)).toBeNull();
    expect(refuseContentType(req({ "content-type": "Application/JSON; charset=UTF-8" }), json)).toBeNull();
  });

  it("refuses the types a cross-site form can send, a missing type and other charsets with 415", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/jsonx"]) {
      const r = refuseContentType(req({ "content-type": type }), json);
      expect(r?.status, type).toBe(415);
      expect(r?.headers.get("accept")).toBe("application/json");
    }
    const none = new Request("http://atlas.test/", { method: "POST", body: new Uint8Array([1]) });
    expect(none.headers.get("content-type")).toBeNull();
    const r = refuseContentType(none, json);
    expect(r?.status).toBe(415);
    expect(((await r!.json()) as { error: { message: string } }).error.message).toBe("no Content-Type is not accepted here; send application/json (UTF-8)");
  });

  it("parses media types", () => {
    expect(mediaType(" Text/Plain ; charset=utf-8")).toBe("text/plain");
    expect(mediaType(null)).toBeNull();
    expect(mediaType("")).toBeNull();
  });
});

describe("readPost", () => {
  const policy = { contentTypes: ["application/json"], maxBytes: 4 };
  it("checks origin (403), then content type (415), then size (413), then reads", async () => {
    const evil = await readPost(req({ origin: "https://evil.test", "content-type": "text/plain" }), policy);
    expect(!evil.ok && evil.response.status).toBe(403);
    const form = await readPost(req({ "content-type": "text/plain" }), policy);
    expect(!form.ok && form.response.status).toBe(415);
    const big = await readPost(req({ "content-type": "application/json" }, "[1,2,3]"), policy);
    expect(!big.ok && big.response.status).toBe(413);
    const ok = await readPost(req({ "content-type": "application/json" }, "[1]"), policy);
    expect(ok.ok && new TextDecoder().decode(ok.bytes)).toBe("[1]");
  });
});
