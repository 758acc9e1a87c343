import { removeComment, removeListItem } from "../../core/edits";
import type { Rule, RuleMessages } from "../../core/rule";
import { voice } from "../voice";

const messages = {
  unusedComment: {
    en: "This comment suppresses {names} {scope, select, line {on the next line} other {in this file}}, but there is no such finding: remove the comment.",
    ru: "Этот комментарий отключает {names} {scope, select, line {на следующей строке} other {в этом файле}}, но такого замечания нет: удалите комментарий.",
    uz: "Bu izoh {scope, select, line {keyingi qatorda} other {ushbu faylda}} {names} ni oʻchiradi, ammo bunday eslatma yoʻq: izohni oʻchiring.",
  },
  unusedRule: {
    en: "{name} is suppressed {scope, select, line {on the next line} other {in this file}}, but there is no such finding: remove it from the comment.",
    ru: "{name} отключено {scope, select, line {на следующей строке} other {в этом файле}}, но такого замечания нет: удалите его из комментария.",
    uz: "{name} {scope, select, line {keyingi qatorda} other {ushbu faylda}} oʻchirilgan, ammo bunday eslatma yoʻq: uni izohdan olib tashlang.",
  },
  removeComment: {
    en: "Remove this suppression comment",
    ru: "Удалить этот комментарий, отключающий правило",
    uz: "Qoidani oʻchiruvchi bu izohni olib tashlash",
  },
  removeRule: {
    en: "Remove ''{name}'' from the comment",
    ru: "Удалить {name} из комментария",
    uz: "{name} ni izohdan olib tashlash",
  },
} satisfies RuleMessages;

/**
 * SUP001: a suppression comment that is malformed, names no rule, or
 * silences nothing. The engine applies the directives after every other rule
 * and hands them to this check, which reports what is wrong with them.
 */
export const unusedSuppression: Rule = {
  meta: {
    code: "SUP001",
    name: "unused-suppression",
    area: "language",
    severity: "warning",
    guidelines: [],
    messages,
    fixable: true,
    hasSuggestions: false,
    summary: "A micic-disable comment that names no rule or suppresses nothing.",
    runsAfterSuppression: true,
    translations: {
      ru: {
        summary: `Комментарий \`micic-disable\`, который не называет правила или ничего не отключает.`,
        why: `Комментарий, отключающий правило, — это обещание проверяющему, что замечание увидели и сочли допустимым, с причиной рядом. Когда план меняется и замечание исчезает, комментарий остаётся и больше ничего не обещает; когда он называет несуществующее правило, он вообще ничего не отключает. О том и другом сообщается, чтобы каждое отключение в плане что-то значило.`,
        notes: `Исправление удаляет комментарий или, если в нём названо несколько правил, только то, которое ничего не отключает. \`--no-inline-config\` не учитывает ни одного комментария, отключающего правило, и тогда ни о каком не сообщается.`,
      },
      uz: {
        summary: `Qoidani nomlamaydigan yoki hech narsani oʻchirmaydigan \`micic-disable\` izohi.`,
        why: `Qoidani oʻchiruvchi izoh — tekshiruvchiga eslatma koʻrilgani va maqbul deb topilgani haqidagi, yonida sababi yozilgan vaʼda. Reja oʻzgarib, eslatma yoʻqolganda izoh qoladi va endi hech narsa vaʼda qilmaydi; u mavjud boʻlmagan qoidani nomlasa, umuman hech narsani oʻchirmaydi. Rejadagi har bir oʻchirish biror narsani anglatishi uchun ikkalasi haqida ham xabar beriladi.`,
        notes: `Tuzatish izohni yoki, agar unda bir nechta qoida nomlangan boʻlsa, faqat hech narsani oʻchirmaydiganini olib tashlaydi. \`--no-inline-config\` qoidani oʻchiruvchi barcha izohlarni eʼtiborsiz qoldiradi va unda hech biri haqida xabar berilmaydi.`,
      },
    },
    docs: {
      why: `A suppression comment is a promise to the reviewer that a finding was seen and judged acceptable, with the reason beside it. When the plan changes and the finding goes away, the comment stays and promises nothing; when it names a rule that does not exist, it suppresses nothing at all. Both are reported so that every suppression in a plan means something.`,
      failing: `plan "Flood plan" {
  # micic-disable-next-line EVAC010 -- families are kept together by law
  country: "Uzbekistan"
}`,
      passing: `plan "Flood plan" {
  country: "Uzbekistan"
}`,
      notes: "The fix removes the comment, or only the rule that suppresses nothing when the comment names several. `--no-inline-config` ignores every suppression comment, and then none is reported.",
    },
  },
  check(context) {
    const { document, directives, report } = context;
    const say = voice(messages, [], context);
    for (const directive of directives ?? []) {
      if (directive.problem) {
        report({ message: directive.problem, span: directive.span });
        continue;
      }
      const unused = directive.targets.filter((t) => !t.used);
      if (unused.length === 0) continue;
      const scope = directive.scope === "next-line" ? "line" : "file";
      if (unused.length === directive.targets.length) {
        const names = unused.map((t) => t.written).join(", ");
        report({
          message: say.t("unusedComment", { names, scope }),
          span: directive.span,
          tags: ["unnecessary"],
          fixes: [{ title: say.t("removeComment"), edits: [removeComment(document, directive.span)], kind: "fix" }],
        });
        continue;
      }
      for (const target of unused) {
        report({
          message: say.t("unusedRule", { name: target.written, scope }),
          span: target.span,
          tags: ["unnecessary"],
          fixes: [{ title: say.t("removeRule", { name: target.written }), edits: [removeListItem(document, target.span)], kind: "fix" }],
        });
      }
    }
  },
};
