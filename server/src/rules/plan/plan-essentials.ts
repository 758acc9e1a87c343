import { attributeOf, type Block } from "../../core/ast";
import type { Resolution } from "../../core/resolve";
import type { Rule } from "../../core/rule";
import { HAZARDS } from "../../core/schema";
import { indentUnit } from "../../core/edits";
import { cite, insertFix, listWords, planSpan, section, stakeholders, uniqueId, word } from "../plan-model";
import { isoDate, kindOf } from "./shared";

const guidelines = ["G5"];

/** The four essentials, in the order the schema lists them, with what each tells a reader. */
const ESSENTIALS: readonly { name: string; says: string }[] = [
  { name: "country", says: "which country it covers" },
  { name: "hazards", says: "which hazards it prepares for" },
  { name: "lead", says: "which agency owns it" },
  { name: "reviewed", says: "when it was last reviewed" },
];

/** Words a title uses for a hazard, when they are not the hazard's own word. */
const HAZARD_SYNONYMS: Readonly<Record<string, string>> = {
  floods: "flood", flooding: "flood",
  earthquakes: "earthquake", quake: "earthquake",
  mudflows: "mudflow", landslides: "landslide",
  storms: "storm", typhoon: "storm", typhoons: "storm", cyclone: "storm", cyclones: "storm", hurricane: "storm", hurricanes: "storm",
  droughts: "drought",
  wildfires: "wildfire", fire: "wildfire", fires: "wildfire", bushfire: "wildfire", bushfires: "wildfire",
  heat: "heatwave", heatwaves: "heatwave",
  epidemics: "epidemic", pandemic: "epidemic", outbreak: "epidemic",
  war: "conflict", armed: "conflict", conflicts: "conflict",
  chemical: "industrial",
};

/**
 * The hazards a plan's title names ("Tashkent flood and earthquake plan"),
 * in the schema's order: the fix's best guess, for the drafter to check.
 * Every hazard when the title names none, for the drafter to prune.
 */
function hazardsFromTitle(plan: Block): string[] {
  const known = new Set<string>(HAZARDS);
  const found = new Set<string>();
  for (const w of (plan.title?.text ?? "").toLowerCase().split(/[^a-z]+/)) {
    const hazard = known.has(w) ? w : HAZARD_SYNONYMS[w];
    if (hazard) found.add(hazard);
  }
  const named = HAZARDS.filter((h) => found.has(h));
  return named.length > 0 ? named : [...HAZARDS];
}

/**
 * The stakeholder most likely to own the plan: the evacuation's lead, else
 * the first government stakeholder, else the first stakeholder. Undefined
 * when the plan declares none.
 */
function likelyLead(plan: Block, resolution: Resolution): string | undefined {
  const evacuationLead = word(section(plan, "evacuation"), "lead");
  if (evacuationLead && resolution.declarations.get(evacuationLead)?.kind === "stakeholder") return evacuationLead;
  const all = stakeholders(plan);
  return (all.find((s) => kindOf(s) === "government") ?? all[0])?.id?.text;
}

/**
 * PLAN002: the plan says where, against what, under whom and as of when.
 * One finding per plan, naming every essential that is missing.
 */
export const planEssentials: Rule = {
  meta: {
    code: "PLAN002",
    name: "plan-essentials",
    area: "plan",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "The plan lacks one or more of `country`, `hazards`, `lead` and `reviewed` (one finding naming all that are missing).",
    docs: {
      why: `Contingency planning that includes migrants starts from the basics: the country and hazards the plan covers, the agency that answers for it, and how current it is (${cite(guidelines)}). Without a lead nobody owns the plan's gaps; without hazards nobody can tell whether the triggers and messages fit; without a review date nobody knows whether its numbers and contacts still hold.`,
      failing: `plan "Flood plan" {
  country: "Uzbekistan"
  hazards: flood
}`,
      passing: `plan "Flood plan" {
  country: "Uzbekistan"
  hazards: flood
  lead: mes
  reviewed: 2026-09-15
  stakeholder mes "Ministry of Emergency Situations" {
    kind: government  contact: "+998 71 000 0000"
  }
}`,
      notes: `An attribute counts as present whatever its value; a value of the wrong kind is SCH002's finding. The fix inserts every missing attribute with a value to check: \`country: "TODO: …"\`; the hazards the plan's title names (every hazard, to prune, when it names none); as \`lead\`, the evacuation's lead, else the first government stakeholder, else the first stakeholder, else a new \`lead_agency\` stakeholder declared for it; and today's date as \`reviewed\`. Because these are guesses, the fix is offered in the editor only and \`--fix\` leaves it alone.`,
    },
  },
  check({ document, plan, resolution, options, report }) {
    const missing = ESSENTIALS.filter((e) => !attributeOf(plan, e.name));
    if (missing.length === 0) return;

    const lines: string[] = [];
    let leadStub: string | undefined;
    for (const { name } of missing) {
      if (name === "country") lines.push(`country: "TODO: the country the plan covers"`);
      if (name === "hazards") lines.push(`hazards: ${hazardsFromTitle(plan).join(", ")}`);
      if (name === "reviewed") lines.push(`reviewed: ${isoDate(options.today)}`);
      if (name === "lead") {
        let lead = likelyLead(plan, resolution);
        if (!lead) {
          // Nobody to name: declare the lead agency too, so the reference resolves.
          lead = uniqueId(resolution, "lead_agency");
          leadStub = `stakeholder ${lead} "Lead agency (name it)" {\n${indentUnit(document)}kind: government\n}`;
        }
        lines.push(`lead: ${lead}`);
      }
    }
    // The attributes and any stub go in as one edit: two insertions at one
    // place would leave their order to whoever applies them.
    if (leadStub) lines.push(leadStub);
    const names = missing.map((e) => `'${e.name}'`);
    const fix = insertFix(document, plan, lines.join("\n"), `Insert ${listWords(names)} (check the values)`);

    report({
      message: `The plan does not say ${listWords(missing.map((e) => e.says), "or")}. Add ${listWords(missing.map((e) => `"${e.name}"`))}: planning for migrants starts from where the plan applies, against which hazards, who answers for it and how current it is (${cite(guidelines)}).`,
      span: planSpan(plan),
      fixes: fix ? [fix] : [],
    });
  },
};
