import type { Rule } from "../../core/rule";

/** The plan, population, stakeholder, coordination and recovery rules (PLAN, POP, STK, CORD, RECV), in code order. */
export const planRules: readonly Rule[] = [];
