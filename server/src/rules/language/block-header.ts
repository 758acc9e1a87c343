import { type Block } from "../../core/ast";
import type { PlanDocument } from "../../core/document";
import { knownBlocks } from "../../core/resolve";
import type { Rule, RuleMessages } from "../../core/rule";
import { blockSpec } from "../../core/schema";
import { voice } from "../voice";

const messages = {
  needsId: {
    en: "A {kind} needs an id after ''{kind}'', so that other parts of the plan can refer to it: {kind} my_{snake} \"…\" '{' … '}'.",
    ru: "Блоку `{kind}` нужен идентификатор после `{kind}`, чтобы на него могли ссылаться другие части плана: `{kind} my_{snake} \"…\" '{' … '}'`.",
    uz: "`{kind}` blokiga `{kind}` dan keyin identifikator kerak, toki rejaning boshqa qismlari unga havola qila olsin: `{kind} my_{snake} \"…\" '{' … '}'`.",
  },
  noId: {
    en: "The {kind} {isPlan, select, yes {} other {section }}takes no id: remove ''{id}''.",
    ru: "{isPlan, select, yes {Блок `{kind}`} other {Раздел `{kind}`}} не принимает идентификатор: удалите {id}.",
    uz: "{isPlan, select, yes {`{kind}` bloki} other {`{kind}` boʻlimi}} identifikator qabul qilmaydi: {id} ni olib tashlang.",
  },
  needsTitle: {
    en: "Give the {kind} a title in quotes after its id, the name a reader sees: {kind}{idPart} \"…\".",
    ru: "Дайте блоку `{kind}` название в кавычках после идентификатора — имя, которое видит читатель: `{kind}{idPart} \"…\"`.",
    uz: "`{kind}` blokiga identifikatoridan keyin qoʻshtirnoq ichida nom bering — oʻquvchi koʻradigan nom: `{kind}{idPart} \"…\"`.",
  },
  noTitle: {
    en: "The {kind} section takes no title.",
    ru: "Раздел `{kind}` не принимает названия.",
    uz: "`{kind}` boʻlimi nom qabul qilmaydi.",
  },
} satisfies RuleMessages;

/**
 * Whether the parser had trouble with the block's header line: a title it
 * could not read (an unclosed quote) is then no missing title, and the
 * syntax problem says what is wrong.
 */
function headerUnread(document: PlanDocument, block: Block): boolean {
  const from = block.kind.span.start;
  const to = block.members[0]?.span.start ?? block.span.end;
  return document.syntaxProblems.some((p) => p.span.start >= from && p.span.start < to);
}

/**
 * SCH005: a block's header as its kind asks, an id where references need
 * one, a title where a reader needs one, neither where the kind takes none.
 * Split from SCH002 (a value of the wrong type), which reported both.
 */
export const blockHeader: Rule = {
  meta: {
    code: "SCH005",
    name: "block-header",
    area: "language",
    severity: "error",
    severityWhen: "a warning when a title is missing",
    guidelines: [],
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "A block without the id or title its kind needs, or with one its kind takes none of (a missing title is a warning).",
    alwaysOn: true,
    settableAs: ["SCH002"],
    translations: {
      ru: {
        summary: `Блок без идентификатора или названия, которые нужны его виду, или с тем, что его вид не принимает (отсутствие названия — предупреждение).`,
        why: `Участники, группы населения, каналы связи и другие блоки, на которые ссылается план, называются идентификатором, чтобы \`lead: mes\` или \`covers: workers\` могли их найти, и имеют название в кавычках — имя, которое видит читатель. Разделы (\`evacuation\`, \`communication\`, …) единственны в своём роде и не принимают ни того, ни другого. Заголовок, в котором нет нужного его виду или есть то, чего он не принимает, оставляет ссылки без цели или читателя без имени.`,
        notes: `Отсутствие названия — предупреждение, остальное — ошибки. Название, которое не удалось прочитать (незакрытая кавычка в строке заголовка), не считается отсутствующим: что там не так, говорит SYN001. До версии 0.2 это были замечания SCH002: настройка для SCH002 в \`.micicrc.json\`, \`--rule\` или \`micic.rules\` применяется и к SCH005, если у SCH005 нет своей.`,
        severityWhen: `предупреждение, если нет названия`,
      },
      uz: {
        summary: `Turi talab qiladigan identifikator yoki nomi yoʻq yoxud turi qabul qilmaydigan narsa bor blok (nom yoʻqligi — ogohlantirish).`,
        why: `Reja havola qiladigan ishtirokchilar, aholi guruhlari, aloqa kanallari va boshqa bloklar \`lead: mes\` yoki \`covers: workers\` ularni topa olishi uchun identifikator bilan ataladi va qoʻshtirnoq ichidagi nomga — oʻquvchi koʻradigan nomga ega. Boʻlimlar (\`evacuation\`, \`communication\`, …) yagona va ularning hech birini qabul qilmaydi. Turi talab qiladigan narsasi yoʻq yoki u qabul qilmaydigan narsasi bor sarlavha havolalarni manzilsiz yoki oʻquvchini nomsiz qoldiradi.`,
        notes: `Nom yoʻqligi — ogohlantirish, qolganlari — xatolar. Oʻqib boʻlmagan nom (sarlavha satrida yopilmagan qoʻshtirnoq) yoʻq deb hisoblanmaydi: u yerda nima notoʻgʻri ekanini SYN001 aytadi. 0.2 versiyasigacha bular SCH002 eslatmalari edi: \`.micicrc.json\`, \`--rule\` yoki \`micic.rules\` dagi SCH002 sozlamasi, agar SCH005 ning oʻz sozlamasi boʻlmasa, SCH005 ga ham qoʻllanadi.`,
        severityWhen: `nom yoʻq boʻlsa, ogohlantirish`,
      },
    },
    docs: {
      why: `Stakeholders, populations, channels and the other blocks that the plan refers to are named by an id, so that \`lead: mes\` or \`covers: workers\` can find them, and carry a title in quotes, the name a reader sees. Sections (\`evacuation\`, \`communication\`, …) are one of a kind and take neither. A header that misses what its kind needs, or has what it takes none of, leaves references nowhere to go or a reader without a name.`,
      failing: `plan "Flood plan" {
  stakeholder "Ministry of Emergency Situations" {
    kind: government
    contact: "+998 71 000 0000"
  }
  evacuation main {
  }
}`,
      passing: `plan "Flood plan" {
  stakeholder mes "Ministry of Emergency Situations" {
    kind: government
    contact: "+998 71 000 0000"
  }
  evacuation {
  }
}`,
      notes: `A missing title is a warning, the rest errors. A title the parser could not read (an unclosed quote on the header's line) is not reported as missing: SYN001 says what is wrong there. Until version 0.2 these findings were SCH002's: a setting for SCH002 in \`.micicrc.json\`, \`--rule\` or \`micic.rules\` applies to SCH005 too, unless SCH005 has its own.`,
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, [], context);
    for (const block of knownBlocks(plan)) {
      const spec = blockSpec(block.kind.text);
      if (!spec) continue;
      const kind = spec.kind;
      if (spec.id === "required" && !block.id) {
        report({ message: say.t("needsId", { kind, snake: kind.replace(/-/g, "_") }), span: block.kind.span });
      }
      if (spec.id === "none" && block.id) {
        report({ message: say.t("noId", { kind, isPlan: kind === "plan" ? "yes" : "no", id: block.id.text }), span: block.id.span });
      }
      if (spec.title === "required" && !block.title && !headerUnread(document, block)) {
        report({ message: say.t("needsTitle", { kind, idPart: block.id ? " " + block.id.text : "" }), span: block.id?.span ?? block.kind.span, severity: "warning" });
      }
      if (spec.title === "none" && block.title) {
        report({ message: say.t("noTitle", { kind }), span: block.title.span });
      }
    }
  },
};
