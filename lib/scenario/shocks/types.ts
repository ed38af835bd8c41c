/** What a shock type is: one descriptor per file, listed once in index.ts. */
import type { ShockOf, ShockType } from "../schema";
import type { ShockContext, ShockState } from "../state";

export interface ShockDescriptor<T extends ShockType> {
  type: T;
  /** What the builder's menu calls it. */
  title: string;
  /** Disruptive shocks can only lower capabilities (the monotonicity tests check every one of them). */
  disruptive: boolean;
  /** One line for the shock list, e.g. "Degrade Samsung Electronics by 50% (HBM)". */
  describe(shock: ShockOf<T>, label: (id: string) => string): string;
  /** Apply to the fold's state; returns a new state (skipped or noted when ids are stale). */
  apply(state: ShockState, shock: ShockOf<T> & { id: string }, ctx: ShockContext): ShockState;
}

/** "HBM, DRAM" or "every input" or "fabrication layer". */
export function scopeText(shock: { inputs: string[]; layers: string[] }, label: (id: string) => string): string {
  const parts = [...shock.inputs.map(label), ...shock.layers.map((l) => `${l} layer`)];
  return parts.length === 0 ? "every input" : parts.join(", ");
}
