/**
 * The validator of `.micicrc.json` for the product's rules, compiled by ajv
 * from the published schema (core/config-schema.ts). The tests and the
 * sources compile it when the module loads; the bundles carry the code ajv
 * generates for it at build time instead (ajv's "standalone" code,
 * scripts/build.mjs): loading and compiling ajv cost every run of the
 * command 15–20 ms, and a run that reads a configuration 50–90 ms more.
 */
import Ajv from "ajv";
import { configJsonSchema } from "../core/config-schema";
import { allRules } from "../rules/index";

/** The ajv instance, for the build to generate the validator's code from. */
export const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });

export const validateConfig = ajv.compile(configJsonSchema(allRules));
