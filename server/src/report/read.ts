/**
 * Reading a plan for the report: what rules/plan-model.ts does not already
 * give, because only the report needs it.
 */
import { attributeOf, type Block } from "../core/ast";

/** A string attribute's text (`country: "Uzbekistan"`), if it is given as a string. */
export function stringOf(block: Block, name: string): string | undefined {
  const value = attributeOf(block, name)?.values[0];
  return value && (value.kind === "string" || value.kind === "text") && value.text.trim() !== "" ? value.text.trim() : undefined;
}

/** What a recovery section may commit to. */
export const RECOVERY_ATTRIBUTES = ["return-support", "reintegration", "wage-recovery", "lessons-learned"] as const;
