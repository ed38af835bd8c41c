/**
 * A force-directed (fcose) layout computed without a browser, with cytoscape in headless mode.
 * The home page computes the default view's layout once at build time, so the first paint needs
 * no physics at all; later views start from these positions. Runs in Node; O(iterations · n²)
 * at worst, about a second for the curated graph.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { CyElement } from "./elements";
import type { Point } from "./layouts";
import { FCOSE_OPTIONS } from "./fcose-options";

let registered = false;

export function computeFcosePositions(elements: CyElement[]): Record<string, Point> {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: elements.map((e) => ({ group: e.group, data: { ...e.data } })),
    style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }],
  });
  cy.layout({ ...FCOSE_OPTIONS, randomize: true, animate: false, fit: false } as cytoscape.LayoutOptions).run();
  const positions: Record<string, Point> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[n.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  });
  cy.destroy();
  return positions;
}
