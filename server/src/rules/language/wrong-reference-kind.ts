import type { Rule, RuleMessages } from "../../core/rule";
import { voice } from "../voice";

const messages = {
  wrongKind: {
    en: "''{name}'' is a {kind}, but ''{attribute}'' takes the id of a {expected}.",
    ru: "{name} — это блок `{kind}`, а `{attribute}` принимает идентификатор блока `{expected}`.",
    uz: "{name} — `{kind}` bloki, `{attribute}` esa `{expected}` blokining identifikatorini qabul qiladi.",
  },
  declaredHere: {
    en: "{kind} ''{name}'' is declared here",
    ru: "`{kind}` {name} объявлен здесь",
    uz: "`{kind}` {name} shu yerda eʼlon qilingan",
  },
} satisfies RuleMessages;

/** NAM003: a reference to a name of another kind (`provider: hotline`). */
export const wrongReferenceKind: Rule = {
  meta: {
    code: "NAM003",
    name: "wrong-reference-kind",
    area: "language",
    severity: "error",
    guidelines: [],
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "A reference to a declared name of the wrong kind.",
    alwaysOn: true,
    translations: {
      ru: {
        summary: `Ссылка на объявленное имя не того вида.`,
        why: `Каждая ссылка принимает имя одного вида: \`provider\` — участника, \`to\` — пункт сбора, \`reaches\` — группу населения, \`feedback\` — канал связи. Имя другого вида означает, что план связывает не то: горячая линия не может оказывать медицинскую помощь.`,
      },
      uz: {
        summary: `Eʼlon qilingan boshqa turdagi nomga havola.`,
        why: `Har bir havola bitta turdagi nomni qabul qiladi: \`provider\` — ishtirokchini, \`to\` — yigʻilish punktini, \`reaches\` — aholi guruhini, \`feedback\` — aloqa kanalini. Boshqa turdagi nom reja notoʻgʻri narsalarni bogʻlayotganini anglatadi: ishonch telefoni tibbiy yordam koʻrsata olmaydi.`,
      },
    },
    docs: {
      why: `Each reference takes one kind of name: \`provider\` a stakeholder, \`to\` an assembly point, \`reaches\` a population, \`feedback\` a channel. A name of another kind means the plan links the wrong things: a hotline cannot provide health care.`,
      failing: `plan "Flood plan" {
  stakeholder red_crescent "Red Crescent" { kind: civil-society  contact: "1" }
  communication {
    channel hotline "Migrant hotline" { medium: hotline }
  }
  referral {
    pathway health "Emergency care" { need: health  provider: hotline }
  }
}`,
      passing: `plan "Flood plan" {
  stakeholder red_crescent "Red Crescent" { kind: civil-society  contact: "1" }
  communication {
    channel hotline "Migrant hotline" { medium: hotline }
  }
  referral {
    pathway health "Emergency care" { need: health  provider: red_crescent }
  }
}`,
    },
  },
  check(context) {
    const { resolution, report } = context;
    const say = voice(messages, [], context);
    for (const reference of resolution.references) {
      const target = reference.target;
      if (!target || target.kind === reference.expected) continue;
      report({
        message: say.t("wrongKind", { name: reference.name, kind: target.kind, attribute: reference.attribute.name.text, expected: reference.expected }),
        span: reference.span,
        related: [{ message: say.t("declaredHere", { kind: target.kind, name: target.name }), span: target.span }],
      });
    }
  },
};
