import { CleanBlocks } from "../../core/clean-blocks";
import { attributeOf, attributesOf, blocksOf, type Attribute, type Block } from "../../core/ast";
import { removeAttribute } from "../../core/edits";
import { knownBlocks } from "../../core/resolve";
import type { PlanDocument } from "../../core/document";
import type { Fix } from "../../core/finding";
import type { Rule, RuleMessages } from "../../core/rule";
import { blockSpec } from "../../core/schema";
import { voice, type RuleVoice } from "../voice";

const messages = {
  again: {
    en: "''{name}'' is already given on line {line}; only the first counts. Merge the values into one ''{name}'' and remove this one.",
    ru: "`{name}` уже указан в строке {line}; учитывается только первый. Объедините значения в одном `{name}` и удалите этот.",
    uz: "`{name}` allaqachon {line}-qatorda berilgan; faqat birinchisi hisobga olinadi. Qiymatlarni bitta `{name}` ga birlashtiring va bunisini olib tashlang.",
  },
  first: {
    en: "first ''{name}''",
    ru: "первый `{name}`",
    uz: "birinchi `{name}`",
  },
  sectionAgain: {
    en: "the {kind} section is already given on line {line}; only the first counts. Merge the two into one.",
    ru: "раздел `{kind}` уже есть в строке {line}; учитывается только первый. Объедините оба в один.",
    uz: "`{kind}` boʻlimi allaqachon {line}-qatorda bor; faqat birinchisi hisobga olinadi. Ikkalasini bittaga birlashtiring.",
  },
  firstSection: {
    en: "first {kind} section",
    ru: "первый раздел `{kind}`",
    uz: "birinchi `{kind}` boʻlimi",
  },
  removeRepeat: {
    en: "Remove this second ''{name}'', which repeats the first",
    ru: "Удалить этот второй `{name}`, повторяющий первый",
    uz: "Birinchisini takrorlaydigan bu ikkinchi `{name}` ni olib tashlash",
  },
  removeOther: {
    en: "Remove this second ''{name}'' and its other values (merge them into the first if they count)",
    ru: "Удалить этот второй `{name}` с его другими значениями (если они важны, перенесите их в первый)",
    uz: "Bu ikkinchi `{name}` ni boshqa qiymatlari bilan olib tashlash (agar ular muhim boʻlsa, birinchisiga koʻchiring)",
  },
} satisfies RuleMessages;

/** How many different attribute names a block uses. */
function attributeNames(block: Block): number {
  let count = 0;
  for (const attribute of attributesOf(block)) if (attributeOf(block, attribute.name.text) === attribute) count++;
  return count;
}

function repeatsASection(block: Block): boolean {
  const spec = blockSpec(block.kind.text);
  return spec !== undefined && spec.blocks.some((kind) => blockSpec(kind)?.once && blocksOf(block, kind).length > 1);
}

const clean = new CleanBlocks();

/** The values of an attribute as written, to compare two of them. */
const valuesOf = (attribute: Attribute) => attribute.values.map((v) => v.raw).join("\u0000");

/**
 * Removing a second attribute that repeats the first changes nothing the
 * plan says: a fix. Removing one whose values differ drops what the drafter
 * wrote there (the checker reads only the first, but the drafter may have
 * meant the second): a suggestion, for the drafter to merge first.
 */
function removeDuplicateFix(document: PlanDocument, first: Attribute, second: Attribute, say: RuleVoice<keyof typeof messages>): Fix {
  const name = second.name.text;
  const edits = [removeAttribute(document, second)];
  return valuesOf(first) === valuesOf(second)
    ? { title: say.t("removeRepeat", { name }), edits, kind: "fix" }
    : { title: say.t("removeOther", { name }), edits, kind: "suggestion" };
}

/**
 * SCH003: an attribute given twice in one block; the first one counts. A
 * section (evacuation, communication, …) given twice in one plan is reported
 * here too: it is the same mistake one level up, and the second is ignored
 * by every other rule.
 */
export const duplicateAttribute: Rule = {
  meta: {
    code: "SCH003",
    name: "duplicate-attribute",
    area: "language",
    severity: "warning",
    guidelines: [],
    messages,
    fixable: true,
    hasSuggestions: true,
    summary: "An attribute given twice in one block, or a section given twice in one plan.",
    alwaysOn: true,
    translations: {
      ru: {
        summary: `Атрибут указан дважды в одном блоке или раздел указан дважды в одном плане.`,
        why: `Если атрибут указан в блоке дважды, учитывается только первый, а второй молча пропускается: составитель, добавивший вторую строку \`languages\`, думает, что план говорит то, чего он не говорит. То же относится к разделу, указанному дважды.`,
        notes: `Если второй атрибут слово в слово повторяет первый, его удаление — исправление (его вносит \`--fix\`): удаляется вся строка, если на ней больше ничего нет, а комментарий после него остаётся. Если значения различаются, удаление потеряло бы написанное составителем, поэтому это только предложение: перенесите его значения в первый, если они нужны.`,
      },
      uz: {
        summary: `Bitta blokda ikki marta berilgan atribut yoki bitta rejada ikki marta berilgan boʻlim.`,
        why: `Atribut blokda ikki marta berilsa, faqat birinchisi hisobga olinadi, ikkinchisi esa indamay tashlab ketiladi: ikkinchi \`languages\` satrini qoʻshgan reja tuzuvchisi reja aslida aytmaydigan narsani aytadi deb oʻylaydi. Ikki marta berilgan boʻlimga ham shu tegishli.`,
        notes: `Ikkinchi atribut birinchisini soʻzma-soʻz takrorlasa, uni oʻchirish — tuzatish (uni \`--fix\` kiritadi): satrda boshqa hech narsa boʻlmasa, butun satr oʻchiriladi, undan keyingi izoh esa qoladi. Qiymatlar farq qilsa, oʻchirish reja tuzuvchisi yozganini yoʻqotadi, shuning uchun bu faqat taklif: kerak boʻlsa, uning qiymatlarini birinchisiga oʻtkazing.`,
      },
    },
    docs: {
      why: `When an attribute is given twice in one block, only the first counts and the second is silently ignored: a drafter who adds a second \`languages\` line believes the plan says something it does not. The same holds for a section given twice.`,
      failing: `plan "Flood plan" {
  population workers "Construction workers" {
    languages: ky
    languages: ru
  }
}`,
      passing: `plan "Flood plan" {
  population workers "Construction workers" {
    languages: ky, ru
  }
}`,
      notes: `When the second attribute repeats the first word for word, removing it is a fix (\`--fix\` applies it): its whole line goes when nothing else is on it, and a comment after it stays. When its values differ, removing it drops what the drafter wrote there, so it is only a suggestion: merge its values into the first if they count.`,
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, [], context);
    // Findings name lines (the document), but only in a block that repeats
    // something, never in one found clean.
    clean.check(knownBlocks(plan), report, (block, report) => {
      // Most blocks repeat nothing: skip them without building maps.
      if (attributesOf(block).length === attributeNames(block) && !repeatsASection(block)) return;
      const firstAttribute = new Map<string, Attribute>();
      const firstSection = new Map<string, Block>();
      for (const member of block.members) {
        if (member.type === "attribute") {
          const first = firstAttribute.get(member.name.text);
          if (!first) {
            firstAttribute.set(member.name.text, member);
            continue;
          }
          const line = document.lines.position(first.span.start).line + 1;
          report({
            message: say.t("again", { name: member.name.text, line: String(line) }),
            span: member.name.span,
            related: [{ message: say.t("first", { name: member.name.text }), span: first.name.span }],
            fixes: [removeDuplicateFix(document, first, member, say)],
          });
        } else if (blockSpec(member.kind.text)?.once) {
          const first = firstSection.get(member.kind.text);
          if (!first) {
            firstSection.set(member.kind.text, member);
            continue;
          }
          const line = document.lines.position(first.span.start).line + 1;
          report({
            message: say.t("sectionAgain", { kind: member.kind.text, line: String(line) }),
            span: member.kind.span,
            related: [{ message: say.t("firstSection", { kind: member.kind.text }), span: first.kind.span }],
          });
        }
      }
    });
  },
};
