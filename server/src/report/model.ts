/**
 * What the reviewer's report says about a plan, as data: the facts each
 * section shows (who the plan covers, what each area holds, which guideline
 * is addressed by what, which population can hear which channel, which need
 * has which provider, the routes and referrals to draw), read from the plan
 * and the findings it is given. No rule is run again and no sentence is
 * written here (but the guidelines' evidence, in the translator's words):
 * markdown.ts and mermaid.ts write them.
 *
 * Every list is bounded (docs/spec/RULES.md: every output is bounded): a table shows
 * at most MAX_ROWS rows and counts the rest, the language matrix at most
 * MAX_CHANNEL_COLUMNS channels, a diagram at most MAX_DIAGRAM_EDGES arrows.
 */
import { attributeOf, blocksOf, type Block } from "../core/ast";
import type { CheckResult } from "../core/check";
import { severityRank, type Finding, type Severity } from "../core/finding";
import { GUIDELINE_CODES } from "../core/guidelines";
import type { RuleArea } from "../core/rule";
import { NEEDS } from "../core/schema";
import { populationsByCoverage } from "../rules/evacuation/shared";
import { rulesByCode } from "../rules/index";
import { dateOf, inSection, numberOf, populations, section, stakeholders, word, words } from "../rules/plan-model";
import { CORE_NEEDS } from "../rules/referral/referral-core-needs";
import { VULNERABLE_NEEDS } from "../rules/referral/referral-vulnerable-needs";
import { byCodeUnits } from "../core/text";
import type { Translator } from "../messages/translate";
import { GUIDELINE_EVIDENCE } from "./evidence";
import { RECOVERY_ATTRIBUTES, stringOf } from "./read";

/** At most this many rows in a table; one more row counts the rest. */
export const MAX_ROWS = 50;
/** At most this many channels as columns of the language matrix; the rest are counted. */
export const MAX_CHANNEL_COLUMNS = 12;
/** At most this many arrows in a diagram; the rest are counted under it. */
export const MAX_DIAGRAM_EDGES = 60;

/** A list cut to a bound, and how many were left out. */
export interface Bounded<T> {
  shown: T[];
  more: number;
}

function bounded<T>(items: readonly T[], max = MAX_ROWS): Bounded<T> {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function areaOf(finding: Finding): RuleArea {
  return rulesByCode.get(finding.code)?.meta.area ?? "language";
}

// --- Summary -------------------------------------------------------------------------------

export interface Summary {
  title: string;
  country?: string;
  area?: string;
  hazards: readonly string[];
  lead?: string;
  reviewed?: Date;
  version?: string;
  syntaxErrors: number;
  counts: Record<Severity, number>;
  /** Errors in the plan's language (syntax, schema, names): what to fix first. */
  languageErrors: number;
  suppressed: number;
}

export function summary(plan: Block, result: CheckResult): Summary {
  const findings = result.findings;
  return {
    title: plan.title?.text.trim() || "",
    country: stringOf(plan, "country"),
    area: stringOf(plan, "area"),
    hazards: words(plan, "hazards"),
    lead: word(plan, "lead"),
    reviewed: dateOf(plan, "reviewed"),
    version: stringOf(plan, "version"),
    syntaxErrors: findings.filter((f) => f.code === "SYN001").length,
    counts: countBySeverity(findings),
    languageErrors: findings.filter((f) => f.severity === "error" && areaOf(f) === "language").length,
    suppressed: result.suppressed.length,
  };
}

// --- Scope -----------------------------------------------------------------------------------

export interface PopulationRow {
  id: string;
  title?: string;
  size?: number;
  nationalities: readonly string[];
  languages: readonly string[];
  status: readonly string[];
  vulnerabilities: readonly string[];
}

export interface PopulationsTable extends Bounded<PopulationRow> {
  /** People in every declared population, and how many populations give no size. */
  total: number;
  unsized: number;
}

export function populationsTable(plan: Block): PopulationsTable {
  const declared = populations(plan);
  const rows = declared.map((p) => ({
    id: p.id!.text,
    title: p.title?.text,
    size: numberOf(p, "size"),
    nationalities: words(p, "nationalities"),
    languages: words(p, "languages"),
    status: words(p, "status"),
    vulnerabilities: words(p, "vulnerabilities"),
  }));
  return {
    ...bounded(rows),
    total: rows.reduce((sum, r) => sum + (r.size ?? 0), 0),
    unsized: rows.filter((r) => r.size === undefined).length,
  };
}

export interface StakeholderRow {
  id: string;
  title?: string;
  kind?: string;
  country?: string;
  contact?: string;
  languages: readonly string[];
}

export function stakeholdersTable(plan: Block): Bounded<StakeholderRow> {
  return bounded(
    stakeholders(plan).map((s) => ({
      id: s.id!.text,
      title: s.title?.text,
      kind: word(s, "kind"),
      country: word(s, "country"),
      contact: stringOf(s, "contact"),
      languages: words(s, "languages"),
    })),
  );
}

// --- Scorecard ---------------------------------------------------------------------------------

/**
 * The scorecard's rows: the rules' areas, in the order a plan is written.
 * `section` names the plan section an area's rules read, so that a missing
 * section shows as such rather than as clean.
 */
export const SCORECARD_AREAS: readonly { area: RuleArea; section?: string; required?: boolean }[] = [
  { area: "plan" },
  { area: "population" },
  { area: "stakeholder" },
  { area: "evacuation", section: "evacuation", required: true },
  { area: "communication", section: "communication", required: true },
  { area: "referral", section: "referral", required: true },
  { area: "coordination", section: "coordination" },
  { area: "recovery", section: "recovery" },
  { area: "language" },
];

export type AreaStatus = "missing-required" | "missing" | "errors" | "warnings" | "suggestions" | "clean";

/** What the plan holds for an area, in numbers the report writes out. */
export type AreaContents =
  | { area: "plan"; essentials: number }
  | { area: "population"; populations: number; people: number }
  | { area: "stakeholder"; stakeholders: number }
  | { area: "evacuation"; assemblyPoints: number; routes: number }
  | { area: "communication"; channels: number }
  | { area: "referral"; pathways: number }
  | { area: "coordination"; members: number }
  | { area: "recovery"; given: readonly string[] }
  | { area: "language" }
  | { area: RuleArea; missing: true };

export interface ScorecardRow {
  area: RuleArea;
  status: AreaStatus;
  contents: AreaContents;
  counts: Record<Severity, number>;
}

export function scorecard(plan: Block, findings: readonly Finding[]): ScorecardRow[] {
  return SCORECARD_AREAS.map(({ area, section: kind, required }) => {
    const counts = countBySeverity(findings.filter((f) => areaOf(f) === area));
    const present = kind ? section(plan, kind) !== undefined : true;
    const status: AreaStatus = !present
      ? required
        ? "missing-required"
        : "missing"
      : counts.error > 0
        ? "errors"
        : counts.warning > 0
          ? "warnings"
          : counts.info > 0
            ? "suggestions"
            : "clean";
    return { area, status, contents: areaContents(plan, area), counts };
  });
}

function areaContents(plan: Block, area: RuleArea): AreaContents {
  switch (area) {
    case "plan":
      return { area, essentials: ["country", "hazards", "lead", "reviewed"].filter((a) => attributeOf(plan, a)).length };
    case "population": {
      const declared = populations(plan);
      return { area, populations: declared.length, people: declared.reduce((sum, p) => sum + (numberOf(p, "size") ?? 0), 0) };
    }
    case "stakeholder":
      return { area, stakeholders: stakeholders(plan).length };
    case "evacuation": {
      const evacuation = section(plan, "evacuation");
      if (!evacuation) return { area, missing: true };
      return { area, assemblyPoints: blocksOf(evacuation, "assembly-point").length, routes: blocksOf(evacuation, "route").length };
    }
    case "communication":
      return section(plan, "communication") ? { area, channels: inSection(plan, "communication", "channel").length } : { area, missing: true };
    case "referral":
      return section(plan, "referral") ? { area, pathways: inSection(plan, "referral", "pathway").length } : { area, missing: true };
    case "coordination": {
      const coordination = section(plan, "coordination");
      return coordination ? { area, members: words(coordination, "members").length } : { area, missing: true };
    }
    case "recovery": {
      const recovery = section(plan, "recovery");
      return recovery ? { area, given: RECOVERY_ATTRIBUTES.filter((a) => attributeOf(recovery, a)) } : { area, missing: true };
    }
    case "language":
      return { area };
  }
}

// --- Guidelines -------------------------------------------------------------------------------

export type Addressed = "no" | "partly" | "yes";

export interface GuidelineRow {
  code: string;
  addressed: Addressed;
  /** What in the plan speaks to it, as short phrases (evidence.ts). */
  evidence: string[];
  citing: CitingRule[];
}

/** A rule that cites a guideline, how often, and how severe its worst finding is. */
export interface CitingRule {
  code: string;
  count: number;
}

/**
 * Each rule once, with how often it fired; the most severe first, so that
 * errors catch the eye.
 */
export function citingRules(findings: readonly Finding[]): CitingRule[] {
  const counts = new Map<string, { n: number; rank: number }>();
  for (const f of findings) {
    const entry = counts.get(f.code) ?? { n: 0, rank: 0 };
    counts.set(f.code, { n: entry.n + 1, rank: Math.max(entry.rank, severityRank[f.severity]) });
  }
  return [...counts].sort(([a, x], [b, y]) => y.rank - x.rank || byCodeUnits(a, b)).map(([code, { n }]) => ({ code, count: n }));
}

/** `t`: the translator the evidence's phrases are written with. */
export function guidelineRows(plan: Block, findings: readonly Finding[], t: Translator): GuidelineRow[] {
  return GUIDELINE_CODES.map((code) => {
    const evidence = (GUIDELINE_EVIDENCE[code]?.(plan, t) ?? []).filter((e) => e !== "");
    const citing = findings.filter((f) => f.guidelines.includes(code));
    const serious = citing.some((f) => f.severity !== "info");
    return { code, addressed: evidence.length === 0 ? "no" : serious ? "partly" : "yes", evidence, citing: citingRules(citing) };
  });
}

/** The principles (P1–P4) some finding cites, with the rules that cite them. */
export function citedPrinciples(findings: readonly Finding[]): { code: string; citing: CitingRule[] }[] {
  return ["P1", "P2", "P3", "P4"]
    .map((code) => ({ code, citing: citingRules(findings.filter((f) => f.guidelines.includes(code))) }))
    .filter(({ citing }) => citing.length > 0);
}

// --- Languages by channel ------------------------------------------------------------------------

export interface ChannelColumn {
  id: string;
  medium?: string;
}

export interface LanguageRow {
  population: string;
  /** Undefined when the population gives no languages. */
  language?: string;
  /** For each channel column: whether it reaches the population in this language. */
  cells: boolean[];
  /** How many channels (of all, shown or not) reach it in this language. */
  covered: number;
}

export type LanguageMatrix =
  | { state: "no-communication" | "no-channels" | "no-populations" }
  | { state: "matrix"; columns: ChannelColumn[]; moreChannels: number; rows: Bounded<LanguageRow> };

/**
 * The channels that reach a population: those naming it in `reaches`, and
 * those whose `reaches` names nobody (the schema: absent means everyone).
 */
function reaching(channel: Block, population: string): boolean {
  const reaches = words(channel, "reaches");
  return reaches.length === 0 || reaches.includes(population);
}

/** One row per population and language, one column per channel (the first few): can this group hear this channel? */
export function languageMatrix(plan: Block): LanguageMatrix {
  if (!section(plan, "communication")) return { state: "no-communication" };
  const channels = inSection(plan, "communication", "channel");
  const declared = populations(plan);
  if (channels.length === 0) return { state: "no-channels" };
  if (declared.length === 0) return { state: "no-populations" };
  const shown = channels.slice(0, MAX_CHANNEL_COLUMNS);
  const rows: LanguageRow[] = [];
  for (const population of declared) {
    const id = population.id!.text;
    const spoken = words(population, "languages");
    if (spoken.length === 0) {
      rows.push({ population: id, cells: shown.map(() => false), covered: 0 });
      continue;
    }
    const reachingChannels = channels.filter((c) => reaching(c, id));
    for (const language of spoken) {
      const inLanguage = new Set(reachingChannels.filter((c) => words(c, "languages").includes(language)));
      rows.push({ population: id, language, cells: shown.map((c) => inLanguage.has(c)), covered: inLanguage.size });
    }
  }
  return {
    state: "matrix",
    columns: shown.map((c) => ({ id: c.id!.text, medium: word(c, "medium") })),
    moreChannels: channels.length - shown.length,
    rows: bounded(rows),
  };
}

// --- Needs by provider ------------------------------------------------------------------------------

export interface NeedPathway {
  id?: string;
  title?: string;
  provider?: string;
  /** The pathway's own contact, else its provider's. */
  contact?: string;
  regardlessOfStatus?: string;
  languages: readonly string[];
}

export interface NeedRow {
  need: string;
  /** Why the rules ask for it: the core needs (REF001), vulnerabilities in populations (REF006). */
  core: boolean;
  vulnerable: { vulnerability: string; populations: string[] }[];
  pathways: NeedPathway[];
}

/** Every need some pathway meets or REF001/REF006 requires, in the schema's order. */
export function needRows(plan: Block): NeedRow[] {
  const pathways = inSection(plan, "referral", "pathway");
  const declared = populations(plan);
  const contactOf = (pathway: Block): string | undefined => {
    const own = stringOf(pathway, "contact");
    if (own) return own;
    const provider = word(pathway, "provider");
    const stakeholder = provider ? stakeholders(plan).find((s) => s.id!.text === provider) : undefined;
    return stakeholder && stringOf(stakeholder, "contact");
  };
  const rows: NeedRow[] = [];
  for (const need of NEEDS) {
    const core = CORE_NEEDS.some((c) => c.need === need);
    const vulnerable = VULNERABLE_NEEDS.filter((v) => v.need === need).flatMap((v) =>
      v.vulnerabilities.map((vulnerability) => ({
        vulnerability,
        populations: declared.filter((p) => words(p, "vulnerabilities").includes(vulnerability)).map((p) => p.id!.text),
      })),
    ).filter((v) => v.populations.length > 0);
    const meeting = pathways.filter((p) => word(p, "need") === need);
    if (meeting.length === 0 && !core && vulnerable.length === 0) continue;
    rows.push({
      need,
      core,
      vulnerable,
      pathways: meeting.map((p) => ({
        id: p.id?.text,
        title: p.title?.text,
        provider: word(p, "provider"),
        contact: contactOf(p),
        regardlessOfStatus: word(p, "regardless-of-status"),
        languages: words(p, "languages"),
      })),
    });
  }
  return rows;
}

// --- Evacuation and referral graphs (drawn by mermaid.ts) ---------------------------------------------

export interface Capacity {
  /** People in the populations the evacuation covers, and who they are. */
  people: number;
  covered: string[];
  assemblyPoints: number;
  places: number;
  left: string[];
  leftPeople: number;
}

export function capacity(plan: Block, evacuation: Block): Capacity {
  const { covered, left } = populationsByCoverage(plan, evacuation);
  const points = blocksOf(evacuation, "assembly-point");
  const sizeOf = (ps: readonly Block[]) => ps.reduce((sum, p) => sum + (numberOf(p, "size") ?? 0), 0);
  return {
    people: sizeOf(covered),
    covered: covered.map((p) => p.id!.text),
    assemblyPoints: points.length,
    places: points.reduce((sum, p) => sum + (numberOf(p, "capacity") ?? 0), 0),
    left: left.map((p) => p.id!.text),
    leftPeople: sizeOf(left),
  };
}

export interface AssemblyPointNode {
  id: string;
  title?: string;
  capacity?: number;
  accessible: boolean;
}

export interface RouteEdge {
  name: string;
  from?: string;
  to?: string;
  /** Whether `to` names one of the assembly points. */
  toPoint: boolean;
  transport?: string;
  capacity?: number;
}

export type EvacuationGraph =
  | { state: "no-evacuation" }
  | { state: "empty"; capacity: Capacity }
  | { state: "graph"; capacity: Capacity; points: AssemblyPointNode[]; routes: Bounded<RouteEdge> };

export function evacuationGraph(plan: Block): EvacuationGraph {
  const evacuation = section(plan, "evacuation");
  if (!evacuation) return { state: "no-evacuation" };
  const points = blocksOf(evacuation, "assembly-point").filter((b) => b.id);
  const routes = blocksOf(evacuation, "route");
  const capacityNow = capacity(plan, evacuation);
  if (points.length === 0 && routes.length === 0) return { state: "empty", capacity: capacityNow };
  const pointIds = new Set(points.map((p) => p.id!.text));
  const edges = routes.map((route, i) => {
    const to = word(route, "to");
    return {
      name: route.id?.text ?? `route_${i + 1}`,
      from: stringOf(route, "from"),
      to,
      toPoint: to !== undefined && pointIds.has(to),
      transport: attributeOf(route, "transport")?.values[0]?.text,
      capacity: numberOf(route, "capacity"),
    };
  });
  const shownRoutes = bounded(edges, MAX_DIAGRAM_EDGES);
  // The points the shown routes lead to, and the others while there is room.
  const used = new Set(shownRoutes.shown.map((r) => r.to));
  const shownPoints = points.filter((p, i) => used.has(p.id!.text) || i < MAX_DIAGRAM_EDGES);
  return {
    state: "graph",
    capacity: capacityNow,
    points: shownPoints.map((p) => ({ id: p.id!.text, title: p.title?.text, capacity: numberOf(p, "capacity"), accessible: word(p, "accessible") === "yes" })),
    routes: shownRoutes,
  };
}

export interface ReferralGraph {
  state: "no-referral" | "no-pathways" | "graph";
  /**
   * Needs with their pathways that have an id (drawn), whether some pathway
   * meets them at all (`met`), and last the pathways that give no need
   * (`need` undefined).
   */
  needs: { need?: string; met: boolean; pathways: { id: string; title?: string; provider?: string; providerTitle?: string; providerDeclared: boolean }[] }[];
  /** Pathways left undrawn, beyond the diagram's bound. */
  more: number;
}

export function referralGraph(plan: Block, rows: readonly NeedRow[]): ReferralGraph {
  if (!section(plan, "referral")) return { state: "no-referral", needs: [], more: 0 };
  const other = inSection(plan, "referral", "pathway").filter((p) => !word(p, "need"));
  if (rows.length === 0 && other.length === 0) return { state: "no-pathways", needs: [], more: 0 };
  const declared = new Map(stakeholders(plan).map((s) => [s.id!.text, s]));
  let room = MAX_DIAGRAM_EDGES;
  let more = 0;
  const drawn = (pathways: readonly { id?: string; title?: string; provider?: string }[]) =>
    pathways.flatMap((p) => {
      if (!p.id) return [];
      if (room <= 0) {
        more++;
        return [];
      }
      room--;
      const stakeholder = p.provider ? declared.get(p.provider) : undefined;
      return [{ id: p.id, title: p.title, provider: p.provider, providerTitle: stakeholder?.title?.text, providerDeclared: stakeholder !== undefined }];
    });
  const needs: ReferralGraph["needs"] = rows.map((row) => ({ need: row.need, met: row.pathways.length > 0, pathways: drawn(row.pathways) }));
  if (other.some((p) => p.id)) {
    needs.push({ met: true, pathways: drawn(other.map((p) => ({ id: p.id?.text, title: p.title?.text, provider: word(p, "provider") }))) });
  }
  return { state: "graph", needs, more };
}
