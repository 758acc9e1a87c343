/**
 * The languages the tool speaks, and which of them a user asked for. English
 * is the source; Russian and Uzbek (Latin script) are translated; Uzbek in
 * Cyrillic script is derived from the Latin (cyrillic.ts).
 *
 * Where the request comes from is the adapter's business (the editor's
 * display language, `--locale`, the environment); here it is only matched.
 */

export const LOCALES = ["en", "ru", "uz", "uz-Cyrl"] as const;
export type Locale = (typeof LOCALES)[number];

export const SOURCE_LOCALE: Locale = "en";

/**
 * The supported locale a request names, or undefined: a BCP 47 tag
 * (`ru-RU`, `uz-Cyrl-UZ`, `uz-Latn`), a POSIX locale (`ru_RU.UTF-8`,
 * `uz_UZ@cyrillic`), in any case. `C` and `POSIX` name no language.
 */
export function supportedLocale(request: string | undefined): Locale | undefined {
  if (!request) return undefined;
  const [base, modifier] = request.trim().split("@");
  const tag = base.split(".")[0].replace(/_/g, "-");
  if (tag === "" || tag === "C" || tag === "POSIX") return undefined;
  let parts: string[];
  try {
    parts = Intl.getCanonicalLocales(tag)[0].split("-");
  } catch {
    return undefined;
  }
  const language = parts[0].toLowerCase();
  if (language === "en" || language === "ru") return language;
  if (language === "uz") {
    const cyrillic = parts.some((p) => p === "Cyrl") || modifier?.toLowerCase() === "cyrillic";
    return cyrillic ? "uz-Cyrl" : "uz";
  }
  return undefined;
}

/** The first of the requests that names a supported locale; English when none does. */
export function negotiateLocale(requests: readonly (string | undefined)[]): Locale {
  for (const request of requests) {
    const locale = supportedLocale(request);
    if (locale) return locale;
  }
  return SOURCE_LOCALE;
}

/**
 * The locale the environment asks for, as POSIX programs read it: LC_ALL,
 * then LC_MESSAGES, then LANG (the first that is set, even to a language
 * we do not speak, decides, as in gettext).
 */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  const set = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== "");
  return negotiateLocale([set]);
}
