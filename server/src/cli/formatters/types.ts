import type { Finding } from "../../core/finding";

/** The findings for one checked file. */
export interface FileResult {
  /** The path as the user should read it: relative to the working folder. */
  path: string;
  findings: Finding[];
}

export interface FormatContext {
  /** Whether to colour the output (a terminal, and NO_COLOR not set). */
  color: boolean;
}

/** A formatter turns every file's findings into the text of one output. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
