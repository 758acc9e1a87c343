/**
 * Every rule, in the order they run: the language rules first (cheap, and
 * what every later rule relies on), then the MICIC guideline rules by area.
 */
import type { Rule } from "../core/rule";
import { communicationRules } from "./communication/index";
import { evacuationRules } from "./evacuation/index";
import { languageRules } from "./language/index";
import { planRules } from "./plan/index";
import { referralRules } from "./referral/index";

export { languageRules };

export const allRules: readonly Rule[] = [
  ...languageRules,
  ...planRules,
  ...evacuationRules,
  ...communicationRules,
  ...referralRules,
];

export const rulesByCode: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.meta.code, r]));
export const rulesByName: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.meta.name, r]));
