/**
 * Hover help: a block's or attribute's documentation from the schema (with
 * what each of an attribute's allowed words means); what a value means (a
 * country's or language's name in the user's language, display-names.ts;
 * an allowed word's description, core/value-docs.ts); on a reference, the
 * declaration's kind, title and contact; and on a finding, the guideline it
 * cites, in plain words.
 *
 * Hover answers from the parse and never waits for a check: while the plan
 * is being typed, the findings of the last check belong to an older text,
 * so the guidelines are shown once the check of the text as it is has been
 * made (right after the diagnostics are published). The rest of the hover
 * is always there.
 */
import { formatCount } from "../core/text";
import { MarkupKind, type Hover } from "vscode-languageserver/node";
import { attributeOf, type Block } from "../core/ast";
import type { Finding } from "../core/finding";
import { GUIDELINES } from "../core/guidelines";
import { locate, referencesTo, type Located } from "../core/locate";
import type { Resolution } from "../core/resolve";
import { attributeSpec, BOOLEAN_WORDS, blockSpec, describeType, type AttributeSpec } from "../core/schema";
import { valueDoc } from "../core/value-docs";
import { withModel, type ServerContext } from "./context";
import { countryDisplayName, languageDisplayName } from "./display-names";
import { planAt, type PlanModel } from "./models";

function describeDeclaration(block: Block, resolution: Resolution): string {
  const title = block.title ? ` "${block.title.text}"` : "";
  const lines = [`**${block.kind.text}** \`${block.id?.text ?? ""}\`${title}`];
  const kind = attributeOf(block, "kind")?.values[0]?.text;
  if (kind) lines.push(`Kind: ${kind}`);
  const contact = attributeOf(block, "contact")?.values[0]?.text;
  if (contact) lines.push(`Contact: ${contact}`);
  else if (block.kind.text === "stakeholder") lines.push("Contact: _none given_");
  const size = attributeOf(block, "size")?.values[0]?.text;
  if (size) lines.push(`Size: ${formatCount(Number(size))}`);
  const declaration = resolution.allDeclarations.find((d) => d.block === block);
  if (declaration) {
    const count = referencesTo(resolution, declaration).length;
    lines.push(`Referred to ${count === 1 ? "once" : `${count} times`} in this plan`);
  }
  return lines.join("  \n");
}

/** The words an attribute takes from a fixed set, each with its gist: a list under the attribute's help. */
function allowedWords(blockKind: string, spec: AttributeSpec): string {
  const words = spec.type.kind === "word" ? spec.type.words : spec.type.kind === "boolean" ? BOOLEAN_WORDS : [];
  if (words.length === 0) return "";
  const lines = words.map((word) => {
    const described = valueDoc(blockKind, spec.name, word);
    return `- \`${word}\`${described ? `: ${described.gist}` : ""}`;
  });
  return `\n\nValues:\n${lines.join("\n")}`;
}

function describeLocated(located: Located, resolution: Resolution): string | undefined {
  switch (located.kind) {
    case "block-kind": {
      const spec = blockSpec(located.block.kind.text);
      if (!spec) return undefined;
      const attributes = spec.attributes.map((a) => `\`${a.name}\`${a.expected ? "*" : ""}`).join(", ");
      const blocks = spec.blocks.length > 0 ? `\n\nBlocks: ${spec.blocks.map((b) => `\`${b}\``).join(", ")}` : "";
      return `**${spec.kind}**\n\n${spec.doc}\n\nAttributes: ${attributes}${blocks}${spec.attributes.some((a) => a.expected) ? "\n\n\\* expected by the MICIC rules" : ""}`;
    }
    case "declaration":
      return describeDeclaration(located.block, resolution);
    case "title":
      return located.block.id ? describeDeclaration(located.block, resolution) : undefined;
    case "attribute-name": {
      const spec = located.block && attributeSpec(located.block.kind.text, located.attribute.name.text);
      if (!spec) return undefined;
      const takes = `${spec.list ? "a list of " : ""}${describeType(spec.type).replace(/^(a|an) /, spec.list ? "" : "$1 ")}`;
      return `**${spec.name}**: ${takes}\n\n${spec.doc}${allowedWords(located.block!.kind.text, spec)}${spec.expected ? "\n\n_Expected by the MICIC rules._" : ""}`;
    }
    case "reference": {
      const target = located.reference.target;
      if (!target) return `\`${located.reference.name}\`: no ${located.reference.expected} of this name is declared.`;
      return describeDeclaration(target.block, resolution);
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
      const described = valueDoc(located.block!.kind.text, spec.name, text);
      if (described) return `**${text}**: ${described.doc}`;
      if (spec.type.kind === "word" || spec.type.kind === "boolean") {
        return `\`${text}\` is not a value of \`${spec.name}\`, which takes ${describeType(spec.type)}.`;
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
export function hoverAt(model: PlanModel, offset: number, findings: (plan: number) => readonly Finding[] = () => []): string | undefined {
  const plan = planAt(model, offset);
  if (!plan) return undefined;
  const sections: string[] = [];
  const located = locate(plan.document.members, plan.resolution, offset);
  const described = located && describeLocated(located, plan.resolution);
  if (described) sections.push(described);

  // On a finding: the guidelines it cites, in plain words.
  for (const finding of findings(model.plans.indexOf(plan))) {
    if (offset < finding.span.start || offset > finding.span.end || finding.guidelines.length === 0) continue;
    const cited = finding.guidelines.map((g) => `- ${GUIDELINES[g] ?? g}`).join("\n");
    sections.push(`**${finding.code}** (${finding.rule}) comes from the MICIC Guidelines:\n\n${cited}`);
  }
  return sections.length > 0 ? sections.join("\n\n---\n\n") : undefined;
}

export function registerHover(context: ServerContext): void {
  context.connection.onHover(
    withModel(context, "hover", null as Hover | null, (model, params, document) => {
      const value = hoverAt(model, model.lines.offset(params.position), (plan) => context.models.checkedAlready(document)?.plans[plan]?.findings ?? []);
      return value === undefined ? null : { contents: { kind: MarkupKind.Markdown, value } };
    }, ["position"]),
  );
}
