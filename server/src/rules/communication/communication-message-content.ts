import type { Rule, RuleMessages } from "../../core/rule";
import { addValuesFix, attributeOrHeader, cite, words } from "../plan-model";
import { communicationSection } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G9"];

const messages = {
  topics: {
    en: "{covered, select, some {\"information-on\" lacks {missing}. Add {count, plural, one {it} other {them}}} other {The communication section does not say what crisis messages cover. Add \"information-on: {all}\"}}: migrants need to know what is happening, where, what help there is, who may get it, which papers they need and how to leave ({cite}).",
    ru: "{covered, select, some {В `information-on` нет {missing}. Добавьте {count, plural, one {его} few {их} many {их} other {их}}} other {В разделе информирования не сказано, о чём сообщения во время кризиса. Добавьте `information-on: {all}`}}: мигрантам нужно знать, что происходит, где, какая помощь есть, кто может её получить, какие документы нужны и как уехать ({cite}).",
    uz: "{covered, select, some {`information-on` da {missing} yoʻq. {count, plural, one {Uni} other {Ularni}} qoʻshing} other {Axborot berish boʻlimida inqiroz paytidagi xabarlar nima haqida ekanligi aytilmagan. `information-on: {all}` ni qoʻshing}}: migrantlar nima boʻlayotganini, qayerda, qanday yordam borligini, uni kim olishi mumkinligini, qanday hujjatlar kerakligini va qanday ketishni bilishlari kerak ({cite}).",
  },
} satisfies RuleMessages;

/** What every crisis message must be able to tell migrants, in the order RULES.md gives. */
export const ESSENTIAL_TOPICS: readonly string[] = [
  "hazard", "affected-areas", "assistance", "contacts", "eligibility", "id-requirements", "evacuation",
];

/**
 * COMM006: crisis messages cover the essentials. One finding per
 * communication section, naming every missing topic.
 */
export const communicationMessageContent: Rule = {
  meta: {
    code: "COMM006",
    name: "communication-message-content",
    area: "communication",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "`information-on` lacks any of `hazard`, `affected-areas`, `assistance`, `contacts`, `eligibility`, `id-requirements`, `evacuation`.",
    translations: {
      ru: {
        summary: `В \`information-on\` нет одной из тем: \`hazard\`, \`affected-areas\`, \`assistance\`, \`contacts\`, \`eligibility\`, \`id-requirements\`, \`evacuation\`.`,
        why: `Предупреждение о приближении наводнения, в котором не сказано, где оно, какая есть помощь, кто может её получить и какие нужны документы, оставляет мигрантов в неведении, и те, кто не уверен в своих правах, не придут. Руководящие принципы MICIC требуют, чтобы информация о кризисе сообщала мигрантам, что происходит и где, как получить помощь, кто имеет на неё право, какие нужны документы и как проходит эвакуация (${citeRu(guidelines)}).`,
        notes: `Обязательные темы — \`hazard\`, \`affected-areas\`, \`assistance\`, \`contacts\`, \`eligibility\`, \`id-requirements\` и \`evacuation\`. Остальные допустимые схемой темы (\`rights\`, \`consular-services\`, \`no-immigration-enforcement\`) желательны, но здесь не требуются; COMM007 требует \`no-immigration-enforcement\`, если у части мигрантов нет статуса.

Одно замечание на раздел \`communication\` с перечнем всех недостающих тем: на \`information-on\`, если он есть, иначе на ключевом слове раздела. Если в плане нет раздела \`communication\`, ничего не сообщается (об этом сообщает PLAN004). Исправление добавляет недостающие темы после последней указанной или вставляет \`information-on\` с ними.`,
      },
      uz: {
        summary: `\`information-on\` da quyidagi mavzulardan biri yoʻq: \`hazard\`, \`affected-areas\`, \`assistance\`, \`contacts\`, \`eligibility\`, \`id-requirements\`, \`evacuation\`.`,
        why: `Suv toshqini yaqinlashayotgani haqidagi, lekin uning qayerda ekani, qanday yordam borligi, uni kim olishi mumkinligi va qanday hujjatlar kerakligi aytilmagan ogohlantirish migrantlarni noaniqlikda qoldiradi, oʻz huquqlariga ishonchi yoʻqlar esa kelmaydi. MICIC qoʻllanmasi inqiroz haqidagi axborot migrantlarga nima va qayerda sodir boʻlayotganini, yordamni qanday olishni, unga kim haqli ekanini, qanday hujjatlar kerakligini va evakuatsiya qanday oʻtishini aytishini talab qiladi (${citeUz(guidelines)}).`,
        notes: `Majburiy mavzular — \`hazard\`, \`affected-areas\`, \`assistance\`, \`contacts\`, \`eligibility\`, \`id-requirements\` va \`evacuation\`. Sxema ruxsat bergan boshqa mavzular (\`rights\`, \`consular-services\`, \`no-immigration-enforcement\`) maqsadga muvofiq, ammo bu yerda talab qilinmaydi; migrantlarning bir qismi maqomga ega boʻlmasa, COMM007 \`no-immigration-enforcement\` ni talab qiladi.

Har bir \`communication\` boʻlimiga barcha yetishmayotgan mavzularni sanab oʻtuvchi bitta eslatma: \`information-on\` boʻlsa, unda, aks holda boʻlim kalit soʻzida. Rejada \`communication\` boʻlimi boʻlmasa, hech narsa xabar qilinmaydi (bu haqda PLAN004 xabar beradi). Tuzatish yetishmayotgan mavzularni koʻrsatilgan oxirgisidan keyin qoʻshadi yoki ular bilan \`information-on\` ni qoʻshadi.`,
      },
    },
    docs: {
      why: `A warning that says a flood is coming, but not where, not what help there is, not who may get it and not which papers are needed, leaves migrants guessing, and those unsure of their rights stay away. The MICIC Guidelines ask that crisis information tell migrants what is happening, where, how to get help, who is eligible, what documents they need and how evacuation works (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  communication {
    information-on: hazard, evacuation, contacts
  }
}`,
      passing: `plan "Flood plan" {
  communication {
    information-on: hazard, affected-areas, assistance, contacts, eligibility, id-requirements, evacuation
  }
}`,
      notes: [
        "The essential topics are `hazard`, `affected-areas`, `assistance`, `contacts`, `eligibility`, `id-requirements` and `evacuation`. The others the schema allows (`rights`, `consular-services`, `no-immigration-enforcement`) are welcome but not required here; COMM007 asks for `no-immigration-enforcement` where some migrants lack status.",
        "",
        "One finding per `communication` section, naming every missing topic: on `information-on` when it is there, on the section keyword when it is not. Nothing is reported without a `communication` section (PLAN004 reports that). The fix adds the missing topics after the last one listed, or inserts `information-on` with them.",
      ].join("\n"),
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    const communication = communicationSection(plan);
    if (!communication) return;
    const covered = new Set(words(communication, "information-on"));
    const missing = ESSENTIAL_TOPICS.filter((t) => !covered.has(t));
    if (missing.length === 0) return;
    const fix = addValuesFix(document, communication, "information-on", missing, say.addValues("information-on", missing));
    report({
      message: say.t("topics", {
        covered: covered.size > 0 ? "some" : "none",
        missing: say.list(missing.map(say.word), { max: missing.length }),
        count: missing.length,
        all: missing.join(", "),
        cite: say.cite(),
      }),
      span: attributeOrHeader(communication, "information-on"),
      fixes: fix ? [fix] : [],
    });
  },
};
