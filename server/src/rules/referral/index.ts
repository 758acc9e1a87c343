import type { Rule } from "../../core/rule";

/** The referral rules (G11, G12, G2), in code order. */
export const referralRules: readonly Rule[] = [];
