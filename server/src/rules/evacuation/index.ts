import type { Rule } from "../../core/rule";
import { evacuationRegardlessOfStatus } from "./evacuation-regardless-of-status";

/** The evacuation rules (G10, G13), in code order. */
export const evacuationRules: readonly Rule[] = [evacuationRegardlessOfStatus];
