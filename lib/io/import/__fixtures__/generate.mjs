#!/usr/bin/env node
/**
 * Writes the import fixtures (lib/io/import/__fixtures__/): small files written by hand here, one
 * per bad-input case in lib/io/import/README.md, in the encodings and byte layouts the cases need.
 * Run `node lib/io/import/__fixtures__/generate.mjs` and commit its output; tests only read the files.
 * No file is copied from elsewhere.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const write = (name, content) => {
  const p = path.join(here, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, typeof content === "string" ? Buffer.from(content, "utf8") : content);
};
const utf16 = (text, endian, bom) => {
  const le = Buffer.from(text, "utf16le");
  const body = endian === "le" ? le : Buffer.from(le.map((_, i) => le[i ^ 1]));
  const mark = endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
};

// ---------------------------------------------------------------- CSV
const EDGES = "source,target,weight\nTaipei,Seoul,2\nSeoul,Tokyo,1.5\nTokyo,Taipei,3\n";
write("csv/empty.csv", "");
write("csv/blank-lines.csv", "\n\n  \n");
write("csv/header-only.csv", "source,target,weight\n");
write("csv/edges.csv", EDGES);
write("csv/no-header.csv", "a,b\nb,c\nc,a\n");
write("csv/semicolon-decimal-comma.csv", "source;target;weight;note\nTaipei;Seoul;2,5;\"a; b\"\nSeoul;Tokyo;1.234,5;x\nTokyo;Taipei;0,75;y\n");
write("csv/tab-separated.tsv", "source\ttarget\tweight\nTaipei\tSeoul\t2\nSeoul\tTokyo\t1\n");
write("csv/bom.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EDGES)]));
write("csv/bom-only.csv", Buffer.from([0xef, 0xbb, 0xbf]));
const accented = "source,target,weight\nMünchen,Zürich,1\nZürich,Besançon,2\nBesançon,São Paulo,3\n";
write("csv/utf16le-bom.csv", utf16(accented, "le", true));
write("csv/utf16be-bom.csv", utf16(accented, "be", true));
write("csv/utf16le-no-bom.csv", utf16(accented, "le", false));
write("csv/latin1.csv", Buffer.from(accented, "latin1"));
write("csv/crlf.csv", EDGES.replace(/\n/g, "\r\n"));
write("csv/mixed-line-endings.csv", "source,target,weight\r\nTaipei,Seoul,2\nSeoul,Tokyo,1.5\rTokyo,Taipei,3\r\n");
write("csv/quoted.csv", 'source,target,label\n"Foo, Inc.","Bar ""Big"" Co","line one\nline two"\n"Bar ""Big"" Co",Baz,"a,b,c"\n');
write("csv/unterminated-quote.csv", 'source,target,label\nA,B,"never closed\nB,C,fine\nC,A,fine\n');
write("csv/text-after-quote.csv", 'source,target\n"A"x,B\n');
write("csv/ragged.csv", "source,target,weight\nA,B,1\nB,C\nC,A,3,extra,cells\nA,C,4\n");
write("csv/one-column-semicolons.csv", "source;target;weight\nA;B;1\nB;C;2\n");
write(
  "csv/pair/nodes.csv",
  "id,label,group\nA,Alpha,1\nB,Beta,1\nC,Gamma,2\nA,Alpha again,1\nB,,3\n,No id,1\n",
);
write("csv/pair/edges.csv", "source,target,weight\nA,B,1\nB,C,2\nA,B,5\nC,C,1\nC,Z,1\nZ,A,1\n,A,1\n");
write(
  "csv/weights.csv",
  "source,target,weight\nA,B,1\nB,C,heavy\nC,D,-2\nD,E,NaN\nE,F,Infinity\nF,G,-Infinity\nG,H,\nH,A,0\nA,C,1e2\n",
);
write("csv/gephi/edges.csv", "Source,Target,Type,Id,Label,Weight\nA,B,Directed,0,ab,1.0\nB,C,Undirected,1,bc,2.0\nC,A,Directed,2,ca,3.0\n");
write("csv/gephi/nodes.csv", "Id,Label,Modularity Class\nA,Node A,0\nB,Node B,0\nC,Node C,1\n");
const LONG = "L".repeat(10_000);
write(
  "csv/hostile/nodes.csv",
  [
    "id,label,note",
    "__proto__,<script>alert('proto')</script>,a",
    'constructor,"<img src=x onerror=""alert(1)"">",b',
    "toString,toString,c",
    '"say ""hi""","quote ""in"" label",d',
    "[brackets],[brackets],e",
    "  with spaces  ,  spaced label  ,f",
    "😀 emoji,😀,g",
    "שלום,עברית ‏RTL,h",
    "مرحبا,مرحبا,i",
    `long,${LONG},j`,
    "007,double-oh-seven,k",
    "'=SUM(A1),formula,l",
  ].join("\n") + "\n",
);
write(
  "csv/hostile/edges.csv",
  [
    "source,target,weight",
    "__proto__,constructor,1",
    "constructor,toString,1",
    'toString,"say ""hi""",1',
    '"say ""hi""",[brackets],2',
    "[brackets],with spaces,1",
    "with spaces,😀 emoji,1",
    "😀 emoji,שלום,1",
    "שלום,مرحبا,1",
    "مرحبا,__proto__,1",
    "long,007,1",
    "007,'=SUM(A1),1",
    "'=SUM(A1),__proto__,1",
    "hasOwnProperty,__proto__,1",
  ].join("\n") + "\n",
);
// Atlas kinds, as the Atlas's own CSV export writes them, with a share over 100% and shares adding up to more.
write(
  "csv/atlas/nodes.csv",
  [
    "id,label,kind,layer,hq_nation,sources",
    "TWN,Taiwan,nation,,,src",
    "KOR,South Korea,nation,,,src",
    "tsmc,TSMC,firm,fabrication,TWN,src",
    "samsung,Samsung,firm,fabrication,KOR,src;other",
    "foundry,Foundry,input,fabrication,,src",
    "euv,EUV scanners,input,equipment,,src",
  ].join("\n") + "\n",
);
write(
  "csv/atlas/edges.csv",
  [
    "source,target,kind,share,basis,year,detail,sources",
    "tsmc,foundry,provides,70,revenue,2025,TSMC provides Foundry,src",
    "samsung,foundry,provides,45,revenue,2025,Samsung provides Foundry,src",
    "samsung,euv,provides,130,revenue,2025,impossible share,src",
    "foundry,euv,requires,,,,Foundry requires EUV,src",
    "tsmc,TWN,headquartered_in,,,,,src",
    "samsung,KOR,headquartered_in,,,,,src",
  ].join("\n") + "\n",
);


// ---------------------------------------------------------------- JSON
const json = (v) => JSON.stringify(v, null, 1) + "\n";
write(
  "json/graphology.json",
  json({
    options: { type: "directed", multi: true, allowSelfLoops: true },
    attributes: { title: "Three cities" },
    nodes: [
      { key: "Taipei", attributes: { label: "Taipei", population: 2.5 } },
      { key: "Seoul", attributes: { label: "Seoul", tags: ["capital", "port"] } },
      { key: "Tokyo" },
    ],
    edges: [
      { key: "e1", source: "Taipei", target: "Seoul", attributes: { weight: 2 } },
      { key: "e2", source: "Seoul", target: "Tokyo", attributes: { weight: 1.5, nested: { a: [1, 2] } } },
      { source: "Tokyo", target: "Taipei" },
    ],
  }),
);
write("json/mixed.json", json({ options: { type: "mixed" }, nodes: [{ key: "a" }, { key: "b" }, { key: "c" }], edges: [{ source: "a", target: "b" }, { source: "b", target: "c", undirected: true }] }));
write("json/no-options.json", json({ nodes: [{ key: 1 }, { key: 2 }], edges: [{ source: 1, target: 2 }] }));
write(
  "json/node-link.json",
  json({ directed: false, multigraph: false, graph: { name: "nx" }, nodes: [{ id: "a", color: "red" }, { id: "b" }, { id: 3 }], links: [{ source: "a", target: "b", weight: 4 }, { source: "b", target: 3 }] }),
);
write("json/syntax-error.json", '{\n "nodes": [\n  { "key": "a" },\n  { "key": "b" },\n ],\n "edges": []\n}\n');
write("json/truncated.json", json({ nodes: [{ key: "a" }, { key: "b" }], edges: [{ source: "a", target: "b" }] }).slice(0, 60));
write("json/deep.json", `{"nodes":[{"key":"a","attributes":{"x":${"[".repeat(10_000)}${"]".repeat(10_000)}}}],"edges":[]}\n`);
write("json/root-array.json", json([{ key: "a" }]));
write("json/no-nodes.json", json({ vertices: [{ key: "a" }] }));
write("json/edges-not-array.json", json({ nodes: [{ key: "a" }], edges: { a: "b" } }));
write(
  "json/wrong-types.json",
  json({
    options: { type: "sideways" },
    nodes: [{ key: "a" }, "b", null, { attributes: { label: "no key" } }, { key: { id: 1 } }, { key: "c", attributes: "text" }, { key: "d", attributes: { label: 42 } }],
    edges: [{ source: "a", target: "c" }, { source: "a" }, { source: ["a"], target: "c" }, 7, { source: "a", target: "d", undirected: "yes" }, { source: "c", target: "d", attributes: { weight: "heavy" } }],
  }),
);
write(
  "json/hostile.json",
  '{"options":{"type":"directed"},"nodes":[' +
    '{"key":"__proto__","attributes":{"label":"<script>alert(1)</script>","__proto__":{"polluted":true}}},' +
    '{"key":"constructor","attributes":{"label":"<b>bold</b>"}},' +
    '{"key":"valueOf"},{"key":"ok \\"quoted\\" [x] 😀 שלום"}],' +
    '"edges":[{"key":"toString","source":"__proto__","target":"constructor","attributes":{"weight":-1}},' +
    '{"source":"constructor","target":"valueOf","attributes":{"weight":2}},{"source":"valueOf","target":"ok \\"quoted\\" [x] 😀 שלום"}]}\n',
);


// ---------------------------------------------------------------- GEXF
const GEXF12 = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <meta lastmodifieddate="2024-05-01">
    <creator>Gephi 0.10</creator>
    <description>Three cities &amp; their links</description>
  </meta>
  <graph mode="static" defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="population" type="float"/>
      <attribute id="1" title="capital" type="boolean"><default>false</default></attribute>
      <attribute id="2" title="rank" type="integer"/>
    </attributes>
    <attributes class="edge">
      <attribute id="0" title="mode" type="string"><default>sea</default></attribute>
    </attributes>
    <nodes>
      <node id="Taipei" label="Taipei">
        <attvalues><attvalue for="0" value="2.5"/><attvalue for="1" value="true"/><attvalue for="2" value="1"/></attvalues>
        <viz:color r="255" g="0" b="0"/>
        <viz:position x="1.5" y="-2" z="0"/>
        <viz:size value="10"/>
      </node>
      <node id="Seoul" label="Seoul"><attvalues><attvalue for="0" value="9.4"/></attvalues></node>
      <node id="Tokyo" label="Tokyo"/>
    </nodes>
    <edges>
      <edge id="e1" source="Taipei" target="Seoul" weight="2.0" label="TPE-SEL"/>
      <edge id="e2" source="Seoul" target="Tokyo" weight="1.5"><attvalues><attvalue for="0" value="air"/></attvalues></edge>
      <edge id="e3" source="Tokyo" target="Taipei"/>
    </edges>
  </graph>
</gexf>
`;
write("gexf/cities-1.2.gexf", GEXF12);
write(
  "gexf/mixed-1.3.gexf",
  `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph>
    <nodes><node id="a" label="A"/><node id="b" label="B"/><node id="c" label="C"/></nodes>
    <edges>
      <edge id="0" source="a" target="b"/>
      <edge id="1" source="b" target="c" type="directed" kind="supplies"/>
      <edge id="2" source="c" target="a" type="mutual"/>
    </edges>
  </graph>
</gexf>
`,
);
write(
  "gexf/undirected-1.3.gexf",
  `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <nodes><node id="a"/><node id="b"/></nodes>
    <edges><edge source="a" target="b"/><edge source="b" target="a"/></edges>
  </graph>
</gexf>
`,
);
write(
  "gexf/billion-laughs.gexf",
  `<?xml version="1.0"?>
<!DOCTYPE gexf [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="&lol3;"/></nodes></graph></gexf>
`,
);
write(
  "gexf/external-entity.gexf",
  `<?xml version="1.0"?>
<!DOCTYPE gexf SYSTEM "http://example.org/gexf.dtd" [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="&secret;"/></nodes></graph></gexf>
`,
);
write("gexf/undefined-entity.gexf", `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>\n<node id="a" label="&nbsp;"/></nodes></graph></gexf>\n`);
write("gexf/truncated.gexf", GEXF12.slice(0, GEXF12.indexOf('<edge id="e2"') + 20));
write("gexf/mismatched.gexf", `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>\n<nodes><node id="a"></nodes>\n</graph></gexf>\n`);
write("gexf/not-gexf.gexf", `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>\n`);
write(
  "gexf/hostile.gexf",
  `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="note" title="note" type="string"/><attribute id="n" title="n" type="integer"/></attributes>
    <nodes>
      <node id="__proto__" label="&lt;script&gt;alert(1)&lt;/script&gt;"><attvalues><attvalue for="note" value="&#x1F600; &quot;q&quot;"/></attvalues></node>
      <node id="constructor" label="&lt;img src=x onerror=alert(1)&gt;"><attvalues><attvalue for="n" value="twelve"/><attvalue for="ghost" value="boo"/></attvalues></node>
      <node id="[a] &apos;b&apos;" label="שלום"/>
    </nodes>
    <edges>
      <edge id="e1" source="__proto__" target="constructor" weight="-3"/>
      <edge id="e1" source="constructor" target="[a] 'b'" weight="NaN"/>
      <edge id="e3" source="[a] 'b'" target="missing"/>
      <edge id="e4" source="[a] 'b'" target="[a] 'b'"/>
    </edges>
  </graph>
</gexf>
`,
);
write(
  "gexf/dynamic-hierarchy.gexf",
  `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" timeformat="date" defaultedgetype="directed">
    <nodes>
      <node id="group" label="Group" start="2020-01-01">
        <nodes><node id="m1" label="Member 1"/><node id="m2" label="Member 2" end="2023-01-01"/></nodes>
      </node>
    </nodes>
    <edges><edge id="x" source="m1" target="m2" start="2021-01-01"/></edges>
  </graph>
</gexf>
`,
);

// ---------------------------------------------------------------- GraphML
const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="population" attr.type="double"/>
  <key id="d2" for="node" attr.name="capital" attr.type="boolean"><default>false</default></key>
  <key id="d3" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d4" for="edge" attr.name="mode" attr.type="string"><default>sea</default></key>
  <key id="d5" for="graph" attr.name="title" attr.type="string"/>
  <key id="d6" for="all" attr.name="note" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <data key="d5">Three cities</data>
    <node id="Taipei"><data key="d0">Taipei</data><data key="d1">2.5</data><data key="d2">true</data></node>
    <node id="Seoul"><data key="d0">Seoul</data><data key="d1">9.4</data><data key="d6">big</data></node>
    <node id="Tokyo"><data key="d0">Tokyo</data></node>
    <edge id="e1" source="Taipei" target="Seoul"><data key="d3">2</data></edge>
    <edge id="e2" source="Seoul" target="Tokyo"><data key="d3">1.5</data><data key="d4">air</data></edge>
    <edge id="e3" source="Tokyo" target="Taipei" directed="true"/>
  </graph>
</graphml>
`;
write("graphml/cities.graphml", GRAPHML);
write("graphml/truncated.graphml", GRAPHML.slice(0, GRAPHML.indexOf('<edge id="e2"')));
write("graphml/no-edgedefault.graphml", `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>\n<node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>\n`);
write(
  "graphml/undeclared-keys.graphml",
  `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <key id="n" for="node" attr.name="count" attr.type="int"/>
  <graph edgedefault="directed">
    <node id="a"><data key="ghost">boo</data><data key="n">3.5</data></node>
    <node id="b"><data key="ghost">again</data></node>
    <edge source="a" target="b"><data key="w">INF</data></edge>
    <edge source="b" target="a"><data key="w">heavy</data></edge>
  </graph>
</graphml>
`,
);
write(
  "graphml/hyperedges-ports.graphml",
  `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="directed">
    <node id="a"><port name="north"/><port name="south"/></node>
    <node id="b"><port name="west"/></node>
    <node id="c"/>
    <edge id="ab" source="a" target="b" sourceport="north" targetport="west"/>
    <hyperedge id="h1"><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge>
    <hyperedge><endpoint node="b" port="west"/><endpoint node="c"/></hyperedge>
  </graph>
</graphml>
`,
);
write(
  "graphml/nested.graphml",
  `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="directed">
    <node id="outer">
      <graph id="inner" edgedefault="undirected">
        <node id="outer::a"/><node id="outer::b"/>
        <edge source="outer::a" target="outer::b"/>
      </graph>
    </node>
    <node id="c"/>
    <edge source="c" target="outer"/>
  </graph>
</graphml>
`,
);
write(
  "graphml/yed.graphml",
  `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0" y="0"/><y:Fill color="#FFCC00"/><y:NodeLabel>Wafer fab</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel><![CDATA[Packaging <ATP>]]></y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge><y:Arrows source="none" target="standard"/></y:PolyLineEdge></data></edge>
  </graph>
</graphml>
`,
);
write(
  "graphml/locator.graphml",
  `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xlink="http://www.w3.org/1999/xlink">\n  <graph edgedefault="directed"><locator xlink:href="http://example.org/elsewhere.graphml"/></graph>\n</graphml>\n`,
);
write(
  "graphml/doctype.graphml",
  `<?xml version="1.0"?>\n<!DOCTYPE graphml [ <!ENTITY x SYSTEM "http://example.org/x"> ]>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="&x;"/></graph></graphml>\n`,
);
write(
  "graphml/hostile.graphml",
  `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="p" for="node" attr.name="__proto__" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="__proto__"><data key="label">&lt;script&gt;alert("x")&lt;/script&gt;</data><data key="p">polluted</data></node>
    <node id="toString"><data key="label">${"X".repeat(10_000)}</data></node>
    <node id="😀 &amp; مرحبا"/>
    <edge source="__proto__" target="toString"/><edge source="toString" target="😀 &amp; مرحبا"/>
  </graph>
</graphml>
`,
);

// ---------------------------------------------------------------- binary files with a text extension
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
write("binary/image.csv", png);
write("binary/workbook.csv", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), Buffer.from("[Content_Types].xml")]));
write("binary/nul.csv", Buffer.concat([Buffer.from("source,target\nA,B\n"), Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0x00]), Buffer.from("C,D\n")]));
write("binary/controls.json", Buffer.from(Array.from({ length: 400 }, (_, i) => [1, 2, 3, 4, 5, 6, 7, 14, 15, 16][i % 10] + 0)));
write("binary/gzip.gexf", Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 3]));

console.log("fixtures written to", here);
