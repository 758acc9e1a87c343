/**
 * The engine's entry points with the product's rules filled in, for tests:
 * the core takes the rules it runs as a setting (it knows none of its own),
 * and a test that checks a plan means the product's rules unless it says
 * otherwise.
 */
import * as check from "../../server/src/core/check";
import type { CheckResult, CheckSettings } from "../../server/src/core/check";
import type { PlanDocument } from "../../server/src/core/document";
import * as fix from "../../server/src/core/fix";
import type { FixKind } from "../../server/src/core/finding";
import type { Resolution } from "../../server/src/core/resolve";
import { micicRules } from "../../server/src/workspace/micic-rules";
import * as sources from "../../server/src/workspace/sources";
import type { SourceKind } from "../../server/src/workspace/sources";

/** Settings as a test writes them: the rules are the product's unless given. */
export type TestSettings = Partial<CheckSettings>;

export const withRules = (settings: TestSettings = {}): CheckSettings => ({ rules: micicRules, ...settings });

export const checkText = (text: string, settings?: TestSettings): CheckResult => check.checkText(text, withRules(settings));
export const checkDocument = (document: PlanDocument, settings?: TestSettings, resolution?: Resolution): CheckResult =>
  check.checkDocument(document, withRules(settings), resolution);
export const checkDocuments = (documents: readonly PlanDocument[], settings?: TestSettings, resolutions?: readonly Resolution[]): CheckResult[] =>
  check.checkDocuments(documents, withRules(settings), resolutions);
export const checkSource = (text: string, kind: SourceKind, settings?: TestSettings): CheckResult[] => sources.checkSource(text, kind, withRules(settings));
export const fixSource = (text: string, kind: SourceKind, settings?: TestSettings, checked?: CheckResult, kinds?: readonly FixKind[]) =>
  sources.fixSource(text, kind, withRules(settings), checked, kinds);
export const fixAll = (text: string, settings?: TestSettings, checked?: CheckResult, kinds?: readonly FixKind[]) => fix.fixAll(text, withRules(settings), checked, kinds);
