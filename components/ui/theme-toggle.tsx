"use client";
import { buttonClass } from "./section";
import { setTheme, useTheme } from "./use-theme";

/** Light/dark switch; the choice is remembered. */
export function ThemeToggle() {
  const theme = useTheme();
  return (
    <button
      type="button"
      className={buttonClass}
      onClick={() => setTheme(theme === "dark" ? "light" : "dark")}
      aria-label={theme === "dark" ? "Switch to light theme" : "Switch to dark theme"}
      title="Light or dark theme"
    >
      <span aria-hidden>{theme === "dark" ? "☀" : "☾"}</span>
    </button>
  );
}
