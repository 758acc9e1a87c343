/**
 * What the checker refuses to read, and says so: files too large to be a
 * plan, binary files, and text that is not UTF-8. Every limit is in the
 * README; a plan of 10,000 lines is about 450 KB, so 20 MiB leaves room for
 * any real plan while keeping memory and time bounded.
 */
export const MAX_PLAN_BYTES = 20 * 1024 * 1024;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export type Decoded = { text: string } | { problem: string };

/** Decodes a file's bytes as a plan, or says in one sentence why not. */
export function decodePlanFile(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_PLAN_BYTES) {
    return { problem: `it is ${(bytes.length / 1048576).toFixed(1)} MiB, more than the ${MAX_PLAN_BYTES / 1048576} MiB a plan may be` };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problem: `it looks like a binary file, not a plan (a NUL byte at byte ${nul + 1})` };
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    return { problem: `it is not UTF-8 text (an invalid byte at line ${line}, column ${column}): save it as UTF-8` };
  }
}

/** Where the first byte that is not valid UTF-8 stands, 1-based. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k] & 0xc0) === 0x80;
    if (valid && length > 1) {
      try {
        strictUtf8.decode(bytes.subarray(i, i + length));
      } catch {
        valid = false;
      }
    }
    if (!valid) return { line, column };
    if (b === 10) {
      line++;
      column = 1;
    } else {
      column++;
    }
    i += length;
  }
  return { line, column };
}
