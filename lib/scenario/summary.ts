/**
 * A short generated summary of a scenario's largest effects, in plain sentences: what was applied,
 * the world inputs that lose most, the nations hit hardest (or "every nation alike" when shortages
 * are shared pro rata), output losses, the medium term, chokepoints and skipped shocks.
 */
import { LAYER_INFO } from "../model/vocabulary";
import { formatFraction } from "../supply/format";
import type { ScenarioResult } from "./types";

const pct = (x: number) => formatFraction(x, { compact: true });
const list = (xs: string[]) => (xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`);

export function summarise(r: ScenarioResult, label: (id: string) => string): string[] {
  const out: string[] = [];
  const applied = r.shocks.filter((s) => s.status === "applied");
  if (applied.length === 0) {
    out.push("No shock applied: the scenario equals the baseline.");
    if (r.skipped.length) out.push(`Skipped: ${r.skipped.map((s) => s.message).join("; ")}.`);
    return out;
  }

  const world = r.inputs.filter((x) => x.world.before - x.world.after > 0.005).sort((a, b) => b.world.before - b.world.after - (a.world.before - a.world.after));
  if (world.length > 0)
    out.push(
      `On the world market, ${list(world.slice(0, 3).map((x) => `${x.label} falls to ${pct(x.world.after)} of its supply`))}${world.length > 3 ? ` (${world.length} inputs lose supply in all)` : ""}.`,
    );

  const alive = r.nations.filter((n) => !n.removed);
  const hit = alive.filter((n) => n.loss > 0.001);
  if (hit.length > 0) {
    const losses = alive.map((n) => n.loss);
    const spread = Math.max(...losses) - Math.min(...losses);
    if (hit.length === alive.length && spread < 0.01) {
      const w = hit[0]!.worst;
      out.push(
        `Every nation loses about ${pct(hit[0]!.loss)} of its access on average (shortages are shared pro rata)${w ? `, most in ${LAYER_INFO[w.layer].label.toLowerCase()} (−${pct(w.loss)})` : ""}.`,
      );
    } else {
      out.push(
        `Hardest hit: ${list(
          hit.slice(0, 3).map((n) => `${n.label} (−${pct(n.loss)} access on average${n.worst ? `, −${pct(n.worst.loss)} in ${LAYER_INFO[n.worst.layer].label.toLowerCase()}` : ""})`),
        )}${hit.length > 3 ? `; ${hit.length} nations lose access` : ""}.`,
      );
    }
  } else out.push("No nation loses access to any input.");

  // Output: the largest relative falls of what a nation makes.
  const falls: { text: string; rel: number }[] = [];
  for (const n of alive) {
    for (const l of n.layers) {
      if (!l.output || l.output.before < 0.01) continue;
      const rel = 1 - l.output.after / l.output.before;
      if (rel > 0.01) falls.push({ rel, text: `${n.label} in ${LAYER_INFO[l.layer].label.toLowerCase()} (${pct(l.output.before)} → ${pct(l.output.after)} of world supply)` });
    }
  }
  for (const n of r.nations.filter((x) => x.removed)) falls.push({ rel: 1, text: `${n.label} (removed)` });
  falls.sort((a, b) => b.rel - a.rel || a.text.localeCompare(b.text));
  if (falls.length > 0) out.push(`Output falls most for ${list(falls.slice(0, 3).map((f) => f.text))}.`);

  if (hit.length > 0) {
    const avgShort = hit.reduce((s, n) => s + n.loss, 0) / hit.length;
    const avgMedium = hit.reduce((s, n) => s + n.mediumLoss, 0) / hit.length;
    const severe = [...r.inputs].sort((a, b) => b.severity - a.severity)[0];
    out.push(
      `After substitution (medium term) the average loss of the nations hit goes from ${pct(avgShort)} to ${pct(avgMedium)}${
        severe && severe.severity > 0 ? `; the most severe input is ${severe.label} (${pct(severe.world.before - severe.world.after)} lost × ${severe.substitution.months} months to replace)` : ""
      }.`,
    );
  }

  const cp = r.chokepoints;
  const parts: string[] = [];
  if (cp.became.length) parts.push(`new chokepoints: ${list(cp.became.map(label))}`);
  if (cp.resolved.length) parts.push(`no longer chokepoints: ${list(cp.resolved.map(label))}`);
  if (cp.cutOff.length) parts.push(`no supply left at all: ${list(cp.cutOff.map(label))}`);
  if (parts.length) out.push(`${parts.join("; ").replace(/^./, (c) => c.toUpperCase())}.`);

  const orch = alive
    .filter((n) => n.orchestration.before !== null && n.orchestration.after !== null && Math.abs(n.orchestration.after - n.orchestration.before) >= 0.5)
    .sort((a, b) => Math.abs(b.orchestration.after! - b.orchestration.before!) - Math.abs(a.orchestration.after! - a.orchestration.before!));
  if (orch.length)
    out.push(`Orchestration index moves most for ${list(orch.slice(0, 3).map((n) => `${n.label} (${n.orchestration.before!.toFixed(1)} → ${n.orchestration.after!.toFixed(1)})`))}.`);

  if (r.skipped.length) out.push(`Skipped ${r.skipped.length} shock${r.skipped.length > 1 ? "s" : ""}: ${r.skipped.map((s) => s.message).join("; ")}.`);
  return out;
}
