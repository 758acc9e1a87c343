/**
 * Hover help. First, on a finding, what a reviewer asks: the rule (linked
 * to its page), the guidelines it comes from, each with its number and its
 * gist in plain words, a link to the MICIC Guidelines themselves, and what
 * the rule checks (its summary, rules/rule-text.ts); at most two findings, the rest counted, so the popup stays short. Then what
 * stands under the cursor: a block's or attribute's documentation from the
 * schema (with what each of an attribute's allowed words means); what a
 * value means (a country's or language's name in the user's language,
 * display-names.ts; an allowed word's description, core/value-docs.ts); on
 * a reference, the declaration's kind, title and contact. The words of the
 * hover and the schema's documentation are in the findings' language
 * (messages/schema-docs.ts).
 *
 * Hover answers from the parse and never waits for a check: while the plan
 * is being typed, the findings of the last check belong to an older text,
 * so the guidelines are shown once the check of the text as it is has been
 * made (right after the diagnostics are published). The rest of the hover
 * is always there.
 */
import { MarkupKind, type Hover } from "vscode-languageserver/node";
import { attributeOf, type Block } from "../core/ast";
import type { Finding } from "../core/finding";
import { locate, referencesTo, type Located } from "../core/locate";
import type { Resolution } from "../core/resolve";
import { attributeSpec, BOOLEAN_WORDS, blockSpec, type AttributeSpec } from "../core/schema";
import type { MessageId } from "../messages/catalog";
import type { Locale } from "../messages/locales";
import { attributeDoc, attributeTakes, blockDoc, localizedValueDoc, schemaWord, typeDescription } from "../messages/schema-docs";
import { translator, type Translator } from "../messages/translate";
import { rulesByCode } from "../rules/index";
import { ruleText } from "../rules/rule-text";
import { withModel, type ServerContext } from "./context";
import { ruleDocUri } from "./convert";
import { countryDisplayName, languageDisplayName } from "./display-names";
import { planAt, type PlanModel } from "./models";

/** The published MICIC Guidelines (the initiative's site, where they are in several languages). */
export const MICIC_GUIDELINES_URL = "https://micicinitiative.iom.int/";

/** How many findings a hover describes; the rest are counted (every output is bounded). */
const FINDINGS_IN_HOVER = 2;

function describeDeclaration(block: Block, resolution: Resolution, say: Translator): string {
  const title = block.title ? ` "${block.title.text}"` : "";
  const lines = [`**${block.kind.text}** \`${block.id?.text ?? ""}\`${title}`];
  const kind = attributeOf(block, "kind")?.values[0]?.text;
  if (kind) lines.push(say.t("hover.kind", { kind }));
  const contact = attributeOf(block, "contact")?.values[0]?.text;
  if (contact) lines.push(say.t("hover.contact", { contact }));
  else if (block.kind.text === "stakeholder") lines.push(say.t("hover.noContact"));
  const size = attributeOf(block, "size")?.values[0]?.text;
  if (size && Number.isFinite(Number(size))) lines.push(say.t("hover.size", { size: Number(size) }));
  const declaration = resolution.allDeclarations.find((d) => d.block === block);
  if (declaration) lines.push(say.t("hover.references", { count: referencesTo(resolution, declaration).length }));
  return lines.join("  \n");
}

/** The words an attribute takes from a fixed set, each with its gist: a list under the attribute's help. */
function allowedWords(blockKind: string, spec: AttributeSpec, locale: Locale): string {
  const words = spec.type.kind === "word" ? spec.type.words : spec.type.kind === "boolean" ? BOOLEAN_WORDS : [];
  if (words.length === 0) return "";
  const lines = words.map((word) => {
    const described = localizedValueDoc(locale, blockKind, spec.name, word);
    return `- \`${word}\`${described ? `: ${described.gist}` : ""}`;
  });
  return `\n\n${schemaWord(locale, "values")}\n${lines.join("\n")}`;
}

function describeLocated(located: Located, resolution: Resolution, say: Translator): string | undefined {
  switch (located.kind) {
    case "block-kind": {
      const spec = blockSpec(located.block.kind.text);
      if (!spec) return undefined;
      const attributes = spec.attributes.map((a) => `\`${a.name}\`${a.expected ? "*" : ""}`).join(", ");
      const blocks = spec.blocks.length > 0 ? `\n\n${schemaWord(say.locale, "blocks", { names: spec.blocks.map((b) => `\`${b}\``).join(", ") })}` : "";
      const expected = spec.attributes.some((a) => a.expected) ? `\n\n${schemaWord(say.locale, "expectedMark")}` : "";
      return `**${spec.kind}**\n\n${blockDoc(say.locale, spec.kind) ?? spec.doc}\n\n${schemaWord(say.locale, "attributes", { names: attributes })}${blocks}${expected}`;
    }
    case "declaration":
      return describeDeclaration(located.block, resolution, say);
    case "title":
      return located.block.id ? describeDeclaration(located.block, resolution, say) : undefined;
    case "attribute-name": {
      const spec = located.block && attributeSpec(located.block.kind.text, located.attribute.name.text);
      if (!spec) return undefined;
      const blockKind = located.block!.kind.text;
      const doc = attributeDoc(say.locale, blockKind, spec.name) ?? spec.doc;
      return `**${spec.name}**: ${attributeTakes(say.locale, spec)}\n\n${doc}${allowedWords(blockKind, spec, say.locale)}${spec.expected ? `\n\n${schemaWord(say.locale, "expected")}` : ""}`;
    }
    case "reference": {
      const target = located.reference.target;
      if (!target) return say.t("hover.undeclared", { name: `\`${located.reference.name}\``, kind: located.reference.expected });
      return describeDeclaration(target.block, resolution, say);
    }
    case "value": {
      const spec = located.block && attributeSpec(located.block.kind.text, located.attribute.name.text);
      if (!spec) return undefined;
      const text = located.value.text;
      if (spec.type.kind === "country") {
        const name = countryDisplayName(text);
        return name ? `**${text}**: ${name}` : undefined;
      }
      if (spec.type.kind === "language") {
        const name = languageDisplayName(text);
        return name ? `**${text}**: ${name}` : undefined;
      }
      const described = localizedValueDoc(say.locale, located.block!.kind.text, spec.name, text);
      if (described) return `**${text}**: ${described.doc}`;
      if (spec.type.kind === "word" || spec.type.kind === "boolean") {
        return say.t("hover.notAValue", { value: `\`${text}\``, attribute: `\`${spec.name}\``, type: typeDescription(say.locale, spec.type, true) });
      }
      return undefined;
    }
  }
}

/**
 * The hover at an offset, as Markdown: what stands there, then the
 * guidelines of the findings (of the check of this very text) that cover
 * it. Undefined where there is nothing to say.
 */
export function hoverAt(model: PlanModel, offset: number, findings: (plan: number) => readonly Finding[] = () => [], say: Translator = translator("en")): string | undefined {
  const plan = planAt(model, offset);
  if (!plan) return undefined;
  const sections: string[] = [];

  // On a finding: where it comes from, before the keyword's help.
  const here = findings(model.plans.indexOf(plan)).filter((f) => offset >= f.span.start && offset <= f.span.end && f.guidelines.length > 0);
  for (const finding of here.slice(0, FINDINGS_IN_HOVER)) sections.push(findingOrigin(finding, say));
  if (here.length > FINDINGS_IN_HOVER) sections.push(`_${say.t("hover.moreFindings", { count: here.length - FINDINGS_IN_HOVER })}_`);

  const located = locate(plan.document.members, plan.resolution, offset);
  const described = located && describeLocated(located, plan.resolution, say);
  if (described) sections.push(described);
  return sections.length > 0 ? sections.join("\n\n---\n\n") : undefined;
}

/**
 * "**EVAC001** (evacuation-regardless-of-status) comes from MICIC Principle
 * 1, Guideline 13:" with the rule's page and the Guidelines linked, then
 * each guideline's gist on a line of its own, then what the rule checks
 * (its summary, in the hover's language).
 */
function findingOrigin(finding: Finding, say: Translator): string {
  const code = `[**${finding.code}**](${ruleDocUri(finding.code, say.locale)})`;
  const heading = say.t("hover.finding", { code, rule: finding.rule, cite: `[${say.cite(finding.guidelines)}](${MICIC_GUIDELINES_URL})` });
  const gists = finding.guidelines.map((g) => {
    const label = say.t(g.startsWith("P") ? "cite.principles" : "cite.guidelines", { count: 1, numbers: g.slice(1) });
    return `- ${label.charAt(0).toUpperCase()}${label.slice(1)}: ${say.t(`guideline.${g}` as MessageId)}`;
  });
  const rule = rulesByCode.get(finding.code);
  const summary = rule ? `\n\n${ruleText(rule.meta, say.locale).summary}` : "";
  return `${heading}\n\n${gists.join("\n")}${summary}`;
}

export function registerHover(context: ServerContext): void {
  context.connection.onHover(
    withModel(context, "hover", null as Hover | null, (model, params, document) => {
      const say = translator(context.models.localeFor(document.uri));
      const value = hoverAt(model, model.lines.offset(params.position), (plan) => context.models.checkedAlready(document)?.plans[plan]?.findings ?? [], say);
      return value === undefined ? null : { contents: { kind: MarkupKind.Markdown, value } };
    }, ["position"]),
  );
}
