/**
 * What the checker refuses to read, and says so: files too large to be a
 * plan, binary files, and text that is neither UTF-8 nor UTF-16 with a byte
 * order mark. Every limit is in the README; a plan of 10,000 lines is about
 * 450 KB, so 20 MiB leaves room for any real plan while keeping memory and
 * time bounded.
 *
 * A file is decoded to text without its byte order mark (columns count
 * from the first character a reader sees), and what `--fix` writes is
 * encoded back the same way: the same encoding, the mark kept.
 */
export const MAX_PLAN_BYTES = 20 * 1024 * 1024;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const strictUtf16le = new TextDecoder("utf-16le", { fatal: true });

/** How a file's text was written, when not plain UTF-8 without a byte order mark. */
export interface FileEncoding {
  /** UTF-8 when absent. */
  encoding?: "utf-16le" | "utf-16be";
  /** Whether the file starts with a byte order mark (always, for UTF-16). */
  bom?: true;
}

export type Decoded = ({ text: string } & FileEncoding) | { problem: string };

/** Decodes a file's bytes as a plan, or says in one sentence why not. */
export function decodePlanFile(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_PLAN_BYTES) {
    return { problem: `it is ${(bytes.length / 1048576).toFixed(1)} MiB, more than the ${MAX_PLAN_BYTES / 1048576} MiB a plan may be` };
  }
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return { problem: "it is UTF-32 text: save it as UTF-8" };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return decodeUtf16(bytes, b0 === 0xff ? "utf-16le" : "utf-16be");

  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    if (looksLikeUtf16(bytes)) return { problem: "it looks like UTF-16 text without a byte order mark: save it as UTF-8 (or as UTF-16 with a BOM)" };
    return { problem: `it looks like a binary file, not a plan (a NUL byte at byte ${nul + 1})` };
  }
  try {
    // The decoder leaves the byte order mark out (ignoreBOM is false).
    const text = strictUtf8.decode(bytes);
    return bom ? { text, bom: true } : { text };
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    return { problem: `it is not UTF-8 text (an invalid byte at line ${line}, column ${column}): save it as UTF-8` };
  }
}

/** The bytes of a text to be written back to a file read as `encoding` said. */
export function encodePlanText(text: string, { encoding, bom }: FileEncoding): Uint8Array {
  if (encoding) {
    const bytes = Buffer.from("\uFEFF" + text, "utf16le");
    return encoding === "utf-16be" ? bytes.swap16() : bytes;
  }
  return Buffer.from(bom ? "\uFEFF" + text : text, "utf8");
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  // Big-endian is decoded as little-endian with its bytes swapped: Node's
  // decoder for UTF-16BE needs a build with full ICU.
  const le = encoding === "utf-16le" || bytes.length % 2 !== 0 ? bytes : Buffer.from(bytes).swap16();
  let text: string;
  try {
    text = strictUtf16le.decode(le);
  } catch {
    return { problem: `it is not valid ${encoding.toUpperCase()} text: save it as UTF-8` };
  }
  const nul = text.indexOf("\0");
  if (nul >= 0) return { problem: `it looks like a binary file, not a plan (a NUL character at character ${nul + 1})` };
  return { text, encoding, bom: true };
}

/**
 * Whether bytes with NULs in them read like UTF-16 without a byte order mark:
 * in the first few kilobytes (at least a few words of them), one byte of
 * most pairs is 0 (the text is mostly ASCII), and always the same one.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 16) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  const many = pairs * 0.7;
  const few = pairs * 0.05;
  return (oddZeros >= many && evenZeros <= few) || (evenZeros >= many && oddZeros <= few);
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
