/**
 * Flat attributes for formats that hold one scalar per cell (GEXF, GraphML): a list becomes its
 * items joined with ";" (aliases, sources, members, inputs, layers); an empty list or an absent
 * value is left out; nested objects become JSON. Numbers and booleans stay typed. This is what a
 * GEXF or GraphML export reads back as. O(total attribute count).
 */

export type FlatValue = string | number | boolean;
export type FlatType = "string" | "integer" | "double" | "boolean";

export const LIST_SEPARATOR = ";";

export function flattenValue(value: unknown): FlatValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(LIST_SEPARATOR) : undefined;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

export function flattenAttributes(attributes: object, omit: readonly string[] = []): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (omit.includes(k)) continue;
    const f = flattenValue(v);
    if (f !== undefined) out[k] = f;
  }
  return out;
}

export interface FlatColumn {
  name: string;
  type: FlatType;
}

/**
 * The attribute model of flat records: every name that has a value somewhere, in first-seen order,
 * typed "integer" when every value is a 32-bit integer, "double" when every value is a number,
 * "boolean" when every value is one, else "string". A name whose values mix types is "string" and
 * its values are written as text: `coerce` gives the value a reader gets back.
 */
export function flatModel(records: Iterable<Record<string, FlatValue>>): FlatColumn[] {
  const types = new Map<string, FlatType>();
  for (const r of records) {
    for (const [name, v] of Object.entries(r)) {
      const t: FlatType =
        typeof v === "boolean" ? "boolean" : typeof v === "number" ? (Number.isInteger(v) && Math.abs(v) <= 0x7fffffff ? "integer" : "double") : "string";
      const prev = types.get(name);
      if (prev === undefined) types.set(name, t);
      else if (prev !== t) types.set(name, (prev === "integer" && t === "double") || (prev === "double" && t === "integer") ? "double" : "string");
    }
  }
  return [...types].map(([name, type]) => ({ name, type }));
}

/** The value as written for a column of `type` (numbers in a string column become text). */
export function coerce(value: FlatValue, type: FlatType): FlatValue {
  return type === "string" ? String(value) : value;
}
