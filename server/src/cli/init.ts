/** `micic-plan init`: a new plan from a template (being written, issue 18). */
import type { Io } from "./main";

export async function initCommand(_argv: readonly string[], io: Io): Promise<number> {
  io.stderr.write("micic-plan: 'init' is not available yet\n");
  return 2;
}
