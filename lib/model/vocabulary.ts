/**
 * The vocabulary of the Atlas: node kinds, layers and edge kinds, with the words the UI uses for
 * them. One table per concept, so a new layer or relation is one line here.
 */

export const NODE_KINDS = ["nation", "firm", "input", "bloc"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  nation: "Nation",
  firm: "Firm",
  input: "Input",
  bloc: "Bloc",
};

/**
 * Layers of the chain, in supply-chain order (upstream first). `stage` is the column of the
 * supply-chain flow layout: materials, equipment and design feed fabrication, which feeds
 * packaging, then compute, then models; talent feeds design and models.
 */
export const LAYERS = [
  "materials",
  "equipment",
  "design",
  "fabrication",
  "packaging",
  "compute",
  "models",
  "talent",
] as const;
export type Layer = (typeof LAYERS)[number];

export interface LayerInfo {
  label: string;
  stage: number;
  description: string;
}

export const LAYER_INFO: Record<Layer, LayerInfo> = {
  materials: {
    label: "Materials",
    stage: 0,
    description: "Wafers, photoresists, gases, chemicals, photomasks and substrates.",
  },
  equipment: {
    label: "Lithography & equipment",
    stage: 0,
    description: "EUV and DUV scanners, deposition, etch, metrology, test and other fab tools.",
  },
  design: {
    label: "Chip design",
    stage: 1,
    description: "EDA software, processor IP, GPU, CPU and custom AI silicon design.",
  },
  fabrication: {
    label: "Fabrication",
    stage: 2,
    description: "Leading-edge and mature logic foundries, DRAM, HBM and NAND memory.",
  },
  packaging: {
    label: "Packaging",
    stage: 3,
    description: "Advanced packaging (2.5D/3D, CoWoS), assembly, test and substrates.",
  },
  compute: {
    label: "Cloud & compute",
    stage: 4,
    description: "AI accelerators, servers, data-centre capacity, power and cloud.",
  },
  models: {
    label: "Models",
    stage: 5,
    description: "Frontier and open-weight model training and hosting.",
  },
  talent: {
    label: "Talent",
    stage: 1,
    description: "AI researchers: where they train and where they work.",
  },
};

export const EDGE_KINDS = [
  "provides",
  "requires",
  "supplies",
  "headquartered_in",
  "owns",
  "operates_in",
  "partners_with",
  "talent_flow",
  "export_control",
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/**
 * Relation families. Only **supply** makes a dependency ("depends on" follows what provides what,
 * what requires what, who supplies whom); every other family is shown under its own name and never
 * as a dependency (lib/model/dependency.ts builds the dependency graph from the supply family).
 */
export const RELATION_FAMILIES = ["supply", "ownership", "presence", "cooperation", "policy", "talent"] as const;
export type RelationFamily = (typeof RELATION_FAMILIES)[number];

export const RELATION_FAMILY_INFO: Record<RelationFamily, { label: string; description: string }> = {
  supply: { label: "Supply", description: "What provides what, what requires what, who supplies whom: the only relations that make a dependency." },
  ownership: { label: "Ownership & control", description: "Headquarters, and stakes in subsidiaries and joint ventures." },
  presence: { label: "Sites", description: "Where a firm runs fabs, plants, cloud regions or research sites." },
  cooperation: { label: "Partnerships", description: "Cooperation without a buyer and a seller: research, investment, government programmes." },
  policy: { label: "Export controls", description: "A nation restricting exports of inputs to another." },
  talent: { label: "Talent flows", description: "Where AI researchers trained and where they work." },
};

/** The relations that make a dependency (the supply family). */
export const SUPPLY_KINDS = ["provides", "requires", "supplies"] as const satisfies readonly EdgeKind[];
export type SupplyKind = (typeof SUPPLY_KINDS)[number];
export const isSupplyKind = (k: EdgeKind): k is SupplyKind => (SUPPLY_KINDS as readonly EdgeKind[]).includes(k);

export interface EdgeKindInfo {
  label: string;
  family: RelationFamily;
  /** Phrase for "A <verb> B". */
  verb: string;
  /** Phrase for the reverse reading, "B <inverse> A". */
  inverse: string;
  /** Headings Details lists the relation under: from the source's side and from the target's. */
  heading: { out: string; in: string };
  description: string;
}

export const EDGE_KIND_INFO: Record<EdgeKind, EdgeKindInfo> = {
  provides: {
    family: "supply",
    label: "Provides",
    verb: "provides",
    inverse: "provided by",
    heading: { out: "Provides", in: "Provided by" },
    description: "A firm or nation provides an input, with its global market share where known.",
  },
  requires: {
    family: "supply",
    label: "Requires",
    verb: "requires",
    inverse: "required by",
    heading: { out: "Requires", in: "Required by" },
    description: "An input needs another input, so the stages form a chain.",
  },
  supplies: {
    family: "supply",
    label: "Supplies",
    verb: "supplies",
    inverse: "supplied by",
    heading: { out: "Supplies", in: "Supplied by" },
    description: "A firm supplies another firm with an input.",
  },
  headquartered_in: {
    family: "ownership",
    label: "Headquartered in",
    verb: "headquartered in",
    inverse: "headquarters of",
    heading: { out: "Headquarters", in: "Headquarters of" },
    description: "Where a firm has its headquarters.",
  },
  owns: {
    family: "ownership",
    label: "Owns",
    verb: "owns",
    inverse: "owned by",
    heading: { out: "Owns", in: "Owned by" },
    description: "A stake in a subsidiary or joint venture, in percent where known (ESMC: TSMC 70%, Bosch, Infineon and NXP 10% each).",
  },
  operates_in: {
    family: "presence",
    label: "Operates in",
    verb: "operates in",
    inverse: "hosts",
    heading: { out: "Sites", in: "Sites here" },
    description: "Where a firm runs fabs, packaging plants, cloud regions or research sites.",
  },
  partners_with: {
    family: "cooperation",
    label: "Partners with",
    verb: "partners with",
    inverse: "partners with",
    heading: { out: "Partners", in: "Partners" },
    description: "Cooperation without a buyer and a seller: research, investment, government programmes. A deal with a buyer and a seller is supply.",
  },
  talent_flow: {
    family: "talent",
    label: "Talent flow",
    verb: "sends researchers to",
    inverse: "draws researchers from",
    heading: { out: "Talent sent to", in: "Talent drawn from" },
    description: "AI researchers trained in one nation who work in another.",
  },
  export_control: {
    family: "policy",
    label: "Export control",
    verb: "restricts exports to",
    inverse: "faces export controls from",
    heading: { out: "Export controls imposed", in: "Export controls faced" },
    description: "A nation restricts exports of inputs to another nation, since a year.",
  },
};

/** Basis a market share is measured on. Shares of different bases are never added. */
export const SHARE_BASES = [
  "revenue",
  "capacity",
  "shipments",
  "units",
  "sales",
  "output",
  "installed",
  "researchers",
  "other",
  /** Share of the models counted in a dataset (Epoch AI's large-scale models: each model split among its developers). */
  "models",
] as const;
export type ShareBasis = (typeof SHARE_BASES)[number];

/** For shares given by nation directly: what a nation's share counts. */
export const ATTRIBUTIONS = ["hq", "site", "controller"] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

export const CONFIDENCES = ["high", "medium", "low"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * A talent flow's share divides either the destination's researchers (of those working in the
 * destination, the share trained in the origin) or the origin's (of those trained in the origin, or
 * of a cohort that was there, the share now in the destination). The two never add up together.
 */
export const TALENT_SHARE_OF = ["destination", "origin"] as const;
export type TalentShareOf = (typeof TALENT_SHARE_OF)[number];

export const SITE_KINDS = [
  "fab",
  "memory_fab",
  "packaging",
  "assembly",
  "cloud_region",
  "data_center",
  "research",
  "design_center",
  "equipment_plant",
  "materials_plant",
] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const PARTNERSHIP_KINDS = [
  "joint_venture",
  "investment",
  "cloud_deal",
  "chip_deal",
  "supply_agreement",
  "government_programme",
  "research",
  "acquisition",
] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

/**
 * Sovereign AI programmes (data/programmes.csv): the scale an amount is written in, as its source
 * writes it (Indian budgets count in crore, 10⁷), and who commits the money.
 */
export const AMOUNT_SCALES = { million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12 } as const;
export type AmountScale = keyof typeof AMOUNT_SCALES;

export const PROGRAMME_FUNDING = ["public", "public_private", "private"] as const;
export type ProgrammeFunding = (typeof PROGRAMME_FUNDING)[number];

export const PROGRAMME_FUNDING_LABELS: Record<ProgrammeFunding, string> = {
  public: "Public money",
  public_private: "Public vehicle with private money",
  private: "Private pledges announced by the government",
};
