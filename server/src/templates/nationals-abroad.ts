/**
 * A country of origin supporting its nationals abroad in a crisis (MICIC
 * Guidelines 10, 13 and 14): the plan's country is the country of origin,
 * its area where the nationals live. What the template's kind implies is
 * written in: the nationals' nationality is the country's own, the embassy
 * or consulate represents it, replaces their papers and works with the
 * evacuation. Whether the evacuation crosses the host country's border
 * (it may take people to a safer region first) is the drafter's answer.
 */
import { communication, coordinationAndRecovery, crossBorder, evacuationEnd, evacuationStart, leadStakeholder, planHeader, population, referral, stakeholder } from "./parts";
import type { PlanTemplate } from "./template";

export const nationalsAbroad: PlanTemplate = {
  name: "nationals-abroad",
  description: {
    en: "A country of origin supporting its nationals abroad in a crisis: consulates, evacuation and return",
    ru: "Страна происхождения помогает своим гражданам за рубежом в кризисной ситуации: консульства, эвакуация и возвращение",
    uz: "Kelib chiqish mamlakati inqiroz paytida xorijdagi fuqarolariga yordam beradi: konsulliklar, evakuatsiya va qaytish",
  },
  title: {
    en: "{area}: support to nationals abroad in a crisis",
    ru: "{area}: помощь гражданам за рубежом в кризисной ситуации",
    uz: "{area}: inqiroz paytida xorijdagi fuqarolarga yordam",
  },
  suggestedHazards: [],
  areaQuestion: {
    en: "Where the nationals live abroad (host country, city or region)",
    ru: "Где живут граждане за рубежом (страна пребывания, город или регион)",
    uz: "Fuqarolar xorijda qayerda yashaydi (qabul qiluvchi mamlakat, shahar yoki mintaqa)",
  },
  texts: {
    "id.hostAuthority": { en: "host_authority", ru: "власти_страны_пребывания", uz: "qabul_qiluvchi_davlat" },
    "id.nationals": { en: "nationals_abroad", ru: "граждане_за_рубежом", uz: "xorijdagi_fuqarolar" },
    "id.returnHelp": { en: "return_help", ru: "помощь_в_возвращении", uz: "qaytishga_yordam" },
    "note.lead": {
      en: "The lead agency owns the plan: usually the ministry of foreign affairs (`kind: government`). Write its name and a contact that answers in a crisis.",
      ru: "Ведущее ведомство отвечает за план: обычно это министерство иностранных дел (`kind: government`). Впишите его название и контакт, который отвечает во время кризиса.",
      uz: "Yetakchi idora reja uchun javob beradi: odatda tashqi ishlar vazirligi (`kind: government`). Uning nomini va inqiroz paytida javob beradigan aloqa maʼlumotini yozing.",
    },
    "note.consulateAbroad": {
      en: "Your embassy or consulate where the nationals live: it represents your country, replaces lost papers and works with the evacuation.",
      ru: "Ваше посольство или консульство там, где живут граждане: оно представляет вашу страну, восстанавливает утраченные документы и участвует в эвакуации.",
      uz: "Fuqarolar yashaydigan joydagi elchixonangiz yoki konsulligingiz: u mamlakatingiz vakili, yoʻqolgan hujjatlarni tiklaydi va evakuatsiyada ishtirok etadi.",
    },
    "note.hostAuthority": {
      en: "The host country's emergency authority, with which the plan is coordinated.",
      ru: "Ведомство страны пребывания по чрезвычайным ситуациям, с которым согласуется план.",
      uz: "Qabul qiluvchi mamlakatning favqulodda vaziyatlar boʻyicha idorasi; reja u bilan muvofiqlashtiriladi.",
    },
    "note.nationals": {
      en: "Your nationals in the host country: how many they are (a number), the languages they understand (ISO codes: `uz`, `ru`) and their migration status there (`regular`, `irregular`, `mixed` or `unknown`). Add `vulnerabilities` where they apply.",
      ru: "Ваши граждане в стране пребывания: их численность (число), языки, которые они понимают (коды ISO: `uz`, `ru`), и их миграционный статус там (`regular`, `irregular`, `mixed` или `unknown`). Добавьте `vulnerabilities`, где это применимо.",
      uz: "Qabul qiluvchi mamlakatdagi fuqarolaringiz: ularning soni (son), tushunadigan tillari (ISO kodlari: `uz`, `ru`) va u yerdagi migratsiya maqomi (`regular`, `irregular`, `mixed` yoki `unknown`). Zarur boʻlsa, `vulnerabilities` ni qoʻshing.",
    },
    "note.assemblyPlace": {
      en: "Where the nationals gather: the embassy, a consulate, or a place agreed with the host country's authorities.",
      ru: "Где собираются граждане: посольство, консульство или место, согласованное с властями страны пребывания.",
      uz: "Fuqarolar qayerda yigʻiladi: elchixona, konsullik yoki qabul qiluvchi mamlakat hokimiyati bilan kelishilgan joy.",
    },
    "note.reintegration": {
      en: "Whether those who return get help to find work and settle again (`yes` or `no`).",
      ru: "Получают ли вернувшиеся помощь в поиске работы и обустройстве (`yes` или `no`).",
      uz: "Qaytganlar ish topish va qayta joylashishda yordam oladimi (`yes` yoki `no`).",
    },
  },
  skeleton: [
    planHeader,
    leadStakeholder("government"),
    stakeholder("{{id:consulate}}", "consulate", "consulateAbroad", "    country: {{origin}}\n"),
    stakeholder("{{id:hostAuthority}}", "government", "hostAuthority"),
    stakeholder("{{id:internationalOrg}}", "international-organization"),
    stakeholder("{{id:community}}", "diaspora", "community"),
    population("{{id:nationals}}", "nationals", "{{origin}}"),
    // The consulate replaces papers: what an embassy does for its nationals.
    evacuationStart("shelter-in-place, relocate, evacuate", `    document-replacement: {{id:consulate}}\n${crossBorder()}`),
    evacuationEnd("assemblyPlace"),
    communication([["messenger", "messaging-app"], ["sms", "sms"]], "hazard, affected-areas, evacuation, assistance, contacts, eligibility, id-requirements, consular-services"),
    referral([["{{id:returnHelp}}", "return"]]),
    coordinationAndRecovery(["{{lead}}", "{{id:consulate}}", "{{id:hostAuthority}}", "{{id:internationalOrg}}"], '    # {{note:reintegration}}\n    reintegration: "…"\n'),
  ].join(""),
};
