/**
 * Substitution assumptions per input or layer, read from data/scenarios/substitution.csv: how many
 * months it takes to replace lost supply (qualify another supplier, build capacity) and how much
 * spare capacity the remaining providers have. The dataset has no such columns, so every figure
 * here is either sourced or marked as an assumption with why. Pure: the caller reads the file.
 */
import { z } from "zod";
import { parseCsvTable } from "../io/csv";
import { LAYERS, type Layer } from "../model/vocabulary";

const BASES = ["sourced", "assumption"] as const;
const num = (min: number, max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : v), z.number({ error: "is not a number" }).finite().min(min).max(max));

export const substitutionRowSchema = z
  .object({
    scope: z.enum(["input", "layer"]),
    id: z.string().trim().min(1),
    /** Months to replace the lost supply (qualify another supplier or build capacity). */
    months: num(0, 600),
    months_basis: z.enum(BASES),
    /** Spare capacity of the remaining providers within that time, percent of their output. */
    spare: num(0, 100),
    spare_basis: z.enum(BASES),
    /**
     * Required inputs that are parts or alternatives of this input rather than essential inputs
     * (e.g. all fab capacity includes leading-edge logic; an accelerator is a GPU or an ASIC):
     * they limit it by their mean, the other required inputs by the scarcest. Input rows only.
     */
    parts: z.preprocess((v) => (typeof v === "string" ? v.split(";").map((s) => s.trim()).filter(Boolean) : v), z.array(z.string()).default([])),
    /** What the source says, or why the assumption. Required. */
    note: z.string().trim().min(1, "needs a note (the source's figure or why the assumption)"),
    sources: z.preprocess((v) => (typeof v === "string" ? v.split(";").map((s) => s.trim()).filter(Boolean) : v), z.array(z.string())),
  })
  .refine((r) => r.scope !== "layer" || (LAYERS as readonly string[]).includes(r.id), { message: "is not a layer", path: ["id"] })
  .refine((r) => r.scope === "input" || r.parts.length === 0, { message: "only an input row can name parts", path: ["parts"] })
  .refine((r) => (r.months_basis !== "sourced" && r.spare_basis !== "sourced") || r.sources.length > 0, {
    message: "a sourced figure needs a source id",
    path: ["sources"],
  });

export type SubstitutionRow = z.infer<typeof substitutionRowSchema>;

export interface Substitution {
  months: number;
  /** Spare capacity as a fraction (0–1). */
  spare: number;
  monthsBasis: "sourced" | "assumption";
  spareBasis: "sourced" | "assumption";
  note: string;
  sources: string[];
  /** Required inputs that count as parts (mean), not essential inputs (min). */
  parts: string[];
  /** Where the figure comes from: the input's own row, its layer's row, or the default. */
  from: "input" | "layer" | "default";
}

/** Used when neither the input nor its layer has a row (the file's check forbids that for layers). */
export const DEFAULT_SUBSTITUTION: Substitution = {
  months: 12,
  spare: 0,
  monthsBasis: "assumption",
  spareBasis: "assumption",
  note: "No row in data/scenarios/substitution.csv: 12 months and no spare capacity are assumed.",
  sources: [],
  parts: [],
  from: "default",
};

export interface SubstitutionTable {
  rows: SubstitutionRow[];
}

export function parseSubstitutionCsv(text: string): { table: SubstitutionTable; errors: string[] } {
  const t = parseCsvTable(text);
  const errors = t.errors.map((e) => `line ${e.line}: ${e.message}`);
  const rows: SubstitutionRow[] = [];
  const seen = new Set<string>();
  for (const { line, values } of t.rows) {
    const r = substitutionRowSchema.safeParse(values);
    if (!r.success) {
      for (const issue of r.error.issues) errors.push(`line ${line}, field "${issue.path.join(".")}": ${issue.message}`);
      continue;
    }
    const key = `${r.data.scope}:${r.data.id}`;
    if (seen.has(key)) errors.push(`line ${line}: duplicate row for ${key}`);
    seen.add(key);
    rows.push(r.data);
  }
  return { table: { rows }, errors };
}

/** The substitution figures for an input: its own row, else its layer's row, else the default. */
export function substitutionFor(table: SubstitutionTable, input: string, layer: Layer): Substitution {
  const row = table.rows.find((r) => r.scope === "input" && r.id === input) ?? table.rows.find((r) => r.scope === "layer" && r.id === layer);
  if (!row) return DEFAULT_SUBSTITUTION;
  return {
    months: row.months,
    spare: row.spare / 100,
    monthsBasis: row.months_basis,
    spareBasis: row.spare_basis,
    note: row.note,
    sources: row.sources,
    parts: row.scope === "input" ? row.parts : [],
    from: row.scope,
  };
}

export const EMPTY_SUBSTITUTION: SubstitutionTable = { rows: [] };
