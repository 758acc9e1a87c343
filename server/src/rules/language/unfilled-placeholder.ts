import { attributesOf, type Block } from "../../core/ast";
import { CleanBlocks } from "../../core/clean-blocks";
import { isPlaceholderText, PLACEHOLDER_TEXT } from "../../core/edits";
import { attributeSpec } from "../../core/schema";
import type { Report } from "../../core/finding";
import { knownBlocks } from "../../core/resolve";
import type { Rule, RuleMessages } from "../../core/rule";
import { voice, type RuleVoice } from "../voice";
import { typeDescription } from "../../messages/schema-docs";

const messages = {
  title: {
    en: "The title of this {kind} is still a place to fill: write its name in place of \"{placeholder}\".",
    ru: "Название этого блока `{kind}` всё ещё не заполнено: впишите его вместо «{placeholder}».",
    uz: "Bu `{kind}` blokining nomi hali toʻldirilmagan: «{placeholder}» oʻrniga uning nomini yozing.",
  },
  value: {
    en: "''{attribute}'' is still a place to fill: write {typed, select, yes {{expected}} other {the {attribute}}} in place of \"{placeholder}\".",
    ru: "`{attribute}` всё ещё не заполнен: впишите {typed, select, yes {{expected}} other {значение}} вместо «{placeholder}».",
    uz: "`{attribute}` hali toʻldirilmagan: «{placeholder}» oʻrniga {typed, select, yes {{expected}} other {qiymatni}} yozing.",
  },
} satisfies RuleMessages;

const clean = new CleanBlocks();

function checkBlock(block: Block, report: (r: Report) => void, say: RuleVoice<keyof typeof messages>): void {
  if (block.title && block.title.kind !== "ident" && isPlaceholderText(block.title.text)) {
    report({ message: say.t("title", { kind: block.kind.text, placeholder: PLACEHOLDER_TEXT }), span: block.title.span });
  }
  for (const attribute of attributesOf(block)) {
    for (const value of attribute.values) {
      if ((value.kind === "string" || value.kind === "text") && isPlaceholderText(value.text)) {
        // What goes there, when the attribute takes something other than a text: "a date (YYYY-MM-DD)".
        const type = attributeSpec(block.kind.text, attribute.name.text)?.type;
        const typed = type !== undefined && type.kind !== "string";
        report({
          message: say.t("value", { attribute: attribute.name.text, placeholder: PLACEHOLDER_TEXT, typed: typed ? "yes" : "no", expected: typed ? typeDescription(say.locale, type, true) : "" }),
          span: value.span,
        });
      }
    }
  }
}

/**
 * SCH004: a place a suggestion left for the drafter ("…") that nobody has
 * filled in. One finding per place.
 */
export const unfilledPlaceholder: Rule = {
  meta: {
    code: "SCH004",
    name: "unfilled-placeholder",
    area: "language",
    severity: "warning",
    guidelines: [],
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: 'A place left to fill ("…") that holds nothing yet.',
    alwaysOn: true,
    translations: {
      ru: {
        summary: `Место для заполнения («…»), в котором пока ничего нет.`,
        why: `Предложение никогда не выдумывает то, что знает только составитель: контакт участника, кто оказывает услугу, сколько людей в группе. Оно оставляет в этом месте «…», и редактор проводит по таким местам одно за другим. Место, оставленное как «…», — пробел, в котором план не признаётся: оно выглядит как ответ и ничего не говорит. О нём сообщается, пока оно не заполнено, чтобы его не пропустили ни командная строка (\`--fix-type suggestion\`), ни наполовину принятое предложение.`,
        notes: `Значение или название, состоящее только из «…» (или «...», как его набирают). Если атрибут принимает не текст (дату, число, \`yes\` или \`no\`, слово схемы, идентификатор), сообщение говорит, что туда вписать, а SCH002 о таком месте не сообщает: одна причина — одно замечание. Исправления нет: что туда вписать, знает только составитель.`,
      },
      uz: {
        summary: `Hali hech narsa yozilmagan toʻldiriladigan joy («…»).`,
        why: `Taklif hech qachon faqat reja tuzuvchisi biladigan narsani oʻylab topmaydi: ishtirokchining kontakti, xizmatni kim koʻrsatishi, guruhda qancha odam borligi. U oʻsha joyda «…» ni qoldiradi, muharrir esa bunday joylar boʻylab birma-bir olib oʻtadi. «…» boʻlib qolgan joy — reja tan olmaydigan kamchilik: u javobdek koʻrinadi, ammo hech narsa demaydi. U toʻldirilmaguncha u haqda xabar beriladi, toki uni na buyruq satri (\`--fix-type suggestion\`), na yarim qabul qilingan taklif oʻtkazib yubormasin.`,
        notes: `Faqat «…» (yoki terilgandek «...») dan iborat qiymat yoki nom. Atribut matn emas, balki boshqa narsa (sana, son, \`yes\` yoki \`no\`, sxema soʻzi, identifikator) qabul qilsa, xabar u yerga nima yozishni aytadi, SCH002 esa bunday joy haqida xabar bermaydi: bitta sabab — bitta eslatma. Tuzatish yoʻq: u yerga nima yozishni faqat reja tuzuvchisi biladi.`,
      },
    },
    docs: {
      why: `A suggestion never invents what only the drafter knows: a stakeholder's contact, who provides a service, how many people a group counts. It leaves "…" in that place, and the editor moves through those places one by one. A place left as "…" is a gap the plan does not admit to: it reads as an answer and says nothing. It is reported until it is filled, so that neither the command line (\`--fix-type suggestion\`) nor a half-accepted suggestion lets it pass.`,
      failing: `plan "Flood plan" {
  stakeholder legal_aid "Legal aid" {
    kind: civil-society
    contact: "…"
  }
}`,
      passing: `plan "Flood plan" {
  stakeholder legal_aid "Legal aid" {
    kind: civil-society
    contact: "+998 71 000 0009"
  }
}`,
      notes: 'A value or a title that is "…" (or "...", as typed) and nothing else. Where the attribute takes something other than a text (a date, a number, yes or no, a word of the schema, an id), the finding says what goes there, and SCH002 leaves the place to it: one finding per cause. There is no fix: only the drafter knows what goes there.',
    },
  },
  check(context) {
    const { plan, report } = context;
    const say = voice(messages, [], context);
    clean.check(knownBlocks(plan), report, (block, r) => checkBlock(block, r, say));
  },
};
