"use client";
import { useSyncExternalStore } from "react";
import type { Theme } from "@/components/network/stylesheet";

/**
 * The colour theme is the `dark` class on <html> (set before first paint by the layout's script);
 * this hook reads it and re-renders on change, and setTheme switches and remembers it.
 */
const EVENT = "atlas-theme";

function subscribe(onChange: () => void) {
  window.addEventListener(EVENT, onChange);
  return () => window.removeEventListener(EVENT, onChange);
}
const snapshot = (): Theme => (document.documentElement.classList.contains("dark") ? "dark" : "light");

export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, snapshot, () => "light");
}

export function setTheme(theme: Theme) {
  document.documentElement.classList.toggle("dark", theme === "dark");
  try {
    localStorage.setItem("atlas-theme", theme);
  } catch {
    // Storage may be unavailable (private mode); the switch still holds for this page.
  }
  window.dispatchEvent(new Event(EVENT));
}
