import { attributesOf, type Attribute, type Block, type Value } from "../../core/ast";
import { CleanBlocks } from "../../core/clean-blocks";
import { countries, countryFromAlpha3, countryName, didYouMean, isLanguageCode, languageName, suggestCountry, suggestLanguage } from "../../core/codes";
import type { Fix, Report } from "../../core/finding";
import { knownBlocks } from "../../core/resolve";
import type { Rule } from "../../core/rule";
import { attributeSpec, BOOLEAN_WORDS, blockSpec, describeType, type AttributeSpec, type BlockSpec } from "../../core/schema";

function replaceFix(value: Value, newText: string, kind: Fix["kind"]): Fix {
  return { title: `Change to ${newText}`, edits: [{ span: value.span, newText }], kind };
}

function quoted(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

export function isRealDate(text: string): boolean {
  const [y, m, d] = text.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const kindWords: Record<Value["kind"], string> = {
  string: "a quoted text",
  text: "a text block",
  number: "a number",
  date: "a date",
  duration: "a duration",
  ident: "a word",
};

/**
 * Checks one value against its attribute's type. Returns the problem, or
 * undefined when the value is fine. Reference values are only checked for
 * their form here; whether the name exists is NAM002's business.
 */
export function checkValue(spec: AttributeSpec, value: Value): Report | undefined {
  const type = spec.type;
  // Described only when a value is wrong: most values are right.
  const expected = () => describeType(type);
  const wrong = (extra = "", fixes: Fix[] = []): Report => ({
    message: `'${spec.name}' takes ${expected()}, not ${kindWords[value.kind]} ('${value.raw.length > 30 ? value.raw.slice(0, 30) + "…" : value.raw}').${extra}`,
    span: value.span,
    fixes,
  });
  const isText = value.kind === "string" || value.kind === "text";
  switch (type.kind) {
    case "string":
      if (isText) return undefined;
      return wrong(` Put it in quotes: ${quoted(value.raw)}.`, [replaceFix(value, quoted(value.raw), "fix")]);
    case "number":
      if (value.kind === "number") return undefined;
      if (isText && /^\d(?:_?\d)*$/.test(value.text)) {
        return wrong(" Write the number without quotes.", [replaceFix(value, value.text, "fix")]);
      }
      return wrong();
    case "date":
      if (value.kind === "date") {
        return isRealDate(value.text)
          ? undefined
          : { message: `${value.text} is not a date in the calendar: check the month and the day (YYYY-MM-DD).`, span: value.span };
      }
      if (isText && /^\d{4}-\d{2}-\d{2}$/.test(value.text) && isRealDate(value.text)) {
        return wrong(" Write the date without quotes.", [replaceFix(value, value.text, "fix")]);
      }
      return wrong(" Write dates as YYYY-MM-DD, for example 2024-04-26.");
    case "boolean": {
      if (value.kind === "ident" && (BOOLEAN_WORDS as readonly string[]).includes(value.text)) return undefined;
      const lower = value.text.toLowerCase();
      const guess = ["yes", "true", "y"].includes(lower) ? "yes" : ["no", "false", "n"].includes(lower) ? "no" : undefined;
      return {
        message: `'${spec.name}' takes yes or no, not '${value.raw}'.${guess ? ` Did you mean '${guess}'?` : ""}`,
        span: value.span,
        fixes: guess ? [replaceFix(value, guess, "fix")] : [],
      };
    }
    case "word": {
      if (value.kind === "ident" && type.words.includes(value.text)) return undefined;
      const suggestions = didYouMean(value.text, type.words);
      const hint = suggestions.length > 0 ? ` Did you mean '${suggestions[0]}'?` : "";
      return {
        message: `'${value.raw.length > 30 ? value.raw.slice(0, 30) + "…" : value.raw}' is not allowed for '${spec.name}', which takes ${expected()}.${hint}`,
        span: value.span,
        fixes: suggestions.map((s) => replaceFix(value, s, suggestions.length === 1 ? "fix" : "suggestion")),
      };
    }
    case "country": {
      if (value.kind === "ident" && countries().has(value.text)) return undefined;
      const guess = suggestCountry(value.text);
      const alpha3 = countryFromAlpha3(value.text);
      const hint = guess ? ` Did you mean ${guess} (${countryName(guess)})?` : "";
      return {
        message: alpha3
          ? `'${value.raw}' is the ISO 3166-1 alpha-3 code of ${countryName(alpha3)}; '${spec.name}' takes the alpha-2 code: write ${alpha3}.`
          : `'${value.raw}' is not an ISO 3166-1 alpha-2 country code, which '${spec.name}' takes (KG for Kyrgyzstan).${hint}`,
        span: value.span,
        fixes: guess ? [replaceFix(value, guess, "fix")] : [],
      };
    }
    case "language": {
      if (value.kind === "ident" && isLanguageCode(value.text)) return undefined;
      const guess = suggestLanguage(value.text);
      const hint = guess ? ` Did you mean ${guess} (${languageName(guess)})?` : "";
      return {
        message: `'${value.raw}' is not an ISO 639 language code, which '${spec.name}' takes (ru for Russian, prs for Dari).${hint}`,
        span: value.span,
        fixes: guess ? [replaceFix(value, guess, "fix")] : [],
      };
    }
    case "reference":
      if (value.kind === "ident") return undefined;
      return wrong(` Name it by its id, without quotes.`);
    case "duration-or-string":
      if (value.kind === "duration" || isText) return undefined;
      return wrong(" Write a duration such as 90d, 12h or 30min, or a quoted text.");
    case "word-or-string":
      if (value.kind === "ident" || isText) return undefined;
      return wrong(` Put it in quotes: ${quoted(value.raw)}.`, [replaceFix(value, quoted(value.raw), "fix")]);
  }
}

/** A reference given as the quoted title of a declaration: offer its id. */
function titleToIdFix(value: Value, plan: Block, spec: AttributeSpec): Fix | undefined {
  if (spec.type.kind !== "reference" || (value.kind !== "string" && value.kind !== "text")) return undefined;
  for (const block of knownBlocks(plan)) {
    if (block.kind.text === spec.type.target && block.id && block.title?.text === value.text) {
      return replaceFix(value, block.id.text, "fix");
    }
  }
  return undefined;
}

function checkHeader(block: Block, spec: BlockSpec, report: (r: Report) => void): void {
  const kind = spec.kind;
  if (spec.id === "required" && !block.id) {
    report({
      message: `a ${kind} needs an id after '${kind}', so that other parts of the plan can refer to it: ${kind} my_${kind.replace(/-/g, "_")} "…" { … }.`,
      span: block.kind.span,
    });
  }
  if (spec.id === "none" && block.id) {
    report({
      message: `the ${kind} ${kind === "plan" ? "" : "section "}takes no id: remove '${block.id.text}'.`,
      span: block.id.span,
    });
  }
  if (spec.title === "required" && !block.title) {
    report({
      message: `give the ${kind} a title in quotes after its id, the name a reader sees: ${kind}${block.id ? " " + block.id.text : ""} "…".`,
      span: block.id?.span ?? block.kind.span,
      severity: "warning",
    });
  }
  if (spec.title === "none" && block.title) {
    report({ message: `the ${kind} section takes no title.`, span: block.title.span });
  }
}

const clean = new CleanBlocks();

/** SCH002: a value of the wrong type or outside the allowed words. */
export const invalidValue: Rule = {
  meta: {
    code: "SCH002",
    name: "invalid-value",
    area: "language",
    severity: "error",
    guidelines: [],
    fixable: true,
    hasSuggestions: true,
    summary: "A value of the wrong type or outside the allowed words, or a block header without its id or title.",
    alwaysOn: true,
    docs: {
      why: `Values have types: a population's \`size\` is a number, a country code is ISO 3166-1 alpha-2, the stages of an evacuation are words from a fixed list. A value of the wrong type is read as nothing, so a rule that depends on it cannot work. The checker says what the attribute takes and suggests the closest allowed value.`,
      failing: `plan "Flood plan" {
  hazards: flod
  population workers "Construction workers" {
    size: "12_000"
    nationalities: Kyrgyzstan
  }
}`,
      passing: `plan "Flood plan" {
  hazards: flood
  population workers "Construction workers" {
    size: 12_000
    nationalities: KG
  }
}`,
      notes: `Fixes that cannot be wrong (quoting a bare text, unquoting a number or a date, naming a stakeholder by its id instead of its title, a country's alpha-3 code such as \`UZB\` written as its alpha-2 code \`UZ\`) are applied by \`--fix\`; did-you-mean replacements are offered in the editor only. Block headers are checked here too: a stakeholder without an id, a section with one.`,
    },
  },
  check({ plan, report }) {
    // The title-to-id fix reads the plan, but only for a value found wrong,
    // never in a block found clean.
    clean.check(knownBlocks(plan), report, (block, report) => {
      const spec = blockSpec(block.kind.text)!;
      checkHeader(block, spec, report);
      for (const attribute of attributesOf(block)) {
        const spec = attributeSpec(block.kind.text, attribute.name.text);
        if (spec) checkAttribute(attribute, spec, plan, report);
      }
    });
  },
};

function checkAttribute(attribute: Attribute, spec: AttributeSpec, plan: Block, report: (r: Report) => void): void {
  if (!spec.list && attribute.values.length > 1) {
    report({
      message: `'${spec.name}' takes one value, not a list: keep one of ${attribute.values.map((v) => v.raw).join(", ")}.`,
      span: { start: attribute.values[1].span.start, end: attribute.values[attribute.values.length - 1].span.end },
    });
  }
  for (const value of attribute.values) {
    const problem = checkValue(spec, value);
    if (!problem) continue;
    const byTitle = titleToIdFix(value, plan, spec);
    if (byTitle) problem.fixes = [byTitle, ...(problem.fixes ?? [])];
    report(problem);
  }
}
