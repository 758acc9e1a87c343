import type { Rule } from "../../core/rule";
import { duplicateAttribute } from "./duplicate-attribute";
import { duplicateName } from "./duplicate-name";
import { invalidValue } from "./invalid-value";
import { syntax } from "./syntax";
import { unknownAttribute } from "./unknown-attribute";
import { unresolvedReference } from "./unresolved-reference";
import { wrongReferenceKind } from "./wrong-reference-kind";

/** The rules of the plan language itself (always on), in code order. */
export const languageRules: readonly Rule[] = [
  syntax,
  unknownAttribute,
  invalidValue,
  duplicateAttribute,
  duplicateName,
  unresolvedReference,
  wrongReferenceKind,
];
