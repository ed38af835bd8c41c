/** Briefing exports: pure serializers and layouts (no DOM). See README.md. */
export * from "./caption";
export * from "./chunks";
export * from "./csv";
export * from "./filename";
export * from "./flatten";
export * from "./frame";
export * from "./gexf";
export * from "./graphml";
export * from "./graphology-json";
export * from "./legend";
export * from "./png";
export * from "./shown";
export * from "./summary";
export * from "./svg";
export * from "./types";
export * from "./xml";
