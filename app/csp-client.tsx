"use client";
/**
 * Browser-side settings the Content-Security-Policy (proxy.ts) needs. zod probes for eval with
 * `Function("")` before compiling object schemas; the policy forbids eval, so the probe only
 * fails and reports a violation. `jitless` skips the probe: zod's interpreter is what runs
 * under the policy anyway. Module scope, so it runs before any component parses.
 */
import { z } from "zod";

z.config({ jitless: true });

export function CspClient() {
  return null;
}
