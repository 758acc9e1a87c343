import type { Rule, RuleMessages } from "../../core/rule";
import { cite, planSpan, section } from "../plan-model";
import { insertSectionFix } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G4", "G10", "G11", "G12", "G13"];

const messages = {
  noSection: {
    en: "The plan has no {kind} section. Add \"{kind} '{' … '}'\" saying {kind, select, evacuation {how migrants are relocated or evacuated when needed, who is covered and what they need to board} communication {how migrants are warned and told where to find help, through which channels and in which languages} other {where migrants are referred for health care, shelter, protection and documents, and how their data is protected}}: without it the plan does not protect migrants in this part of the response ({cite}).",
    ru: "В плане нет раздела {kind, select, evacuation {эвакуации} communication {информирования} other {перенаправления}}. Добавьте `{kind} '{' … '}'` и опишите в нём, {kind, select, evacuation {как мигрантов переселяют или эвакуируют при необходимости, кого это охватывает и что им нужно для посадки на транспорт} communication {как мигрантов предупреждают и сообщают им, где найти помощь, по каким каналам связи и на каких языках} other {куда мигрантов направляют за медицинской помощью, жильём, защитой и документами и как защищаются их данные}}: без него план не защищает мигрантов в этой части реагирования ({cite}).",
    uz: "Rejada {kind, select, evacuation {evakuatsiya} communication {axborot berish} other {yoʻnaltirish}} boʻlimi yoʻq. `{kind} '{' … '}'` ni qoʻshing va unda {kind, select, evacuation {zarur boʻlganda migrantlar qanday koʻchirilishi yoki evakuatsiya qilinishi, kim qamrab olinishi va transportga chiqish uchun ularga nima kerakligi} communication {migrantlar qanday ogohlantirilishi, yordamni qayerdan topishlari ularga qaysi aloqa kanallari orqali va qaysi tillarda aytilishi} other {migrantlar tibbiy yordam, boshpana, himoya va hujjatlar uchun qayerga yoʻnaltirilishi va ularning maʼlumotlari qanday himoya qilinishi}}ni yozing: busiz reja javob choralarining bu qismida migrantlarni himoya qilmaydi ({cite}).",
  },
  addSection: {
    en: "Add an empty {kind} section",
    ru: "Добавить пустой раздел `{kind}`",
    uz: "Boʻsh `{kind}` boʻlimini qoʻshish",
  },
} satisfies RuleMessages;

/** The sections every plan needs, with what a plan without one leaves unsaid. */
const REQUIRED_SECTIONS: readonly { kind: string; says: string }[] = [
  {
    kind: "evacuation",
    says: "how migrants are relocated or evacuated when needed, who is covered and what they need to board",
  },
  {
    kind: "communication",
    says: "how migrants are warned and told where to find help, through which channels and in which languages",
  },
  {
    kind: "referral",
    says: "where migrants are referred for health care, shelter, protection and documents, and how their data is protected",
  },
];

/**
 * PLAN004: the three sections that turn a plan into action for migrants.
 * One finding per missing section, at the plan's title.
 */
export const planSections: Rule = {
  meta: {
    code: "PLAN004",
    name: "plan-sections",
    area: "plan",
    severity: "error",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "The plan has no `evacuation`, `communication` or `referral` section (one finding per missing section).",
    translations: {
      ru: {
        summary: `В плане нет раздела \`evacuation\`, \`communication\` или \`referral\` (одно замечание на каждый недостающий раздел).`,
        why: `Назвать мигрантов недостаточно: план должен говорить, как их переместят в безопасное место, как им сообщат о происходящем и куда их направят за помощью (${citeRu(guidelines)}). Именно эти три вещи первыми не срабатывают для мигрантов в кризис, потому что национальная система рассчитана на граждан, которые говорят на языке страны, имеют документы и знают, куда звонить.`,
        notes: `Каждый недостающий раздел — отдельное замечание на названии плана. Пока раздела нет, правила о его содержании ничего не сообщают, поэтому это замечание заменяет их все. Исправление вставляет пустой раздел туда, где составитель будет его искать (эвакуация, затем информирование, затем перенаправление, после участников и групп населения); затем правила самого раздела говорят, что в нём написать. Оно предлагается только в редакторе: пустой раздел превратил бы эту ошибку в предупреждения, ничего не добавив, поэтому \`--fix\` его не применяет.`,
      },
      uz: {
        summary: `Rejada \`evacuation\`, \`communication\` yoki \`referral\` boʻlimi yoʻq (har bir yetishmayotgan boʻlim uchun bitta eslatma).`,
        why: `Migrantlarni nomlash yetarli emas: reja ular xavfsiz joyga qanday koʻchirilishini, sodir boʻlayotgan voqealar haqida ularga qanday xabar berilishini va yordam uchun qayerga yoʻnaltirilishini aytishi kerak (${citeUz(guidelines)}). Aynan shu uch narsa inqirozda migrantlar uchun birinchi boʻlib ishlamay qoladi, chunki milliy tizim mamlakat tilida gapiradigan, hujjatlari bor va qayerga qoʻngʻiroq qilishni biladigan fuqarolarga moʻljallangan.`,
        notes: `Har bir yetishmayotgan boʻlim — reja nomidagi alohida eslatma. Boʻlim yoʻq ekan, uning mazmuni haqidagi qoidalar hech narsa xabar qilmaydi, shuning uchun bu eslatma ularning hammasi oʻrnini bosadi. Tuzatish boʻsh boʻlimni reja tuzuvchisi uni izlaydigan joyga qoʻshadi (evakuatsiya, keyin axborot berish, keyin yoʻnaltirish, ishtirokchilar va aholi guruhlaridan keyin); keyin boʻlimning oʻz qoidalari unda nima yozishni aytadi. U faqat muharrirda taklif qilinadi: boʻsh boʻlim hech narsa qoʻshmasdan bu xatoni ogohlantirishlarga aylantirgan boʻlardi, shuning uchun \`--fix\` uni qoʻllamaydi.`,
      },
    },
    docs: {
      why: `Naming migrants is not enough: a plan must say how they will be moved to safety, how they will be told what is happening, and where they will be sent for help (${cite(guidelines)}). These are the three things that fail first for migrants in a crisis, because the national system assumes citizens who speak the language, hold papers and know whom to call.`,
      failing: `plan "Flood plan" {
  evacuation {
    covers: all
  }
}`,
      passing: `plan "Flood plan" {
  evacuation {
    covers: all
  }
  communication {
    rumour-tracking: yes
  }
  referral {
    consent: required
  }
}`,
      notes: `Each missing section is its own finding, at the plan's title. While a section is missing, the rules about its contents say nothing, so this finding stands for all of them. The fix inserts the empty section where a drafter would look for it (evacuation, then communication, then referral, after the stakeholders and populations); the section's own rules then say what to write in it. It is offered in the editor only: an empty section would turn this error into warnings without adding anything, so \`--fix\` does not apply it.`,
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    for (const { kind } of REQUIRED_SECTIONS) {
      if (section(plan, kind)) continue;
      const fix = insertSectionFix(document, plan, kind, [], say.t("addSection", { kind }));
      report({
        message: say.t("noSection", { kind, cite: say.cite() }),
        span: planSpan(plan),
        fixes: fix ? [fix] : [],
      });
    }
  },
};
