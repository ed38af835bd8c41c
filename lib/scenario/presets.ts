/**
 * Presets: scenarios of real events (and one of diversification), kept as reviewable files in
 * data/scenarios/*.json. A preset is a scenario with an id, a one-paragraph description and its
 * sources (ids of data/sources.csv or data/scenarios/sources.csv, or written out). Pure; the
 * files are read by curated.ts (Node) and served by GET /api/scenario.
 */
import { z } from "zod";
import { parseScenario, type Scenario, type SchemaProblem } from "./schema";

export type Preset = Scenario & { id: string; description: string };

const presetExtra = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "is not a preset id (a lowercase slug)"),
  description: z.string().min(40, "needs a description of at least a sentence"),
  sources: z.array(z.unknown()).min(1, "needs at least one source"),
});

export function parsePreset(value: unknown): { preset?: Preset; problem?: SchemaProblem } {
  const extra = presetExtra.safeParse(value);
  if (!extra.success) {
    const issue = extra.error.issues[0]!;
    return { problem: { path: issue.path.map(String).join("."), message: issue.message } };
  }
  const r = parseScenario(value);
  if (!r.scenario) return { problem: r.problem };
  return { preset: r.scenario as Preset };
}
