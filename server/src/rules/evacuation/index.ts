import type { Rule } from "../../core/rule";

/** The evacuation rules (G10, G13), in code order. */
export const evacuationRules: readonly Rule[] = [];
