/** GET /api/node/{id} and GET /api/metrics carry each node's criticality (lib/scenario/criticality.ts). */
import { describe, expect, it } from "vitest";
import { getCuratedCriticality } from "@/lib/scenario/curated";
import { GET as metrics } from "../../metrics/route";
import { GET } from "./route";

const get = (id: string, query = "") => GET(new Request(`http://localhost/api/node/${encodeURIComponent(id)}${query}`), { params: Promise.resolve({ id }) });

describe("criticality in the API", () => {
  it("/api/node/tsmc: the criticality block, as the table computes it", async () => {
    const res = await get("tsmc");
    expect(res.status).toBe(200);
    const body = await res.json();
    const t = getCuratedCriticality().nodes.tsmc!;
    expect(body.criticality).toMatchObject({ heading: "If TSMC stopped supplying", loss: t.loss, rank: t.kindRank, of: t.ofKind, kindPlural: "firms" });
    expect(body.criticality.capabilities.map((c: { id: string }) => c.id)).toEqual(["frontier-model-training", "ai-compute-capacity", "hyperscale-cloud", "gpu-cloud"]);
    expect(body.criticality.inputsHit.map((x: { id: string }) => x.id)).toEqual(t.inputsHit.map((x) => x.input));
    expect(body.criticality.nationsHit[0]).toMatchObject({ id: t.nationsHit[0]!.nation, label: expect.any(String) });
    expect(body.criticality.explanation).toMatch(/Frontier model training/);
  });

  it("an input's heading; null for a node that is neither firm, nation nor input; 404 unchanged", async () => {
    expect((await (await get("euv-scanners")).json()).criticality.heading).toBe("If the supply of EUV lithography scanners stopped");
    expect((await (await get("eu")).json()).criticality).toBeNull();
    expect((await get("tsmc.*")).status).toBe(404);
  });

  it("/api/metrics: every node keeps its metrics and gains `criticality`", async () => {
    const res = metrics();
    expect(res.status).toBe(200);
    const body = await res.json();
    const t = getCuratedCriticality();
    expect(body.nodes.tsmc).toMatchObject({ degree: expect.any(Number), pagerank: expect.any(Number) });
    expect(body.nodes.tsmc.criticality).toEqual({
      loss: t.nodes.tsmc!.loss,
      rank: t.nodes.tsmc!.kindRank,
      of: t.nodes.tsmc!.ofKind,
      capabilities: Object.fromEntries(t.nodes.tsmc!.capabilities.map((c) => [c.input, c.loss])),
      inputsHit: t.nodes.tsmc!.inputsHit.length,
      nationsHit: t.nodes.tsmc!.nationsHit.length,
    });
    expect(body.nodes.eu.criticality).toBeNull();
    expect(body.criticality.finals).toHaveLength(4);
    expect(body.graph.nodes).toBe(Object.keys(body.nodes).length);
  });
});
