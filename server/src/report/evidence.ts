/**
 * What in a plan speaks to each of the 15 MICIC guidelines, for the report's
 * guidelines table: short phrases read from the plan (an empty list: nothing
 * does).
 */
import { attributeOf, blocksOf, type Block } from "../core/ast";
import { inSection, listWords, numberOf, populations, section, stakeholders, word, words } from "../rules/plan-model";
import { formatCount } from "../core/text";
import { RECOVERY_ATTRIBUTES, stringOf } from "./read";

/** "1 route", "3 routes", "2 populations"; nouns ending in -y take -ies. */
export function count(n: number, noun: string): string {
  if (n === 1) return `1 ${noun}`;
  const plural = /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
  return `${n} ${plural}`;
}

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
export const GUIDELINE_EVIDENCE: Readonly<Record<string, (plan: Block) => string[]>> = {
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
    const given = RECOVERY_ATTRIBUTES.filter((a) => attributeOf(recovery, a));
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
