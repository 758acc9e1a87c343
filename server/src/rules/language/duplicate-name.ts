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
