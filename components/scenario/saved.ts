/**
 * Named scenarios saved in this browser (localStorage), as their JSON form. Reading never throws:
 * unavailable storage or a damaged entry reads as "nothing saved".
 */
import { downloadBlob } from "@/components/export/download";
import type { Scenario } from "@/lib/scenario/schema";
import { slugify } from "@/lib/util/slug";

const KEY = "interdependence-atlas:scenarios:v1";
const EVENT = "atlas-saved-scenarios";

/** For useSyncExternalStore: changes in this tab (our event) and in others (storage). */
export function subscribeSaved(onChange: () => void) {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** The saved names, sorted, one per line (a string, so the snapshot is stable between calls). */
export const savedNames = () => Object.keys(readSaved()).sort().join("\n");

export function readSaved(): Record<string, unknown> {
  try {
    const raw = localStorage.getItem(KEY);
    const value: unknown = raw ? JSON.parse(raw) : {};
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function write(all: Record<string, unknown>) {
  try {
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Storage full or unavailable: the scenario can still be exported as a file.
  }
  window.dispatchEvent(new Event(EVENT));
}

export function writeSaved(name: string, scenario: Scenario) {
  write({ ...readSaved(), [name]: scenario });
}

export function deleteSaved(name: string) {
  const all = readSaved();
  delete all[name];
  write(all);
}

/** Save text as a file (browser only). */
export function downloadText(text: string, fileName: string, type = "application/json") {
  downloadBlob(new Blob([text], { type }), fileName);
}

export const fileNameOf = (name: string) => `${slugify(name, 60, "scenario")}.scenario.json`;
