/**
 * The report's two Mermaid flowcharts, which GitHub and VS Code's Markdown
 * preview draw: where each evacuation route leads, and which pathway and
 * provider meet each need. Node ids come from the plan's names, so they
 * stay the same from one report to the next; what is missing is drawn
 * dashed in red. The graphs come bounded from model.ts.
 */
import type { MessageId } from "../messages/catalog";
import { translator, type Translator } from "../messages/translate";
import type { EvacuationGraph, ReferralGraph } from "./model";

/**
 * A Mermaid flowchart, written node definitions first and edges after, so
 * that every edge joins nodes already defined. Ids are a prefix and the
 * plan's name with anything but letters, digits and `_` made `_` (Mermaid
 * reads `-` as part of an arrow); a clash gets a number.
 */
export class Flowchart {
  private readonly nodes = new Map<string, { id: string; label: string; missing: boolean }>();
  private readonly ids = new Set<string>();
  private readonly edges: string[] = [];

  /** The id of the node for `key`, defining it on first use. */
  node(key: string, prefix: string, name: string, label: string, missing = false): string {
    const existing = this.nodes.get(key);
    if (existing) return existing.id;
    const base = `${prefix}_${name.replace(/[^A-Za-z0-9_]/g, "_")}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}_${n}`;
    this.ids.add(id);
    this.nodes.set(key, { id, label, missing });
    return id;
  }

  edge(from: string, to: string, label?: string): void {
    this.edges.push(label ? `  ${from} -->|"${mermaidText(label)}"| ${to}` : `  ${from} --> ${to}`);
  }

  toString(): string {
    const lines = ["flowchart LR"];
    for (const { id, label, missing } of this.nodes.values()) lines.push(`  ${id}["${mermaidText(label)}"]${missing ? ":::missing" : ""}`);
    lines.push(...this.edges);
    if ([...this.nodes.values()].some((n) => n.missing)) {
      lines.push("  classDef missing fill:#fdecea,stroke:#c62828,stroke-dasharray: 5 5");
    }
    return lines.join("\n");
  }
}

/**
 * Text for a quoted Mermaid label: one line, and every character Mermaid
 * could read as syntax (quotes, brackets, braces, pipes, `<`, `>`, `#`, `;`,
 * `&`, backticks) written as its `#code;` entity, which Mermaid draws as the
 * character itself.
 */
export function mermaidText(value: string): string {
  return value
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[#"'`[\]{}()<>|;&]/g, (c) => `#${c.charCodeAt(0)};`);
}

/** Routes from where they start to the assembly points they lead to. */
export function evacuationChart(graph: Extract<EvacuationGraph, { state: "graph" }>, t: Translator = translator("en")): string {
  const chart = new Flowchart();
  for (const point of graph.points) {
    const label = [
      point.title ?? point.id,
      point.capacity !== undefined ? t.t("chart.places", { count: point.capacity }) : t.t("chart.noCapacity"),
      ...(point.accessible ? [t.t("chart.accessible")] : []),
    ].join(" · ");
    chart.node(`point:${point.id}`, "point", point.id, label);
  }
  for (const route of graph.routes.shown) {
    const origin = route.from
      ? chart.node(`from:${route.from}`, "from", route.name, route.from)
      : chart.node(`from-missing:${route.name}`, "from", route.name, t.t("chart.noStart", { route: route.name }), true);
    const target = route.toPoint
      ? chart.node(`point:${route.to}`, "point", route.to!, route.to!)
      : chart.node(`to-missing:${route.to ?? route.name}`, "missing", route.to ?? route.name, route.to ? t.t("chart.notAPoint", { point: route.to }) : t.t("chart.noDestination", { route: route.name }), true);
    const label = [route.name, route.transport, route.capacity !== undefined ? t.t("chart.capacity", { count: route.capacity }) : undefined].filter(Boolean).join(" · ");
    chart.edge(origin, target, label);
  }
  return chart.toString();
}

/** Needs to the pathways that meet them, and each pathway to its provider. */
export function referralChart(graph: ReferralGraph, t: Translator = translator("en")): string {
  const chart = new Flowchart();
  for (const { need, met, pathways } of graph.needs) {
    let needNode: string;
    if (need === undefined) {
      needNode = chart.node("need:?", "need", "not_given", t.t("chart.noNeed"), true);
    } else {
      const title = needTitle(t, need);
      needNode = met ? chart.node(`need:${need}`, "need", need, title) : chart.node(`need:${need}`, "need", need, t.t("chart.noPathway", { need: title }), true);
    }
    for (const pathway of pathways) {
      const node = chart.node(`pathway:${pathway.id}`, "pathway", pathway.id, pathway.title ?? pathway.id);
      chart.edge(needNode, node);
      const target = !pathway.provider
        ? chart.node(`no-provider:${pathway.id}`, "missing", `${pathway.id}_provider`, t.t("chart.noProvider"), true)
        : pathway.providerDeclared
          ? chart.node(`provider:${pathway.provider}`, "provider", pathway.provider, pathway.providerTitle ?? pathway.provider)
          : chart.node(`provider:${pathway.provider}`, "missing", pathway.provider, t.t("chart.notDeclared", { id: pathway.provider }), true);
      chart.edge(node, target);
    }
  }
  return chart.toString();
}

/** A need's title ("Health care") in the translator's language; the need's word when it has none. */
export function needTitle(t: Translator, need: string): string {
  const id = `need.${need}` as MessageId;
  return NEEDS_WITH_TITLES.has(need) ? t.t(id) : need;
}

const NEEDS_WITH_TITLES = new Set(["health", "psychosocial", "protection", "child-protection", "family-tracing", "gbv", "trafficking", "asylum", "shelter", "food", "cash", "documentation", "legal", "return"]);
