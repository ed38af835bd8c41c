import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDataError, parseDataset } from "./dataset";
import { readDatasetFiles } from "./load-files";

const MINI = path.join(__dirname, "__fixtures__/mini");
const mini = () => readDatasetFiles(MINI);

describe("parseDataset", () => {
  it("loads a valid dataset with derived headquarters edges and content-based edge ids", () => {
    const { dataset, errors } = parseDataset(mini());
    expect(errors).toEqual([]);
    expect(dataset!.nodes.filter((n) => n.kind === "firm")).toHaveLength(5);
    const hq = dataset!.edges.filter((e) => e.kind === "headquartered_in");
    expect(hq).toHaveLength(5);
    expect(hq.find((e) => e.from === "tsmc")).toMatchObject({ id: "headquartered_in:tsmc:TWN", to: "TWN" });
    const euv = dataset!.edges.find((e) => e.id === "provides:asml:euv-scanners:2025");
    expect(euv).toMatchObject({ kind: "provides", share: 100, basis: "revenue", year: 2025, confidence: "high" });
  });

  it("parses cells: empty as absent, lists split on ';', numbers as numbers", () => {
    const { dataset } = parseDataset(mini());
    const tsmc = dataset!.nodes.find((n) => n.id === "tsmc");
    expect(tsmc).toMatchObject({ aliases: ["Taiwan Semiconductor Manufacturing Company"], founded: 1987 });
    expect(tsmc && "controller" in tsmc ? tsmc.controller : "x").toBeUndefined();
  });

  const broken = (file: string, edit: (text: string) => string) => {
    const files = mini();
    files[file] = edit(files[file]!);
    return parseDataset(files);
  };

  it("names file, line and field for a bad cell", () => {
    const { dataset, errors } = broken("edges/provides.csv", (t) => t.replace("asml,euv-scanners,100,", "asml,euv-scanners,140,"));
    expect(dataset).toBeUndefined();
    expect(errors).toContainEqual(expect.objectContaining({ file: "edges/provides.csv", line: 2, field: "share" }));
    expect(formatDataError(errors[0]!)).toMatch(/^edges\/provides\.csv, line 2, field "share": /);
  });

  it("rejects unknown nodes, wrong endpoint kinds and unknown sources", () => {
    const { errors } = broken("edges/requires.csv", (t) => `${t}hbm,nowhere,,,eto-chip-explorer\nhbm,tsmc,,,eto-chip-explorer\nhbm,leading-edge-logic,,,no-such-source\n`);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 4, field: "to", message: 'unknown node "nowhere"' }),
        expect.objectContaining({ line: 5, field: "to", message: '"tsmc" is a firm, expected input' }),
        expect.objectContaining({ line: 6, field: "sources", message: expect.stringContaining('unknown source id "no-such-source"') }),
      ]),
    );
  });

  it("rejects a cycle in requires", () => {
    const { errors } = broken("edges/requires.csv", (t) => `${t}euv-scanners,hbm,,,eto-chip-explorer\n`);
    expect(errors.some((e) => /cycle: .*euv-scanners.*hbm|cycle: .*hbm.*euv-scanners/.test(e.message))).toBe(true);
  });

  it("rejects shares of one input, year and basis adding past 100%", () => {
    const { errors } = broken("edges/provides.csv", (t) => `${t}micron,leading-edge-logic,30,revenue,,2025,,,,,trendforce-foundry-q4-2025\n`);
    expect(errors.some((e) => e.field === "share" && /add up to 107\.5%/.test(e.message))).toBe(true);
  });

  it("rejects duplicate ids, duplicate edges, missing and unknown columns, and a share without basis", () => {
    expect(broken("nodes/firms.csv", (t) => `${t}tsmc,TSMC again,,TWN,,fabrication,,,company-filings\n`).errors).toContainEqual(
      expect.objectContaining({ file: "nodes/firms.csv", line: 7, field: "id", message: expect.stringContaining("duplicate node id") }),
    );
    expect(broken("edges/requires.csv", (t) => `${t}hbm,euv-scanners,,,eto-chip-explorer\n`).errors[0]!.message).toMatch(/duplicate edge requires:hbm:euv-scanners/);
    expect(broken("nodes/nations.csv", (t) => t.replace("region,", "area,")).errors.map((e) => e.message)).toEqual(
      expect.arrayContaining(['the header lacks the column "region"', expect.stringContaining('unknown column "area"')]),
    );
    expect(broken("edges/provides.csv", (t) => `${t}micron,euv-scanners,0,,,2025,,,,,eto-chip-explorer\n`).errors).toContainEqual(
      expect.objectContaining({ field: "basis", message: expect.stringContaining("needs its basis") }),
    );
  });

  describe("talent flows: one share set per basis", () => {
    const flows = (rows: string) => broken("edges/talent_flow.csv", (t) => `${t}${rows}`);
    const workforce = '"of researchers working in the destination, the share trained in the origin"';
    const graduates = '"of researchers trained in the origin, the share working in the destination"';

    it("keeps the same pair and year on two sets as two edges with distinct ids", () => {
      const { dataset, errors } = flows(
        `CHN,USA,workforce,destination,27,${workforce},2019,,,iso-3166\nCHN,USA,graduates,origin,56,${graduates},2019,,,iso-3166\n`,
      );
      expect(errors).toEqual([]);
      const ids = dataset!.edges.filter((e) => e.kind === "talent_flow").map((e) => e.id);
      expect(ids).toEqual(["talent_flow:CHN:USA:2019:workforce", "talent_flow:CHN:USA:2019:graduates"]);
    });

    it("rejects the same pair and year twice in one set", () => {
      const { errors } = flows(`CHN,USA,workforce,destination,27,${workforce},2019,,,iso-3166\nCHN,USA,workforce,destination,28,${workforce},2019,,,iso-3166\n`);
      expect(errors).toContainEqual(expect.objectContaining({ file: "edges/talent_flow.csv", line: 3, message: expect.stringContaining("duplicate edge talent_flow:CHN:USA:2019:workforce") }));
    });

    it("rejects a second basis or share_of inside one set, naming file, line and field", () => {
      const { errors } = flows(
        `CHN,USA,workforce,destination,27,${workforce},2019,,,iso-3166\nKOR,USA,workforce,destination,3,${graduates},2019,,,iso-3166\nTWN,USA,workforce,origin,2,${workforce},2019,,,iso-3166\n`,
      );
      expect(errors).toContainEqual(expect.objectContaining({ file: "edges/talent_flow.csv", line: 3, field: "basis", message: expect.stringContaining('set "workforce" has one basis') }));
      expect(errors).toContainEqual(expect.objectContaining({ file: "edges/talent_flow.csv", line: 4, field: "share_of", message: expect.stringContaining("divides the destination's researchers") }));
    });

    it("rejects shares of one nation's researchers in one set and year adding past 100%, by the end the set divides", () => {
      // Into the USA's workforce: 60 + 50 > 100.
      const into = flows(`CHN,USA,workforce,destination,60,${workforce},2019,,,iso-3166\nKOR,USA,workforce,destination,50,${workforce},2019,,,iso-3166\n`);
      expect(into.errors).toContainEqual(expect.objectContaining({ field: "share", message: expect.stringMatching(/set "workforce" into USA \(2019\) add up to 110\.0%/) }));
      // Out of China's graduates: 60 + 50 > 100; the same figures into two destinations on the workforce basis are fine.
      const out = flows(`CHN,USA,graduates,origin,60,${graduates},2019,,,iso-3166\nCHN,KOR,graduates,origin,50,${graduates},2019,,,iso-3166\n`);
      expect(out.errors).toContainEqual(expect.objectContaining({ field: "share", message: expect.stringMatching(/set "graduates" out of CHN \(2019\) add up to 110\.0%/) }));
      expect(flows(`CHN,USA,workforce,destination,60,${workforce},2019,,,iso-3166\nCHN,KOR,workforce,destination,50,${workforce},2019,,,iso-3166\n`).errors).toEqual([]);
      // Different years or different sets are never added.
      expect(flows(`CHN,USA,workforce,destination,60,${workforce},2019,,,iso-3166\nKOR,USA,workforce,destination,50,${workforce},2022,,,iso-3166\n`).errors).toEqual([]);
    });

    it("needs a set and a share_of on every row", () => {
      const { errors } = flows(`CHN,USA,,sideways,27,${workforce},2019,,,iso-3166\n`);
      expect(errors).toContainEqual(expect.objectContaining({ line: 2, field: "set" }));
      expect(errors).toContainEqual(expect.objectContaining({ line: 2, field: "share_of", message: expect.stringContaining("destination, origin") }));
    });
  });

  it("reports a missing file and invalid dataset.json", () => {
    const files = mini();
    delete files["nodes/inputs.csv"];
    files["dataset.json"] = "{ not json";
    const { errors } = parseDataset(files);
    expect(errors).toContainEqual({ file: "nodes/inputs.csv", message: "the file is missing" });
    expect(errors).toContainEqual(expect.objectContaining({ file: "dataset.json", message: expect.stringContaining("not valid JSON") }));
  });

  it("keeps hostile text as text (no interpretation of labels)", () => {
    const { dataset } = broken("nodes/nations.csv", (t) => `${t}FRA,"<img src=x onerror=alert(1)>",,Europe,,iso-3166\n`);
    expect(dataset!.nodes.find((n) => n.id === "FRA")!.label).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("the curated dataset in data/", () => {
  it("is valid", () => {
    const { errors } = parseDataset(readDatasetFiles(path.join(__dirname, "../../data")));
    expect(errors.map(formatDataError)).toEqual([]);
  });
});

describe("programmes.csv", () => {
  const header = "id,owner,name,amount,scale,currency,usd_b,start,end,period,funds,funding,note,sources,locator";
  const withProgrammes = (text: string) => ({ ...mini(), "programmes.csv": `${header}\n${text}\n` });

  it("loads commitments in their own currency, with a US-dollar figure only where given", () => {
    const { dataset, errors } = parseDataset(
      withProgrammes(
        [
          'tw-ai,TWN,Taiwan AI plan,30,billion,TWD,,2024,2027,three years,"Compute, talent",public,,eto-chip-explorer,para. 2',
          "nl-ai,NLD,Dutch AI plan,10,trillion,JPY,65,2024,2030,to fiscal 2030,Chips and AI,public,,eto-chip-explorer,para. 1",
        ].join("\n"),
      ),
    );
    expect(errors).toEqual([]);
    expect(dataset!.programmes).toEqual([
      expect.objectContaining({ id: "tw-ai", owner: "TWN", amount: 30, scale: "billion", currency: "TWD", usd_b: undefined, end: 2027 }),
      expect.objectContaining({ id: "nl-ai", amount: 10, scale: "trillion", currency: "JPY", usd_b: 65, funding: "public" }),
    ]);
  });

  it("names file, line and field for each bad programme and keeps the rest of the check going", () => {
    const { dataset, errors } = parseDataset(
      withProgrammes(
        [
          "a,TWN,Plan A,30,billion,TWD,,2024,,p,f,public,,eto-chip-explorer,para. 1",
          "b,XXX,Plan B,30,lakh,usd,,2024,2020,p,f,state,,nope,",
          "a,TWN,Plan A again,1,billion,TWD,,2024,,p,f,public,,eto-chip-explorer,para. 1",
        ].join("\n"),
      ),
    );
    expect(dataset).toBeUndefined();
    const at = (line: number, field: string) => errors.find((e) => e.file === "programmes.csv" && e.line === line && e.field === field);
    expect(at(3, "scale")).toBeDefined();
    expect(at(3, "currency")?.message).toMatch(/ISO 4217/);
    expect(at(3, "funding")).toBeDefined();
    expect(at(3, "locator")?.message).toMatch(/empty/);
    expect(at(4, "id")?.message).toMatch(/duplicate programme id "a"/);
  });

  it("checks the owner and the period of an otherwise valid row", () => {
    const { errors } = parseDataset(withProgrammes("b,XXX,Plan B,30,billion,USD,,2024,2020,p,f,public,,nope,para. 1"));
    expect(errors).toContainEqual(expect.objectContaining({ file: "programmes.csv", line: 2, field: "owner", message: 'unknown node "XXX"' }));
    expect(errors).toContainEqual(expect.objectContaining({ line: 2, field: "end" }));
    expect(errors).toContainEqual(expect.objectContaining({ line: 2, field: "sources", message: expect.stringContaining('unknown source id "nope"') }));
  });
});

describe("national-market rows (scope)", () => {
  it("gives a scoped provides row its own id and sums its share set apart from the world's", () => {
    const files = mini();
    const rows = files["edges/provides.csv"]!.trimEnd().split("\n");
    const header = rows[0]!;
    expect(header.split(",")).not.toContain("scope");
    // Same provider, input and year as the world row, measured in Taiwan's market: 100% again is fine.
    const euv = rows.find((r) => r.startsWith("asml,euv-scanners,100,"))!;
    files["edges/provides.csv"] = [header + ",scope", ...rows.slice(1).map((r) => (r.startsWith("#") ? r : `${r},`)), `${euv},TWN`].join("\n") + "\n";
    const { dataset, errors } = parseDataset(files);
    expect(errors).toEqual([]);
    expect(dataset!.edges.map((e) => e.id)).toEqual(expect.arrayContaining(["provides:asml:euv-scanners:2025", "provides:asml:euv-scanners:2025@TWN"]));
  });
});
