/**
 * The product's rule set, as the adapters hand it to the core: the core
 * (check, config) knows no rules of its own, so a test, a bench or another
 * product can run it with others.
 */
import type { ConfigLanguage } from "../core/config";
import { allRules } from "../rules/index";
import { validateConfig } from "./config-validator";

export const micicRules = allRules;

/** How `.micicrc.json` is read for these rules: their codes and names, and the schema's compiled validator. */
export const micicConfig: ConfigLanguage = { rules: allRules, validate: validateConfig };
