/**
 * What a rule is: its metadata (code, name, severity, guidelines, docs) and a
 * check that reads the parsed, resolved plan and reports findings. Rules never
 * parse text and never touch LSP or terminal types.
 */
import type { Block } from "./ast";
import type { PlanDocument } from "./document";
import type { Report, Severity } from "./finding";
import type { Resolution } from "./resolve";
import type { Directive } from "./suppression";

export type RuleArea =
  | "language"
  | "plan"
  | "population"
  | "stakeholder"
  | "evacuation"
  | "communication"
  | "referral"
  | "coordination"
  | "recovery";

export interface RuleMeta {
  /** Stable code: `SCH001`, `EVAC005`. */
  code: string;
  /** Readable name, usable in configuration: `unknown-attribute`. */
  name: string;
  area: RuleArea;
  /** Default severity. Rules that vary it say when in `severityWhen`. */
  severity: Severity;
  /**
   * When a finding takes another severity than the default, in a few words
   * ("an error when boarding requires identity documents"): the rule's page
   * shows it beside the default, so that the editor's error is no surprise.
   */
  severityWhen?: string;
  /** Guidelines (`G13`) and principles (`P1`) the rule comes from. */
  guidelines: string[];
  /** Whether the rule's findings carry a mechanical fix, which `check --fix` applies. */
  fixable: boolean;
  /** Whether the rule's findings carry suggestions: edits that commit the plan to something, offered in the editor. */
  hasSuggestions: boolean;
  /** One line: what fails. */
  summary: string;
  /** Language rules cannot be turned off: without them nothing else is sound. */
  alwaysOn?: boolean;
  /**
   * Codes of the rule this one was split from: a setting for one of them
   * applies to this rule too, unless it has its own, so configurations
   * written before the split keep working.
   */
  settableAs?: readonly string[];
  /**
   * Runs after suppression comments are applied, and reads them
   * (`context.directives`): the rule that reports unused suppressions.
   */
  runsAfterSuppression?: boolean;
  /**
   * Reported by the engine itself, not by the rule's check (LIM001, the
   * findings the limit left out): its severity follows what it reports and
   * cannot be configured.
   */
  reportedByEngine?: boolean;
  /**
   * For a rule the engine reports (`reportedByEngine`): its message, in the
   * check's locale, from the engine's counts (LIM001: how many findings of
   * each severity the limit left out, and the limit). The engine knows no
   * language; without this, it writes English.
   */
  engineMessage?: (counts: Readonly<Record<string, number>>, options: CheckOptions) => string;
  /** The rule's documentation page, generated into docs/rules/<code>.md. */
  docs: RuleDocs;
  /**
   * What the rule's findings and fixes say, by id, in every language the
   * tool speaks (ICU MessageFormat; English the source). The rule writes
   * them through rules/voice.ts in the locale the check was asked for.
   */
  messages?: RuleMessages;
  /**
   * The rule's documentation (summary, why, notes, severityWhen) in Russian
   * and in Uzbek (Latin script; the Cyrillic script is derived from it),
   * beside the English above. The examples are plan code and have no
   * translation. rules/rule-text.ts reads the text in a locale.
   */
  translations?: RuleTranslations;
}

/** What a rule's page says in words, in one language: Markdown, the plan's words in backticks as in the English. */
export interface RuleText {
  summary: string;
  why: string;
  /** Given when the English has notes. */
  notes?: string;
  /** Given when the English has `severityWhen`. */
  severityWhen?: string;
}

/** A rule's documentation in the languages it is translated into. */
export interface RuleTranslations {
  ru: RuleText;
  /** Uzbek in Latin script. */
  uz: RuleText;
}

/** A message in each language the tool speaks: ICU MessageFormat, with the same placeholders in each. */
export interface LocalizedMessage {
  en: string;
  ru: string;
  /** Uzbek in Latin script; the Cyrillic script is derived from it. */
  uz: string;
}

export type RuleMessages = Readonly<Record<string, LocalizedMessage>>;

export interface RuleDocs {
  /** Why the rule exists, in our own words, citing the guideline (Markdown). */
  why: string;
  /** A whole plan on which the rule reports at least one finding. */
  failing: string;
  /** The same plan, mended: the rule reports nothing. */
  passing: string;
  /** Anything else a reader should know: edge cases, what the fix does. */
  notes?: string;
  /**
   * The `.micicrc.json` both examples are checked with, when the defaults
   * will not show the rule (LIM001 needs a small `maxFindings`). The page
   * shows it beside the examples.
   */
  config?: Record<string, unknown>;
}

export interface CheckOptions {
  /** `reviewed` and `exercises` dates older than this are stale. */
  staleAfterMonths: number;
  /** The date rules compare against; injectable so tests do not age. */
  today: Date;
  /** The language of the findings' messages and fixes' titles: en, ru, uz or uz-Cyrl. */
  locale: string;
}

export interface RuleContext {
  document: PlanDocument;
  plan: Block;
  resolution: Resolution;
  options: CheckOptions;
  /** The suppression comments, for rules that run after suppression. */
  directives?: readonly Directive[];
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export const defaultCheckOptions = (): CheckOptions => ({ staleAfterMonths: 24, today: new Date(), locale: "en" });
