/**
 * The scenario in a link: `p.<preset id>` for an unchanged preset, else `j.<base64url of the
 * minified JSON>` with defaults left out (about 150 characters a shock). Decoding never throws: a
 * bad or stale parameter gives problems to show, and whatever is valid still applies.
 */
import { parseScenarioLenient, type Scenario, type SchemaProblem } from "./schema";

export const MAX_PARAM_LENGTH = 8000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(s: string): string {
  const b64 = s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4);
  const bin = atob(b64);
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/** The scenario without its defaults (enabled shocks, empty scopes, default options), for links and files. */
export function minifyScenario(s: Scenario): Record<string, unknown> {
  const out: Record<string, unknown> = { name: s.name };
  const options: Record<string, unknown> = {};
  if (s.options.lens !== "hq") options.lens = s.options.lens;
  if (s.options.year !== undefined) options.year = s.options.year;
  if (s.options.baseline !== "open") options.baseline = s.options.baseline;
  if (Object.keys(options).length) out.options = options;
  out.shocks = s.shocks.map((shock) => {
    const m: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(shock)) {
      if (k === "enabled" && v === true) continue;
      if (k === "confidence" && v === "low") continue;
      if ((k === "inputs" || k === "layers" || k === "members") && Array.isArray(v) && v.length === 0) continue;
      if (v !== undefined) m[k] = v;
    }
    return m;
  });
  return out;
}

/** JSON with object keys sorted, so equal values give equal text whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

/** Same shocks (in the same order), options and name, ignoring description, sources and key order. */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  return canonical(minifyScenario(a)) === canonical(minifyScenario(b));
}

export function encodeScenario(s: Scenario, presets: readonly Scenario[] = []): string {
  const preset = s.id ? presets.find((p) => p.id === s.id) : undefined;
  if (preset && sameScenario(preset, s)) return `p.${preset.id}`;
  return `j.${toBase64Url(JSON.stringify(minifyScenario(s)))}`;
}

export interface DecodedScenario {
  scenario?: Scenario;
  problems: SchemaProblem[];
}

export function decodeScenario(param: string, presets: readonly Scenario[] = []): DecodedScenario {
  if (param.length > MAX_PARAM_LENGTH) return { problems: [{ path: "scenario", message: `the link's scenario is longer than ${MAX_PARAM_LENGTH} characters` }] };
  if (param.startsWith("p.")) {
    const id = param.slice(2);
    const preset = presets.find((p) => p.id === id);
    return preset ? { scenario: preset, problems: [] } : { problems: [{ path: "scenario", message: `no preset "${id}"` }] };
  }
  if (!param.startsWith("j.")) return { problems: [{ path: "scenario", message: "the link's scenario is not in a known format" }] };
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(param.slice(2)));
  } catch {
    return { problems: [{ path: "scenario", message: "the link's scenario is not valid encoded JSON" }] };
  }
  return parseScenarioLenient(value);
}

/** Read a scenario file's text (import): JSON errors and invalid shocks are reported, valid shocks kept. */
export function readScenarioFile(text: string): DecodedScenario {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problems: [{ path: "", message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return parseScenarioLenient(value);
}

/** A scenario as a file's text (export): pretty JSON with every field, so the file documents itself. */
export function scenarioFileText(s: Scenario): string {
  return `${JSON.stringify({ ...s, version: 1 }, null, 2)}\n`;
}
