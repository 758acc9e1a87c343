/**
 * `micic-plan init`: a new plan from a template (server/src/templates/),
 * asking only for the country, the area, the hazards and the lead agency.
 *
 * What is missing from the options is asked for when a terminal is
 * attached (standard input is a TTY), one question at a time, each answer
 * checked as the option would be; without a terminal, a missing option is
 * a usage error that names it. Questions and messages go to stderr, so
 * that standard output is the plan alone when no `-o` is given.
 *
 * Exit codes: 0 the plan was written; 2 it was not (a bad or missing
 * option, a file that exists without --force, a file that cannot be
 * written, no answer at the prompt).
 */
import { helpPageIn } from "../messages/cli-help";
import { closeSync, constants, existsSync, linkSync, openSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { didYouMean } from "../core/codes";
import { HAZARDS } from "../core/schema";
import { environmentLocale, LOCALES, supportedLocale, type Locale } from "../messages/locales";
import { initMessages } from "../messages/init-catalog";
import { translator } from "../messages/translate";
import { readArea, readCountry, readHazards, readLead, type Answer } from "../templates/answers";
import { renderTemplate, TEMPLATES, templateNamed, type PlanTemplate } from "../templates/index";
import { describeFsError } from "../workspace/read-plan";
import { makeFolders } from "./files";
import { EXIT_OK, EXIT_USAGE, say, usageMessage, type Io } from "./main";
import { writeAtomically } from "./write-fixes";

/** How often a question is asked again after an answer that does not do: then the command gives up (every output is bounded). */
const MAX_TRIES = 5;

type Say = (id: keyof typeof initMessages, params?: Record<string, string | number>) => string;

export async function initCommand(argv: readonly string[], io: Io): Promise<number> {
  let locale = environmentLocale(io.env);
  const t: Say = (id, params) => translator(locale).localized(initMessages[id], params);
  const fail = (message: string): number => {
    say(io, message);
    return EXIT_USAGE;
  };

  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        template: { type: "string", short: "t" },
        country: { type: "string" },
        area: { type: "string" },
        hazards: { type: "string" },
        lead: { type: "string" },
        output: { type: "string", short: "o" },
        force: { type: "boolean" },
        "list-templates": { type: "boolean" },
        locale: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail(t("badOption", { problem: usageMessage(error) }));
  }
  const { values, positionals } = parsed;
  if (values.locale !== undefined) {
    const asked = supportedLocale(values.locale);
    if (!asked) return fail(t("unknownLocale", { locale: values.locale, locales: LOCALES.join(", ") }));
    locale = asked;
  }
  const names = TEMPLATES.map((template) => template.name);
  if (values.help) {
    io.stdout.write(helpPage(locale, names.join(", ")));
    return EXIT_OK;
  }
  if (values["list-templates"]) {
    const width = Math.max(...names.map((name) => name.length));
    io.stdout.write(TEMPLATES.map((template) => `${template.name.padEnd(width)}  ${translator(locale).localized(template.description)}\n`).join(""));
    return EXIT_OK;
  }
  if (positionals.length > 0) return fail(t("positional", { file: positionals[0] }));

  let template: PlanTemplate | undefined;
  if (values.template !== undefined) {
    template = templateNamed(values.template);
    if (!template) {
      const close = didYouMean(values.template, names);
      return fail(t("unknownTemplate", { name: values.template, templates: names.join(", "), close: close.length > 0 ? close.join(", ") : "none" }));
    }
  }
  // Each given answer is checked before any question is asked, and the
  // file too: a drafter should not answer four questions for nothing.
  const given = <T>(option: string, value: string | undefined, read: (text: string) => Answer<T>): { value?: T; problem?: string } => {
    if (value === undefined) return {};
    const answer = read(value);
    return "problem" in answer ? { problem: t("invalid", { option, problem: answer.problem }) } : { value: answer.value };
  };
  const country = given("--country", values.country, (text) => readCountry(text, locale));
  const area = given("--area", values.area, (text) => readArea(text, locale));
  const hazards = given("--hazards", values.hazards, (text) => readHazards(text, locale));
  const lead = given("--lead", values.lead, (text) => readLead(text, template, locale));
  for (const answer of [country, area, hazards, lead]) if (answer.problem) return fail(answer.problem);

  const target = values.output === undefined ? undefined : path.resolve(io.cwd, values.output);
  // "-o plans/" or an existing folder: a folder is never the plan's file, --force or not.
  if (target !== undefined && (/[\\/]$/.test(values.output!) || isFolder(target))) return fail(t("folder", { file: values.output!.replace(/[\\/]+$/, "") }));
  if (target !== undefined && !values.force && existsSync(target)) return fail(t("exists", { file: values.output! }));

  const missing = [
    [template, "--template"],
    [country.value, "--country"],
    [area.value, "--area"],
    [hazards.value, "--hazards"],
    [lead.value, "--lead"],
  ].filter(([value]) => value === undefined);
  const stdin = io.stdin ?? process.stdin;
  if (missing.length > 0 && !stdin.isTTY) return fail(t("missing", { option: String(missing[0][1]) }));

  let answers;
  if (missing.length > 0) {
    const asking = new Questions(stdin, io, locale);
    try {
      template ??= await asking.ask(t("askTemplate"), (text) => pickTemplate(text, locale), templateMenu(locale));
      const chosen = template;
      answers = {
        country: country.value ?? (await asking.ask(t("askCountry"), (text) => readCountry(text, locale))),
        area: area.value ?? (await asking.ask(translator(locale).localized(chosen.areaQuestion), (text) => readArea(text, locale))),
        hazards:
          hazards.value ??
          (await asking.ask(t("askHazards", { hazards: HAZARDS.join(", ") }), (text) => readHazards(text, locale), undefined, chosen.suggestedHazards.join(", "))),
        lead: lead.value ?? (await asking.ask(t("askLead"), (text) => readLead(text, chosen, locale))),
      };
    } catch (error) {
      if (error instanceof NoAnswer) return fail(error.message);
      throw error;
    } finally {
      asking.close();
    }
  } else {
    answers = { country: country.value!, area: area.value!, hazards: hazards.value!, lead: lead.value! };
  }
  // A lead given as an option is checked against the template only now, if the template was asked for.
  const leadAgain = readLead(answers.lead, template, locale);
  if ("problem" in leadAgain) return fail(t("invalid", { option: "--lead", problem: leadAgain.problem }));

  const plan = renderTemplate(template!, answers, locale);
  if (target === undefined) {
    io.stdout.write(plan);
    return EXIT_OK;
  }
  const shown = values.output!;
  try {
    await makeFolders(path.dirname(target));
    const written = writeNewFile(target, Buffer.from(plan, "utf8"), Boolean(values.force));
    if (written === "exists") return fail(t("exists", { file: shown }));
  } catch (error) {
    return fail(t("cannotWrite", { file: shown, reason: describeFsError(error) }));
  }
  say(io, t("written", { file: shown, template: template!.name }));
  return EXIT_OK;
}

/** `micic-plan init --help` in the locale's language (the Uzbek in Cyrillic derived, as every help page is). */
function helpPage(locale: Locale, templates: string): string {
  const page = (language: "en" | "ru" | "uz") => translator(language).localized(initMessages.help, { templates: `\`${templates}\`` });
  const plain = (text: string) => text.replace(/`/g, "");
  return helpPageIn(locale, plain(page("en")), plain(page("ru")), page("uz"));
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** The templates, numbered, for the question that asks for one. */
function templateMenu(locale: Locale): string {
  return TEMPLATES.map((template, index) => `  ${index + 1}. ${template.name}: ${translator(locale).localized(template.description)}\n`).join("");
}

function pickTemplate(text: string, locale: Locale): Answer<PlanTemplate> {
  const answer = text.trim();
  const byNumber = /^\d+$/.test(answer) ? TEMPLATES[Number(answer) - 1] : undefined;
  const template = byNumber ?? templateNamed(answer);
  if (template) return { value: template };
  return { problem: translator(locale).localized(initMessages.noTemplateNumber, { answer, count: TEMPLATES.length }) };
}

/** The question could not be answered: end of input, or too many answers that do not do. */
class NoAnswer extends Error {}

/**
 * Questions on the terminal, one line an answer: each asked on stderr,
 * its answer read from standard input and checked; a problem is said and
 * the question asked again, at most MAX_TRIES times.
 */
class Questions {
  private readonly lines;
  private readonly reader;

  constructor(
    input: NodeJS.ReadableStream,
    private readonly io: Io,
    private readonly locale: Locale,
  ) {
    // terminal: false: the terminal echoes and edits the line itself; readline only splits the lines.
    this.reader = createInterface({ input, terminal: false, crlfDelay: Infinity });
    this.lines = this.reader[Symbol.asyncIterator]();
  }

  /** The answer to `question` (after `menu`, when given), or `fallback` when the answer is empty and there is one. */
  async ask<T>(question: string, read: (text: string) => Answer<T>, menu?: string, fallback?: string): Promise<T> {
    const say = (id: "noAnswer" | "tooManyTries", params: Record<string, string | number>) => translator(this.locale).localized(initMessages[id], params);
    if (menu) this.io.stderr.write(menu);
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      this.io.stderr.write(fallback ? `${question} [${fallback}]: ` : `${question}: `);
      const next = await this.lines.next();
      if (next.done) {
        this.io.stderr.write("\n");
        throw new NoAnswer(say("noAnswer", { question }));
      }
      const typed = String(next.value);
      const answer = read(typed.trim() === "" && fallback ? fallback : typed);
      if ("value" in answer) return answer.value;
      this.io.stderr.write(`  ${answer.problem}\n`);
    }
    throw new NoAnswer(say("tooManyTries", { question, count: MAX_TRIES }));
  }

  close(): void {
    this.reader.close();
  }
}

/**
 * Writes a new file whole or not at all, as write-fixes.ts writes a fixed
 * plan: the text goes to a temporary file in the same folder first. That
 * file then becomes the target by a hard link, which fails if the target
 * exists (so a file that appeared since the check is never replaced), or,
 * with `replace`, by write-fixes' rename, which keeps the old file's mode.
 * Where the file system has no hard links, the target is created
 * exclusively (O_EXCL) and written.
 */
function writeNewFile(target: string, bytes: Uint8Array, replace: boolean): "written" | "exists" {
  if (replace && existsSync(target)) {
    writeAtomically(target, bytes);
    return "written";
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  try {
    try {
      writeFileSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(temporary, target);
      return "written";
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") {
        if (!replace) return "exists";
        writeAtomically(target, bytes);
        return "written";
      }
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    }
  } finally {
    rmSync(temporary, { force: true });
  }
  // No hard links here: create the file only if it does not exist, and write it.
  try {
    fd = openSync(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return "exists";
    throw error;
  }
  try {
    writeFileSync(fd, bytes);
  } catch (error) {
    closeSync(fd);
    rmSync(target, { force: true });
    throw error;
  }
  closeSync(fd);
  return "written";
}
