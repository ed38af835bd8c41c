/** The what-if scenario builder and its results, mounted by the explorer (see lib/scenario/README.md). */
export { ScenarioCompare } from "./compare-view";
export { ScenarioDrawer } from "./scenario-drawer";
export { ScenarioSection } from "./scenario-section";
export { useScenario, type ScenarioController } from "./use-scenario";
