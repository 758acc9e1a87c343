/**
 * The reviewer's report: one Markdown page on one plan, for an IOM or
 * consulate reviewer who reads it away from the editor (a pull request, VS
 * Code's preview, a printout). Built as an mdast tree, one function per
 * section, and serialised with remark, like the rule pages (rule-docs.ts).
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
import { attributeOf, blocksOf, type Block } from "../core/ast";
import type { CheckResult } from "../core/check";
import { languageName } from "../core/codes";
import { severityRank, type Finding, type Severity } from "../core/finding";
import { GUIDELINES, GUIDELINE_CODES } from "../core/guidelines";
import { PROJECT_URL, ruleDocUrl } from "../core/project";
import type { RuleArea } from "../core/rule";
import { NEEDS } from "../core/schema";
import { rulesByCode } from "../rules/index";
import { dateOf, inSection, listWords, numberOf, populations, section, stakeholders, word, words } from "../rules/plan-model";
import { populationsByCoverage } from "../rules/evacuation/shared";
import { countryLabel, isoDate, monthsBetween } from "../rules/plan/shared";
import { NEED_TITLES } from "../rules/referral/shared";
import { byCodeUnits, formatCount } from "../core/text";

export interface ReportOptions {
  /** The plan file as the reader should see it named (`samples/tashkent-flood.micic`). */
  path: string;
  /** The day the report is written; today by default. Pass the day the plan was checked against. */
  today?: Date;
}

/** The report as an mdast tree, for callers that add to it or render it themselves. */
export function reportTree(text: string, result: CheckResult, options: ReportOptions): Root {
  const input: ReportInput = {
    text,
    path: options.path,
    today: options.today ?? new Date(),
    result,
    plan: result.document.plan,
    links: new RuleLinks(),
  };
  const children: RootContent[] = input.plan ? planReport(input, input.plan) : noPlanReport(input);
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
  plan: Block | undefined;
  links: RuleLinks;
}

// --- The two shapes of report ------------------------------------------------

function planReport(input: ReportInput, plan: Block): RootContent[] {
  return [
    ...titleSection(input, plan),
    ...summarySection(input, plan),
    ...scopeSection(plan),
    ...scorecardSection(input, plan),
    ...guidelinesSection(input, plan),
    ...languagesByChannelsSection(plan),
    ...needsByProvidersSection(plan),
    ...diagramsSection(plan),
    ...findingsSection(input),
  ];
}

/** A file without a plan block: nothing to score, but its syntax problems still say why. */
function noPlanReport(input: ReportInput): RootContent[] {
  const empty = input.text.trim() === "";
  return [
    heading(1, text(`Plan report: ${input.path}`)),
    paragraph(text("Reviewer's report on "), code(input.path), text(`, checked by micic-plan on ${isoDate(input.today)}.`)),
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

// --- Title and summary -----------------------------------------------------------

function titleSection(input: ReportInput, plan: Block): RootContent[] {
  const title = plan.title?.text.trim() || "Untitled plan";
  return [
    heading(1, text(title)),
    paragraph(text("Reviewer's report on "), code(input.path), text(`, checked by micic-plan on ${isoDate(input.today)}.`)),
  ];
}

/** Where, against what, who leads, how current, then the verdict in one line. */
function summarySection(input: ReportInput, plan: Block): RootContent[] {
  const country = stringOf(plan, "country");
  const area = stringOf(plan, "area");
  const hazards = words(plan, "hazards");
  let place = country ?? "a country it does not name";
  if (area) place = country ? `${area}, ${country}` : `${area}, in ${place}`;
  const sentences: PhrasingContent[] = [
    text(`This plan covers ${place}. `),
    text(hazards.length > 0 ? `Hazards: ${listWords(hazards)}. ` : "It names no hazards. "),
  ];

  const lead = word(plan, "lead");
  if (!lead) sentences.push(text("It names no lead agency. "));
  else sentences.push(text("Lead agency: "), ...stakeholderName(plan, lead), text(". "));

  const reviewed = dateOf(plan, "reviewed");
  const version = stringOf(plan, "version");
  if (reviewed) {
    const months = monthsBetween(reviewed, input.today);
    const ago = months <= 0 ? "less than a month before this report" : `${months} month${months === 1 ? "" : "s"} before this report`;
    sentences.push(text(`It was last reviewed on ${isoDate(reviewed)}, ${ago}`));
  } else {
    sentences.push(text("It does not say when it was last reviewed"));
  }
  sentences.push(text(version ? ` (version ${version}).` : "."));

  const syntax = input.result.findings.filter((f) => f.code === "SYN001").length;
  if (syntax > 0) {
    sentences.push(
      text(` The file has ${count(syntax, "syntax error")}: this report covers what the checker could read, and may miss what lies past them.`),
    );
  }
  return [paragraph(...sentences), verdict(input)];
}

/** "**Verdict:** 2 errors, 40 warnings and 12 info findings. …": what a reviewer should do next. */
function verdict(input: ReportInput): RootContent {
  const { error, warning, info } = countBySeverity(input.result.findings);
  const counts = `${count(error, "error")}, ${count(warning, "warning")} and ${count(info, "info finding")}`;
  const languageErrors = input.result.findings.filter((f) => f.severity === "error" && areaOf(f) === "language").length;
  let advice: string;
  if (error > 0) {
    const parts: string[] = [];
    if (languageErrors > 0) {
      parts.push(`Fix the ${count(languageErrors, "error")} in the plan's language (syntax, schema, names) first: the MICIC checks read only what the checker understands.`);
    }
    if (error > languageErrors) {
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
  const suppressed = input.result.suppressed.length;
  const note = suppressed > 0 ? ` ${count(suppressed, "finding")} ${suppressed === 1 ? "was" : "were"} suppressed by comments in the plan and ${suppressed === 1 ? "is" : "are"} not counted.` : "";
  return paragraph(strong(text("Verdict:")), text(` ${counts}. ${advice}${note}`));
}

// --- Scope --------------------------------------------------------------------------

/** Who the plan protects and who acts in it, as declared. */
function scopeSection(plan: Block): RootContent[] {
  return [heading(2, text("Scope")), ...populationsTable(plan), ...stakeholdersTable(plan)];
}

function populationsTable(plan: Block): RootContent[] {
  const declared = populations(plan);
  const out: RootContent[] = [heading(3, text("Populations"))];
  if (declared.length === 0) {
    out.push(paragraph(text("No population is declared: the plan does not name the migrants it protects.")));
    return out;
  }
  const rows: Cell[][] = declared.map((p) => [
    [code(p.id!.text), text(p.title ? ` ${p.title.text}` : "")],
    sizeText(numberOf(p, "size")),
    orNotGiven(words(p, "nationalities").map(countryLabel)),
    orNotGiven(words(p, "languages").map(languageLabel)),
    orNotGiven(words(p, "status")),
    words(p, "vulnerabilities").join(", ") || "none declared",
  ]);
  const sizes = declared.map((p) => numberOf(p, "size"));
  const unknown = sizes.filter((s) => s === undefined).length;
  const total = sizes.reduce<number>((sum, s) => sum + (s ?? 0), 0);
  rows.push([
    [strong(text("Total"))],
    [strong(text(formatCount(total))), text(unknown > 0 ? ` (${count(unknown, "population")} without a size)` : "")],
    "",
    "",
    "",
    "",
  ]);
  out.push(table(["Population", "Size", "Nationalities", "Languages", "Status", "Vulnerabilities"], rows, [null, "right", null, null, null, null]));
  return out;
}

function stakeholdersTable(plan: Block): RootContent[] {
  const declared = stakeholders(plan);
  const out: RootContent[] = [heading(3, text("Stakeholders"))];
  if (declared.length === 0) {
    out.push(paragraph(text("No stakeholder is declared.")));
    return out;
  }
  const rows: Cell[][] = declared.map((s) => {
    const kind = word(s, "kind");
    const country = word(s, "country");
    return [
      [code(s.id!.text), text(s.title ? ` ${s.title.text}` : "")],
      kind ? `${kind}${kind === "consulate" && country ? ` (${country})` : ""}` : "not given",
      stringOf(s, "contact") ?? "⚠️ no contact",
      words(s, "languages").join(", ") || "not given",
    ];
  });
  out.push(table(["Stakeholder", "Kind", "Contact", "Languages"], rows));
  return out;
}

// --- Scorecard ------------------------------------------------------------------------

/**
 * The scorecard's rows: the rules' areas, in the order a plan is written.
 * `section` names the plan section an area's rules read, so that a missing
 * section shows as such rather than as a clean ✅.
 */
const SCORECARD_AREAS: readonly { area: RuleArea; label: string; section?: string; required?: boolean }[] = [
  { area: "plan", label: "Plan essentials" },
  { area: "population", label: "Populations" },
  { area: "stakeholder", label: "Stakeholders" },
  { area: "evacuation", label: "Evacuation", section: "evacuation", required: true },
  { area: "communication", label: "Communication", section: "communication", required: true },
  { area: "referral", label: "Referral", section: "referral", required: true },
  { area: "coordination", label: "Coordination", section: "coordination" },
  { area: "recovery", label: "Recovery", section: "recovery" },
  { area: "language", label: "Plan language (syntax, schema, names)" },
];

function areaOf(finding: Finding): RuleArea {
  return rulesByCode.get(finding.code)?.meta.area ?? "language";
}

function scorecardSection(input: ReportInput, plan: Block): RootContent[] {
  const rows: Cell[][] = SCORECARD_AREAS.map(({ area, label, section: kind, required }) => {
    const findings = input.result.findings.filter((f) => areaOf(f) === area);
    const counts = countBySeverity(findings);
    const present = kind ? section(plan, kind) !== undefined : true;
    let status: string;
    if (!present) status = required ? "❌ not in the plan" : "➖ not in the plan";
    else if (counts.error > 0) status = "❌ errors";
    else if (counts.warning > 0) status = "⚠️ warnings";
    else if (counts.info > 0) status = "ℹ️ suggestions";
    else status = "✅";
    return [label, status, areaContents(plan, area), String(counts.error), String(counts.warning), String(counts.info)];
  });
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

/** A few words on what the plan holds for an area: the reviewer sees at once how much there is to judge. */
function areaContents(plan: Block, area: RuleArea): string {
  const present = (kind: string) => section(plan, kind);
  switch (area) {
    case "plan": {
      const essentials = ["country", "hazards", "lead", "reviewed"].filter((a) => attributeOf(plan, a));
      return `${essentials.length} of 4 essentials (country, hazards, lead, reviewed)`;
    }
    case "population": {
      const declared = populations(plan);
      if (declared.length === 0) return "none declared";
      const people = declared.reduce((sum, p) => sum + (numberOf(p, "size") ?? 0), 0);
      return `${count(declared.length, "population")}, ${formatCount(people)} people`;
    }
    case "stakeholder":
      return stakeholders(plan).length === 0 ? "none declared" : count(stakeholders(plan).length, "stakeholder");
    case "evacuation": {
      const evacuation = present("evacuation");
      if (!evacuation) return "not in the plan";
      return `${count(blocksOf(evacuation, "assembly-point").length, "assembly point")}, ${count(blocksOf(evacuation, "route").length, "route")}`;
    }
    case "communication":
      return present("communication") ? count(inSection(plan, "communication", "channel").length, "channel") : "not in the plan";
    case "referral":
      return present("referral") ? count(inSection(plan, "referral", "pathway").length, "pathway") : "not in the plan";
    case "coordination": {
      const coordination = present("coordination");
      return coordination ? count(words(coordination, "members").length, "member") : "not in the plan";
    }
    case "recovery": {
      const recovery = present("recovery");
      if (!recovery) return "not in the plan";
      const given = ["return-support", "reintegration", "wage-recovery", "lessons-learned"].filter((a) => attributeOf(recovery, a));
      return given.length > 0 ? given.join(", ") : "empty";
    }
    case "language":
      return "—";
  }
}

// --- The 15 guidelines ------------------------------------------------------------------

/**
 * What in a plan addresses each guideline, as short phrases (empty: nothing
 * does). Most guidelines have a section or attribute of their own in the
 * schema. Four do not, and the report decides as follows:
 * - G1 (track information on crises and their impact on migrants): populations
 *   that say where they live or work (`locations`), a `feedback` channel
 *   through which migrants report, and `rumour-tracking: yes`.
 * - G3 (empower migrants to help themselves): preparedness outreach
 *   (`pre-crisis-outreach: yes`), crisis messages on their rights and on the
 *   firewall (`information-on: rights, no-immigration-enforcement`), and a
 *   referral that does not share data with immigration enforcement: people
 *   who know their rights and are not afraid act for themselves.
 * - G4 (incorporate migrants in prevention, preparedness and response
 *   systems): populations declared and the response sections (evacuation,
 *   communication, referral) that take them in; without populations, nothing.
 * - G15 (support host communities): the plan language has no attribute for
 *   host communities, so local authorities among the stakeholders (who serve
 *   hosts and migrants alike) and `reintegration: yes` in recovery stand in.
 * The findings that cite a guideline are listed beside it, so "addressed"
 * says only that the plan speaks to it, not that it does so well.
 */
const GUIDELINE_EVIDENCE: Readonly<Record<string, (plan: Block) => string[]>> = {
  G1: (plan) => {
    const declared = populations(plan);
    const located = declared.filter((p) => attributeOf(p, "locations")).length;
    const communication = section(plan, "communication");
    return [
      located > 0 ? `locations of ${located} of ${count(declared.length, "population")}` : "",
      word(communication, "feedback") ? `feedback through ${word(communication, "feedback")}` : "",
      word(communication, "rumour-tracking") === "yes" ? "rumour tracking" : "",
    ];
  },
  G2: (plan) => {
    const referral = section(plan, "referral");
    const retention = referral ? attributeOf(referral, "data-retention")?.values[0]?.text : undefined;
    return [
      word(referral, "consent") ? `referral consent: ${word(referral, "consent")}` : "",
      retention ? `data retention: ${retention}` : "",
    ];
  },
  G3: (plan) => {
    const communication = section(plan, "communication");
    const topics = words(communication, "information-on").filter((t) => t === "rights" || t === "no-immigration-enforcement");
    return [
      word(communication, "pre-crisis-outreach") === "yes" ? "pre-crisis outreach" : "",
      topics.length > 0 ? `messages on ${listWords(topics)}` : "",
      word(section(plan, "referral"), "shares-with-immigration-enforcement") === "no" ? "no referral data to immigration enforcement" : "",
    ];
  },
  G4: (plan) => {
    const declared = populations(plan);
    if (declared.length === 0) return [];
    const sections = ["evacuation", "communication", "referral"].filter((k) => section(plan, k));
    return [
      `${count(declared.length, "population")} in scope`,
      sections.length > 0 ? `in the ${listWords(sections)} section${sections.length > 1 ? "s" : ""}` : "",
    ];
  },
  G5: (plan) => {
    const declared = populations(plan);
    if (declared.length === 0) return [];
    const people = declared.reduce((sum, p) => sum + (numberOf(p, "size") ?? 0), 0);
    return [`${count(declared.length, "population")} declared (${formatCount(people)} people)`];
  },
  G6: (plan) => {
    const channels = inSection(plan, "communication", "channel");
    if (channels.length === 0) return [];
    const languages = new Set(channels.flatMap((c) => words(c, "languages")));
    return [`${count(channels.length, "channel")} in ${count(languages.size, "language")}`];
  },
  G7: (plan) => {
    const coordination = section(plan, "coordination");
    if (!coordination) return [];
    const mechanism = stringOf(coordination, "mechanism");
    return [mechanism ? `coordination: ${mechanism}` : "coordination section", count(words(coordination, "members").length, "member")];
  },
  G8: (plan) => {
    const coordination = section(plan, "coordination");
    const reviewed = attributeOf(plan, "reviewed")?.values[0]?.text;
    const exercised = coordination ? attributeOf(coordination, "exercises")?.values[0]?.text : undefined;
    return [
      reviewed ? `reviewed ${reviewed}` : "",
      exercised ? `last exercise ${exercised}` : "",
      word(section(plan, "recovery"), "lessons-learned") === "yes" ? "lessons learned" : "",
    ];
  },
  G9: (plan) => {
    const communication = section(plan, "communication");
    const channels = inSection(plan, "communication", "channel");
    if (channels.length === 0) return [];
    const topics = words(communication, "information-on");
    return [
      count(channels.length, "channel"),
      word(communication, "feedback") ? `feedback through ${word(communication, "feedback")}` : "",
      topics.length > 0 ? `messages on ${count(topics.length, "topic")}` : "",
    ];
  },
  G10: (plan) => {
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return [];
    return [
      word(evacuation, "identity-documents") ? `identity documents: ${word(evacuation, "identity-documents")}` : "",
      words(evacuation, "document-replacement").length > 0 ? `document replacement by ${words(evacuation, "document-replacement").join(", ")}` : "",
      words(evacuation, "consular-liaison").length > 0 ? `consular liaison with ${words(evacuation, "consular-liaison").join(", ")}` : "",
    ];
  },
  G11: (plan) => {
    const pathways = inSection(plan, "referral", "pathway");
    const open = pathways.filter((p) => word(p, "regardless-of-status") === "yes").length;
    return [
      word(section(plan, "evacuation"), "regardless-of-status") === "yes" ? "evacuation regardless of status" : "",
      open > 0 ? `${open} of ${count(pathways.length, "pathway")} regardless of status` : "",
    ];
  },
  G12: (plan) => {
    const pathways = inSection(plan, "referral", "pathway");
    if (pathways.length === 0) return [];
    const needs = [...new Set(pathways.map((p) => word(p, "need")).filter((n): n is string => !!n))];
    return [`${count(pathways.length, "pathway")}${needs.length > 0 ? ` (${needs.join(", ")})` : ""}`];
  },
  G13: (plan) => {
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return [];
    return [
      `evacuation section: ${count(blocksOf(evacuation, "assembly-point").length, "assembly point")}, ${count(blocksOf(evacuation, "route").length, "route")}`,
    ];
  },
  G14: (plan) => {
    const recovery = section(plan, "recovery");
    if (!recovery) return [];
    const given = ["return-support", "reintegration", "wage-recovery", "lessons-learned"].filter((a) => attributeOf(recovery, a));
    return [`recovery section${given.length > 0 ? `: ${given.join(", ")}` : ""}`];
  },
  G15: (plan) => {
    const local = stakeholders(plan).filter((s) => word(s, "kind") === "local-authority");
    return [
      local.length > 0 ? `local authorit${local.length === 1 ? "y" : "ies"}: ${local.map((s) => s.id!.text).join(", ")}` : "",
      word(section(plan, "recovery"), "reintegration") === "yes" ? "reintegration" : "",
    ];
  },
};

function guidelinesSection(input: ReportInput, plan: Block): RootContent[] {
  const rows: Cell[][] = GUIDELINE_CODES.map((guideline) => {
    const evidence = (GUIDELINE_EVIDENCE[guideline]?.(plan) ?? []).filter((e) => e !== "");
    const citing = input.result.findings.filter((f) => f.guidelines.includes(guideline));
    const serious = citing.some((f) => f.severity !== "info");
    const addressed = evidence.length === 0 ? "❌ no" : serious ? "⚠️ partly" : "✅ yes";
    return [
      [strong(text(guideline))],
      guidelineText(guideline),
      addressed,
      evidence.join("; ") || "nothing in the plan",
      citingCodes(input, citing),
    ];
  });
  const out: RootContent[] = [
    heading(2, text("MICIC guidelines")),
    paragraph(
      text("The 15 guidelines of the MICIC Guidelines (2016). “Addressed” says whether the plan speaks to a guideline at all; it is “partly” when errors or warnings cite it. The last column lists the findings that cite each guideline."),
    ),
    table(["Guideline", "What it asks", "Addressed", "In the plan", "Findings citing it"], rows),
  ];
  const principles = ["P1", "P2", "P3", "P4"]
    .map((p) => ({ p, citing: input.result.findings.filter((f) => f.guidelines.includes(p)) }))
    .filter(({ citing }) => citing.length > 0);
  if (principles.length > 0) {
    const items: PhrasingContent[] = [text("Principles cited by findings: ")];
    principles.forEach(({ p, citing }, i) => {
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

/**
 * "[EVAC001][], [COMM001][] ×5": each rule once, linked to its page, with how
 * often it fired; the most severe first, so errors catch the eye.
 */
function citingCodes(input: ReportInput, findings: readonly Finding[]): PhrasingContent[] {
  if (findings.length === 0) return [text("—")];
  const counts = new Map<string, { n: number; rank: number }>();
  for (const f of findings) {
    const entry = counts.get(f.code) ?? { n: 0, rank: 0 };
    counts.set(f.code, { n: entry.n + 1, rank: Math.max(entry.rank, severityRank[f.severity]) });
  }
  const ordered = [...counts].sort(([a, x], [b, y]) => y.rank - x.rank || byCodeUnits(a, b));
  const out: PhrasingContent[] = [];
  for (const [ruleCode, { n }] of ordered) {
    if (out.length > 0) out.push(text(", "));
    out.push(input.links.link(ruleCode));
    if (n > 1) out.push(text(` ×${n}`));
  }
  return out;
}

// --- Languages by channels ------------------------------------------------------------------

/**
 * The channels that reach a population: those naming it in `reaches`, and
 * those whose `reaches` names nobody (the schema: absent means everyone;
 * COMM001 reads an empty list the same way).
 */
function channelsReaching(channels: readonly Block[], population: string): Block[] {
  return channels.filter((channel) => {
    const reaches = words(channel, "reaches");
    return reaches.length === 0 || reaches.includes(population);
  });
}

/** One row per population and language, one column per channel: can this group hear this channel? */
function languagesByChannelsSection(plan: Block): RootContent[] {
  const out: RootContent[] = [heading(2, text("Languages by channel"))];
  if (!section(plan, "communication")) {
    out.push(paragraph(text("The communication section is not in the plan: no channel reaches any population.")));
    return out;
  }
  const channels = inSection(plan, "communication", "channel");
  const declared = populations(plan);
  if (channels.length === 0 || declared.length === 0) {
    out.push(paragraph(text(channels.length === 0 ? "The communication section declares no channel." : "No population is declared, so there is no language to cover.")));
    return out;
  }
  out.push(
    paragraph(
      text("A ✓ where the channel reaches the population and uses the language. A language no channel covers is a COMM001 finding."),
    ),
  );
  const rows: Cell[][] = [];
  for (const population of declared) {
    const id = population.id!.text;
    const reaching = new Set(channelsReaching(channels, id));
    const spoken = words(population, "languages");
    if (spoken.length === 0) {
      rows.push([[code(id)], "not given", ...channels.map(() => "—"), "❓ languages not given"]);
      continue;
    }
    for (const language of spoken) {
      const cells = channels.map((c) => reaching.has(c) && words(c, "languages").includes(language));
      const covered = cells.filter(Boolean).length;
      rows.push([
        [code(id)],
        languageLabel(language),
        ...cells.map((yes) => (yes ? "✓" : "—")),
        covered > 0 ? `✅ ${count(covered, "channel")}` : "❌ none",
      ]);
    }
  }
  const header: Cell[] = ["Population", "Language", ...channels.map((c) => [code(c.id!.text), text(mediumOf(c))]), "Covered"];
  out.push(table(header, rows, [null, null, ...channels.map((): AlignType => "center"), null]));
  return out;
}

function mediumOf(channel: Block): string {
  const medium = word(channel, "medium");
  return medium ? ` (${medium})` : "";
}

// --- Needs by providers ----------------------------------------------------------------------

/** The needs every crisis raises (REF001). */
const CORE_NEEDS: readonly string[] = ["health", "psychosocial", "protection", "shelter", "documentation"];

/** The needs particular vulnerabilities call for (REF006), keyed by need. */
const VULNERABLE_NEEDS: Readonly<Record<string, readonly string[]>> = {
  "child-protection": ["children", "unaccompanied-children"],
  "family-tracing": ["unaccompanied-children"],
  trafficking: ["trafficking-victims"],
  asylum: ["asylum-seekers", "stateless"],
  health: ["pregnant"],
};

interface NeedRow {
  need: string;
  pathways: Block[];
  /** Why the rules ask for it: "core need", "children in sudanese_workers". Empty: optional. */
  requiredBy: string[];
}

/** Every need some pathway meets or REF001/REF006 requires, in the schema's order. */
function needRows(plan: Block): NeedRow[] {
  const pathways = inSection(plan, "referral", "pathway");
  const declared = populations(plan);
  const rows: NeedRow[] = [];
  for (const need of NEEDS) {
    const requiredBy: string[] = [];
    if (CORE_NEEDS.includes(need)) requiredBy.push("core need (REF001)");
    for (const vulnerability of VULNERABLE_NEEDS[need] ?? []) {
      const who = declared.filter((p) => words(p, "vulnerabilities").includes(vulnerability)).map((p) => p.id!.text);
      if (who.length > 0) requiredBy.push(`${vulnerability} in ${who.join(", ")} (REF006)`);
    }
    const meeting = pathways.filter((p) => word(p, "need") === need);
    if (meeting.length > 0 || requiredBy.length > 0) rows.push({ need, pathways: meeting, requiredBy });
  }
  return rows;
}

function needsByProvidersSection(plan: Block): RootContent[] {
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
  const rows: Cell[][] = needRows(plan).map(({ need, pathways, requiredBy }) => {
    const needCell: Cell = [text(`${NEED_TITLES[need] ?? need} `), code(need)];
    const required = requiredBy.join("; ") || "—";
    if (pathways.length === 0) return [needCell, required, "❌ no pathway", "—", "—", "—", "—"];
    return [
      needCell,
      required,
      joinCells(pathways.map((p) => (p.id ? [code(p.id.text), text(p.title ? ` ${p.title.text}` : "")] : [text(p.title?.text ?? "unnamed")]))),
      joinCells(pathways.map((p) => providerCell(plan, p))),
      pathways.map((p) => contactOf(plan, p)).join("; "),
      pathways.map((p) => word(p, "regardless-of-status") ?? "not stated").join("; "),
      pathways.map((p) => words(p, "languages").join(", ") || "not given").join("; "),
    ];
  });
  out.push(table(["Need", "Required by", "Pathway", "Provider", "Contact", "Regardless of status", "Languages"], rows));
  return out;
}

function providerCell(plan: Block, pathway: Block): PhrasingContent[] {
  const provider = word(pathway, "provider");
  return provider ? stakeholderName(plan, provider) : [text("⚠️ none named")];
}

/** The pathway's own contact, else its provider's, else a warning. */
function contactOf(plan: Block, pathway: Block): string {
  const own = stringOf(pathway, "contact");
  if (own) return own;
  const provider = word(pathway, "provider");
  const stakeholder = provider ? stakeholders(plan).find((s) => s.id!.text === provider) : undefined;
  return (stakeholder && stringOf(stakeholder, "contact")) || "⚠️ none";
}

// --- Mermaid diagrams ---------------------------------------------------------------------------

/**
 * Two flowcharts that GitHub and VS Code's Markdown preview draw: where each
 * evacuation route leads, and which pathway and provider meet each need.
 * Node ids come from the plan's names, so they stay the same from one report
 * to the next; what is missing is drawn dashed in red.
 */
function diagramsSection(plan: Block): RootContent[] {
  return [
    heading(2, text("Routes and referrals")),
    heading(3, text("Evacuation routes to assembly points")),
    ...evacuationDiagram(plan),
    heading(3, text("Referral needs to providers")),
    ...referralDiagram(plan),
  ];
}

function evacuationDiagram(plan: Block): RootContent[] {
  const evacuation = section(plan, "evacuation");
  if (!evacuation) return [paragraph(text("The evacuation section is not in the plan."))];
  const points = blocksOf(evacuation, "assembly-point").filter((b) => b.id);
  const routes = blocksOf(evacuation, "route");
  if (points.length === 0 && routes.length === 0) {
    return [capacityParagraph(plan, evacuation), paragraph(text("The evacuation section names no assembly point and no route."))];
  }
  const chart = new Flowchart();
  for (const point of points) {
    const capacity = numberOf(point, "capacity");
    const label = [
      point.title?.text ?? point.id!.text,
      capacity !== undefined ? `${formatCount(capacity)} places` : "capacity not given",
      ...(word(point, "accessible") === "yes" ? ["accessible"] : []),
    ].join(" · ");
    chart.node(`point:${point.id!.text}`, "point", point.id!.text, label);
  }
  routes.forEach((route, i) => {
    const name = route.id?.text ?? `route_${i + 1}`;
    const from = stringOf(route, "from");
    const origin = from
      ? chart.node(`from:${from}`, "from", name, from)
      : chart.node(`from-missing:${name}`, "from", name, `${name}: start not given`, true);
    const to = word(route, "to");
    const target = to && points.some((p) => p.id!.text === to)
      ? chart.node(`point:${to}`, "point", to, to)
      : chart.node(`to-missing:${to ?? name}`, "missing", to ?? name, to ? `${to}: not an assembly point` : `${name}: destination not given`, true);
    const capacity = numberOf(route, "capacity");
    const transport = attributeOf(route, "transport")?.values[0]?.text;
    const label = [name, transport, capacity !== undefined ? `capacity ${formatCount(capacity)}` : undefined].filter(Boolean).join(" · ");
    chart.edge(origin, target, label);
  });
  return [capacityParagraph(plan, evacuation), mermaid(chart)];
}

/**
 * Places at the assembly points against the people the evacuation covers
 * (the language server's inlay hint says the same beside each capacity), and
 * who is left out of `covers`.
 */
function capacityParagraph(plan: Block, evacuation: Block): RootContent {
  const { covered, left } = populationsByCoverage(plan, evacuation);
  const people = covered.reduce((sum, p) => sum + (numberOf(p, "size") ?? 0), 0);
  const points = blocksOf(evacuation, "assembly-point");
  const places = points.reduce((sum, p) => sum + (numberOf(p, "capacity") ?? 0), 0);
  const who = covered.length === 0 ? "no population" : `${formatCount(people)} people (${listWords(covered.map((p) => p.id!.text))})`;
  const held =
    points.length === 0
      ? "The evacuation has no assembly point"
      : `The ${count(points.length, "assembly point")} ${points.length === 1 ? "holds" : "hold"} ${formatCount(places)} people`;
  const parts = [`${held}; the evacuation covers ${who}.`];
  if (covered.length > 0 && people > places) parts.push(`⚠️ ${formatCount(people - places)} people would have nowhere to go.`);
  else if (covered.length > 0 && people > 0) parts.push("✅ Everyone covered has a place.");
  if (left.length > 0) {
    const leftPeople = left.reduce((sum, p) => sum + (numberOf(p, "size") ?? 0), 0);
    parts.push(`⚠️ Not covered: ${listWords(left.map((p) => p.id!.text))} (${formatCount(leftPeople)} people).`);
  }
  return paragraph(text(parts.join(" ")));
}

function referralDiagram(plan: Block): RootContent[] {
  if (!section(plan, "referral")) return [paragraph(text("The referral section is not in the plan."))];
  const rows = needRows(plan);
  const other = inSection(plan, "referral", "pathway").filter((p) => !word(p, "need"));
  if (rows.length === 0 && other.length === 0) return [paragraph(text("The referral section declares no pathway."))];
  const chart = new Flowchart();
  const declared = new Set(stakeholders(plan).map((s) => s.id!.text));
  const drawPathway = (from: string, pathway: Block) => {
    const name = pathway.id!.text;
    const node = chart.node(`pathway:${name}`, "pathway", name, pathway.title?.text ?? name);
    chart.edge(from, node);
    const provider = word(pathway, "provider");
    const target = !provider
      ? chart.node(`no-provider:${name}`, "missing", `${name}_provider`, "no provider named", true)
      : declared.has(provider)
        ? chart.node(`provider:${provider}`, "provider", provider, stakeholderTitle(plan, provider))
        : chart.node(`provider:${provider}`, "missing", provider, `${provider}: not declared`, true);
    chart.edge(node, target);
  };
  for (const { need, pathways } of rows) {
    const title = NEED_TITLES[need] ?? need;
    const needNode = pathways.length > 0
      ? chart.node(`need:${need}`, "need", need, title)
      : chart.node(`need:${need}`, "need", need, `${title}: no pathway`, true);
    for (const pathway of pathways.filter((p) => p.id)) drawPathway(needNode, pathway);
  }
  if (other.some((p) => p.id)) {
    const unknown = chart.node("need:?", "need", "not_given", "need not given", true);
    for (const pathway of other.filter((p) => p.id)) drawPathway(unknown, pathway);
  }
  return [mermaid(chart)];
}

/**
 * A Mermaid flowchart, written node definitions first and edges after, so
 * that every edge joins nodes already defined. Ids are a prefix and the
 * plan's name with anything but letters, digits and `_` made `_` (Mermaid
 * reads `-` as part of an arrow); a clash gets a number.
 */
class Flowchart {
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

function mermaid(chart: Flowchart): RootContent {
  return { type: "code", lang: "mermaid", value: chart.toString() };
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

// --- Reading the plan ----------------------------------------------------------------------------

/** A string attribute's text (`country: "Uzbekistan"`), if it is given as a string. */
function stringOf(block: Block, name: string): string | undefined {
  const value = attributeOf(block, name)?.values[0];
  return value && (value.kind === "string" || value.kind === "text") && value.text.trim() !== "" ? value.text.trim() : undefined;
}

function stakeholderTitle(plan: Block, id: string): string {
  return stakeholders(plan).find((s) => s.id!.text === id)?.title?.text ?? id;
}

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

// --- Words and numbers ------------------------------------------------------------------------

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "1 route", "3 routes", "2 populations"; nouns ending in -y take -ies. */
function count(n: number, noun: string): string {
  if (n === 1) return `1 ${noun}`;
  const plural = /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
  return `${n} ${plural}`;
}


function sizeText(size: number | undefined): string {
  return size === undefined ? "not given" : formatCount(size);
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
