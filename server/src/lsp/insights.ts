/**
 * What a reviewer wants to see beside the text, each thing said once where
 * it belongs: a code lens on each population (how many of its languages
 * the channels reaching it use), one on the referral section (the needs its
 * pathways meet, the same for every population) and one on the evacuation
 * section (its assembly points' capacity against the people it covers,
 * once: it was repeated on every assembly point). `micic.codeLens.enable`
 * turns them off; VS Code's own `editor.codeLens` does too.
 */
import type { CodeLens } from "vscode-languageserver/node";
import { blocksOf, type Block } from "../core/ast";
import { translator, type Translator } from "../messages/translate";
import { channelReach, namedChannels } from "../rules/communication/shared";
import { inSection, numberOf, populations, section, words } from "../rules/plan-model";
import { withModel, type ServerContext } from "./context";
import type { ParsedPlan, PlanModel } from "./models";

/** The lens of each population: its languages the channels that reach it use. */
function populationLenses(plan: Block, model: PlanModel, say: Translator): CodeLens[] {
  // Who the channels reach, as the communication rules see it (indexed by
  // population once per plan): asking every channel for each population
  // took 90 ms on a 10,000-line plan.
  const reach = channelReach(plan);
  const forEveryone = new Set(reach.everyone.flatMap((c) => words(c, "languages")));
  const lenses: CodeLens[] = [];
  for (const population of populations(plan)) {
    const spoken = words(population, "languages");
    const named = new Set(namedChannels(reach, population).flatMap((c) => words(c, "languages")));
    const covered = (language: string) => forEveryone.has(language) || named.has(language);
    const missing = spoken.filter((l) => !covered(l));
    const counts = { reached: spoken.length - missing.length, total: spoken.length };
    const title =
      spoken.length === 0
        ? say.t("lens.noLanguages")
        : missing.length > 0
          ? say.t("lens.languagesMissing", { ...counts, missing: say.list(missing) })
          : say.t("lens.languages", counts);
    lenses.push({ range: model.lines.range(population.kind.span), command: { title, command: "" } });
  }
  return lenses;
}

/** The referral section's lens: the needs its pathways meet. */
function referralLens(plan: Block, model: PlanModel, say: Translator): CodeLens[] {
  const referral = section(plan, "referral");
  if (!referral) return [];
  const needs = [...new Set(inSection(plan, "referral", "pathway").map((p) => words(p, "need")[0]).filter(Boolean))];
  const title = needs.length === 0 ? say.t("lens.noPathways") : say.t("lens.pathways", { needs: say.list(needs, { max: 8 }) });
  return [{ range: model.lines.range(referral.kind.span), command: { title, command: "" } }];
}

/** The people the evacuation covers: the sizes of the populations it names, or of all. */
function coveredTotal(plan: Block): number {
  const evacuation = section(plan, "evacuation");
  const covers = words(evacuation, "covers");
  const all = covers.length === 0 || covers.includes("all");
  const listed = new Set(covers);
  return populations(plan)
    .filter((p) => all || listed.has(p.id!.text))
    .reduce((sum, p) => sum + (numberOf(p, "size") ?? 0), 0);
}

/** The evacuation section's lens: its assembly points' places against the people it covers. */
function capacityLens(plan: Block, model: PlanModel, say: Translator): CodeLens[] {
  const evacuation = section(plan, "evacuation");
  const points = evacuation ? blocksOf(evacuation, "assembly-point") : [];
  if (!evacuation || !points.some((p) => numberOf(p, "capacity") !== undefined)) return [];
  const total = coveredTotal(plan);
  const capacity = points.reduce((sum, p) => sum + (numberOf(p, "capacity") ?? 0), 0);
  const places = say.t("lens.capacity", { capacity, total });
  const title = capacity >= total ? places : `${places} · ${say.t("lens.capacityShort", { short: total - capacity })}`;
  return [{ range: model.lines.range(evacuation.kind.span), command: { title, command: "" } }];
}

function lensesOf(result: ParsedPlan, model: PlanModel, say: Translator): CodeLens[] {
  const plan = result.document.plan;
  if (!plan) return [];
  return [...populationLenses(plan, model, say), ...capacityLens(plan, model, say), ...referralLens(plan, model, say)].sort(
    (a, b) => a.range.start.line - b.range.start.line,
  );
}

export function registerInsights(context: ServerContext): void {
  context.connection.onCodeLens(
    withModel(context, "code lens", [] as CodeLens[], (model, _params, document) => {
      if (!context.settingsOf(document.uri).codeLens) return [];
      const say = translator(context.models.localeFor(document.uri));
      return model.plans.flatMap((p) => lensesOf(p, model, say));
    }),
  );
}
