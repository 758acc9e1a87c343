import type { Rule } from "../../core/rule";

/** The communication rules (G6, G9), in code order. */
export const communicationRules: readonly Rule[] = [];
