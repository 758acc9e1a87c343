/**
 * The plan templates, in the order they are offered: `micic-plan init
 * --template NAME` and the extension's "New plan from a template" command
 * read this list.
 */
import { cityFlood } from "./city-flood";
import { conflictEvacuation } from "./conflict-evacuation";
import { earthquake } from "./earthquake";
import { nationalsAbroad } from "./nationals-abroad";
import type { PlanTemplate } from "./template";

export const TEMPLATES: readonly PlanTemplate[] = [cityFlood, earthquake, conflictEvacuation, nationalsAbroad];

export function templateNamed(name: string): PlanTemplate | undefined {
  return TEMPLATES.find((template) => template.name === name);
}

export { renderTemplate, declaredIds, type PlanTemplate, type TemplateAnswers, type TemplateName } from "./template";
