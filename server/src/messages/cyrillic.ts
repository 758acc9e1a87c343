/**
 * Uzbek in Cyrillic script, derived from the Latin translation: the two
 * alphabets map letter for letter but for a few rules of context, which
 * are applied here and tested word by word (cyrillic.test.ts):
 *
 * - the digraphs sh, ch, oʻ, gʻ are one letter each (ш, ч, ў, ғ); ng is two
 *   (нг); yo, yu, ya, ye are ё, ю, я, е, except yoʻ, which is йў;
 * - e is э at the start of a word or after a vowel, е elsewhere;
 * - ts is ц in words from Russian: at the start of a word (tsentr, центр),
 *   and before i and a vowel or before e (evakuatsiya, эвакуация; sotsial,
 *   социал; protsent, процент); elsewhere it is т and с, as where a suffix
 *   meets a stem (kafolatsiz, кафолатсиз; aytsa, айтса);
 * - the apostrophe ʼ (tutuq belgisi) is ъ;
 * - text between backticks (a keyword of the plan language, a code),
 *   words that are not Uzbek (codes with digits, words with c or w, such
 *   as MICIC and micic-plan, abbreviations in capitals) and placeholders
 *   of the message are left as they are.
 *
 * Words whose Cyrillic spelling follows Russian rather than these rules
 * (sentabr, сентябрь) are avoided in the messages or listed in EXCEPTIONS.
 */

/** Whole words spelled otherwise in Cyrillic than the rules give. */
const EXCEPTIONS: Record<string, string> = {};

const SINGLE: Record<string, string> = {
  a: "а", b: "б", d: "д", f: "ф", g: "г", h: "ҳ", i: "и", j: "ж", k: "к", l: "л", m: "м", n: "н",
  o: "о", p: "п", q: "қ", r: "р", s: "с", t: "т", u: "у", v: "в", x: "х", y: "й", z: "з",
};

/** The modifier letter turned comma (ʻ, U+02BB) of oʻ and gʻ, and what is typed for it. */
const TURNED = "[ʻ‘'`]";
/** The apostrophe ʼ (U+02BC) of the tutuq belgisi, and what is typed for it. */
const APOSTROPHE = /[ʼ’]/;

const VOWELS = new Set([..."aeiouAEIOU", ..."аэиоуеёюяўАЭИОУЕЁЮЯЎ"]);

/** One word (letters and the apostrophes inside it) to Cyrillic. */
function wordToCyrillic(word: string): string {
  const exception = EXCEPTIONS[word.toLowerCase()];
  if (exception) return matchCase(word, exception);
  let out = "";
  const tokens = word.match(new RegExp(`yo${TURNED}|o${TURNED}|g${TURNED}|sh|ch|ts|yo|yu|ya|ye|.`, "giu")) ?? [];
  for (const [index, token] of tokens.entries()) {
    const lower = token.toLowerCase();
    let cyrillic: string;
    if (/^yo./u.test(lower) && lower.length === 3) cyrillic = "йў";
    else if (/^o./u.test(lower) && lower.length === 2 && lower !== "oʼ") cyrillic = "ў";
    else if (/^g./u.test(lower) && lower.length === 2) cyrillic = "ғ";
    else if (lower === "sh") cyrillic = "ш";
    else if (lower === "ch") cyrillic = "ч";
    else if (lower === "ts") cyrillic = index === 0 || /^(i[aeiouyʻ]|e)/i.test(tokens.slice(index + 1, index + 3).join("")) ? "ц" : "тс";
    else if (lower === "yo") cyrillic = "ё";
    else if (lower === "yu") cyrillic = "ю";
    else if (lower === "ya") cyrillic = "я";
    else if (lower === "ye") cyrillic = "е";
    else if (lower === "e") cyrillic = index === 0 || VOWELS.has(out[out.length - 1] ?? "") ? "э" : "е";
    else if (APOSTROPHE.test(token)) cyrillic = "ъ";
    else cyrillic = SINGLE[lower] ?? token;
    out += matchCase(token, cyrillic, tokens[index + 1]);
  }
  return out;
}

/** `cyrillic` in the case of `latin`: sh → ш, Sh → Ш, and SH (or S in SHAHAR) → Ш. */
function matchCase(latin: string, cyrillic: string, next?: string): string {
  const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
  if (!isUpper(latin[0])) return cyrillic;
  const wholeWordUpper = latin.length > 1 ? isUpper(latin[1]) : isUpper(next?.[0]);
  return wholeWordUpper ? cyrillic.toUpperCase() : cyrillic[0].toUpperCase() + cyrillic.slice(1);
}

/**
 * Whether a word is not Uzbek and stays as written: a code or a name with
 * digits (REF001), letters Uzbek does not use (c but in ch, w: MICIC,
 * micic-plan), or an abbreviation in capitals (IOM, SMS).
 */
function isForeign(word: string): boolean {
  return /[0-9wW]|[cC](?![hH])/.test(word) || /^[^a-z]*[A-Z]{2}[^a-z]*$/.test(word);
}

/** Uzbek text in Latin script, in Cyrillic script; what stands between backticks is kept. */
export function uzbekToCyrillic(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) =>
      part.startsWith("`")
        ? part
        : part.replace(/[A-Za-z0-9ʻʼ‘’'-]+/gu, (compound) =>
          isForeign(compound) ? compound : compound.replace(/[A-Za-zʻʼ‘’']+/gu, (w) => (/[A-Za-z]/.test(w) ? wordToCyrillic(w) : w)),
        ),
    )
    .join("");
}
