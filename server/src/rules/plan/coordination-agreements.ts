import { attributeOf } from "../../core/ast";
import { referencedDeclarations } from "../../core/resolve";
import type { Rule, RuleMessages } from "../../core/rule";
import { addValuesFix, cite, planSpan, section, word } from "../plan-model";
import { consulatesAndInternationalOrganizations, insertSectionFix, kindOf } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G7"];

const messages = {
  noSection: {
    en: "The plan has no coordination section. Add \"coordination '{' … '}'\" with the mechanism, when it meets and its members, including the consulates and international organisations{which}: who does what with migrants'' countries of origin and international partners is best agreed before a crisis ({cite}).",
    ru: "В плане нет раздела координации. Добавьте `coordination '{' … '}'` с механизмом координации, графиком его встреч и членами, включая консульства и международные организации{which}: кто что делает вместе со странами происхождения мигрантов и международными партнёрами, лучше согласовать до кризиса ({cite}).",
    uz: "Rejada muvofiqlashtirish boʻlimi yoʻq. Muvofiqlashtirish mexanizmi, uning yigʻilish vaqti va aʼzolari, jumladan konsulliklar va xalqaro tashkilotlar{which} bilan `coordination '{' … '}'` ni qoʻshing: migrantlarning kelib chiqish mamlakatlari va xalqaro hamkorlar bilan kim nima qilishini inqirozdan oldin kelishib olgan maʼqul ({cite}).",
  },
  noPartners: {
    en: "The coordination {members, select, yes {members include} other {section names}} no consulate and no international organisation. Add the consulates and international organisations to \"members\"{which}: migrants'' countries of origin and international partners must be part of the arrangements agreed before a crisis ({cite}).",
    ru: "{members, select, yes {Среди членов координации} other {В разделе координации}} нет ни консульства, ни международной организации. Добавьте консульства и международные организации в `members`{which}: страны происхождения мигрантов и международные партнёры должны участвовать в договорённостях, принятых до кризиса ({cite}).",
    uz: "{members, select, yes {Muvofiqlashtirish aʼzolari orasida} other {Muvofiqlashtirish boʻlimida}} na konsullik, na xalqaro tashkilot bor. Konsulliklar va xalqaro tashkilotlarni `members` ga qoʻshing{which}: migrantlarning kelib chiqish mamlakatlari va xalqaro hamkorlar inqirozdan oldin kelishilgan tartiblarda ishtirok etishi kerak ({cite}).",
  },
  which: {
    en: "{known, select, yes { ({partners})} other { (declare them as stakeholders first)}}",
    ru: "{known, select, yes { ({partners})} other { (сначала объявите их участниками)}}",
    uz: "{known, select, yes { ({partners})} other { (avval ularni ishtirokchi sifatida eʼlon qiling)}}",
  },
  addSection: {
    en: "Add a coordination section with the consulates and international organisations",
    ru: "Добавить раздел координации с консульствами и международными организациями",
    uz: "Konsulliklar va xalqaro tashkilotlar bilan muvofiqlashtirish boʻlimini qoʻshish",
  },
} satisfies RuleMessages;

/**
 * CORD001: coordination with consulates and international organisations is
 * agreed before a crisis. One finding per plan: either the section is
 * missing, or its members include neither.
 */
export const coordinationAgreements: Rule = {
  meta: {
    code: "CORD001",
    name: "coordination-agreements",
    area: "coordination",
    severity: "info",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "No `coordination` section, or its `members` include no consulate or international organisation.",
    translations: {
      ru: {
        summary: `Нет раздела \`coordination\`, или в его \`members\` нет ни консульства, ни международной организации.`,
        why: `В кризис нет времени выяснять, кто что делает. Руководящие принципы MICIC требуют от государств заранее договориться о том, как они будут координировать действия со странами происхождения мигрантов, международными организациями и гражданским обществом (${citeRu(guidelines)}). План должен закрепить этот механизм, а среди его участников должно быть хотя бы одно консульство или международная организация — партнёры, с которыми национальная система меньше всего привыкла работать.`,
        notes: `Достаточно одного консульства или одной международной организации среди участников. Если раздела нет, замечание относится к названию плана; если участников недостаточно — к \`members\` (или к ключевому слову \`coordination\`, если \`members\` нет). Исправление добавляет в \`members\` все консульства и международные организации, объявленные в плане, или вставляет раздел \`coordination\` с их перечнем, первым — ведущее ведомство плана. Если в плане их нет, добавлять нечего и исправление не предлагается: сначала объявите их (STK002 и STK003 подскажут, какие). Исправление предлагается только в редакторе, потому что участие — это договорённость, которую должен подтвердить составитель плана.`,
      },
      uz: {
        summary: `\`coordination\` boʻlimi yoʻq yoki uning \`members\` ida na konsullik, na xalqaro tashkilot bor.`,
        why: `Inqirozda kim nima qilishini aniqlashga vaqt yoʻq. MICIC qoʻllanmasi davlatlardan migrantlarning kelib chiqish mamlakatlari, xalqaro tashkilotlar va fuqarolik jamiyati bilan harakatlarni qanday muvofiqlashtirishini oldindan kelishib olishni talab qiladi (${citeUz(guidelines)}). Reja bu mexanizmni mustahkamlashi, uning aʼzolari orasida esa kamida bitta konsullik yoki xalqaro tashkilot — milliy tizim ular bilan ishlashga eng kam oʻrganib qolgan hamkorlar boʻlishi kerak.`,
        notes: `Aʼzolar orasida bitta konsullik yoki bitta xalqaro tashkilot yetarli. Boʻlim yoʻq boʻlsa, eslatma reja nomiga tegishli; aʼzolar yetarli boʻlmasa — \`members\` ga (yoki \`members\` yoʻq boʻlsa, \`coordination\` kalit soʻziga). Tuzatish rejada eʼlon qilingan barcha konsulliklar va xalqaro tashkilotlarni \`members\` ga qoʻshadi yoki ular sanab oʻtilgan \`coordination\` boʻlimini qoʻshadi, birinchi boʻlib rejaning yetakchi idorasi turadi. Rejada ular boʻlmasa, qoʻshadigan narsa yoʻq va tuzatish taklif qilinmaydi: avval ularni eʼlon qiling (qaysilarini STK002 va STK003 aytadi). Tuzatish faqat muharrirda taklif qilinadi, chunki aʼzolik reja tuzuvchisi tasdiqlashi kerak boʻlgan kelishuvdir.`,
      },
    },
    docs: {
      why: `In a crisis there is no time to work out who does what. The MICIC Guidelines ask states to agree in advance how they will coordinate with the migrants' countries of origin, international organisations and civil society (${cite(guidelines)}). A plan should record that mechanism, and its members should include at least one consulate or international organisation, the partners a national system is least used to working with.`,
      failing: `plan "Conflict plan" {
  stakeholder interior "Ministry of Interior" { kind: government  contact: "+218 21 000 0000" }
  stakeholder iom "IOM Libya" { kind: international-organization  contact: "iom@example.org" }
  coordination {
    mechanism: "Ministry of Interior crisis cell"
    members: interior
  }
}`,
      passing: `plan "Conflict plan" {
  stakeholder interior "Ministry of Interior" { kind: government  contact: "+218 21 000 0000" }
  stakeholder iom "IOM Libya" { kind: international-organization  contact: "iom@example.org" }
  coordination {
    mechanism: "Ministry of Interior crisis cell"
    members: interior, iom
  }
}`,
      notes: `One consulate or one international organisation among the members is enough. When the section is missing the finding stands on the plan's title; when the members fall short it stands on \`members\` (or on the \`coordination\` keyword when there is no \`members\`). The fix adds every consulate and international organisation the plan declares to \`members\`, or inserts a \`coordination\` section listing them, with the plan's lead first. When the plan declares none, there is nothing to add and no fix is offered: declare them first (STK002 and STK003 say which). The fix is offered in the editor only, because membership is an agreement the drafter must confirm.`,
    },
  },
  check(context) {
    const { document, plan, resolution, report } = context;
    const say = voice(messages, guidelines, context);
    const partners = consulatesAndInternationalOrganizations(plan).map((s) => s.id!.text);
    // Who to add, by name; or, when the plan declares none, what to do first.
    const whichOnes = say.t("which", { known: partners.length > 0 ? "yes" : "no", partners: say.list(partners) });

    const coordination = section(plan, "coordination");
    if (!coordination) {
      const lead = word(plan, "lead");
      const leadMember = lead && resolution.declarations.get(lead)?.kind === "stakeholder" && !partners.includes(lead) ? [lead] : [];
      const fix =
        partners.length > 0
          ? insertSectionFix(document, plan, "coordination", [`members: ${[...leadMember, ...partners].join(", ")}`], say.t("addSection"))
          : undefined;
      report({
        message: say.t("noSection", { which: whichOnes, cite: say.cite() }),
        span: planSpan(plan),
        fixes: fix ? [fix] : [],
      });
      return;
    }

    const members = attributeOf(coordination, "members");
    const memberKinds = new Set(referencedDeclarations(resolution, members, "stakeholder").map((d) => kindOf(d.block)));
    if (memberKinds.has("consulate") || memberKinds.has("international-organization")) return;
    const fix = partners.length > 0 ? addValuesFix(document, coordination, "members", partners, say.addValues("members", partners)) : undefined;
    report({
      message: say.t("noPartners", { members: members ? "yes" : "no", which: whichOnes, cite: say.cite() }),
      span: members?.span ?? coordination.kind.span,
      fixes: fix ? [fix] : [],
    });
  },
};
