import { attributeOf, type Block } from "../../core/ast";
import type { PlanDocument } from "../../core/document";
import type { Fix, TextEdit } from "../../core/finding";
import { referencedDeclarations, type Resolution } from "../../core/resolve";
import type { Rule, RuleMessages } from "../../core/rule";
import { valuePlaceholder } from "../../core/edits";
import { cite, insertFix, section, setAttributeFix, stakeholders, word, words } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G10"];

const messages = {
  required: {
    en: "The evacuation requires identity documents to board: people whose passports are lost or kept by an employer cannot leave.",
    ru: "Для посадки при эвакуации требуются документы, удостоверяющие личность: люди, чьи паспорта утеряны или удерживаются работодателем, не смогут уехать.",
    uz: "Evakuatsiyada transportga chiqish uchun shaxsni tasdiqlovchi hujjatlar talab qilinadi: pasporti yoʻqolgan yoki ish beruvchida qolgan odamlar keta olmaydi.",
  },
  noReplacer: {
    en: "The evacuation accepts alternatives to identity documents but names no one to replace them. Add \"document-replacement\" with the stakeholders who issue emergency travel or identity documents{suggestion}, {close}",
    ru: "Эвакуация принимает замену документов, удостоверяющих личность, но в ней не указано, кто их восстанавливает. Добавьте `document-replacement` с участниками, которые выдают документы для экстренного выезда или удостоверения личности{suggestion}, {close}",
    uz: "Evakuatsiya shaxsni tasdiqlovchi hujjatlar oʻrniga boshqa hujjatlarni qabul qiladi, ammo ularni kim tiklashi koʻrsatilmagan. Favqulodda safar yoki shaxsni tasdiqlovchi hujjatlarni beradigan ishtirokchilar bilan `document-replacement` ni qoʻshing{suggestion}, {close}",
  },
  silent: {
    en: "The evacuation section does not say what people must show to board.",
    ru: "В разделе эвакуации не сказано, что людям нужно предъявить при посадке.",
    uz: "Evakuatsiya boʻlimida transportga chiqish uchun odamlar nimani koʻrsatishi kerakligi aytilmagan.",
  },
  writeKnown: {
    en: "Write \"identity-documents: alternatives\" (\"document-replacement\" already names who issues emergency documents), {close}",
    ru: "Напишите `identity-documents: alternatives` (в `document-replacement` уже указано, кто выдаёт документы для экстренного выезда), {close}",
    uz: "`identity-documents: alternatives` deb yozing (`document-replacement` da favqulodda hujjatlarni kim berishi allaqachon koʻrsatilgan), {close}",
  },
  writeNew: {
    en: "Write \"identity-documents: alternatives\" and name in \"document-replacement\" who issues emergency documents{suggestion}, {close}",
    ru: "Напишите `identity-documents: alternatives` и укажите в `document-replacement`, кто выдаёт документы для экстренного выезда{suggestion}, {close}",
    uz: "`identity-documents: alternatives` deb yozing va `document-replacement` da favqulodda hujjatlarni kim berishini koʻrsating{suggestion}, {close}",
  },
  suggestion: {
    en: " (the consulates {consulates}, for instance)",
    ru: " (например, консульства {consulates})",
    uz: " (masalan, {consulates} konsulliklari)",
  },
  close: {
    en: "so that no one is left behind because their papers are lost or held by an employer ({cite}).",
    ru: "чтобы никто не остался из-за того, что его документы утеряны или удерживаются работодателем ({cite}).",
    uz: "toki hech kim hujjatlari yoʻqolgani yoki ish beruvchida qolgani uchun ortda qolmasin ({cite}).",
  },
  alternatives: {
    en: "Commit the evacuation to accepting other proof of identity (''identity-documents: alternatives''){replacers, select, yes {, and choose who replaces documents (''document-replacement'')} other {}}",
    ru: "Закрепить, что эвакуация принимает другие документы, удостоверяющие личность (`identity-documents: alternatives`){replacers, select, yes {, и выбрать, кто восстанавливает документы (`document-replacement`)} other {}}",
    uz: "Evakuatsiya shaxsni tasdiqlovchi boshqa hujjatlarni qabul qilishini belgilash (`identity-documents: alternatives`){replacers, select, yes { va hujjatlarni kim tiklashini tanlash (`document-replacement`)} other {}}",
  },
} satisfies RuleMessages;

/**
 * Who can replace lost or confiscated papers: the consulates the evacuation
 * already works with or, failing that, every consulate the plan declares.
 * Only declared names, so the fix never adds an unresolved reference.
 */
function likelyReplacers(plan: Block, evacuation: Block, resolution: Resolution): string[] {
  const liaison = referencedDeclarations(resolution, attributeOf(evacuation, "consular-liaison"), "stakeholder")
    .filter((d) => word(d.block, "kind") === "consulate")
    .map((d) => d.name);
  if (liaison.length > 0) return [...new Set(liaison)];
  const consulates = stakeholders(plan)
    .filter((s) => word(s, "kind") === "consulate")
    .map((s) => s.id!.text);
  return [...new Set(consulates)];
}

/**
 * The fix: `identity-documents: alternatives`, and `document-replacement`
 * naming the consulates when nobody is named yet. Undefined when nobody
 * could be named (setting `alternatives` alone would not end the finding).
 */
function alternativesFix(document: PlanDocument, plan: Block, evacuation: Block, resolution: Resolution, titled: (withReplacers: boolean) => string): Fix | undefined {
  const needsReplacers = words(evacuation, "document-replacement").length === 0;
  const replacers = needsReplacers ? likelyReplacers(plan, evacuation, resolution) : [];
  if (needsReplacers && replacers.length === 0) return undefined;
  const fullTitle = titled(needsReplacers);
  // Who replaces lost documents is an agreement only the drafter can confirm: a choice among the consulates, never a list written in.
  const choice = valuePlaceholder(replacers);

  const hasDocuments = attributeOf(evacuation, "identity-documents") !== undefined;
  const hasReplacement = attributeOf(evacuation, "document-replacement") !== undefined;
  if (!hasDocuments && needsReplacers && !hasReplacement) {
    // Both lines are new: one insertion keeps them together and in order.
    return insertFix(document, evacuation, `identity-documents: alternatives\ndocument-replacement: ${choice}`, fullTitle);
  }
  // The identity-documents edit goes first: when both edits land on one
  // offset, applyEdits puts the later one's text first, and the new
  // document-replacement values must stay on their attribute's line.
  const edits: TextEdit[] = [];
  if (word(evacuation, "identity-documents") !== "alternatives") {
    const setDocuments = setAttributeFix(document, evacuation, "identity-documents", "alternatives");
    if (!setDocuments) return undefined;
    edits.push(...setDocuments.edits);
  }
  if (needsReplacers) {
    const chooseReplacer = setAttributeFix(document, evacuation, "document-replacement", choice);
    if (!chooseReplacer) return undefined;
    edits.push(...chooseReplacer.edits);
  }
  return { title: fullTitle, edits, kind: "suggestion" };
}

/**
 * EVAC003: papers must not decide who boards. `required` leaves behind
 * everyone whose passport is lost or held by an employer (error); silence,
 * or alternatives with no one to issue them, is a gap (warning).
 */
export const evacuationIdentityDocuments: Rule = {
  meta: {
    code: "EVAC003",
    name: "evacuation-identity-documents",
    area: "evacuation",
    severity: "warning",
    severityWhen: "an error when boarding requires identity documents",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "Boarding requires identity documents (an error), the plan does not say, or it accepts alternatives but names no one to replace documents.",
    translations: {
      ru: {
        summary: `Для посадки требуются документы, удостоверяющие личность (ошибка), план об этом молчит или принимает другие документы, но не называет, кто восстанавливает документы.`,
        why: `Во время кризиса у многих мигрантов нет при себе документов: паспорта теряются при наводнении, остаются дома при бегстве или хранятся у работодателя либо агентства по найму. Если для эвакуации требуются документы, удостоверяющие личность, эти люди не смогут сесть в транспорт. План должен принимать другие документы и называть, кто выдаёт экстренные проездные документы или документы, удостоверяющие личность, — обычно это консульства (${citeRu(guidelines)}).`,
        notes: `\`required\` — ошибка, она относится к атрибуту. Отсутствие \`identity-documents\` или \`alternatives\` без \`document-replacement\` — предупреждение, оно относится к ключевому слову \`evacuation\`. \`not-required\` соответствует правилу. Предложение задаёт \`identity-documents: alternatives\` и, если никто ещё не назван, оставляет в \`document-replacement\` выбор из консульств, перечисленных в \`consular-liaison\` (а если их нет — из всех консульств, объявленных в плане): кто восстанавливает документы, — это договорённость, которую может подтвердить только составитель плана, поэтому имя не вписывается. Если выбрать не из кого, предложения нет: сначала объявите консульство.`,
        severityWhen: `ошибка, если для посадки требуются документы, удостоверяющие личность`,
      },
      uz: {
        summary: `Transportga chiqish uchun shaxsni tasdiqlovchi hujjatlar talab qilinadi (xato), reja bu haqda hech narsa demaydi yoki boshqa hujjatlarni qabul qiladi, ammo hujjatlarni kim tiklashini koʻrsatmaydi.`,
        why: `Inqiroz paytida koʻplab migrantlarning hujjatlari oʻzida boʻlmaydi: pasportlar suv toshqinida yoʻqoladi, qochish paytida uyda qoladi yoki ish beruvchi yoxud ishga yollovchi agentlikda saqlanadi. Agar evakuatsiya uchun shaxsni tasdiqlovchi hujjatlar talab qilinsa, bu odamlar transportga chiqa olmaydi. Reja boshqa hujjatlarni qabul qilishi va favqulodda yoʻl hujjatlari yoki shaxsni tasdiqlovchi hujjatlarni kim berishini, odatda konsulliklarni, koʻrsatishi kerak (${citeUz(guidelines)}).`,
        notes: `\`required\` — xato, u atributga tegishli. \`identity-documents\` yoʻqligi yoki \`document-replacement\` siz \`alternatives\` — ogohlantirish, u \`evacuation\` kalit soʻziga tegishli. \`not-required\` qoidaga mos. Taklif \`identity-documents: alternatives\` ni belgilaydi va hali hech kim koʻrsatilmagan boʻlsa, \`document-replacement\` da \`consular-liaison\` dagi konsulliklar orasidan (ular boʻlmasa, rejada eʼlon qilingan barcha konsulliklar orasidan) tanlovni qoldiradi: hujjatlarni kim tiklashi — bu faqat reja tuzuvchisi tasdiqlay oladigan kelishuv, shuning uchun hech qanday nom yozilmaydi. Tanlash uchun birorta ham konsullik boʻlmasa, taklif yoʻq: avval konsullikni eʼlon qiling.`,
        severityWhen: `transportga chiqish uchun shaxsni tasdiqlovchi hujjatlar talab qilinsa, xato`,
      },
    },
    docs: {
      why: `In a crisis many migrants do not hold their papers: passports are lost in the flood, left behind in flight, or kept by an employer or recruiter. If evacuation requires identity documents, those people cannot board. The plan must accept alternatives and name who issues emergency travel or identity documents, usually the consulates (${cite(guidelines)}).`,
      failing: `plan "Conflict plan" {
  stakeholder ng_embassy "Embassy of Nigeria" { kind: consulate  country: NG  contact: "+218 21 000 0010" }
  evacuation {
    identity-documents: required
    consular-liaison: ng_embassy
  }
}`,
      passing: `plan "Conflict plan" {
  stakeholder ng_embassy "Embassy of Nigeria" { kind: consulate  country: NG  contact: "+218 21 000 0010" }
  evacuation {
    identity-documents: alternatives
    document-replacement: ng_embassy
    consular-liaison: ng_embassy
  }
}`,
      notes: `\`required\` is an error, standing on the attribute. A missing \`identity-documents\`, or \`alternatives\` with no \`document-replacement\`, is a warning on the \`evacuation\` keyword. \`not-required\` passes. The suggestion sets \`identity-documents: alternatives\` and, when no one is named yet, leaves \`document-replacement\` as a choice among the consulates in \`consular-liaison\` (or, if none are listed, every consulate the plan declares): who replaces documents is an agreement only the drafter can confirm, so no name is written in. Without any consulate to choose there is no suggestion: declare one first.`,
    },
  },
  check(context) {
    const { document, plan, resolution, report } = context;
    const say = voice(messages, guidelines, context);
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const attribute = attributeOf(evacuation, "identity-documents");
    const value = word(evacuation, "identity-documents");
    if (value === "not-required") return;
    const hasReplacers = words(evacuation, "document-replacement").length > 0;
    if (value === "alternatives" && hasReplacers) return;

    const fix = alternativesFix(document, plan, evacuation, resolution, (replacers) => say.t("alternatives", { replacers: replacers ? "yes" : "no" }));
    const fixes = fix ? [fix] : [];
    const close = say.t("close", { cite: say.cite() });
    const replacers = hasReplacers ? [] : likelyReplacers(plan, evacuation, resolution);
    const suggestion = replacers.length > 0 ? say.t("suggestion", { consulates: say.list(replacers) }) : "";
    const whatToWrite = hasReplacers ? say.t("writeKnown", { close }) : say.t("writeNew", { suggestion, close });

    if (value === "required") {
      report({
        message: `${say.t("required")} ${whatToWrite}`,
        span: attribute!.span,
        severity: "error",
        fixes,
      });
    } else if (value === "alternatives") {
      report({
        message: say.t("noReplacer", { suggestion, close }),
        span: evacuation.kind.span,
        fixes,
      });
    } else {
      // Absent, or a value the schema does not know (SCH002 names that one).
      report({
        message: `${say.t("silent")} ${whatToWrite}`,
        span: attribute?.span ?? evacuation.kind.span,
        fixes,
      });
    }
  },
};
