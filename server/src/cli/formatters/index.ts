/**
 * Output formats by name, one module each. Each is a pure function of the
 * findings (see types.ts); the CLI picks one for stdout and any number for
 * --output-file. The shapes are documented in docs/output-formats.md.
 *
 * Each format's module is loaded when the format is asked for, not at
 * start: SARIF's fingerprints need node:crypto, whose loading alone costs
 * every other run of the command 4 ms.
 */
import type { Formatter } from "./types";

export type { FileResult, FormatContext, Formatter } from "./types";

export const formatters: ReadonlyMap<string, () => Promise<Formatter>> = new Map([
  ["stylish", async () => (await import("./stylish")).stylish],
  ["json", async () => (await import("./json")).json],
  ["sarif", async () => (await import("./sarif")).sarif],
  ["junit", async () => (await import("./junit")).junit],
  ["github", async () => (await import("./github")).github],
  ["gitlab", async () => (await import("./gitlab")).gitlab],
]);
