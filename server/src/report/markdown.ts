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
import type { AlignType, Definition, PhrasingContent, Root, RootContent, Table, TableRow } from "mdast";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import type { Block } from "../core/ast";
import type { CheckResult } from "../core/check";
import { languageName } from "../core/codes";
import type { Severity } from "../core/finding";
import { GUIDELINES } from "../core/guidelines";
import { PROJECT_URL, ruleDocUrl } from "../core/project";
import type { RuleArea } from "../core/rule";
import { formatCount } from "../core/text";
import { listWords, NAMED_IN_MESSAGE, section, stakeholders } from "../rules/plan-model";
import { countryLabel, isoDate, monthsBetween } from "../rules/plan/shared";
import { NEED_TITLES } from "../rules/referral/shared";
import { count } from "./evidence";
import { evacuationChart, referralChart } from "./mermaid";
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
}

/** The report as an mdast tree, for callers that add to it or render it themselves. */
export function reportTree(text: string, result: CheckResult, options: ReportOptions): Root {
  const input: ReportInput = { text, path: options.path, today: options.today ?? new Date(), result, links: new RuleLinks() };
  const plan = result.document.plan;
  const children: RootContent[] = plan ? planReport(input, plan) : noPlanReport(input);
  children.push(...input.links.definitions());
  return { type: "root", children };
}

// Tables are not padded to align their pipes: finding messages are long, and
// padding every row to the longest would make the Markdown source unreadable.
// The rule links' definitions at the end stand on consecutive lines.
const processor = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, {
    bullet: "-",
    fences: true,
    join: [(left, right) => (left.type === "definition" && right.type === "definition" ? 0 : undefined)],
  });

/** The report as Markdown (GitHub-flavoured: tables, and Mermaid in fenced code). */
export function renderReport(text: string, result: CheckResult, options: ReportOptions): string {
  return processor.stringify(reportTree(text, result, options));
}

interface ReportInput {
  text: string;
  path: string;
  today: Date;
  result: CheckResult;
  links: RuleLinks;
}

// --- The two shapes of report ------------------------------------------------

function planReport(input: ReportInput, plan: Block): RootContent[] {
  const needs = needRows(plan);
  return [
    ...titleAndSummary(input, plan),
    ...scopeSection(plan),
    ...scorecardSection(input, plan),
    ...guidelinesSection(input, plan),
    ...languagesByChannelSection(plan),
    ...needsByProviderSection(plan, needs),
    ...diagramsSection(plan, needs),
    ...findingsSection(input),
  ];
}

/** A file without a plan block: nothing to score, but its syntax problems still say why. */
function noPlanReport(input: ReportInput): RootContent[] {
  const empty = input.text.trim() === "";
  return [
    heading(1, text(`Plan report: ${input.path}`)),
    checkedOn(input),
    paragraph(
      strong(text("Verdict:")),
      text(empty ? " the file is empty, so there is no plan to review. " : " the file has no plan block, so there is no plan to review. "),
      text('A plan file starts with plan "Title" { … } and holds everything inside it (see the '),
      { type: "link", url: `${PROJECT_URL}/blob/main/docs/language.md`, children: [text("language reference")] },
      text(input.result.findings.length > 0 ? "). The problems the checker found are listed below." : ")."),
    ),
    ...findingsSection(input),
  ];
}

function checkedOn(input: ReportInput): RootContent {
  return paragraph(text("Reviewer's report on "), code(input.path), text(`, checked by micic-plan on ${isoDate(input.today)}.`));
}

// --- Title and summary -----------------------------------------------------------

/** Where, against what, who leads, how current, then the verdict in one line. */
function titleAndSummary(input: ReportInput, plan: Block): RootContent[] {
  const s = summary(plan, input.result);
  let place = s.country ?? "a country it does not name";
  if (s.area) place = s.country ? `${s.area}, ${s.country}` : `${s.area}, in ${place}`;
  const sentences: PhrasingContent[] = [
    text(`This plan covers ${place}. `),
    text(s.hazards.length > 0 ? `Hazards: ${listWords(s.hazards, "and", s.hazards.length)}. ` : "It names no hazards. "),
  ];
  if (!s.lead) sentences.push(text("It names no lead agency. "));
  else sentences.push(text("Lead agency: "), ...stakeholderName(plan, s.lead), text(". "));
  if (s.reviewed) {
    const months = monthsBetween(s.reviewed, input.today);
    const ago = months <= 0 ? "less than a month before this report" : `${months} month${months === 1 ? "" : "s"} before this report`;
    sentences.push(text(`It was last reviewed on ${isoDate(s.reviewed)}, ${ago}`));
  } else {
    sentences.push(text("It does not say when it was last reviewed"));
  }
  sentences.push(text(s.version ? ` (version ${s.version}).` : "."));
  if (s.syntaxErrors > 0) {
    sentences.push(text(` The file has ${count(s.syntaxErrors, "syntax error")}: this report covers what the checker could read, and may miss what lies past them.`));
  }

  const { error, warning, info } = s.counts;
  const counts = `${count(error, "error")}, ${count(warning, "warning")} and ${count(info, "info finding")}`;
  let advice: string;
  if (error > 0) {
    const parts: string[] = [];
    if (s.languageErrors > 0) {
      parts.push(`Fix the ${count(s.languageErrors, "error")} in the plan's language (syntax, schema, names) first: the MICIC checks read only what the checker understands.`);
    }
    if (error > s.languageErrors) {
      parts.push("The MICIC errors restate principles or core guideline text (help whatever a migrant's status, the firewall between help and immigration enforcement, non-refoulement, migrants in scope at all); resolve them before the plan is adopted.");
    }
    advice = parts.join(" ");
  } else if (warning > 0) {
    advice = "No errors; the warnings are practices the guidelines recommend, worth settling at the next review.";
  } else if (info > 0) {
    advice = "No errors or warnings; the info findings are suggestions.";
  } else {
    advice = "The plan passes every check micic-plan makes.";
  }
  const note =
    s.suppressed > 0
      ? ` ${count(s.suppressed, "finding")} ${s.suppressed === 1 ? "was" : "were"} suppressed by comments in the plan and ${s.suppressed === 1 ? "is" : "are"} not counted.`
      : "";
  return [
    heading(1, text(s.title || "Untitled plan")),
    checkedOn(input),
    paragraph(...sentences),
    paragraph(strong(text("Verdict:")), text(` ${counts}. ${advice}${note}`)),
  ];
}

// --- Scope --------------------------------------------------------------------------

/** Who the plan protects and who acts in it, as declared. */
function scopeSection(plan: Block): RootContent[] {
  const out: RootContent[] = [heading(2, text("Scope")), heading(3, text("Populations"))];
  const people = populationsTable(plan);
  if (people.shown.length === 0) {
    out.push(paragraph(text("No population is declared: the plan does not name the migrants it protects.")));
  } else {
    const rows: Cell[][] = people.shown.map((p) => [
      [code(p.id), text(p.title ? ` ${p.title}` : "")],
      p.size === undefined ? "not given" : formatCount(p.size),
      orNotGiven(p.nationalities.map(countryLabel)),
      orNotGiven(p.languages.map(languageLabel)),
      orNotGiven(p.status),
      p.vulnerabilities.join(", ") || "none declared",
    ]);
    if (people.more > 0) rows.push([moreRows(people, "population"), "", "", "", "", ""]);
    rows.push([
      [strong(text("Total"))],
      [strong(text(formatCount(people.total))), text(people.unsized > 0 ? ` (${count(people.unsized, "population")} without a size)` : "")],
      "",
      "",
      "",
      "",
    ]);
    out.push(table(["Population", "Size", "Nationalities", "Languages", "Status", "Vulnerabilities"], rows, [null, "right", null, null, null, null]));
  }

  out.push(heading(3, text("Stakeholders")));
  const actors = stakeholdersTable(plan);
  if (actors.shown.length === 0) {
    out.push(paragraph(text("No stakeholder is declared.")));
    return out;
  }
  const rows: Cell[][] = actors.shown.map((s) => [
    [code(s.id), text(s.title ? ` ${s.title}` : "")],
    s.kind ? `${s.kind}${s.kind === "consulate" && s.country ? ` (${s.country})` : ""}` : "not given",
    s.contact ?? "⚠️ no contact",
    s.languages.join(", ") || "not given",
  ]);
  if (actors.more > 0) rows.push([moreRows(actors, "stakeholder"), "", "", ""]);
  out.push(table(["Stakeholder", "Kind", "Contact", "Languages"], rows));
  return out;
}

/** The last row of a table cut to its bound: "… and 3,120 more populations: see the plan". */
function moreRows(list: Bounded<unknown>, noun: string): PhrasingContent[] {
  return [text(`… and ${formatCount(list.more)} more ${list.more === 1 ? noun : `${noun}s`}: see the plan`)];
}

// --- Scorecard ------------------------------------------------------------------------

const AREA_LABELS: Record<RuleArea, string> = {
  plan: "Plan essentials",
  population: "Populations",
  stakeholder: "Stakeholders",
  evacuation: "Evacuation",
  communication: "Communication",
  referral: "Referral",
  coordination: "Coordination",
  recovery: "Recovery",
  language: "Plan language (syntax, schema, names)",
};

const STATUS_LABELS: Record<AreaStatus, string> = {
  "missing-required": "❌ not in the plan",
  missing: "➖ not in the plan",
  errors: "❌ errors",
  warnings: "⚠️ warnings",
  suggestions: "ℹ️ suggestions",
  clean: "✅",
};

/** A few words on what the plan holds for an area: the reviewer sees at once how much there is to judge. */
function contentsText(contents: AreaContents): string {
  if ("missing" in contents) return "not in the plan";
  switch (contents.area) {
    case "plan":
      return `${contents.essentials} of 4 essentials (country, hazards, lead, reviewed)`;
    case "population":
      return contents.populations === 0 ? "none declared" : `${count(contents.populations, "population")}, ${formatCount(contents.people)} people`;
    case "stakeholder":
      return contents.stakeholders === 0 ? "none declared" : count(contents.stakeholders, "stakeholder");
    case "evacuation":
      return `${count(contents.assemblyPoints, "assembly point")}, ${count(contents.routes, "route")}`;
    case "communication":
      return count(contents.channels, "channel");
    case "referral":
      return count(contents.pathways, "pathway");
    case "coordination":
      return count(contents.members, "member");
    case "recovery":
      return contents.given.length > 0 ? contents.given.join(", ") : "empty";
    default:
      return "—";
  }
}

function scorecardSection(input: ReportInput, plan: Block): RootContent[] {
  const rows: Cell[][] = scorecard(plan, input.result.findings).map(({ area, status, contents, counts }) => [
    AREA_LABELS[area],
    STATUS_LABELS[status],
    contentsText(contents),
    String(counts.error),
    String(counts.warning),
    String(counts.info),
  ]);
  const total = countBySeverity(input.result.findings);
  rows.push([[strong(text("Total"))], "", "", String(total.error), String(total.warning), String(total.info)]);
  return [
    heading(2, text("Scorecard")),
    paragraph(
      text("Findings by the part of the plan they concern. The evacuation, communication and referral sections are the core of a MICIC plan; coordination and recovery are recommended."),
    ),
    table(["Section", "Status", "In the plan", "Errors", "Warnings", "Info"], rows, [null, null, null, "right", "right", "right"]),
  ];
}

// --- The 15 guidelines ------------------------------------------------------------------

const ADDRESSED_LABELS = { no: "❌ no", partly: "⚠️ partly", yes: "✅ yes" } as const;

function guidelinesSection(input: ReportInput, plan: Block): RootContent[] {
  const rows: Cell[][] = guidelineRows(plan, input.result.findings).map((g) => [
    [strong(text(g.code))],
    guidelineText(g.code),
    ADDRESSED_LABELS[g.addressed],
    g.evidence.join("; ") || "nothing in the plan",
    citingCodes(input, g.citing),
  ]);
  const out: RootContent[] = [
    heading(2, text("MICIC guidelines")),
    paragraph(
      text("The 15 guidelines of the MICIC Guidelines (2016). “Addressed” says whether the plan speaks to a guideline at all; it is “partly” when errors or warnings cite it. The last column lists the findings that cite each guideline."),
    ),
    table(["Guideline", "What it asks", "Addressed", "In the plan", "Findings citing it"], rows),
  ];
  const principles = citedPrinciples(input.result.findings);
  if (principles.length > 0) {
    const items: PhrasingContent[] = [text("Principles cited by findings: ")];
    principles.forEach(({ code: p, citing }, i) => {
      if (i > 0) items.push(text("; "));
      items.push(strong(text(p)), text(` (${principleText(p)}): `), ...citingCodes(input, citing));
    });
    items.push(text("."));
    out.push(paragraph(...items));
  }
  return out;
}

/** "Guideline 6: communicate effectively with migrants." → "Communicate effectively with migrants." */
function guidelineText(code: string): string {
  const full = GUIDELINES[code] ?? code;
  const body = full.replace(/^[^:]*:\s*/, "");
  return body.charAt(0).toUpperCase() + body.slice(1);
}

/** "Principle 1: first, save lives. Aid is…" → "first, save lives". */
function principleText(code: string): string {
  return (GUIDELINES[code] ?? code).replace(/^[^:]*:\s*/, "").replace(/\..*$/, "");
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
function languagesByChannelSection(plan: Block): RootContent[] {
  const out: RootContent[] = [heading(2, text("Languages by channel"))];
  const matrix = languageMatrix(plan);
  if (matrix.state === "no-communication") {
    out.push(paragraph(text("The communication section is not in the plan: no channel reaches any population.")));
    return out;
  }
  if (matrix.state !== "matrix") {
    out.push(paragraph(text(matrix.state === "no-channels" ? "The communication section declares no channel." : "No population is declared, so there is no language to cover.")));
    return out;
  }
  const others = matrix.moreChannels > 0 ? ` The first ${count(matrix.columns.length, "channel")} are shown as columns; the ${formatCount(matrix.moreChannels)} others count in “Covered”.` : "";
  out.push(paragraph(text(`A ✓ where the channel reaches the population and uses the language. A language no channel covers is a COMM001 finding.${others}`)));
  const rows: Cell[][] = matrix.rows.shown.map((r) =>
    r.language === undefined
      ? [[code(r.population)], "not given", ...r.cells.map(() => "—"), "❓ languages not given"]
      : [[code(r.population)], languageLabel(r.language), ...r.cells.map((yes) => (yes ? "✓" : "—")), r.covered > 0 ? `✅ ${count(r.covered, "channel")}` : "❌ none"],
  );
  if (matrix.rows.more > 0) rows.push([moreRows(matrix.rows, "row"), "", ...matrix.columns.map(() => ""), ""]);
  const header: Cell[] = ["Population", "Language", ...matrix.columns.map((c) => [code(c.id), text(c.medium ? ` (${c.medium})` : "")]), "Covered"];
  out.push(table(header, rows, [null, null, ...matrix.columns.map((): AlignType => "center"), null]));
  return out;
}

// --- Needs by provider ----------------------------------------------------------------------

function needsByProviderSection(plan: Block, needs: ReturnType<typeof needRows>): RootContent[] {
  const out: RootContent[] = [heading(2, text("Needs by provider"))];
  if (!section(plan, "referral")) {
    out.push(paragraph(text("The referral section is not in the plan: no need has a pathway to a provider.")));
    return out;
  }
  out.push(
    paragraph(
      text("Each need a referral pathway meets, and each the rules require: the five core needs of any crisis (REF001) and those the populations' vulnerabilities call for (REF006). A need several pathways meet lists each, separated by semicolons."),
    ),
  );
  const rows: Cell[][] = needs.map(({ need, core, vulnerable, pathways }) => {
    const needCell: Cell = [text(`${NEED_TITLES[need] ?? need} `), code(need)];
    const requiredBy = [
      ...(core ? ["core need (REF001)"] : []),
      ...vulnerable.map((v) => `${v.vulnerability} in ${someNames(v.populations)} (REF006)`),
    ];
    const required = requiredBy.join("; ") || "—";
    if (pathways.length === 0) return [needCell, required, "❌ no pathway", "—", "—", "—", "—"];
    const shown = pathways.slice(0, 10);
    const more = pathways.length - shown.length;
    const tail = more > 0 ? [[text(`… and ${formatCount(more)} more`)]] : [];
    return [
      needCell,
      required,
      joinCells([...shown.map((p): PhrasingContent[] => (p.id ? [code(p.id), text(p.title ? ` ${p.title}` : "")] : [text(p.title ?? "unnamed")])), ...tail]),
      joinCells([...shown.map((p) => (p.provider ? stakeholderName(plan, p.provider) : [text("⚠️ none named")])), ...tail]),
      [...shown.map((p) => p.contact ?? "⚠️ none"), ...(more > 0 ? ["…"] : [])].join("; "),
      [...shown.map((p) => p.regardlessOfStatus ?? "not stated"), ...(more > 0 ? ["…"] : [])].join("; "),
      [...shown.map((p) => p.languages.join(", ") || "not given"), ...(more > 0 ? ["…"] : [])].join("; "),
    ];
  });
  out.push(table(["Need", "Required by", "Pathway", "Provider", "Contact", "Regardless of status", "Languages"], rows));
  return out;
}

// --- Diagrams ---------------------------------------------------------------------------

function diagramsSection(plan: Block, needs: ReturnType<typeof needRows>): RootContent[] {
  const out: RootContent[] = [heading(2, text("Routes and referrals")), heading(3, text("Evacuation routes to assembly points"))];
  const evacuation = evacuationGraph(plan);
  if (evacuation.state === "no-evacuation") {
    out.push(paragraph(text("The evacuation section is not in the plan.")));
  } else if (evacuation.state === "empty") {
    out.push(capacityParagraph(evacuation.capacity), paragraph(text("The evacuation section names no assembly point and no route.")));
  } else {
    out.push(capacityParagraph(evacuation.capacity), mermaid(evacuationChart(evacuation)));
    if (evacuation.routes.more > 0) out.push(paragraph(text(`${count(evacuation.routes.more, "more route")} not drawn: see the plan.`)));
  }

  out.push(heading(3, text("Referral needs to providers")));
  const referral = referralGraph(plan, needs);
  if (referral.state === "no-referral") out.push(paragraph(text("The referral section is not in the plan.")));
  else if (referral.state === "no-pathways") out.push(paragraph(text("The referral section declares no pathway.")));
  else {
    out.push(mermaid(referralChart(referral)));
    if (referral.more > 0) out.push(paragraph(text(`${count(referral.more, "more pathway")} not drawn: see the plan.`)));
  }
  return out;
}

/**
 * Places at the assembly points against the people the evacuation covers
 * (the language server's inlay hint says the same beside each capacity), and
 * who is left out of `covers`.
 */
function capacityParagraph(c: Capacity): RootContent {
  const who = c.covered.length === 0 ? "no population" : `${formatCount(c.people)} people (${listWords(c.covered)})`;
  const held =
    c.assemblyPoints === 0 ? "The evacuation has no assembly point" : `The ${count(c.assemblyPoints, "assembly point")} ${c.assemblyPoints === 1 ? "holds" : "hold"} ${formatCount(c.places)} people`;
  const parts = [`${held}; the evacuation covers ${who}.`];
  if (c.covered.length > 0 && c.people > c.places) parts.push(`⚠️ ${formatCount(c.people - c.places)} people would have nowhere to go.`);
  else if (c.covered.length > 0 && c.people > 0) parts.push("✅ Everyone covered has a place.");
  if (c.left.length > 0) parts.push(`⚠️ Not covered: ${listWords(c.left)} (${formatCount(c.leftPeople)} people).`);
  return paragraph(text(parts.join(" ")));
}

function mermaid(chart: string): RootContent {
  return { type: "code", lang: "mermaid", value: chart };
}

// --- Findings ---------------------------------------------------------------------------------------

const SEVERITY_LABEL: Record<Severity, string> = { error: "❌ error", warning: "⚠️ warning", info: "ℹ️ info" };

function findingsSection(input: ReportInput): RootContent[] {
  const findings = input.result.findings;
  const out: RootContent[] = [heading(2, text("Findings"))];
  if (findings.length === 0) {
    out.push(paragraph(text("None: the checker found nothing to report.")));
  } else {
    out.push(
      paragraph(
        text("Every finding, in the order it stands in the file. Line and column count from 1; each rule links to its page, which says why it exists and how to meet it. A fix can be applied in the editor or with "),
        code("micic-plan --fix"),
        text("."),
      ),
    );
    const rows: Cell[][] = findings.map((f) => [
      `${f.range.start.line + 1}:${f.range.start.character + 1}`,
      SEVERITY_LABEL[f.severity],
      [input.links.link(f.code)],
      f.message,
      f.fixes.map((fix) => fix.title).join("; ") || "—",
    ]);
    out.push(table(["Line", "Severity", "Rule", "Message", "Fix"], rows));
  }
  const suppressed = input.result.suppressed;
  if (suppressed.length > 0) {
    const items: PhrasingContent[] = [text(`Suppressed by comments in the plan, and not counted above: `)];
    suppressed.forEach((f, i) => {
      if (i > 0) items.push(text(", "));
      items.push(input.links.link(f.code), text(` at ${f.range.start.line + 1}:${f.range.start.character + 1}`));
    });
    items.push(text("."));
    out.push(paragraph(...items));
  }
  return out;
}

// --- Rule links -------------------------------------------------------------------------------------

/**
 * Links to rule pages as Markdown references (`[EVAC001][]`), defined once at
 * the end of the report: the tables stay short to read in the source.
 */
class RuleLinks {
  private readonly used = new Set<string>();

  link(ruleCode: string): PhrasingContent {
    this.used.add(ruleCode);
    return { type: "linkReference", identifier: ruleCode.toLowerCase(), label: ruleCode, referenceType: "collapsed", children: [text(ruleCode)] };
  }

  definitions(): Definition[] {
    return [...this.used].sort().map((c) => ({ type: "definition", identifier: c.toLowerCase(), label: c, url: ruleDocUrl(c), title: null }));
  }
}

// --- Names -----------------------------------------------------------------------------------------

/** "Ministry of Emergency Situations (`mes`)", or "`mes` (not declared)". */
function stakeholderName(plan: Block, id: string): PhrasingContent[] {
  const stakeholder = stakeholders(plan).find((s) => s.id!.text === id);
  if (!stakeholder) return [code(id), text(" (not declared)")];
  return stakeholder.title ? [text(`${stakeholder.title.text} (`), code(id), text(")")] : [code(id)];
}

function languageLabel(language: string): string {
  const name = languageName(language);
  return name ? `${name} (${language})` : language;
}

/** "a, b, c": the first few names of a list, and how many more. */
function someNames(items: readonly string[]): string {
  const shown = items.slice(0, NAMED_IN_MESSAGE).join(", ");
  return items.length > NAMED_IN_MESSAGE ? `${shown} and ${formatCount(items.length - NAMED_IN_MESSAGE)} more` : shown;
}

function orNotGiven(items: readonly string[]): string {
  return items.length > 0 ? items.join(", ") : "not given";
}

// --- mdast helpers -------------------------------------------------------------------------------

/** A table cell: plain text, or inline content (code, links, emphasis). */
type Cell = string | PhrasingContent[];

const text = (value: string): PhrasingContent => ({ type: "text", value });
const code = (value: string): PhrasingContent => ({ type: "inlineCode", value });
const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: "strong", children });
const heading = (depth: 1 | 2 | 3, ...children: PhrasingContent[]): RootContent => ({ type: "heading", depth, children });
const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: "paragraph", children });

function row(cells: readonly Cell[]): TableRow {
  return {
    type: "tableRow",
    children: cells.map((c) => ({ type: "tableCell", children: typeof c === "string" ? (c === "" ? [] : [text(c)]) : c })),
  };
}

function table(header: readonly Cell[], rows: readonly Cell[][], align?: AlignType[]): Table {
  return { type: "table", align: align ?? header.map(() => null), children: [row(header), ...rows.map(row)] };
}

/** Several cells' contents in one, separated by semicolons. */
function joinCells(parts: readonly PhrasingContent[][]): PhrasingContent[] {
  return parts.flatMap((p, i) => (i === 0 ? p : [text("; "), ...p]));
}
