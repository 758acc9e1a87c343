/**
 * Reading a plan file (or a configuration file) from disk, within the
 * limits (limits.ts): what is not a regular file is refused before it is
 * opened (a named pipe would block the read for ever, /dev/zero would fill
 * memory), and a regular file is read through a file descriptor that stops
 * at the size limit, so a file that grows while it is read still costs at
 * most the limit.
 * Shared by the command line and the language server.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { decodePlanFile, MAX_PLAN_BYTES, type FileEncoding } from "./limits";

export type PlanFileText =
  | ({ text: string } & FileEncoding)
  /** `read`: the file could not be read at all; `check`: it was read but is no plan (too large, binary, not UTF-8). */
  | { problem: { action: "read" | "check"; reason: string } };

export type FileBytes = { bytes: Buffer } | { problem: { action: "read" | "check"; reason: string } };

/** How the messages name a kind of file, and what they tell the user to do instead. */
export interface FileWords {
  /** "plan file" */
  file: string;
  /** "a plan", in "more than the 20 MiB a plan may be" */
  one: string;
  /** What to do with something that is not a regular file. */
  instead: string;
  /** What to do with a link to something that is not a regular file. */
  linkInstead: string;
}

export const PLAN_WORDS: FileWords = {
  file: "plan file",
  one: "a plan",
  instead: "save the plan to a file and check that file",
  linkInstead: "point the link at a plan file, or name the plan file itself",
};

/** Bytes asked of the first read when the file's size says nothing (a /proc file says 0). */
const FIRST_READ = 64 * 1024;

/**
 * The text of a plan file, or why it cannot be checked, in one sentence
 * that follows "cannot read 'FILE': " or "cannot check 'FILE': ". Never throws.
 * `maxBytes`: the most it reads (the plan limit; tests give less).
 */
export function readPlanFile(file: string, maxBytes = MAX_PLAN_BYTES): PlanFileText {
  const read = readFileWithinLimit(file, maxBytes);
  if ("problem" in read) return read;
  const decoded = decodePlanFile(read.bytes);
  return "problem" in decoded ? { problem: { action: "check", reason: decoded.problem } } : decoded;
}

/**
 * The bytes of a regular file, read only if it is one and only up to
 * `maxBytes`, or why not (see readPlanFile). Never throws.
 */
export function readFileWithinLimit(file: string, maxBytes: number, words: FileWords = PLAN_WORDS): FileBytes {
  const cannotRead = (reason: string): FileBytes => ({ problem: { action: "read", reason } });
  let stats: Stats;
  try {
    stats = statSync(file); // follows a link to what it points at
  } catch (error) {
    return cannotRead(describeFsError(error));
  }
  if (!stats.isFile()) return cannotRead(describeNotAFile(file, stats, words));
  if (stats.size > maxBytes) return { problem: { action: "check", reason: tooLarge(maxBytes, words, stats.size) } };

  let fd: number;
  try {
    // Non-blocking, so that a file swapped for a named pipe since the stat
    // above cannot block the open; the fstat below then refuses it.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return cannotRead(describeFsError(error));
  }
  let bytes: Buffer;
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return cannotRead(describeNotAFile(file, opened, words));
    bytes = readAtMost(fd, maxBytes + 1, opened.size);
  } catch (error) {
    return cannotRead(describeFsError(error));
  } finally {
    closeSync(fd);
  }
  // One byte more than the limit was asked for: having it means the file
  // is larger than its size said (it grew while it was read, or it is a
  // file of the system whose size says 0).
  if (bytes.length > maxBytes) return { problem: { action: "check", reason: tooLarge(maxBytes, words) } };
  return { bytes };
}

/**
 * Reads from `fd` until the end of the file or `limit` bytes, whichever
 * comes first. `sizeHint` (the size fstat gave) sizes the buffer, so a file
 * that does not change is read into one buffer with no copy.
 */
export function readAtMost(fd: number, limit: number, sizeHint: number): Buffer {
  // One byte past the expected size, so that the read which finds the end
  // of the file need not grow the buffer.
  let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(sizeHint + 1, FIRST_READ)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) break;
      const grown = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

/** `size`: the file's size, when known. */
function tooLarge(maxBytes: number, words: FileWords, size?: number): string {
  const limit = maxBytes >= 1048576 ? `${maxBytes / 1048576} MiB` : `${maxBytes} bytes`;
  if (size === undefined) return `it is more than the ${limit} ${words.one} may be`;
  return `it is ${size >= 1048576 ? `${(size / 1048576).toFixed(1)} MiB` : `${size} bytes`}, more than the ${limit} ${words.one} may be`;
}

/** What a path that is not a regular file is, and what to do instead. */
export function describeNotAFile(file: string, stats: Stats, words: FileWords = PLAN_WORDS): string {
  if (stats.isDirectory()) return "it is a folder";
  const what = stats.isFIFO()
    ? "a named pipe (FIFO)"
    : stats.isCharacterDevice()
      ? "a character device"
      : stats.isBlockDevice()
        ? "a block device"
        : stats.isSocket()
          ? "a socket"
          : "a special file";
  let link = false;
  try {
    link = lstatSync(file).isSymbolicLink();
  } catch {
    // Gone since: say what it was.
  }
  if (link) {
    let target = "";
    try {
      target = ` (${realpathSync(file)})`;
    } catch {
      // The link changed since: leave the target out.
    }
    return `it is a link to ${what}${target}, not to a ${words.file}: ${words.linkInstead}`;
  }
  return `it is ${what}, not a ${words.file}: ${words.instead}`;
}

/** Why a file system call failed, in words (the code in parentheses when it is not a common one). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "the disk quota is used up";
    case "EFBIG":
      return "the file would be larger than this process may write (EFBIG)";
    case "EROFS":
      return "the file system is read-only";
    case "ELOOP":
      return "too many links in the path (a link that leads to itself?)";
    case "EIO":
      return "an input/output error (EIO): the disk or the network file system failed";
    default:
      return (error as Error)?.message ?? String(error);
  }
}
