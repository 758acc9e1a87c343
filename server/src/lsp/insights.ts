/**
 * What a reviewer wants to see beside the text: a code lens on each
 * population (how many of its languages the channels reaching it use, which
 * pathways serve it) and inlay hints on assembly points (their capacity
 * against the people the evacuation covers).
 */
import { formatCount } from "../core/text";
import type { CodeLens, InlayHint } from "vscode-languageserver/node";
import { attributeOf, blocksOf, type Block } from "../core/ast";
import { channelReach, namedChannels } from "../rules/communication/shared";
import { inSection, numberOf, populations, section, words } from "../rules/plan-model";
import { withModel, type ServerContext } from "./context";
import type { ParsedPlan, PlanModel } from "./models";

function populationLenses(result: ParsedPlan, model: PlanModel): CodeLens[] {
  const plan = result.document.plan;
  if (!plan) return [];
  // Who the channels reach, as the communication rules see it (indexed by
  // population once per plan), and the needs the pathways meet (a pathway
  // serves every population): asking every channel and every pathway for
  // each population took 90 ms on a 10,000-line plan.
  const reach = channelReach(plan);
  const forEveryone = new Set(reach.everyone.flatMap((c) => words(c, "languages")));
  const needs = [...new Set(inSection(plan, "referral", "pathway").map((p) => words(p, "need")[0]).filter(Boolean))];
  const served = needs.length === 0 ? "no referral pathways" : `pathways: ${needs.join(", ")}`;
  const lenses: CodeLens[] = [];
  for (const population of populations(plan)) {
    const spoken = words(population, "languages");
    const named = new Set(namedChannels(reach, population).flatMap((c) => words(c, "languages")));
    const covered = (language: string) => forEveryone.has(language) || named.has(language);
    const reached = spoken.filter(covered);
    const missing = spoken.filter((l) => !covered(l));
    const languages =
      spoken.length === 0
        ? "no languages given"
        : `${reached.length} of ${spoken.length} languages on its channels${missing.length > 0 ? ` (not ${missing.join(", ")})` : ""}`;
    const range = model.lines.range(population.kind.span);
    lenses.push({ range, command: { title: `${languages} · ${served}`, command: "" } });
  }
  return lenses;
}

function coveredTotal(plan: Block): number {
  const evacuation = section(plan, "evacuation");
  const covers = words(evacuation, "covers");
  const all = covers.length === 0 || covers.includes("all");
  const listed = new Set(covers);
  return populations(plan)
    .filter((p) => all || listed.has(p.id!.text))
    .reduce((sum, p) => sum + (numberOf(p, "size") ?? 0), 0);
}

function capacityHints(result: ParsedPlan, model: PlanModel): InlayHint[] {
  const plan = result.document.plan;
  const evacuation = plan && section(plan, "evacuation");
  if (!plan || !evacuation) return [];
  const points = blocksOf(evacuation, "assembly-point");
  const total = coveredTotal(plan);
  const capacity = points.reduce((sum, p) => sum + (numberOf(p, "capacity") ?? 0), 0);
  const hints: InlayHint[] = [];
  for (const point of points) {
    const attribute = attributeOf(point, "capacity");
    const value = attribute?.values[0];
    if (!value || value.kind !== "number") continue;
    hints.push({
      position: model.lines.position(value.span.end),
      label: ` of ${formatCount(capacity)} places for ${formatCount(total)} people covered`,
      paddingLeft: false,
      tooltip: capacity >= total ? "The assembly points can hold everyone the evacuation covers." : `${formatCount(total - capacity)} people more than the assembly points can hold (EVAC006).`,
    });
  }
  return hints;
}

export function registerInsights(context: ServerContext): void {
  context.connection.onCodeLens(
    withModel(context, "code lens", [] as CodeLens[], (model) => model.plans.flatMap((p) => populationLenses(p, model))),
  );
  context.connection.languages.inlayHint.on(
    withModel(context, "inlay hints", [] as InlayHint[], (model, params) => {
      const from = model.lines.offset(params.range.start);
      const to = model.lines.offset(params.range.end);
      return model.plans
        .flatMap((p) => capacityHints(p, model))
        .filter((h) => {
          const at = model.lines.offset(h.position);
          return at >= from && at <= to;
        });
    }, ["range"]),
  );
}
