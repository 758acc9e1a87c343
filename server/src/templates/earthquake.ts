/**
 * An earthquake plan for a city or province, led by the national emergency
 * agency: people moved to open ground, shelter for those whose homes are
 * unsafe, and help whatever their status.
 */
import { communication, coordinationAndRecovery, evacuationEnd, evacuationStart, leadStakeholder, partnerStakeholders, planHeader, population, referral, stakeholder } from "./parts";
import type { PlanTemplate } from "./template";

export const earthquake: PlanTemplate = {
  name: "earthquake",
  description: {
    en: "An earthquake plan for a city or province, led by the national emergency agency",
    ru: "План действий при землетрясении для города или области под руководством национального ведомства по чрезвычайным ситуациям",
    uz: "Shahar yoki viloyat uchun zilzila rejasi, favqulodda vaziyatlar boʻyicha milliy idora rahbarligida",
  },
  title: {
    en: "{area}: earthquake contingency plan for migrants",
    ru: "{area}: план действий при землетрясении с учётом мигрантов",
    uz: "{area}: zilzila uchun migrantlarni qamrab oluvchi harakatlar rejasi",
  },
  suggestedHazards: ["earthquake"],
  areaQuestion: {
    en: "Province, city or district the plan covers",
    ru: "Область, город или район, на которые распространяется план",
    uz: "Reja qamrab oladigan viloyat, shahar yoki tuman",
  },
  texts: {
    "note.lead": {
      en: "The lead agency owns the plan: here the national emergency agency (`kind: government`). Write its name and a contact that answers in a crisis.",
      ru: "Ведущее ведомство отвечает за план: здесь это национальное ведомство по чрезвычайным ситуациям (`kind: government`). Впишите его название и контакт, который отвечает во время кризиса.",
      uz: "Yetakchi idora reja uchun javob beradi: bu yerda favqulodda vaziyatlar boʻyicha milliy idora (`kind: government`). Uning nomini va inqiroz paytida javob beradigan aloqa maʼlumotini yozing.",
    },
    "note.assemblyPlace": {
      en: "After an earthquake: open ground away from buildings that may fall, and shelter for those whose homes are unsafe.",
      ru: "После землетрясения: открытое место вдали от зданий, которые могут обрушиться, и временное жильё для тех, чьи дома небезопасны.",
      uz: "Zilziladan keyin: qulashi mumkin boʻlgan binolardan uzoqdagi ochiq joy va uylari xavfli boʻlib qolganlar uchun boshpana.",
    },
  },
  skeleton: [
    planHeader,
    leadStakeholder("government"),
    stakeholder("{{id:localAuthority}}", "local-authority"),
    ...partnerStakeholders,
    population(),
    // People leave damaged buildings for open ground; sheltering in place is no stage after a quake.
    evacuationStart("relocate, evacuate"),
    evacuationEnd("assemblyPlace"),
    communication([["sms", "sms"], ["radio", "radio"]]),
    referral(),
    coordinationAndRecovery(["{{lead}}", "{{id:localAuthority}}", "{{id:civilSociety}}", "{{id:internationalOrg}}", "{{id:consulate}}"]),
  ].join(""),
};
