import type { Rule, RuleMessages } from "../../core/rule";
import { cite, planSpan, stakeholders } from "../plan-model";
import { kindOf } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["P3", "P4", "G7"];

const messages = {
  missingGroups: {
    en: "The plan has {groups} among its stakeholders. Add {count, plural, one {one} other {one of each}}: the state leads the response, but civil society, international organisations and consulates reach migrants it cannot, and roles are best agreed before a crisis ({cite}).",
    ru: "Среди участников плана нет: {groups}. Добавьте {count, plural, one {такого участника} few {по одному участнику каждого вида} many {по одному участнику каждого вида} other {по одному участнику каждого вида}}: реагирование возглавляет государство, но гражданское общество, международные организации и консульства доходят до мигрантов, до которых оно дойти не может, а роли лучше согласовать до кризиса ({cite}).",
    uz: "Reja ishtirokchilari orasida {groups} yoʻq. {count, plural, one {Shunday ishtirokchini} other {Har bir turdan bittadan ishtirokchini}} qoʻshing: javob choralariga davlat rahbarlik qiladi, ammo fuqarolik jamiyati, xalqaro tashkilotlar va konsulliklar u yetib bora olmaydigan migrantlarga yetib boradi, rollarni esa inqirozdan oldin kelishib olgan maʼqul ({cite}).",
  },
  group: {
    en: "no {group, select, state {government ministry or local authority} society {civil-society, faith-based or diaspora group} international {international organisation (such as IOM or UNHCR)} other {consulate of a country of origin}}",
    ru: "{group, select, state {министерства или органа местной власти} society {организации гражданского общества, религиозной организации или объединения диаспоры} international {международной организации (например, МОМ или УВКБ ООН)} other {консульства страны происхождения}}",
    uz: "{group, select, state {vazirlik yoki mahalliy hokimiyat organi} society {fuqarolik jamiyati tashkiloti, diniy tashkilot yoki diaspora birlashmasi} international {xalqaro tashkilot (masalan, Xalqaro migratsiya tashkiloti yoki Birlashgan Millatlar Tashkilotining Qochqinlar ishlari boʻyicha Oliy komissarligi)} other {kelib chiqish mamlakati konsulligi}}",
  },
} satisfies RuleMessages;

/** The parts of society a plan draws on, each met by any one of its stakeholder kinds. */
const GROUPS: readonly { kinds: readonly string[]; phrase: string }[] = [
  { kinds: ["government", "local-authority"], phrase: "government ministry or local authority" },
  { kinds: ["civil-society", "faith-based", "diaspora"], phrase: "civil-society, faith-based or diaspora group" },
  { kinds: ["international-organization"], phrase: "international organisation (such as IOM or UNHCR)" },
  { kinds: ["consulate"], phrase: "consulate of a country of origin" },
];

/** Each group's key in the messages, in the order of GROUPS. */
const GROUP_KEYS = ["state", "society", "international", "consulate"] as const;

/**
 * STK002: the state leads, but a plan for migrants also needs civil society,
 * international organisations and consulates. One finding per plan, naming
 * every part that is missing.
 */
export const wholeOfSociety: Rule = {
  meta: {
    code: "STK002",
    name: "whole-of-society",
    area: "stakeholder",
    severity: "info",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "No stakeholder from one of: government or local authority; civil society, faith-based or diaspora groups; international organisations; consulates.",
    translations: {
      ru: {
        summary: `Нет участника из одной из групп: государственный орган или местная власть; гражданское общество, религиозные организации или диаспора; международные организации; консульства.`,
        why: `Основную ответственность за мигрантов на своей территории несёт государство, но в одиночку оно до них не дотянется: общинным и религиозным организациям доверяют там, где не доверяют чиновникам, международные организации приносят транспорт и опыт, а консульства выдают документы и представляют своих граждан (${citeRu(guidelines)}). Договорённости между ними лучше заключать до кризиса, поэтому в плане должно быть названо хотя бы по одному участнику каждого вида.`,
        notes: `Одно замечание на план, на его названии, где названы все недостающие части общества. Достаточно любого одного вида в группе: объединение диаспоры считается гражданским обществом. Частный сектор, работодатели, агентства по найму и средства массовой информации играют свою роль, но не заменяют ни одну группу. Исправления нет: только составитель плана знает, какие организации привлечь.`,
      },
      uz: {
        summary: `Quyidagi guruhlardan biridan ishtirokchi yoʻq: davlat organi yoki mahalliy hokimiyat; fuqarolik jamiyati, diniy tashkilotlar yoki diaspora; xalqaro tashkilotlar; konsulliklar.`,
        why: `Oʻz hududidagi migrantlar uchun asosiy masʼuliyatni davlat zimmasiga oladi, ammo u ularga yolgʻiz yetib bora olmaydi: amaldorlarga ishonilmagan joyda jamoa va diniy tashkilotlarga ishonishadi, xalqaro tashkilotlar transport va tajriba olib keladi, konsulliklar esa hujjatlar beradi va oʻz fuqarolari nomidan gapiradi (${citeUz(guidelines)}). Ular oʻrtasidagi kelishuvlarni inqirozdan oldin tuzgan maʼqul, shuning uchun rejada har bir turdan kamida bitta ishtirokchi nomlanishi kerak.`,
        notes: `Har bir rejaga uning nomida barcha yetishmayotgan jamiyat qismlarini nomlovchi bitta eslatma. Guruhdagi istalgan bitta tur yetarli: diaspora birlashmasi fuqarolik jamiyati hisoblanadi. Xususiy sektor, ish beruvchilar, ishga yollovchi agentliklar va ommaviy axborot vositalari oʻz rolini oʻynaydi, ammo hech bir guruh oʻrnini bosmaydi. Tuzatish yoʻq: qaysi tashkilotlarni jalb qilishni faqat reja tuzuvchisi biladi.`,
      },
    },
    docs: {
      why: `States bear the primary responsibility for migrants on their territory, but they cannot reach them alone: community and faith groups are trusted where officials are not, international organisations bring transport and experience, and consulates issue papers and speak for their nationals (${cite(guidelines)}). Agreements between them are best made before a crisis, so a plan should name at least one stakeholder of each kind.`,
      failing: `plan "Conflict plan" {
  stakeholder interior "Ministry of Interior" { kind: government  contact: "+218 21 000 0000" }
  stakeholder iom "IOM Libya" { kind: international-organization  contact: "iom@example.org" }
  stakeholder ng_embassy "Embassy of Nigeria" { kind: consulate  country: NG  contact: "+218 21 000 0010" }
}`,
      passing: `plan "Conflict plan" {
  stakeholder interior "Ministry of Interior" { kind: government  contact: "+218 21 000 0000" }
  stakeholder iom "IOM Libya" { kind: international-organization  contact: "iom@example.org" }
  stakeholder ng_embassy "Embassy of Nigeria" { kind: consulate  country: NG  contact: "+218 21 000 0010" }
  stakeholder ng_union "Nigerian community union" { kind: diaspora  contact: "+218 91 000 0000" }
}`,
      notes: `One finding per plan, at its title, naming every part of society that is missing. Any one kind in a group is enough: a diaspora association counts as civil society. Private-sector stakeholders, employers, recruiters and the media have parts to play but do not stand in for any group. There is no fix: only the drafter knows which organisations to involve.`,
    },
  },
  check(context) {
    const { plan, report } = context;
    const say = voice(messages, guidelines, context);
    const kinds = new Set(stakeholders(plan).map((s) => kindOf(s)));
    const missing = GROUPS.filter((g) => !g.kinds.some((k) => kinds.has(k)));
    if (missing.length === 0) return;
    report({
      message: say.t("missingGroups", {
        groups: say.list(missing.map((g) => say.t("group", { group: GROUP_KEYS[GROUPS.indexOf(g)] }))),
        count: missing.length,
        cite: say.cite(),
      }),
      span: planSpan(plan),
    });
  },
};
