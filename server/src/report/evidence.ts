/**
 * What in a plan speaks to each of the 15 MICIC guidelines, for the report's
 * guidelines table: short phrases read from the plan (an empty list: nothing
 * does).
 */
import { attributeOf, blocksOf, type Block } from "../core/ast";
import type { Translator } from "../messages/translate";
import { inSection, numberOf, populations, section, stakeholders, word, words } from "../rules/plan-model";
import { RECOVERY_ATTRIBUTES, stringOf } from "./read";

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
export const GUIDELINE_EVIDENCE: Readonly<Record<string, (plan: Block, t: Translator) => string[]>> = {
  G1: (plan, t) => {
    const declared = populations(plan);
    const located = declared.filter((p) => attributeOf(p, "locations")).length;
    const communication = section(plan, "communication");
    const feedback = word(communication, "feedback");
    return [
      located > 0 ? t.t("evidence.locations", { located, count: declared.length }) : "",
      feedback ? t.t("evidence.feedback", { channel: feedback }) : "",
      word(communication, "rumour-tracking") === "yes" ? t.t("evidence.rumourTracking") : "",
    ];
  },
  G2: (plan, t) => {
    const referral = section(plan, "referral");
    const retention = referral ? attributeOf(referral, "data-retention")?.values[0]?.text : undefined;
    const consent = word(referral, "consent");
    return [consent ? t.t("evidence.consent", { consent }) : "", retention ? t.t("evidence.retention", { retention }) : ""];
  },
  G3: (plan, t) => {
    const communication = section(plan, "communication");
    const topics = words(communication, "information-on").filter((topic) => topic === "rights" || topic === "no-immigration-enforcement");
    return [
      word(communication, "pre-crisis-outreach") === "yes" ? t.t("evidence.outreach") : "",
      topics.length > 0 ? t.t("evidence.messagesOn", { topics: t.list(topics) }) : "",
      word(section(plan, "referral"), "shares-with-immigration-enforcement") === "no" ? t.t("evidence.firewall") : "",
    ];
  },
  G4: (plan, t) => {
    const declared = populations(plan);
    if (declared.length === 0) return [];
    const sections = ["evacuation", "communication", "referral"].filter((k) => section(plan, k));
    return [
      t.t("evidence.inScope", { count: declared.length }),
      sections.length > 0 ? t.t("evidence.inSections", { sections: t.list(sections), count: sections.length }) : "",
    ];
  },
  G5: (plan, t) => {
    const declared = populations(plan);
    if (declared.length === 0) return [];
    const people = declared.reduce((sum, p) => sum + (numberOf(p, "size") ?? 0), 0);
    return [t.t("evidence.declared", { count: declared.length, people })];
  },
  G6: (plan, t) => {
    const channels = inSection(plan, "communication", "channel");
    if (channels.length === 0) return [];
    const languages = new Set(channels.flatMap((c) => words(c, "languages")));
    return [t.t("evidence.channelsInLanguages", { channels: channels.length, languages: languages.size })];
  },
  G7: (plan, t) => {
    const coordination = section(plan, "coordination");
    if (!coordination) return [];
    const mechanism = stringOf(coordination, "mechanism");
    return [mechanism ? t.t("evidence.coordination", { mechanism }) : t.t("evidence.coordinationSection"), t.t("evidence.members", { count: words(coordination, "members").length })];
  },
  G8: (plan, t) => {
    const coordination = section(plan, "coordination");
    const reviewed = attributeOf(plan, "reviewed")?.values[0]?.text;
    const exercised = coordination ? attributeOf(coordination, "exercises")?.values[0]?.text : undefined;
    return [
      reviewed ? t.t("evidence.reviewed", { date: reviewed }) : "",
      exercised ? t.t("evidence.exercise", { date: exercised }) : "",
      word(section(plan, "recovery"), "lessons-learned") === "yes" ? t.t("evidence.lessons") : "",
    ];
  },
  G9: (plan, t) => {
    const communication = section(plan, "communication");
    const channels = inSection(plan, "communication", "channel");
    if (channels.length === 0) return [];
    const topics = words(communication, "information-on");
    const feedback = word(communication, "feedback");
    return [
      t.t("evidence.channels", { count: channels.length }),
      feedback ? t.t("evidence.feedback", { channel: feedback }) : "",
      topics.length > 0 ? t.t("evidence.topics", { count: topics.length }) : "",
    ];
  },
  G10: (plan, t) => {
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return [];
    const documents = word(evacuation, "identity-documents");
    const replacement = words(evacuation, "document-replacement");
    const liaison = words(evacuation, "consular-liaison");
    return [
      documents ? t.t("evidence.identityDocuments", { value: documents }) : "",
      replacement.length > 0 ? t.t("evidence.replacement", { ids: replacement.join(", ") }) : "",
      liaison.length > 0 ? t.t("evidence.liaison", { ids: liaison.join(", ") }) : "",
    ];
  },
  G11: (plan, t) => {
    const pathways = inSection(plan, "referral", "pathway");
    const open = pathways.filter((p) => word(p, "regardless-of-status") === "yes").length;
    return [
      word(section(plan, "evacuation"), "regardless-of-status") === "yes" ? t.t("evidence.evacuationRegardless") : "",
      open > 0 ? t.t("evidence.pathwaysRegardless", { open, count: pathways.length }) : "",
    ];
  },
  G12: (plan, t) => {
    const pathways = inSection(plan, "referral", "pathway");
    if (pathways.length === 0) return [];
    const needs = [...new Set(pathways.map((p) => word(p, "need")).filter((n): n is string => !!n))];
    return [`${t.t("evidence.pathways", { count: pathways.length })}${needs.length > 0 ? ` (${needs.join(", ")})` : ""}`];
  },
  G13: (plan, t) => {
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return [];
    return [t.t("evidence.evacuationSection", { points: blocksOf(evacuation, "assembly-point").length, routes: blocksOf(evacuation, "route").length })];
  },
  G14: (plan, t) => {
    const recovery = section(plan, "recovery");
    if (!recovery) return [];
    const given = RECOVERY_ATTRIBUTES.filter((a) => attributeOf(recovery, a));
    return [given.length > 0 ? t.t("evidence.recoveryGiven", { given: given.join(", ") }) : t.t("evidence.recoverySection")];
  },
  G15: (plan, t) => {
    const local = stakeholders(plan).filter((s) => word(s, "kind") === "local-authority");
    return [
      local.length > 0 ? t.t("evidence.localAuthorities", { count: local.length, ids: local.map((s) => s.id!.text).join(", ") }) : "",
      word(section(plan, "recovery"), "reintegration") === "yes" ? t.t("evidence.reintegration") : "",
    ];
  },
};
