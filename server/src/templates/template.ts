/**
 * A plan template and how it becomes a plan: the skeleton of a plan in the
 * plan language, its words in every language the tool speaks (ICU messages,
 * as the rules' are), and the drafter's four answers (country, area,
 * hazards, lead agency) put in their places.
 *
 * Pure: no file, no terminal, no editor. The command line (`micic-plan
 * init`) and the extension's "New plan from a template" command (in the
 * browser too) render the same templates.
 *
 * A skeleton is plan text with marks the renderer replaces:
 *
 * - `{{title}}`, `{{country}}`, `{{area}}`: the plan's title, the country's
 *   name and the area, inside quotes (escaped);
 * - `{{hazards}}`, `{{lead}}`, `{{origin}}`: the hazards, the lead agency's
 *   id and the country's ISO code, as words of the plan;
 * - `{{id:NAME}}`: a name the template declares, in the locale's words
 *   (`mahalliy_hokimiyat`), from the message `id.NAME`;
 * - `{{text:NAME}}`: a title in the locale's words, inside quotes, from
 *   `text.NAME`; `{{need:NEED}}`: a referral need's title (the catalog's);
 * - a line `# {{note:NAME}}`: the comment `note.NAME`, wrapped at the
 *   line's indentation.
 *
 * What only the drafter knows is `"…"`, the plan language's place to fill
 * (core/edits.ts, PLACEHOLDER_TEXT): the checker reports each one (SCH004)
 * until it is filled. A template decides no policy for the drafter (docs/spec/RULES.md,
 * "Fixes and suggestions"): every yes/no of the guidelines, every cost and
 * every duty beyond what the template's kind implies is such a place.
 */
import { PLACEHOLDER_TEXT } from "../core/edits";
import type { LocalizedMessage } from "../core/rule";
import type { MessageId } from "../messages/catalog";
import type { Locale } from "../messages/locales";
import { translator } from "../messages/translate";
import { sharedTexts } from "./shared-texts";

export type TemplateName = "city-flood" | "earthquake" | "conflict-evacuation" | "nationals-abroad";

export interface PlanTemplate {
  name: TemplateName;
  /** One line for `--list-templates` and the extension's pick list. */
  description: LocalizedMessage;
  /** The plan's title; `{area}` is the area. */
  title: LocalizedMessage;
  /** The hazards the prompt offers when none are given. */
  suggestedHazards: readonly string[];
  /** What the area is, in this template's terms, for the prompt (`{area}` is not used). */
  areaQuestion: LocalizedMessage;
  /** The template's own ids, titles and notes (`id.*`, `text.*`, `note.*`); the shared ones are in shared-texts.ts. */
  texts: Readonly<Record<string, LocalizedMessage>>;
  skeleton: string;
}

/** The drafter's answers, checked (answers.ts). */
export interface TemplateAnswers {
  /** ISO 3166-1 alpha-2. */
  country: string;
  area: string;
  hazards: readonly string[];
  /** The lead agency's id, in NFC. */
  lead: string;
}

/** The longest line a comment is wrapped to, its indentation included. */
const COMMENT_WIDTH = 80;

/** A text inside the plan language's quotes: a backslash and a quote escaped. */
export function quoted(text: string): string {
  return text.replace(/[\\"]/g, (c) => `\\${c}`);
}

/** The country's name in the locale's words (CLDR), written as docs/glossary.md writes Uzbek (oʻ with U+02BB). */
export function countryNameIn(locale: Locale, code: string): string {
  const name = new Intl.DisplayNames([locale], { type: "region", fallback: "none" }).of(code) ?? code;
  return name.replace(/([oOgG])[‘’']/g, "$1ʻ");
}

/** A text of the template (its own, else the shared one) in the locale. */
function textOf(template: PlanTemplate, key: string, locale: Locale, params?: Record<string, string>): string {
  const message = template.texts[key] ?? sharedTexts[key];
  if (!message) throw new Error(`template ${template.name}: no text '${key}'`);
  return translator(locale).localized(message, params);
}

/** The ids the template declares, in the locale's words: the lead agency may not take one of them. */
export function declaredIds(template: PlanTemplate, locale: Locale): Set<string> {
  const ids = new Set<string>();
  for (const match of template.skeleton.matchAll(/\{\{id:([\w-]+)\}\}/g)) ids.add(textOf(template, `id.${match[1]}`, locale).normalize("NFC"));
  return ids;
}

/** Wraps a comment at spaces: each line `indent# …` no longer than COMMENT_WIDTH (a word longer than a line stands alone). */
function comment(indent: string, text: string): string {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    // A word of the plan between backticks (`kind: government`) is never cut.
    for (const word of paragraph.match(/[^\s`]*`[^`]*`\S*|\S+/g) ?? []) {
      if (line !== "" && indent.length + 2 + line.length + 1 + word.length > COMMENT_WIDTH) {
        lines.push(line);
        line = word;
      } else {
        line = line === "" ? word : `${line} ${word}`;
      }
    }
    lines.push(line);
  }
  return lines.map((line) => `${indent}#${line === "" ? "" : ` ${line}`}`).join("\n");
}

/** The template as a plan, in the locale's words, with the answers in their places. */
export function renderTemplate(template: PlanTemplate, answers: TemplateAnswers, locale: Locale): string {
  const t = translator(locale);
  const values: Record<string, string> = {
    title: quoted(t.localized(template.title, { area: answers.area })),
    country: quoted(countryNameIn(locale, answers.country)),
    area: quoted(answers.area),
    hazards: answers.hazards.join(", "),
    lead: answers.lead,
    origin: answers.country,
    placeholder: PLACEHOLDER_TEXT,
  };
  const name = t.localized(template.description);
  return template.skeleton
    .replace(/^( *)# \{\{note:([\w.-]+)\}\}$/gm, (_, indent: string, key: string) => comment(indent, textOf(template, `note.${key}`, locale, { template: template.name, name })))
    .replace(/\{\{(\w+)(?::([\w.-]+))?\}\}/g, (mark, kind: string, key: string | undefined) => {
      if (key === undefined) {
        if (!(kind in values)) throw new Error(`template ${template.name}: unknown mark ${mark}`);
        return values[kind];
      }
      if (kind === "id") return textOf(template, `id.${key}`, locale);
      if (kind === "text") return quoted(textOf(template, `text.${key}`, locale));
      if (kind === "need") return quoted(t.t(`need.${key}` as MessageId));
      throw new Error(`template ${template.name}: unknown mark ${mark}`);
    });
}
