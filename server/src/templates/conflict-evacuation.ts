/**
 * Evacuating migrants from a conflict: consulates and an international
 * organisation in every part of it, the question of crossing the border
 * (exit permits, transit agreements) left to the drafter, and return
 * support after.
 */
import { communication, coordinationAndRecovery, crossBorder, evacuationEnd, evacuationStart, leadStakeholder, partnerStakeholders, planHeader, population, referral, stakeholder } from "./parts";
import type { PlanTemplate } from "./template";

export const conflictEvacuation: PlanTemplate = {
  name: "conflict-evacuation",
  description: {
    en: "Evacuating migrants from a conflict, with consulates, transit states and international organisations",
    ru: "Эвакуация мигрантов при вооружённом конфликте вместе с консульствами, государствами транзита и международными организациями",
    uz: "Qurolli mojaro paytida migrantlarni konsulliklar, tranzit davlatlari va xalqaro tashkilotlar bilan birga evakuatsiya qilish",
  },
  title: {
    en: "{area}: evacuation of migrants in a conflict",
    ru: "{area}: эвакуация мигрантов при вооружённом конфликте",
    uz: "{area}: qurolli mojaro paytida migrantlarni evakuatsiya qilish",
  },
  suggestedHazards: ["conflict"],
  areaQuestion: {
    en: "Area or city the evacuation covers",
    ru: "Район или город, на который распространяется эвакуация",
    uz: "Evakuatsiya qamrab oladigan hudud yoki shahar",
  },
  texts: {
    "note.lead": {
      en: "The lead agency owns the plan and runs the evacuation (`kind: government`). Write its name and a contact that answers in a crisis.",
      ru: "Ведущее ведомство отвечает за план и руководит эвакуацией (`kind: government`). Впишите его название и контакт, который отвечает во время кризиса.",
      uz: "Yetakchi idora reja uchun javob beradi va evakuatsiyani boshqaradi (`kind: government`). Uning nomini va inqiroz paytida javob beradigan aloqa maʼlumotini yozing.",
    },
    "note.assemblyPlace": {
      en: "In a conflict: a place away from the fighting that people can reach safely, and a safe route to it.",
      ru: "При конфликте: место вдали от боевых действий, до которого люди могут безопасно добраться, и безопасный маршрут к нему.",
      uz: "Mojaro paytida: janglardan uzoqda, odamlar xavfsiz yetib bora oladigan joy va unga xavfsiz yoʻnalish.",
    },
  },
  skeleton: [
    planHeader,
    leadStakeholder("government"),
    stakeholder("{{id:localAuthority}}", "local-authority"),
    ...partnerStakeholders,
    population(),
    evacuationStart("shelter-in-place, relocate, evacuate", crossBorder()),
    evacuationEnd("assemblyPlace"),
    // Networks fail in a conflict: radio and a messaging app besides the hotline.
    communication([["messenger", "messaging-app"], ["radio", "radio"]], "hazard, affected-areas, evacuation, assistance, contacts, eligibility, id-requirements, consular-services"),
    referral(),
    coordinationAndRecovery(["{{lead}}", "{{id:localAuthority}}", "{{id:civilSociety}}", "{{id:internationalOrg}}", "{{id:consulate}}"]),
  ].join(""),
};
