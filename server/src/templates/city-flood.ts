/**
 * A flood plan for a city or district, led by its local authority: people
 * moved to high ground before roads flood, warned by loudspeaker and SMS
 * as well as the hotline.
 */
import { communication, coordinationAndRecovery, evacuationEnd, evacuationStart, leadStakeholder, partnerStakeholders, planHeader, population, referral } from "./parts";
import type { PlanTemplate } from "./template";

export const cityFlood: PlanTemplate = {
  name: "city-flood",
  description: {
    en: "A flood plan for a city or district, led by its local authority",
    ru: "План действий при наводнении для города или района под руководством местных органов власти",
    uz: "Shahar yoki tuman uchun toshqin rejasi, mahalliy hokimiyat rahbarligida",
  },
  title: {
    en: "{area}: flood contingency plan for migrants",
    ru: "{area}: план действий при наводнении с учётом мигрантов",
    uz: "{area}: toshqin uchun migrantlarni qamrab oluvchi harakatlar rejasi",
  },
  suggestedHazards: ["flood"],
  areaQuestion: {
    en: "City or district the plan covers",
    ru: "Город или район, на который распространяется план",
    uz: "Reja qamrab oladigan shahar yoki tuman",
  },
  texts: {
    "note.lead": {
      en: "The lead agency owns the plan: here the city's or district's authority (`kind: local-authority`). Write its name and a contact that answers in a crisis.",
      ru: "Ведущее ведомство отвечает за план: здесь это орган власти города или района (`kind: local-authority`). Впишите его название и контакт, который отвечает во время кризиса.",
      uz: "Yetakchi idora reja uchun javob beradi: bu yerda shahar yoki tuman hokimiyati (`kind: local-authority`). Uning nomini va inqiroz paytida javob beradigan aloqa maʼlumotini yozing.",
    },
    "note.assemblyPlace": {
      en: "In a flood: high ground outside the flood zone, reached before roads and bridges are under water.",
      ru: "При наводнении: возвышенное место вне зоны затопления, до которого можно добраться, пока дороги и мосты не затоплены.",
      uz: "Toshqin paytida: suv bosadigan hududdan tashqaridagi baland joy; unga yoʻllar va koʻpriklarni suv bosmasidan oldin yetib borish kerak.",
    },
  },
  skeleton: [
    planHeader,
    leadStakeholder("local-authority"),
    ...partnerStakeholders,
    population(),
    evacuationStart("shelter-in-place, relocate, evacuate"),
    evacuationEnd("assemblyPlace"),
    // Loudspeakers reach streets where phones are off or the network is down.
    communication([["sms", "sms"], ["loudspeakers", "loudspeaker"]]),
    referral(),
    coordinationAndRecovery(["{{lead}}", "{{id:civilSociety}}", "{{id:internationalOrg}}", "{{id:consulate}}"]),
  ].join(""),
};
