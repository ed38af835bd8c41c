/**
 * Every ETO-derived row equals the release it names: regenerating from the ETO folder (never
 * committed, CC BY-NC) changes no generated file. Runs where the folder is present (ETO_DIR, or the
 * team's shared copy); elsewhere it is skipped, and the mapper is still covered by eto-lib.test.ts.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "./eto";

const dir = process.env.ETO_DIR ?? "/work/shared/data/eto-2026-08";

describe("the committed ETO rows", () => {
  it.skipIf(!existsSync(`${dir}/provision.csv`))("equal what the August 2026 release gives (data:eto --check)", () => {
    expect(main([dir, "--check"])).toBe(0);
  });
});
