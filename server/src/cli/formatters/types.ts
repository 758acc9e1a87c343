import type { Finding } from "../../core/finding";
import type { Locale } from "../../messages/locales";
import type { LineIndex } from "../../core/text";
import type { FindingKey } from "../../core/finding-match";

/** The findings for one checked file. */
export interface FileResult {
  /** The path as the user should read it: relative to the working folder, with forward slashes. */
  path: string;
  findings: Finding[];
  /**
   * The file's text as a line index. Fix edits carry offsets only; the
   * formats that give fixes as lines and columns (json, sarif) need this to
   * place them. Without it those formats leave the fixes out.
   */
  lines?: LineIndex;
  /**
   * Each finding's key (where it stands in the plan's structure, and the
   * text it stands on), in the order of `findings`: what the formats that
   * fingerprint findings hash, so an edit above a finding leaves it the same.
   */
  keys?: readonly FindingKey[];
}

export interface FormatContext {
  /** Whether to colour the output (a terminal, and NO_COLOR not set). */
  color: boolean;
  /** The checker's version, for the formats that name the tool (json, sarif). */
  version?: string;
  /**
   * The working folder the paths are relative to, absolute. SARIF gives it
   * as the `%SRCROOT%` base of every location; without it, the base is left
   * for the reader to resolve (as GitHub code scanning does).
   */
  cwd?: string;
  /** The language of what people read (stylish's summary); English when absent. Machine-read parts stay as they are. */
  locale?: Locale;
}

/** A formatter turns every file's findings into the text of one output. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
