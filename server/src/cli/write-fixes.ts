/**
 * Writing a fixed plan back to disk without ever losing it: the new text
 * goes to a temporary file in the same folder, which then takes the plan's
 * place in one rename, so a reader (or a crash) sees the old plan or the
 * new one, never half of one. The plan's mode (and, where allowed, its
 * owner) is kept; a link is followed and kept. Just before writing, the
 * file is read again: if it is no longer what was checked (the drafter
 * saved it meanwhile), it is left alone.
 *
 * Not write-file-atomic: it writes its temporary file with one write call
 * and renames it whatever that call wrote, so a write cut short (a full
 * disk, a file size limit) replaced the plan with its first part.
 */
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { describeFsError, readFileWithinLimit } from "../workspace/read-plan";

/**
 * Writes `fixed` over `file` if the file still holds `original`. Returns
 * why it did not, in a sentence that follows "cannot write the fixes to
 * 'FILE': ", or undefined once written. Never throws.
 */
export function writeFixedFile(file: string, original: Uint8Array, fixed: Uint8Array): string | undefined {
  const now = readFileWithinLimit(file, original.length);
  if ("problem" in now || !Buffer.from(original).equals(now.bytes)) {
    return "it changed on disk while it was checked, so the fixes were not written: run the command again";
  }
  try {
    writeAtomically(file, fixed);
  } catch (error) {
    return `${describeFsError(error)}; the plan is unchanged`;
  }
  return undefined;
}

let written = 0;

/**
 * Replaces a file's content by `bytes` through a temporary file in its
 * folder and a rename. Throws what the file system says; the temporary file
 * is removed then, and the file is as it was.
 */
export function writeAtomically(file: string, bytes: Uint8Array): void {
  const target = realpathSync(file);
  // A rename would replace a read-only plan as readily as any other: ask
  // first, as writing to the file itself would have.
  accessSync(target, constants.W_OK);
  const stats = statSync(target);
  // Hidden, and not named like a plan: a search running meanwhile passes it by.
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${++written}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  const fd = openSync(temporary, "wx", stats.mode & 0o777);
  try {
    try {
      // writeFileSync on a descriptor writes until every byte is written, or throws.
      writeFileSync(fd, bytes);
      // The mode as it was: the umask may have narrowed the one open gave.
      fchmodSync(fd, stats.mode & 0o7777);
      try {
        fchownSync(fd, stats.uid, stats.gid);
      } catch (error) {
        // Only root may give a file away: a plan someone else owns and we
        // may write becomes ours, as any editor's save would make it.
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== "EPERM" && code !== "EINVAL" && code !== "ENOSYS") throw error;
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
