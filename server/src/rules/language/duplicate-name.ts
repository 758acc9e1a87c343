import type { Rule, RuleMessages } from "../../core/rule";
import { voice } from "../voice";

const messages = {
  taken: {
    en: "''{name}'' is already the name of a {firstKind} (line {line}): give this {kind} another id, since references to ''{name}'' go to the first.",
    ru: "{name} уже является именем блока `{firstKind}` (строка {line}): дайте этому блоку `{kind}` другой идентификатор, так как ссылки на {name} ведут к первому.",
    uz: "{name} allaqachon `{firstKind}` blokining nomi ({line}-qator): bu `{kind}` blokiga boshqa identifikator bering, chunki {name} ga havolalar birinchisiga olib boradi.",
  },
  firstHere: {
    en: "''{name}'' is first declared here",
    ru: "{name} впервые объявлен здесь",
    uz: "{name} birinchi marta shu yerda eʼlon qilingan",
  },
} satisfies RuleMessages;

/** NAM001: a name declared twice; names share one namespace per plan. */
export const duplicateName: Rule = {
  meta: {
    code: "NAM001",
    name: "duplicate-name",
    area: "language",
    severity: "error",
    guidelines: [],
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "A name declared twice in one plan (all kinds share one namespace).",
    alwaysOn: true,
    translations: {
      ru: {
        summary: `Имя объявлено в одном плане дважды (у всех видов одно пространство имён).`,
        why: `Каждый идентификатор называет что-то одно: ссылки вроде \`provider: red_crescent\` должны вести ровно к одному блоку. У всех видов одно пространство имён, поэтому канал связи и механизм перенаправления не могут оба называться \`hotline\`.`,
      },
      uz: {
        summary: `Bitta rejada ikki marta eʼlon qilingan nom (barcha turlarning nomlar maydoni bitta).`,
        why: `Har bir identifikator bitta narsani nomlaydi: \`provider: red_crescent\` kabi havolalar aynan bitta blokka olib borishi kerak. Barcha turlarning nomlar maydoni bitta, shuning uchun aloqa kanali ham, yoʻnaltirish mexanizmi ham \`hotline\` deb atala olmaydi.`,
      },
    },
    docs: {
      why: `Every id names one thing: references such as \`provider: red_crescent\` must lead to exactly one block. All kinds share one namespace, so a channel and a pathway cannot both be called \`hotline\`.`,
      failing: `plan "Flood plan" {
  stakeholder hotline "Ministry hotline" { kind: government  contact: "1190" }
  communication {
    channel hotline "Migrant hotline" { medium: hotline }
  }
}`,
      passing: `plan "Flood plan" {
  stakeholder ministry "Ministry hotline" { kind: government  contact: "1190" }
  communication {
    channel hotline "Migrant hotline" { medium: hotline }
  }
}`,
    },
  },
  check(context) {
    const { document, resolution, report } = context;
    const say = voice(messages, [], context);
    for (const declaration of resolution.allDeclarations) {
      const first = resolution.declarations.get(declaration.name)!;
      if (first === declaration) continue;
      const line = document.lines.position(first.span.start).line + 1;
      report({
        message: say.t("taken", { name: declaration.name, firstKind: first.kind, line: String(line), kind: declaration.kind }),
        span: declaration.span,
        related: [{ message: say.t("firstHere", { name: declaration.name }), span: first.span }],
      });
    }
  },
};
