import { stylish } from "./stylish";
import type { Formatter } from "./types";

/** Output formats by name. SARIF, JUnit, GitHub and JSON join in a later release. */
export const formatters: ReadonlyMap<string, Formatter> = new Map([["stylish", stylish]]);
