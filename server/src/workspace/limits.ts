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
    const legacy = legacyEncoding(bytes);
    if (legacy) {
      return {
        problem: `it is not UTF-8 text (an invalid byte at line ${line}, column ${column}): it looks like ${legacy.name}. In VS Code, choose the encoding in the status bar, "Reopen with Encoding", ${legacy.vscode}, then "Save with Encoding", UTF-8 (or: iconv -f ${legacy.iconv} -t UTF-8)`,
      };
    }
    return { problem: `it is not UTF-8 text (an invalid byte at line ${line}, column ${column}): save it as UTF-8` };
  }
}

/**
 * The single-byte encodings Cyrillic text was saved in before UTF-8, which
 * Word and older editors in Central Asia still write, with the names VS
 * Code and iconv give them. And Western European, for Latin text with
 * accents.
 */
const LEGACY_ENCODINGS = [
  { label: "windows-1251", name: "Windows-1251 (Cyrillic)", vscode: "Cyrillic (Windows 1251)", iconv: "WINDOWS-1251" },
  { label: "koi8-r", name: "KOI8-R (Cyrillic)", vscode: "Cyrillic (KOI8-R)", iconv: "KOI8-R" },
  { label: "ibm866", name: "CP866 (Cyrillic, DOS)", vscode: "Cyrillic (CP 866)", iconv: "CP866" },
  { label: "iso-8859-5", name: "ISO 8859-5 (Cyrillic)", vscode: "Cyrillic (ISO 8859-5)", iconv: "ISO-8859-5" },
  { label: "windows-1252", name: "Windows-1252 (Western European)", vscode: "Western (Windows 1252)", iconv: "WINDOWS-1252" },
] as const;

/**
 * How often each lower-case Cyrillic letter occurs in Russian and Uzbek
 * text, per thousand letters (rounded; ў, қ, ғ, ҳ from Uzbek). A reading of
 * the bytes in the right encoding turns them into frequent lower-case
 * letters; a wrong one into rare letters, capitals or signs.
 */
const CYRILLIC_FREQUENCY: Readonly<Record<string, number>> = {
  о: 110, е: 85, а: 80, и: 74, н: 67, т: 63, с: 55, р: 47, в: 45, л: 44, к: 35, м: 32, д: 30, п: 28, у: 26, я: 20, ы: 19,
  ь: 17, г: 17, з: 16, б: 16, ч: 14, й: 12, х: 10, ж: 9, ш: 7, ю: 6, ц: 5, ў: 5, қ: 5, щ: 4, ҳ: 4, э: 3, ғ: 3, ф: 2, ъ: 1, ё: 1,
};

/** At least this many bytes over 0x7F before a Cyrillic encoding is named: a word or two. */
const MIN_CYRILLIC_SAMPLE = 8;

/** Letters with diacritics Western European text uses, for Windows-1252. */
const LATIN_ACCENTED = /[À-ÖØ-öø-ÿŒœŠšŽžŸ]/u;

/**
 * The legacy encoding a file that is not UTF-8 was most likely saved in, or
 * undefined when none reads well. A file that also holds valid multi-byte
 * UTF-8 is UTF-8 with a stray byte, and gets no guess. Each Cyrillic
 * candidate decodes the bytes over 0x7F and scores the letters it makes by
 * how common they are in lower case (a capital counts a third: text is
 * mostly lower case, and KOI8-R read as Windows-1251 swaps the cases); the
 * best is named when it scores well and clearly beats the next. Otherwise,
 * bytes that Windows-1252 reads as accented Latin letters are named so.
 */
function legacyEncoding(bytes: Uint8Array): (typeof LEGACY_ENCODINGS)[number] | undefined {
  if (mostlyUtf8(bytes)) return undefined;
  const high: number[] = [];
  // High bytes inside words of ASCII letters ("Évacuation") are accents in
  // Latin text; Cyrillic text has whole words of them.
  let amidLatin = 0;
  const isAsciiLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
  for (let i = 0; i < bytes.length && high.length < 4096; i++) {
    if (bytes[i] < 0x80) continue;
    high.push(bytes[i]);
    if (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1])) amidLatin++;
  }
  if (high.length === 0) return undefined;
  if (amidLatin > high.length / 2) return latinReading(Uint8Array.from(high));
  // Too few letters to tell one Cyrillic encoding from another.
  if (high.length < MIN_CYRILLIC_SAMPLE) return undefined;
  const sample = Uint8Array.from(high);
  const decode = (label: string): string | undefined => {
    try {
      return new TextDecoder(label).decode(sample);
    } catch {
      return undefined; // a Node built without this encoding
    }
  };
  const scored = LEGACY_ENCODINGS.filter((e) => e.label !== "windows-1252")
    .map((encoding) => {
      let total = 0;
      for (const ch of decode(encoding.label) ?? "") {
        const lower = ch.toLowerCase();
        const weight = CYRILLIC_FREQUENCY[lower] ?? 0;
        total += lower === ch ? weight : weight / 3;
      }
      return { encoding, score: total / high.length };
    })
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  return first && first.score >= 20 && first.score >= 1.5 * (second?.score ?? 0) ? first.encoding : undefined;
}

/** Windows-1252 when it reads the high bytes as accented Latin letters. */
function latinReading(high: Uint8Array): (typeof LEGACY_ENCODINGS)[number] | undefined {
  const western = new TextDecoder("windows-1252").decode(high);
  const accented = [...western].filter((ch) => LATIN_ACCENTED.test(ch)).length;
  return accented >= high.length * 0.9 ? LEGACY_ENCODINGS.find((e) => e.label === "windows-1252") : undefined;
}

/**
 * Whether the bytes read as UTF-8 but for a few stray bytes: more of their
 * high bytes belong to well-formed multi-byte sequences than not. (Single-
 * byte Cyrillic text makes such sequences by chance, CP866 most of all, but
 * only a few.)
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let inSequences = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k] & 0xc0) === 0x80;
    if (valid) {
      try {
        strictUtf8.decode(bytes.subarray(i, i + length));
      } catch {
        valid = false;
      }
    }
    if (valid) {
      inSequences += length;
      i += length;
    } else {
      stray++;
      i++;
    }
  }
  return inSequences > stray;
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
