/** `micic-plan diff OLD NEW`: what a revision changed in a plan's findings (being written, issue 18). */
import type { Io } from "./main";

export async function diffCommand(_argv: readonly string[], io: Io): Promise<number> {
  io.stderr.write("micic-plan: 'diff' is not available yet\n");
  return 2;
}
