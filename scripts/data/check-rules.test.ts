/** The data:check rules of issue 11 §3, each on a tiny dataset that breaks it, and on the curated data. */
import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../lib/model/load-files";
import { formatDataError } from "../../lib/model/dataset";
import { checkRules } from "./check-rules";

const SOURCES = `id,publisher,title,year,url,licence,locator,note
located,Pub,Title,2025,,,Table 2,
plain,Pub,Title,2025,,,,
`;
const PROVIDES_HEADER = "from,to,share,basis,attribution,year,confidence,estimate,note,sources,locator,denominator";

function files(over: Record<string, string>): Record<string, string> {
  return {
    "sources.csv": SOURCES,
    "edges/provides.csv": `${PROVIDES_HEADER}\n`,
    "nodes/inputs.csv": "id,label,aliases,layer,description,market_usd_b,market_year,market_period,note,sources\n",
    "edges/export_control.csv": "from,to,inputs,layers,detail,year,end,note,sources\n",
    ...over,
  };
}
const messages = (f: Record<string, string>) => checkRules(f).map(formatDataError);

describe("checkRules", () => {
  it("passes a clean dataset", () => {
    expect(
      messages(
        files({
          "edges/provides.csv": `${PROVIDES_HEADER}\na,x,60,revenue,,2025,,,,located,,\nb,x,30,revenue,,2025,,,,plain,p. 4,\nUSA,x,90,revenue,hq,2025,,,,located,,\n`,
          "nodes/inputs.csv": "id,label,aliases,layer,description,market_usd_b,market_year,market_period,note,sources\nx,X,,equipment,d,2,2025,year,,located\n",
        }),
      ),
    ).toEqual([]);
  });

  it("one basis per share set; a proxy is its own set", () => {
    const m = messages(
      files({
        "edges/provides.csv": `${PROVIDES_HEADER}\na,x,60,revenue,,2025,,,,located,,\nb,x,30,capacity,,2025,,,,located,,\nc,x,20,shipments,,2025,,share of revenue used as a proxy,,located,,\nd,x,10,shipments,,2025,,another proxy,,located,,\n`,
      }),
    );
    expect(m).toEqual([
      'edges/provides.csv, line 3, field "basis": the share set of "x" by firm, 2025 has one basis ("revenue", at edges/provides.csv line 2), not "capacity": another basis is its own set (another year, or a proxy)',
    ]);
  });

  it("a share of a top-N says so in denominator, the same on every row of the set", () => {
    const m = messages(
      files({
        "edges/provides.csv": `${PROVIDES_HEADER}\na,x,60,revenue,,2021,,Share of the top-10 firms' revenue,,located,,\nb,y,30,revenue,,2021,,,,located,,top-10 revenue\nc,y,20,revenue,,2021,,,,located,,\nd,z,50,revenue,,2021,,,Top five held over 95%.,located,,\n`,
      }),
    );
    expect(m).toHaveLength(2);
    expect(m[0]).toMatch(/^edges\/provides\.csv, line 2, field "denominator": the share is "of the top-10", not of the whole market/);
    expect(m[1]).toMatch(/^edges\/provides\.csv, line 4, field "denominator": the share set of "y" by firm, 2021 divides one denominator \("top-10 revenue"/);
  });

  it("every figure has a locator in its row or a cited source", () => {
    const m = messages(
      files({
        "edges/provides.csv": `${PROVIDES_HEADER}\na,x,60,revenue,,2025,,,,plain,,\nb,x,,,,2025,,,,plain,,\n`,
        "edges/owns.csv": "from,to,stake,year,end,estimate,note,sources\na,b,50,2020,,,,plain\n",
      }),
    );
    expect(m).toEqual([
      'edges/provides.csv, line 2, field "locator": the figure in "share" has no locator: give the page, table, chart or section in the row\'s locator or in the locator of one of its sources (plain)',
      'edges/owns.csv, line 2, field "locator": the figure in "stake" has no locator: give the page, table, chart or section in the row\'s locator or in the locator of one of its sources (plain)',
    ]);
  });

  it("market sizes carry their period and a vintage of the shares beside them", () => {
    const m = messages(
      files({
        "edges/provides.csv": `${PROVIDES_HEADER}\na,x,60,revenue,,2025,,,,located,,\n`,
        "nodes/inputs.csv":
          "id,label,aliases,layer,description,market_usd_b,market_year,market_period,note,sources\nx,X,,equipment,d,2,2023,Q2,,located\ny,Y,,equipment,d,2,,,,plain\n",
      }),
    );
    expect(m).toEqual([
      'nodes/inputs.csv, line 2, field "market_year": the market size is of 2023, but the shares shown beside it are of 2025: give a market size of a share vintage, or keep it in the note',
      'nodes/inputs.csv, line 3, field "locator": the market size has no locator in the row or in one of its sources (plain)',
      'nodes/inputs.csv, line 3, field "market_year": a market size needs the year it measures',
      'nodes/inputs.csv, line 3, field "market_period": a market size needs its period (year, or the quarter or half: Q1…Q4, H1, H2)',
    ]);
  });

  it("export controls name their inputs", () => {
    const m = messages(files({ "edges/export_control.csv": "from,to,inputs,layers,detail,year,end,note,sources\nCHN,USA,,materials,Ga and Ge,2023,,,located\n" }));
    expect(m).toEqual(['edges/export_control.csv, line 2, field "inputs": an export control names the inputs it covers (a layer alone claims the whole layer)']);
  });

  it("the curated data keeps every rule", () => {
    expect(checkRules(readDatasetFiles()).map(formatDataError)).toEqual([]);
  });
});
