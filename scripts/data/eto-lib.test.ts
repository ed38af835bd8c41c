/**
 * The ETO mapper on tiny invented releases (not ETO's data): one per layout ETO has used —
 * percentages with a year column, fractions without one, and strings such as "61%".
 */
import { describe, expect, it } from "vitest";
import { changeReport, deriveRows, formatReport, parseMapping, parseMarket, readRelease, withGenerated, BEGIN, END, type AtlasIds, EtoError } from "./eto-lib";

const INPUTS = `input_id,input_name,type,stage_name,stage_id,description,year,market_share_chart_global_market_size_info
T1,Widget scanners,tool_resource,,,,2030,$2.5 billion (2030)
T2,Gizmo testers,tool_resource,,,,2030,$750 million (2030)
T3,Gizmo test subtype,tool_resource,,,,2030,$50 million (2030)
T4,Unmapped tools,tool_resource,,,,2030,
T5,Wafer thing,material_resource,,,,,
P9,Front-end process,process,,,,,
P8,Testing process,process,,,,,
`;
const PROVIDERS = `provider_name,alias,provider_id,provider_type,country
Acme Litho,,Q1,organization,NLD
Beta Tools,Beta Tools Ltd,Q2,organization,JPN
Gamma Test,,Q3,organization,USA
Various companies,,Q4,organization,Various countries
NLD,Netherlands,Q10,country,
JPN,Japan,Q11,country,
USA,United States,Q12,country,
ATL,Atlantis,Q13,country,
`;
const SEQUENCE = `input_name,input_id,goes_into_name,goes_into_id,is_type_of_name,is_type_of_id
Widget scanners,T1,Front-end process,P9,,
Gizmo testers,T2,Testing process,P8,,
Gizmo test subtype,T3,,,Gizmo testers,T2
Wafer thing,T5,Front-end process,P9,,
`;
const STAGES = `stage_id,stage_name,description
S1,Design,
`;

/** provision.csv in each layout: same figures, written three ways. */
const PROVISION = {
  percent: `provider_name,provider_id,provided_name,provided_id,share_provided,year,source
Acme Litho,Q1,Widget scanners,T1,70.0,2030,"CSET analysis of TechInsights data (2030)."
Beta Tools,Q2,Widget scanners,T1,25.5,2030,"CSET analysis of TechInsights data (2030)."
Various companies,Q4,Widget scanners,T1,4.5,2030,"CSET analysis of TechInsights data (2030)."
NLD,Q10,Widget scanners,T1,70.0,2030,"CSET analysis of TechInsights data (2030)."
JPN,Q11,Widget scanners,T1,25.5,2030,"CSET analysis of TechInsights data (2030)."
ATL,Q13,Widget scanners,T1,0.0,2030,"CSET analysis of TechInsights data (2030)."
Gamma Test,Q3,Gizmo testers,T2,61.0,2030,"CSET analysis of TechInsights data (2030)."
USA,Q12,Gizmo testers,T2,61.0,2030,"CSET analysis of TechInsights data (2030)."
Gamma Test,Q3,Gizmo test subtype,T3,80.0,2030,"CSET analysis of TechInsights data (2030)."
Beta Tools,Q2,Unmapped tools,T4,12.0,2030,"CSET analysis of TechInsights data (2030)."
Beta Tools,Q2,Wafer thing,T5,,2019,
`,
  fraction: `provider_name,provider_id,provided_name,provided_id,share_provided,source
Acme Litho,Q1,Widget scanners,T1,0.7,"CSET analysis of TechInsights data (2030)."
Beta Tools,Q2,Widget scanners,T1,0.255,"CSET analysis of TechInsights data (2030)."
Various companies,Q4,Widget scanners,T1,0.045,"CSET analysis of TechInsights data (2030)."
NLD,Q10,Widget scanners,T1,0.7,"CSET analysis of TechInsights data (2030)."
JPN,Q11,Widget scanners,T1,0.255,"CSET analysis of TechInsights data (2030)."
ATL,Q13,Widget scanners,T1,0,"CSET analysis of TechInsights data (2030)."
Gamma Test,Q3,Gizmo testers,T2,0.61,"CSET analysis of TechInsights data (2030)."
USA,Q12,Gizmo testers,T2,0.61,"CSET analysis of TechInsights data (2030)."
Gamma Test,Q3,Gizmo test subtype,T3,0.8,"CSET analysis of TechInsights data (2030)."
Beta Tools,Q2,Unmapped tools,T4,0.12,"CSET analysis of TechInsights data (2030)."
Beta Tools,Q2,Wafer thing,T5,,
`,
  string: `provider_name,provider_id,provided_name,provided_id,share_provided,year,source
Acme Litho,Q1,Widget scanners,T1,70%,2030,"CSET analysis of TechInsights data (2030)."
Beta Tools,Q2,Widget scanners,T1,25.5%,2030,"CSET analysis of TechInsights data (2030)."
Various companies,Q4,Widget scanners,T1,4.5%,2030,"CSET analysis of TechInsights data (2030)."
NLD,Q10,Widget scanners,T1,70%,2030,"CSET analysis of TechInsights data (2030)."
JPN,Q11,Widget scanners,T1,25.5%,2030,"CSET analysis of TechInsights data (2030)."
ATL,Q13,Widget scanners,T1,0%,2030,"CSET analysis of TechInsights data (2030)."
Gamma Test,Q3,Gizmo testers,T2,61%,2030,"CSET analysis of TechInsights data (2030)."
USA,Q12,Gizmo testers,T2,61%,2030,"CSET analysis of TechInsights data (2030)."
Gamma Test,Q3,Gizmo test subtype,T3,80%,2030,"CSET analysis of TechInsights data (2030)."
Beta Tools,Q2,Unmapped tools,T4,12%,2030,"CSET analysis of TechInsights data (2030)."
Beta Tools,Q2,Wafer thing,T5,,2019,
`,
};

const MAPPING = `kind,eto_id,eto_name,atlas_id,label,layer,description,required_by,note
# inputs
input,T1,Widget scanners,widget-scanners,,,,,
input,T2,Gizmo testers,gizmo-testers,Gizmo testers,equipment,Testers for gizmos.,,
input,T3,Gizmo test subtype,gizmo-subtype,Gizmo subtype testers,equipment,A kind of gizmo tester.,,
chain,P9,Front-end process,logic-fab;memory-fab,,,,,Front end.
chain,P8,Testing process,osat,,,,,Testing.
listed,T5,Wafer thing,wafers,,materials,,,
skip,S1,Design,,,,,,Stage shares stay hand-curated.
provider,Q1,Acme Litho,acme,,,,,
provider,Q2,Beta Tools,beta-tools,Beta Tools,,,,
provider,Q3,Gamma Test,gamma,,,,,
skip,Q4,Various companies,,,,,,The rest of the market.
`;

const ATLAS: AtlasIds = {
  nations: new Set(["NLD", "JPN", "USA"]),
  firms: new Set(["acme", "gamma"]),
  inputs: new Set(["widget-scanners", "logic-fab", "memory-fab", "osat", "wafers"]),
  requires: new Set(["logic-fab|widget-scanners"]),
};

const release = (layout: keyof typeof PROVISION) =>
  readRelease({ "inputs.csv": INPUTS, "providers.csv": PROVIDERS, "provision.csv": PROVISION[layout], "sequence.csv": SEQUENCE, "stages.csv": STAGES });

describe("readRelease recognises each of ETO's layouts", () => {
  it.each(["percent", "fraction", "string"] as const)("%s: the same percentages and years", (layout) => {
    const r = release(layout);
    const got = r.provision.filter((p) => p.share !== undefined).map((p) => [p.providerId, p.inputId, p.share, p.year]);
    expect(got).toEqual([
      ["Q1", "T1", 70, 2030],
      ["Q2", "T1", 25.5, 2030],
      ["Q4", "T1", 4.5, 2030],
      ["Q10", "T1", 70, 2030],
      ["Q11", "T1", 25.5, 2030],
      ["Q13", "T1", 0, 2030],
      ["Q3", "T2", 61, 2030],
      ["Q12", "T2", 61, 2030],
      ["Q3", "T3", 80, 2030],
      ["Q2", "T4", 12, 2030],
    ]);
    expect(r.shareLayout).toBe(layout === "string" ? "percent-string" : layout);
    expect(r.yearInferred).toBe(layout === "fraction");
  });

  it("takes the year from the input's row when neither a column nor the source gives it", () => {
    const r = readRelease({
      "inputs.csv": INPUTS,
      "providers.csv": PROVIDERS,
      "provision.csv": "provider_id,provided_id,share_provided\nQ1,T1,61%\n",
      "sequence.csv": SEQUENCE,
    });
    expect(r.provision[0]).toMatchObject({ share: 61, year: 2030, providerName: "Acme Litho", inputName: "Widget scanners" });
  });

  it("names file, line and field for a bad share, an unknown provider or a missing file", () => {
    const base = { "inputs.csv": INPUTS, "providers.csv": PROVIDERS, "sequence.csv": SEQUENCE };
    expect(() => readRelease({ ...base, "provision.csv": "provider_id,provided_id,share_provided,year\nQ1,T1,lots,2030\n" })).toThrow(
      /provision\.csv line 2, field share_provided: "lots" is not a share/,
    );
    expect(() => readRelease({ ...base, "provision.csv": "provider_id,provided_id,share_provided,year\nQ99,T1,5,2030\n" })).toThrow(/line 2, field provider_id: unknown provider "Q99"/);
    expect(() => readRelease({ ...base, "provision.csv": undefined })).toThrow(/provision\.csv: the file is missing/);
    expect(() => readRelease({ ...base, "provision.csv": "provider_id,provided_id,share_provided,year\nQ1,T1,140,2030\n" })).toThrow(/140 is more than 100%/);
  });
});

describe("deriveRows maps a release through the mapping", () => {
  const d = deriveRows(release("percent"), parseMapping(MAPPING), ATLAS);

  it("writes firm and nation-by-HQ shares, leaving out the remainder, zero shares and unmapped nations", () => {
    expect(d.provides.map((p) => [p.from, p.to, p.share, p.attribution, p.year, p.source])).toEqual([
      ["gamma", "gizmo-subtype", 80, "", 2030, "eto-techinsights-2030"],
      ["gamma", "gizmo-testers", 61, "", 2030, "eto-techinsights-2030"],
      ["USA", "gizmo-testers", 61, "hq", 2030, "eto-techinsights-2030"],
      // A provider ETO lists without a share (2019): a fact of provision, no share.
      ["beta-tools", "wafers", undefined, "", 2019, "eto-cset-2021"],
      ["acme", "widget-scanners", 70, "", 2030, "eto-techinsights-2030"],
      ["beta-tools", "widget-scanners", 25.5, "", 2030, "eto-techinsights-2030"],
      ["NLD", "widget-scanners", 70, "hq", 2030, "eto-techinsights-2030"],
      ["JPN", "widget-scanners", 25.5, "hq", 2030, "eto-techinsights-2030"],
    ]);
    expect(d.provides[0]!.locator).toBe("provision.csv provider_id=Q3, provided_id=T3, year=2030");
    expect(d.zeroShares).toBe(0); // ATL is not an Atlas nation: reported, not counted as a zero share
    expect(d.unmappedProviders).toEqual([{ id: "Q13", name: "ATL", inputs: ["T1"] }]);
    expect(d.unmappedInputs).toEqual([{ id: "T4", name: "Unmapped tools", rows: 1 }]);
  });

  it("adds the new inputs with ETO's market size and the new firm with ETO's country", () => {
    expect(d.inputs.map((i) => [i.id, i.marketUsdB, i.marketYear])).toEqual([
      ["gizmo-subtype", 0.05, 2030],
      ["gizmo-testers", 0.75, 2030],
    ]);
    expect(d.firms).toEqual([{ id: "beta-tools", label: "Beta Tools", aliases: "Beta Tools Ltd", hq: "JPN", layer: "equipment", etoId: "Q2" }]);
  });

  it("skips a listed provider already curated by hand", () => {
    const again = deriveRows(release("percent"), parseMapping(MAPPING), { ...ATLAS, provides: new Set(["beta-tools|wafers"]) });
    expect(again.provides.some((p) => p.to === "wafers")).toBe(false);
  });

  it("places new inputs by the sequence: what an input goes into requires it; a type inherits its parent's place", () => {
    expect(d.requires.map((r) => [r.from, r.to])).toEqual([
      ["osat", "gizmo-subtype"],
      ["osat", "gizmo-testers"],
    ]);
    expect(d.requires[0]!.note).toBe("ETO sequence.csv: T3 is a type of T2; T2 goes into P8.");
  });

  it("rejects a mapping row that names no Atlas id, or a new input without a label", () => {
    expect(() => parseMapping("kind,eto_id,eto_name,atlas_id,label,layer,description,required_by,note\ninput,T1,x,,,,,,\n")).toThrow(/line 2, field atlas_id: is empty/);
    expect(() => parseMapping("kind,eto_id,eto_name,atlas_id,label,layer,description,required_by,note\nskip,T1,x,,,,,,\n")).toThrow(/line 2, field note/);
    const m = parseMapping("kind,eto_id,eto_name,atlas_id,label,layer,description,required_by,note\ninput,T2,x,new-thing,,,,,\n");
    expect(() => deriveRows(release("percent"), m, ATLAS)).toThrow(EtoError);
  });
});

describe("changeReport", () => {
  it("lists moves of 2 points or more, added and dropped providers against the previous vintage", () => {
    const d = deriveRows(release("string"), parseMapping(MAPPING), ATLAS);
    const previous = [
      { from: "acme", to: "widget-scanners", share: 80, year: 2029, attribution: "" },
      { from: "NLD", to: "widget-scanners", share: 80, year: 2029, attribution: "hq" },
      { from: "JPN", to: "widget-scanners", share: 24, year: 2029, attribution: "hq" },
      { from: "delta", to: "widget-scanners", share: 5, year: 2029, attribution: "" },
      { from: "acme", to: "widget-scanners", share: 90, year: 2020, attribution: "" },
    ];
    const r = changeReport(d.provides, previous, 2030);
    expect(r.compared).toBe(3);
    expect(r.changed).toBe(3);
    expect(r.moved.map((m) => [m.from, m.before, m.after])).toEqual([
      ["acme", 80, 70],
      ["NLD", 80, 70],
    ]);
    expect(r.added).toEqual([{ to: "widget-scanners", from: "beta-tools", after: 25.5 }]);
    expect(r.dropped).toEqual([{ to: "widget-scanners", from: "delta", before: 5 }]);
    expect(r.newInputs).toEqual(["gizmo-subtype", "gizmo-testers"]);
    const text = formatReport(r, d, { folder: "fixture", layout: "percent-string" });
    expect(text).toContain("| widget-scanners | acme | 80 (2029) | 70 |");
    expect(text).toContain("- T4 Unmapped tools (1 rows): no mapping row");
  });
});

describe("helpers", () => {
  it("parses ETO's market sizes", () => {
    expect(parseMarket("$994 million (2025)")).toEqual({ usdB: 0.994, year: 2025 });
    expect(parseMarket("$13 billion (2025)")).toEqual({ usdB: 13, year: 2025 });
    expect(parseMarket("$56.2 billion (microprocessors) (2019)")).toEqual({ usdB: 56.2, year: 2019 });
    expect(parseMarket("$4 billion (all photomasks)")).toEqual({ usdB: 4, year: undefined });
    expect(parseMarket("")).toBeUndefined();
  });

  it("replaces only the generated block and keeps hand-written lines around it", () => {
    const before = ["h", "# note", BEGIN, "old", END, "# after", ""].join("\n");
    expect(withGenerated(before, "h", [], ["new1", "new2"])).toBe(["h", "# note", BEGIN, "new1", "new2", END, "# after", ""].join("\n"));
    expect(withGenerated(undefined, "h", ["p"], ["x"])).toBe(["h", "# p", BEGIN, "x", END, ""].join("\n"));
  });
});
