/**
 * Output formats by name, one module each. Each is a pure function of the
 * findings (see types.ts); the CLI picks one for stdout and any number for
 * --output-file. The shapes are documented in docs/output-formats.md.
 */
import { github } from "./github";
import { json } from "./json";
import { junit } from "./junit";
import { sarif } from "./sarif";
import { stylish } from "./stylish";
import type { Formatter } from "./types";

export type { FileResult, FormatContext, Formatter } from "./types";

export const formatters: ReadonlyMap<string, Formatter> = new Map([
  ["stylish", stylish],
  ["json", json],
  ["sarif", sarif],
  ["junit", junit],
  ["github", github],
]);
