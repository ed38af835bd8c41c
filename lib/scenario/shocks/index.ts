/**
 * The shock registry: one descriptor per shock type. A new shock type is one file beside these, a
 * schema in ../schema.ts and one line here.
 */
import type { ShockOf, ShockType } from "../schema";
import type { ShockContext, ShockState } from "../state";
import { addCapacityShock } from "./add-capacity";
import { addPartnershipShock } from "./add-partnership";
import { blocShock } from "./bloc";
import { cutEdgeShock } from "./cut-edge";
import { degradeShock } from "./degrade";
import { exportControlShock } from "./export-control";
import { removeShock } from "./remove";
import type { ShockDescriptor } from "./types";

export const SHOCKS: { [T in ShockType]: ShockDescriptor<T> } = {
  remove: removeShock,
  degrade: degradeShock,
  "export-control": exportControlShock,
  "cut-edge": cutEdgeShock,
  "add-capacity": addCapacityShock,
  "add-partnership": addPartnershipShock,
  bloc: blocShock,
};

export function applyShock<T extends ShockType>(state: ShockState, shock: ShockOf<T> & { id: string }, ctx: ShockContext): ShockState {
  return (SHOCKS[shock.type] as ShockDescriptor<T>).apply(state, shock, ctx);
}

export function describeShock<T extends ShockType>(shock: ShockOf<T>, label: (id: string) => string): string {
  return shock.label ?? (SHOCKS[shock.type] as ShockDescriptor<T>).describe(shock, label);
}

export type { ShockDescriptor } from "./types";
