import { test as base } from "@playwright/test";
import { ExplorerPage } from "./pages/explorer-page";

// The page's automation hook (components/network/network-view.tsx) is typed there as a global.
import type {} from "../components/network/network-view";

export const test = base.extend<{ explorer: ExplorerPage }>({
  explorer: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await provide(new ExplorerPage(page));
    // No uncaught error may happen on any page a test visits.
    if (errors.length) throw new Error(`uncaught page errors:\n${errors.join("\n")}`);
  },
});

export { expect } from "@playwright/test";
