import { attributeOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { cite, headerSpan, section, setAttributeFix, word } from "../plan-model";
import { pathwayLabel, pathwaysOf } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["P1", "G11"];

const messages = {
  closed: {
    en: "The {pathway} ({need}) {closed, select, yes {says it is closed to migrants without status} other {does not say that it is open to every migrant whatever their status}}. Set \"regardless-of-status: yes\": life-saving help is never refused because of immigration status ({cite}).",
    ru: "{closed, select, yes {Для механизма перенаправления {pathway} («{need}») сказано, что он закрыт для мигрантов без статуса} other {Для механизма перенаправления {pathway} («{need}») не сказано, что он открыт для каждого мигранта независимо от статуса}}. Укажите `regardless-of-status: yes`: в жизненно важной помощи никогда не отказывают из-за миграционного статуса ({cite}).",
    uz: "{closed, select, yes {{pathway} («{need}») yoʻnaltirish mexanizmi maqomsiz migrantlar uchun yopiqligi aytilgan} other {{pathway} («{need}») yoʻnaltirish mexanizmi har bir migrant uchun maqomidan qatʼi nazar ochiqligi aytilmagan}}. `regardless-of-status: yes` ni belgilang: hayotiy muhim yordam hech qachon migratsiya maqomi sababli rad etilmaydi ({cite}).",
  },
} satisfies RuleMessages;

/** Needs whose help saves lives: never to be refused for want of papers. */
const LIFE_SAVING_NEEDS: ReadonlySet<string> = new Set(["health", "shelter", "food", "protection"]);

/**
 * REF003: a life-saving pathway is open to every migrant whatever their
 * status. `no` breaks a principle (error); silence is a gap (warning). One
 * finding per pathway.
 */
export const referralRegardlessOfStatus: Rule = {
  meta: {
    code: "REF003",
    name: "referral-regardless-of-status",
    area: "referral",
    severity: "warning",
    severityWhen: "an error when a life-saving pathway is closed to migrants without status",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "A `health`, `shelter`, `food` or `protection` pathway is not stated to be open whatever a migrant's status (an error when it says `no`).",
    translations: {
      ru: {
        summary: `Про механизм \`health\`, \`shelter\`, \`food\` или \`protection\` не сказано, что он открыт для мигранта независимо от статуса (ошибка, если указано \`no\`).`,
        why: `Первый принцип MICIC — спасать жизни: гуманитарная помощь оказывается без дискриминации и никогда не отказывается из-за миграционного статуса (${citeRu(guidelines)}). Медицинская помощь, временное жильё, питание и защита спасают жизни в кризис. Каждый механизм, который их предоставляет, должен говорить, что он открыт для всех мигрантов, чтобы спасатели никому не отказывали, а мигрантам можно было сказать, что обращаться безопасно.`,
        notes: `Проверяются только механизмы, у которых \`need\` — \`health\`, \`shelter\`, \`food\` или \`protection\`; остальные могут задавать \`regardless-of-status\` по своему усмотрению. \`no\` — ошибка, она относится к атрибуту; отсутствие атрибута — предупреждение, оно относится к механизму. Исправление задаёт \`regardless-of-status: yes\`.`,
        severityWhen: `ошибка, если жизненно важный механизм закрыт для мигрантов без статуса`,
      },
      uz: {
        summary: `\`health\`, \`shelter\`, \`food\` yoki \`protection\` mexanizmi haqida u migrant maqomidan qatʼi nazar ochiq ekani aytilmagan (\`no\` koʻrsatilsa, xato).`,
        why: `MICIC ning birinchi tamoyili — hayotni saqlab qolish: insonparvarlik yordami kamsitishsiz koʻrsatiladi va migratsiya maqomi sababli hech qachon rad etilmaydi (${citeUz(guidelines)}). Tibbiy yordam, vaqtinchalik boshpana, oziq-ovqat va himoya inqirozda hayotni saqlab qoladi. Ularni taqdim etadigan har bir mexanizm barcha migrantlar uchun ochiq ekanini aytishi kerak, toki qutqaruvchilar hech kimni qaytarmasin, migrantlarga esa murojaat qilish xavfsiz ekanini aytish mumkin boʻlsin.`,
        notes: `Faqat \`need\` i \`health\`, \`shelter\`, \`food\` yoki \`protection\` boʻlgan mexanizmlar tekshiriladi; qolganlari \`regardless-of-status\` ni oʻz ixtiyoriga koʻra belgilashi mumkin. \`no\` — xato, u atributga tegishli; atribut yoʻqligi — ogohlantirish, u mexanizmga tegishli. Tuzatish \`regardless-of-status: yes\` ni belgilaydi.`,
        severityWhen: `hayot uchun muhim mexanizm maqomi yoʻq migrantlar uchun yopiq boʻlsa, xato`,
      },
    },
    docs: {
      why: `The first MICIC principle is to save lives: humanitarian help is given without discrimination and is never refused because of immigration status (${cite(guidelines)}). Health care, shelter, food and protection save lives in a crisis. Each pathway that gives them must say that it is open to every migrant, so that responders do not turn people away and migrants can be told they are safe to come forward.`,
      failing: `plan "Flood plan" {
  stakeholder red_crescent "Red Crescent" {
    kind: civil-society  contact: "+998 71 000 0002"
  }
  referral {
    pathway care "Emergency care" {
      need: health  provider: red_crescent
      regardless-of-status: no
    }
    pathway meals "Hot meals" { need: food  provider: red_crescent }
  }
}`,
      passing: `plan "Flood plan" {
  stakeholder red_crescent "Red Crescent" {
    kind: civil-society  contact: "+998 71 000 0002"
  }
  referral {
    pathway care "Emergency care" {
      need: health  provider: red_crescent
      regardless-of-status: yes
    }
    pathway meals "Hot meals" { need: food  provider: red_crescent  regardless-of-status: yes }
  }
}`,
      notes: "Only pathways whose `need` is `health`, `shelter`, `food` or `protection` are checked; other pathways may set `regardless-of-status` as they see fit. `no` is an error, standing on the attribute; a missing attribute is a warning, standing on the pathway. The fix sets `regardless-of-status: yes`.",
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    const referral = section(plan, "referral");
    if (!referral) return;
    for (const pathway of pathwaysOf(referral)) {
      const need = word(pathway, "need");
      if (!need || !LIFE_SAVING_NEEDS.has(need)) continue;
      const value = word(pathway, "regardless-of-status");
      if (value === "yes") continue;
      const attribute = attributeOf(pathway, "regardless-of-status");
      const closed = value === "no";
      const fix = setAttributeFix(document, pathway, "regardless-of-status", "yes", say.commitTo("regardless-of-status", "yes"));
      report({
        message: say.t("closed", {
          pathway: say.locale === "en" ? pathwayLabel(pathway) : (pathway.id?.text ?? (pathway.title ? `«${pathway.title.text}»` : "")),
          need: say.need(need),
          closed: closed ? "yes" : "no",
          cite: say.cite(),
        }),
        span: attribute?.span ?? headerSpan(pathway),
        severity: closed ? "error" : "warning",
        fixes: fix ? [fix] : [],
      });
    }
  },
};
