import type { Rule } from "../../core/rule";
import { duplicateAttribute } from "./duplicate-attribute";
import { duplicateName } from "./duplicate-name";
import { findingsLimit } from "./findings-limit";
import { blockHeader } from "./block-header";
import { invalidValue } from "./invalid-value";
import { lookalikeName } from "./lookalike-name";
import { syntax } from "./syntax";
import { unfilledPlaceholder } from "./unfilled-placeholder";
import { unknownAttribute } from "./unknown-attribute";
import { unresolvedReference } from "./unresolved-reference";
import { unusedSuppression } from "./unused-suppression";
import { wrongReferenceKind } from "./wrong-reference-kind";

/**
 * The rules of the plan language itself, in code order: always on, except
 * SUP001, which reports suppression comments that suppress nothing. LIM001
 * is reported by the engine (the findings a file's limit left out).
 */
export const languageRules: readonly Rule[] = [
  syntax,
  unknownAttribute,
  invalidValue,
  duplicateAttribute,
  unfilledPlaceholder,
  blockHeader,
  duplicateName,
  unresolvedReference,
  wrongReferenceKind,
  lookalikeName,
  unusedSuppression,
  findingsLimit,
];
