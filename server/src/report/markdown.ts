/**
 * The reviewer's report as Markdown: one page on one plan, for an IOM or
 * consulate reviewer who reads it away from the editor (a pull request, VS
 * Code's preview, a printout). The facts come from model.ts, the diagrams
 * from mermaid.ts; this module writes them as an mdast tree, one function
 * per section, serialised with remark like the rule pages.
 *
 * In order: the plan's title and a summary ending in a verdict; its scope
 * (populations and stakeholders); a scorecard per section; the 15 MICIC
 * guidelines, what addresses each and which findings cite it; languages by
 * channel; needs by provider; Mermaid diagrams of evacuation routes and of
 * referral pathways; and every finding with its line and fix.
 *
 * The report reads the plan and the findings it is given and never re-runs a
 * rule, so it says what the editor and the CLI say. It must never fail on a
 * broken plan: whatever is missing is written as "not in the plan".
 */
import type { AlignType, Definition, PhrasingContent, Root, RootContent } from "mdast";
import type { Block } from "../core/ast";
import type { CheckResult } from "../core/check";
import { languageName } from "../core/codes";
import type { Severity } from "../core/finding";
import { PROJECT_URL } from "../core/project";
import type { RuleArea } from "../core/rule";
import { code, gfmMarkdown, heading, paragraph, strong, table, text, type Cell } from "../markdown/mdast";
import { ruleDocUrlIn } from "../markdown/rule-docs";
import type { MessageId } from "../messages/catalog";
import type { Locale } from "../messages/locales";
import { translator, type MessageParams, type Translator } from "../messages/translate";
import { section, stakeholders } from "../rules/plan-model";
import { countryLabel, isoDate, monthsBetween } from "../rules/plan/shared";
import { evacuationChart, needTitle, referralChart } from "./mermaid";
import {
  citedPrinciples,
  countBySeverity,
  evacuationGraph,
  guidelineRows,
  languageMatrix,
  needRows,
  populationsTable,
  referralGraph,
  scorecard,
  stakeholdersTable,
  summary,
  type AreaContents,
  type AreaStatus,
  type Bounded,
  type Capacity,
  type CitingRule,
} from "./model";

export interface ReportOptions {
  /** The plan file as the reader should see it named (`samples/tashkent-flood.micic`). */
  path: string;
  /** The day the report is written; today by default. Pass the day the plan was checked against. */
  today?: Date;
  /**
   * The language of the report's own words (English by default). The
   * findings' messages and fixes' titles are the rules' and stay as the
   * rules write them.
   */
  locale?: Locale;
}

/** The report as an mdast tree, for callers that add to it or render it themselves. */
export function reportTree(text: string, result: CheckResult, options: ReportOptions): Root {
  const t = translator(options.locale ?? "en");
  const input: ReportInput = { text, path: options.path, today: options.today ?? new Date(), result, links: new RuleLinks(t.locale), t };
  const plan = result.document.plan;
  const children: RootContent[] = plan ? planReport(input, plan) : noPlanReport(input);
  children.push(...input.links.definitions());
  return { type: "root", children };
}

/** The report as Markdown (GitHub-flavoured: tables, and Mermaid in fenced code). */
export function renderReport(text: string, result: CheckResult, options: ReportOptions): string {
  return gfmMarkdown.stringify(reportTree(text, result, options));
}

interface ReportInput {
  text: string;
  path: string;
  today: Date;
  result: CheckResult;
  links: RuleLinks;
  t: Translator;
}

// --- The two shapes of report ------------------------------------------------

function planReport(input: ReportInput, plan: Block): RootContent[] {
  const needs = needRows(plan);
  return [
    ...titleAndSummary(input, plan),
    ...scopeSection(input, plan),
    ...scorecardSection(input, plan),
    ...guidelinesSection(input, plan),
    ...languagesByChannelSection(input, plan),
    ...needsByProviderSection(input, plan, needs),
    ...diagramsSection(input, plan, needs),
    ...findingsSection(input),
  ];
}

/** A file without a plan block: nothing to score, but its syntax problems still say why. */
function noPlanReport(input: ReportInput): RootContent[] {
  const { t } = input;
  const empty = input.text.trim() === "";
  const reference: PhrasingContent = { type: "link", url: `${PROJECT_URL}/blob/main/docs/language.md`, children: [text(t.t("report.noPlan.reference"))] };
  return [
    heading(1, text(t.t("report.noPlan.title", { path: input.path }))),
    checkedOn(input),
    paragraph(
      strong(text(t.t("report.verdict"))),
      text(t.t(empty ? "report.noPlan.empty" : "report.noPlan.noBlock")),
      ...rich(t, "report.noPlan.howTo", {}, { example: [code('plan "Title" { … }')], reference: [reference] }),
      text(t.t(input.result.findings.length > 0 ? "report.noPlan.problemsBelow" : "report.noPlan.end")),
    ),
    ...findingsSection(input),
  ];
}

function checkedOn(input: ReportInput): RootContent {
  return paragraph(...rich(input.t, "report.checkedOn", { date: isoDate(input.today), tool: TOOL }, { path: [code(input.path)] }));
}

const TOOL = "micic-plan";

// --- Title and summary -----------------------------------------------------------

/** Where, against what, who leads, how current, then the verdict in one line. */
function titleAndSummary(input: ReportInput, plan: Block): RootContent[] {
  const { t } = input;
  const s = summary(plan, input.result);
  const country = s.country;
  const place = s.area
    ? country
      ? t.t("report.summary.areaCountry", { area: s.area, country })
      : t.t("report.summary.areaNoCountry", { area: s.area })
    : (country ?? t.t("report.summary.noCountry"));
  const sentences: PhrasingContent[] = [
    text(t.t("report.summary.covers", { place })),
    text(s.hazards.length > 0 ? t.t("report.summary.hazards", { hazards: t.list(s.hazards, { max: s.hazards.length }) }) : t.t("report.summary.noHazards")),
  ];
  if (!s.lead) sentences.push(text(t.t("report.summary.noLead")));
  else sentences.push(...rich(t, "report.summary.lead", {}, { lead: stakeholderName(input, plan, s.lead) }));
  if (s.reviewed) {
    sentences.push(text(t.t("report.summary.reviewed", { date: isoDate(s.reviewed), months: Math.max(0, monthsBetween(s.reviewed, input.today)) })));
  } else {
    sentences.push(text(t.t("report.summary.notReviewed")));
  }
  sentences.push(text(s.version ? t.t("report.summary.version", { version: s.version }) : "."));
  if (s.syntaxErrors > 0) sentences.push(text(t.t("report.summary.syntaxErrors", { count: s.syntaxErrors })));

  const { error, warning, info } = s.counts;
  const counts = t.t("report.summary.counts", { errors: error, warnings: warning, infos: info });
  let advice: string;
  if (error > 0) {
    const parts: string[] = [];
    if (s.languageErrors > 0) parts.push(t.t("report.summary.fixLanguageFirst", { count: s.languageErrors }));
    if (error > s.languageErrors) parts.push(t.t("report.summary.micicErrors"));
    advice = parts.join(" ");
  } else if (warning > 0) {
    advice = t.t("report.summary.onlyWarnings");
  } else if (info > 0) {
    advice = t.t("report.summary.onlyInfo");
  } else {
    advice = t.t("report.summary.clean", { tool: TOOL });
  }
  const note = s.suppressed > 0 ? t.t("report.summary.suppressed", { count: s.suppressed }) : "";
  return [
    heading(1, text(s.title || t.t("report.untitled"))),
    checkedOn(input),
    paragraph(...sentences),
    paragraph(strong(text(t.t("report.verdict"))), text(t.t("report.verdictLine", { counts, advice, note }))),
  ];
}

// --- Scope --------------------------------------------------------------------------

/** Who the plan protects and who acts in it, as declared. */
function scopeSection(input: ReportInput, plan: Block): RootContent[] {
  const { t } = input;
  const notGiven = t.t("report.notGiven");
  const orNotGiven = (items: readonly string[]) => (items.length > 0 ? items.join(", ") : notGiven);
  const out: RootContent[] = [heading(2, text(t.t("report.scope"))), heading(3, text(t.t("report.populations")))];
  const people = populationsTable(plan);
  if (people.shown.length === 0) {
    out.push(paragraph(text(t.t("report.noPopulations"))));
  } else {
    const rows: Cell[][] = people.shown.map((p) => [
      [code(p.id), text(p.title ? ` ${p.title}` : "")],
      p.size === undefined ? notGiven : t.number(p.size),
      orNotGiven(p.nationalities.map((c) => countryLabelIn(t, c))),
      orNotGiven(p.languages.map((l) => languageLabel(t, l))),
      orNotGiven(p.status),
      p.vulnerabilities.join(", ") || t.t("report.noneDeclared"),
    ]);
    if (people.more > 0) rows.push([moreRows(t, people, "population"), "", "", "", "", ""]);
    rows.push([
      [strong(text(t.t("report.total")))],
      [strong(text(t.number(people.total))), text(people.unsized > 0 ? t.t("report.unsized", { count: people.unsized }) : "")],
      "",
      "",
      "",
      "",
    ]);
    const header = ["population", "size", "nationalities", "languages", "status", "vulnerabilities"] as const;
    out.push(table(header.map((h) => t.t(`report.column.${h}`)), rows, [null, "right", null, null, null, null]));
  }

  out.push(heading(3, text(t.t("report.stakeholders"))));
  const actors = stakeholdersTable(plan);
  if (actors.shown.length === 0) {
    out.push(paragraph(text(t.t("report.noStakeholders"))));
    return out;
  }
  const rows: Cell[][] = actors.shown.map((s) => [
    [code(s.id), text(s.title ? ` ${s.title}` : "")],
    s.kind ? `${s.kind}${s.kind === "consulate" && s.country ? ` (${s.country})` : ""}` : notGiven,
    s.contact ?? t.t("report.noContact"),
    s.languages.join(", ") || notGiven,
  ]);
  if (actors.more > 0) rows.push([moreRows(t, actors, "stakeholder"), "", "", ""]);
  out.push(table([t.t("report.column.stakeholder"), t.t("report.column.kind"), t.t("report.column.contact"), t.t("report.column.languages")], rows));
  return out;
}

/** The last row of a table cut to its bound: "… and 3,120 more populations: see the plan". */
function moreRows(t: Translator, list: Bounded<unknown>, noun: "population" | "stakeholder" | "row"): PhrasingContent[] {
  return [text(t.t("report.moreRows", { count: list.more, noun }))];
}

// --- Scorecard ------------------------------------------------------------------------

const AREA_LABELS: Record<RuleArea, MessageId> = {
  plan: "report.area.plan",
  population: "report.area.population",
  stakeholder: "report.area.stakeholder",
  evacuation: "report.area.evacuation",
  communication: "report.area.communication",
  referral: "report.area.referral",
  coordination: "report.area.coordination",
  recovery: "report.area.recovery",
  language: "report.area.language",
};

/** Each status in words beside its sign: a sign alone is a box where no emoji font is installed, and a screen reader reads its name. */
const STATUS_LABELS: Record<AreaStatus, MessageId> = {
  "missing-required": "report.status.missingRequired",
  missing: "report.status.missing",
  errors: "report.status.errors",
  warnings: "report.status.warnings",
  suggestions: "report.status.suggestions",
  clean: "report.status.clean",
};

/** A few words on what the plan holds for an area: the reviewer sees at once how much there is to judge. */
function contentsText(t: Translator, contents: AreaContents): string {
  if ("missing" in contents) return t.t("report.notInPlan");
  switch (contents.area) {
    case "plan":
      return t.t("report.contents.essentials", { count: contents.essentials });
    case "population":
      return contents.populations === 0 ? t.t("report.noneDeclared") : t.t("report.contents.populations", { count: contents.populations, people: contents.people });
    case "stakeholder":
      return contents.stakeholders === 0 ? t.t("report.noneDeclared") : t.t("report.contents.stakeholders", { count: contents.stakeholders });
    case "evacuation":
      return t.t("report.contents.evacuation", { points: contents.assemblyPoints, routes: contents.routes });
    case "communication":
      return t.t("report.contents.channels", { count: contents.channels });
    case "referral":
      return t.t("report.contents.pathways", { count: contents.pathways });
    case "coordination":
      return t.t("report.contents.members", { count: contents.members });
    case "recovery":
      return contents.given.length > 0 ? contents.given.join(", ") : t.t("report.contents.empty");
    default:
      return "—";
  }
}

function scorecardSection(input: ReportInput, plan: Block): RootContent[] {
  const { t } = input;
  const status = (s: AreaStatus) => t.t(STATUS_LABELS[s]);
  const rows: Cell[][] = scorecard(plan, input.result.findings).map(({ area, status: areaStatus, contents, counts }) => [
    t.t(AREA_LABELS[area]),
    status(areaStatus),
    contentsText(t, contents),
    String(counts.error),
    String(counts.warning),
    String(counts.info),
  ]);
  const total = countBySeverity(input.result.findings);
  rows.push([[strong(text(t.t("report.total")))], "", "", String(total.error), String(total.warning), String(total.info)]);
  const header = ["section", "status", "inPlan", "errors", "warnings", "info"] as const;
  return [
    heading(2, text(t.t("report.scorecard"))),
    paragraph(text(t.t("report.scorecard.intro"))),
    table(header.map((h) => t.t(`report.column.${h}`)), rows, [null, null, null, "right", "right", "right"]),
  ];
}

// --- The 15 guidelines ------------------------------------------------------------------

const ADDRESSED_LABELS = { no: "report.addressed.no", partly: "report.addressed.partly", yes: "report.addressed.yes" } as const;

function guidelinesSection(input: ReportInput, plan: Block): RootContent[] {
  const { t } = input;
  const rows: Cell[][] = guidelineRows(plan, input.result.findings, t).map((g) => [
    [strong(text(g.code))],
    guidelineText(t, g.code),
    t.t(ADDRESSED_LABELS[g.addressed]),
    g.evidence.join("; ") || t.t("report.nothingInPlan"),
    citingCodes(input, g.citing),
  ]);
  const header = ["guideline", "asks", "addressed", "inPlan", "citing"] as const;
  const out: RootContent[] = [
    heading(2, text(t.t("report.guidelines"))),
    paragraph(text(t.t("report.guidelines.intro"))),
    table(header.map((h) => t.t(`report.column.${h}`)), rows),
  ];
  const principles = citedPrinciples(input.result.findings);
  if (principles.length > 0) {
    const items: PhrasingContent[] = [text(t.t("report.principlesCited"))];
    principles.forEach(({ code: p, citing }, i) => {
      if (i > 0) items.push(text("; "));
      items.push(strong(text(p)), text(` (${principleText(t, p)}): `), ...citingCodes(input, citing));
    });
    items.push(text("."));
    out.push(paragraph(...items));
  }
  return out;
}

/** "communicate effectively with migrants." → "Communicate effectively with migrants." */
function guidelineText(t: Translator, code: string): string {
  const body = guidelineBody(t, code);
  return body.charAt(0).toUpperCase() + body.slice(1);
}

/** "first, save lives. Aid is…" → "first, save lives". */
function principleText(t: Translator, code: string): string {
  return guidelineBody(t, code).replace(/\..*$/, "");
}

function guidelineBody(t: Translator, code: string): string {
  return /^(P[1-4]|G([1-9]|1[0-5]))$/.test(code) ? t.t(`guideline.${code}` as MessageId) : code;
}

/** "[EVAC001][], [COMM001][] ×5": each rule once, linked to its page, with how often it fired. */
function citingCodes(input: ReportInput, citing: readonly CitingRule[]): PhrasingContent[] {
  if (citing.length === 0) return [text("—")];
  const out: PhrasingContent[] = [];
  for (const { code: ruleCode, count: n } of citing) {
    if (out.length > 0) out.push(text(", "));
    out.push(input.links.link(ruleCode));
    if (n > 1) out.push(text(` ×${n}`));
  }
  return out;
}

// --- Languages by channel ------------------------------------------------------------------

/** One row per population and language, one column per channel: can this group hear this channel? */
function languagesByChannelSection(input: ReportInput, plan: Block): RootContent[] {
  const { t } = input;
  const out: RootContent[] = [heading(2, text(t.t("report.languages")))];
  const matrix = languageMatrix(plan);
  if (matrix.state === "no-communication") {
    out.push(paragraph(text(t.t("report.languages.noCommunication"))));
    return out;
  }
  if (matrix.state !== "matrix") {
    out.push(paragraph(text(t.t(matrix.state === "no-channels" ? "report.languages.noChannels" : "report.languages.noPopulations"))));
    return out;
  }
  const others = matrix.moreChannels > 0 ? t.t("report.languages.moreChannels", { shown: matrix.columns.length, more: matrix.moreChannels }) : "";
  out.push(paragraph(text(`${t.t("report.languages.intro")}${others}`)));
  const rows: Cell[][] = matrix.rows.shown.map((r) =>
    r.language === undefined
      ? [[code(r.population)], t.t("report.notGiven"), ...r.cells.map(() => "—"), t.t("report.languages.notGiven")]
      : [
        [code(r.population)],
        languageLabel(t, r.language),
        ...r.cells.map((yes) => (yes ? "✓" : "—")),
        r.covered > 0 ? t.t("report.languages.covered", { count: r.covered }) : t.t("report.languages.none"),
      ],
  );
  if (matrix.rows.more > 0) rows.push([moreRows(t, matrix.rows, "row"), "", ...matrix.columns.map(() => ""), ""]);
  const header: Cell[] = [
    t.t("report.column.population"),
    t.t("report.column.language"),
    ...matrix.columns.map((c) => [code(c.id), text(c.medium ? ` (${c.medium})` : "")]),
    t.t("report.column.covered"),
  ];
  out.push(table(header, rows, [null, null, ...matrix.columns.map((): AlignType => "center"), null]));
  return out;
}

// --- Needs by provider ----------------------------------------------------------------------

function needsByProviderSection(input: ReportInput, plan: Block, needs: ReturnType<typeof needRows>): RootContent[] {
  const { t } = input;
  const out: RootContent[] = [heading(2, text(t.t("report.needs")))];
  if (!section(plan, "referral")) {
    out.push(paragraph(text(t.t("report.needs.noReferral"))));
    return out;
  }
  out.push(paragraph(text(t.t("report.needs.intro"))));
  const rows: Cell[][] = needs.map(({ need, core, vulnerable, pathways }) => {
    const needCell: Cell = [text(`${needTitle(t, need)} `), code(need)];
    const requiredBy = [
      ...(core ? [t.t("report.needs.core")] : []),
      ...vulnerable.map((v) => t.t("report.needs.vulnerable", { vulnerability: v.vulnerability, populations: someNames(t, v.populations) })),
    ];
    const required = requiredBy.join("; ") || "—";
    if (pathways.length === 0) return [needCell, required, t.t("report.needs.noPathway"), "—", "—", "—", "—"];
    const shown = pathways.slice(0, 10);
    const more = pathways.length - shown.length;
    const tail = more > 0 ? [[text(t.t("report.needs.more", { count: more }))]] : [];
    return [
      needCell,
      required,
      joinCells([...shown.map((p): PhrasingContent[] => (p.id ? [code(p.id), text(p.title ? ` ${p.title}` : "")] : [text(p.title ?? t.t("report.needs.unnamed"))])), ...tail]),
      joinCells([...shown.map((p) => (p.provider ? stakeholderName(input, plan, p.provider) : [text(t.t("report.needs.noProvider"))])), ...tail]),
      [...shown.map((p) => p.contact ?? t.t("report.needs.noContact")), ...(more > 0 ? ["…"] : [])].join("; "),
      [...shown.map((p) => p.regardlessOfStatus ?? t.t("report.needs.notStated")), ...(more > 0 ? ["…"] : [])].join("; "),
      [...shown.map((p) => p.languages.join(", ") || t.t("report.notGiven")), ...(more > 0 ? ["…"] : [])].join("; "),
    ];
  });
  const header = ["need", "requiredBy", "pathway", "provider", "contact", "regardless", "languages"] as const;
  out.push(table(header.map((h) => t.t(`report.column.${h}`)), rows));
  return out;
}

// --- Diagrams ---------------------------------------------------------------------------

function diagramsSection(input: ReportInput, plan: Block, needs: ReturnType<typeof needRows>): RootContent[] {
  const { t } = input;
  const out: RootContent[] = [heading(2, text(t.t("report.diagrams"))), heading(3, text(t.t("report.diagrams.evacuation")))];
  const evacuation = evacuationGraph(plan);
  if (evacuation.state === "no-evacuation") {
    out.push(paragraph(text(t.t("report.diagrams.noEvacuation"))));
  } else if (evacuation.state === "empty") {
    out.push(capacityParagraph(t, evacuation.capacity), paragraph(text(t.t("report.diagrams.emptyEvacuation"))));
  } else {
    out.push(capacityParagraph(t, evacuation.capacity), mermaid(evacuationChart(evacuation, t)));
    if (evacuation.routes.more > 0) out.push(paragraph(text(t.t("report.diagrams.moreRoutes", { count: evacuation.routes.more }))));
  }

  out.push(heading(3, text(t.t("report.diagrams.referral"))));
  const referral = referralGraph(plan, needs);
  if (referral.state === "no-referral") out.push(paragraph(text(t.t("report.diagrams.noReferral"))));
  else if (referral.state === "no-pathways") out.push(paragraph(text(t.t("report.diagrams.noPathways"))));
  else {
    out.push(mermaid(referralChart(referral, t)));
    if (referral.more > 0) out.push(paragraph(text(t.t("report.diagrams.morePathways", { count: referral.more }))));
  }
  return out;
}

/**
 * Places at the assembly points against the people the evacuation covers
 * (the language server's inlay hint says the same beside each capacity), and
 * who is left out of `covers`.
 */
function capacityParagraph(t: Translator, c: Capacity): RootContent {
  const who = c.covered.length === 0 ? t.t("report.capacity.noPopulation") : t.t("report.capacity.people", { people: c.people, populations: t.list(c.covered) });
  const held = c.assemblyPoints === 0 ? t.t("report.capacity.noPoints") : t.t("report.capacity.held", { points: c.assemblyPoints, places: c.places });
  const parts = [t.t("report.capacity.covers", { held, who })];
  if (c.covered.length > 0 && c.people > c.places) parts.push(t.t("report.capacity.short", { people: c.people - c.places }));
  else if (c.covered.length > 0 && c.people > 0) parts.push(t.t("report.capacity.enough"));
  if (c.left.length > 0) parts.push(t.t("report.capacity.left", { populations: t.list(c.left), people: c.leftPeople }));
  return paragraph(text(parts.join(" ")));
}

function mermaid(chart: string): RootContent {
  return { type: "code", lang: "mermaid", value: chart };
}

// --- Findings ---------------------------------------------------------------------------------------

const SEVERITY_LABEL: Record<Severity, MessageId> = { error: "report.severity.error", warning: "report.severity.warning", info: "report.severity.info" };

function findingsSection(input: ReportInput): RootContent[] {
  const { t } = input;
  const findings = input.result.findings;
  const out: RootContent[] = [heading(2, text(t.t("report.findings")))];
  if (findings.length === 0) {
    out.push(paragraph(text(t.t("report.findings.none"))));
  } else {
    out.push(paragraph(...rich(t, "report.findings.intro", {}, { command: [code("micic-plan --fix")] })));
    const rows: Cell[][] = findings.map((f) => [
      `${f.range.start.line + 1}:${f.range.start.character + 1}`,
      t.t(SEVERITY_LABEL[f.severity]),
      [input.links.link(f.code)],
      f.message,
      f.fixes.map((fix) => fix.title).join("; ") || "—",
    ]);
    const header = ["line", "severity", "rule", "message", "fix"] as const;
    out.push(table(header.map((h) => t.t(`report.column.${h}`)), rows));
  }
  const suppressed = input.result.suppressed;
  if (suppressed.length > 0) {
    const items: PhrasingContent[] = [text(t.t("report.suppressed"))];
    suppressed.forEach((f, i) => {
      if (i > 0) items.push(text(", "));
      items.push(input.links.link(f.code), text(t.t("report.suppressedAt", { at: `${f.range.start.line + 1}:${f.range.start.character + 1}` })));
    });
    items.push(text("."));
    out.push(paragraph(...items));
  }
  return out;
}

// --- Rule links -------------------------------------------------------------------------------------

/**
 * Links to rule pages as Markdown references (`[EVAC001][]`), defined once at
 * the end of the report: the tables stay short to read in the source. The
 * pages are those in the report's language (docs/rules/ru/ …).
 */
class RuleLinks {
  private readonly used = new Set<string>();

  constructor(private readonly locale: Locale) {}

  link(ruleCode: string): PhrasingContent {
    this.used.add(ruleCode);
    return { type: "linkReference", identifier: ruleCode.toLowerCase(), label: ruleCode, referenceType: "collapsed", children: [text(ruleCode)] };
  }

  definitions(): Definition[] {
    return [...this.used].sort().map((c) => ({ type: "definition", identifier: c.toLowerCase(), label: c, url: ruleDocUrlIn(c, this.locale), title: null }));
  }
}

// --- Names -----------------------------------------------------------------------------------------

/** "Ministry of Emergency Situations (`mes`)", or "`mes` (not declared)". */
function stakeholderName(input: ReportInput, plan: Block, id: string): PhrasingContent[] {
  const stakeholder = stakeholders(plan).find((s) => s.id!.text === id);
  if (!stakeholder) return [code(id), text(input.t.t("report.notDeclared"))];
  return stakeholder.title ? [text(`${stakeholder.title.text} (`), code(id), text(")")] : [code(id)];
}

/** "Uzbek (uz)" in English, "узбекский (uz)" in Russian: the language's name in the report's language, and its code. */
function languageLabel(t: Translator, language: string): string {
  const name = t.locale === "en" ? languageName(language) : displayName(t.locale, "language", language);
  return name ? `${name} (${language})` : language;
}

/** "Kyrgyzstan (KG)" in English, "Киргизия (KG)" in Russian. */
function countryLabelIn(t: Translator, country: string): string {
  if (t.locale === "en") return countryLabel(country);
  const name = /^[A-Z]{2}$/.test(country) ? displayName(t.locale, "region", country) : undefined;
  return name ? `${name} (${country})` : countryLabel(country);
}

/** A language's or a country's name in a locale, from the runtime's CLDR data; undefined when it has none. */
function displayName(locale: Locale, type: "language" | "region", code: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([locale], { type, fallback: "none" }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** "a, b, c": the first few names of a list, and how many more. */
function someNames(t: Translator, items: readonly string[]): string {
  return items.length > 5 ? t.list(items) : items.join(", ");
}

/**
 * A message with pieces of the page in it: `nodes` fill the placeholders
 * that stand for code spans or links, `params` the rest.
 */
function rich(t: Translator, id: MessageId, params: MessageParams, nodes: Record<string, PhrasingContent[]>): PhrasingContent[] {
  const marks: MessageParams = { ...params };
  for (const name of Object.keys(nodes)) marks[name] = `\uE000${name}\uE000`;
  return t
    .t(id, marks)
    .split(/\uE000(\w+)\uE000/)
    .flatMap((part, i) => (i % 2 === 1 ? nodes[part] : part === "" ? [] : [text(part)]));
}

// --- mdast helpers -------------------------------------------------------------------------------

/** Several cells' contents in one, separated by semicolons. */
function joinCells(parts: readonly PhrasingContent[][]): PhrasingContent[] {
  return parts.flatMap((p, i) => (i === 0 ? p : [text("; "), ...p]));
}
