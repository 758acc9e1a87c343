/**
 * Rule documentation pages, built from each rule's metadata as an mdast tree
 * and serialised with remark: one template for every rule (summary, why, a
 * failing and a passing example, whether it has a fix or a suggestion, how to configure and
 * suppress). `npm run docs` writes them to docs/rules/; a test keeps them
 * current and runs their examples.
 */
import type { PhrasingContent, Root, RootContent, Table, TableRow } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import type { LocalizedMessage, Rule } from "../core/rule";
import { MAX_MESSAGE_LENGTH, MAX_RELATED } from "../core/finding";
import { RULE_DOCS_URL, ruleDocUrl } from "../core/project";
import type { Locale } from "../messages/locales";
import { translator, type MessageParams } from "../messages/translate";
import { cite, NAMED_IN_MESSAGE } from "../rules/plan-model";
import { ruleText } from "../rules/rule-text";

const text = (value: string) => ({ type: "text" as const, value });
const code = (value: string) => ({ type: "inlineCode" as const, value });
const heading = (depth: 1 | 2, value: string): RootContent => ({ type: "heading", depth, children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): RootContent => ({
  type: "paragraph",
  children,
});
const codeBlock = (lang: string, value: string): RootContent => ({ type: "code", lang, value: value.replace(/\n$/, "") });

function markdown(source: string): RootContent[] {
  return unified().use(remarkParse).use(remarkGfm).parse(source).children;
}

function row(cells: (string | RootContent[])[]): TableRow {
  return {
    type: "tableRow",
    children: cells.map((c) => ({
      type: "tableCell",
      children: (typeof c === "string" ? [text(c)] : c) as never,
    })),
  };
}

/** The languages of the rule pages: English in docs/rules/, each other language in a folder of its own. */
export const RULE_DOC_LOCALES: readonly Locale[] = ["en", "ru", "uz", "uz-Cyrl"];

/**
 * Where a rule's page in a language stands, relative to docs/rules/:
 * `EVAC001.md` in English, `ru/EVAC001.md`, `uz/EVAC001.md`,
 * `uz-Cyrl/EVAC001.md`; `README.md` and `ru/README.md` … for the index.
 */
export function rulePagePath(code: string, locale: Locale = "en"): string {
  return locale === "en" ? `${code}.md` : `${locale}/${code}.md`;
}

/** The rule's page in a language on the project's site (SARIF's helpUri, the report's links). */
export function ruleDocUrlIn(code: string, locale: Locale): string {
  return locale === "en" ? ruleDocUrl(code) : `${RULE_DOCS_URL}${rulePagePath(code, locale)}`;
}

/** Each language's own name, in itself: the links between the indexes. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", ru: "Русский", uz: "Oʻzbekcha", "uz-Cyrl": "Ўзбекча" };

/** The fixed words of a rule page and of the index, in every language (ICU; Uzbek Cyrillic derived). */
const LABELS = {
  property: { en: "Property", ru: "Свойство", uz: "Xususiyat" },
  value: { en: "Value", ru: "Значение", uz: "Qiymat" },
  code: { en: "Code", ru: "Код", uz: "Kod" },
  name: { en: "Name", ru: "Название", uz: "Nomi" },
  area: { en: "Area", ru: "Область", uz: "Soha" },
  defaultSeverity: { en: "Default severity", ru: "Уровень по умолчанию", uz: "Standart daraja" },
  severity: { en: "Severity", ru: "Уровень", uz: "Daraja" },
  severityWord: {
    en: "{severity}",
    ru: "{severity, select, error {ошибка} warning {предупреждение} other {информационное замечание}} (`{severity}`)",
    uz: "{severity, select, error {xato} warning {ogohlantirish} other {maʼlumot}} (`{severity}`)",
  },
  guidelines: { en: "Guidelines", ru: "Основание", uz: "Asos" },
  noGuidelines: { en: "none (a rule of the plan language)", ru: "нет (правило языка плана)", uz: "yoʻq (reja tili qoidasi)" },
  fix: { en: "Fix (applied by check --fix)", ru: "Исправление (вносит `check --fix`)", uz: "Tuzatish (`check --fix` kiritadi)" },
  fixShort: { en: "Fix", ru: "Исправление", uz: "Tuzatish" },
  suggestion: { en: "Suggestion (offered in the editor)", ru: "Предложение (в редакторе)", uz: "Taklif (muharrirda)" },
  suggestionShort: { en: "Suggestion", ru: "Предложение", uz: "Taklif" },
  yes: { en: "yes", ru: "да", uz: "ha" },
  no: { en: "no", ru: "нет", uz: "yoʻq" },
  why: { en: "Why", ru: "Зачем это правило", uz: "Qoida nima uchun kerak" },
  fails: { en: "Fails", ru: "Нарушает правило", uz: "Qoidani buzadi" },
  passes: { en: "Passes", ru: "Соответствует правилу", uz: "Qoidaga mos" },
  notes: { en: "Notes", ru: "Примечания", uz: "Izohlar" },
  configure: { en: "Configure", ru: "Настройка", uz: "Sozlash" },
  configCheckedWith: { en: "The examples are checked with this {file}:", ru: "Примеры проверены с таким файлом {file}:", uz: "Misollar quyidagi {file} fayli bilan tekshirilgan:" },
  engine: {
    en: "Reported by the checker itself: it cannot be turned off or suppressed, and its severity is that of the most severe finding it counts. Its limit is set in {file}:",
    ru: "Это замечание выдаёт сама программа проверки: его нельзя отключить, а его уровень равен уровню самого серьёзного из подсчитанных замечаний. Предел задаётся в файле {file}:",
    uz: "Bu eslatmani tekshiruv dasturining oʻzi beradi: uni oʻchirib boʻlmaydi, darajasi esa sanalgan eslatmalarning eng jiddiysi darajasiga teng. Chegara {file} faylida belgilanadi:",
  },
  alwaysOn: {
    en: "A rule of the plan language: always on, and no comment suppresses it. Its severity can be changed in {file}:",
    ru: "Правило языка плана: действует всегда, и никакой комментарий его не отключает. Его уровень можно изменить в файле {file}:",
    uz: "Reja tili qoidasi: doim amal qiladi, uni hech qanday izoh oʻchirmaydi. Uning darajasini {file} faylida oʻzgartirish mumkin:",
  },
  setSeverity: {
    en: "Set its severity ({off}, {info}, {warning}, {error}) by code or by name in {file}:",
    ru: "Уровень правила ({off}, {info}, {warning}, {error}) задаётся по коду или по названию в файле {file}:",
    uz: "Qoida darajasi ({off}, {info}, {warning}, {error}) {file} faylida kodi yoki nomi boʻyicha belgilanadi:",
  },
  suppressLine: {
    en: "Or suppress one finding, saying why, on the line before it:",
    ru: "Или отключите одно замечание, указав причину, в строке перед ним:",
    uz: "Yoki bitta eslatmani sababini koʻrsatib, undan oldingi satrda oʻchiring:",
  },
  suppressFile: { en: "or for the whole file, anywhere in it:", ru: "или для всего файла, в любом его месте:", uz: "yoki butun fayl uchun, uning istalgan joyida:" },
  reason: { en: "the reason, for the reviewer", ru: "причина, для проверяющего", uz: "sababi, tekshiruvchi uchun" },
  rules: { en: "Rules", ru: "Правила", uz: "Qoidalar" },
  indexIntro: {
    en: "Every rule micic-plan applies, with its default severity, the MICIC guidelines (G) and principles (P) it comes from, and whether it offers a fix. Generated by {command} from the rules' metadata.",
    ru: "Все правила, которые применяет micic-plan: уровень по умолчанию, рекомендации (`G`) и принципы (`P`) MICIC, из которых следует правило, и есть ли у него исправление. Страницы создаются командой {command} из описаний правил.",
    uz: "micic-plan qoʻllaydigan barcha qoidalar: standart darajasi, qoida kelib chiqadigan MICIC tavsiyalari (`G`) va tamoyillari (`P`), tuzatishi bor-yoʻqligi. Sahifalar qoidalar tavsifidan {command} buyrugʻi bilan yaratiladi.",
  },
  otherLanguages: { en: "In other languages:", ru: "На других языках:", uz: "Boshqa tillarda:" },
  writingRule: {
    en: "Writing a rule",
    ru: "Как написать правило",
    uz: "Qoidani qanday yozish kerak",
  },
  writingRuleElsewhere: {
    en: "",
    ru: "Требования к новому правилу для разработчиков описаны на английском языке:",
    uz: "Yangi qoidaga talablar dasturchilar uchun ingliz tilida yozilgan:",
  },
} satisfies Record<string, LocalizedMessage>;

type Label = keyof typeof LABELS;

/** The headings the examples stand under in a language ("Fails", "Passes"), for the test that runs them. */
export function exampleHeadings(locale: Locale): { fails: string; passes: string } {
  const speaker = translator(locale);
  return { fails: speaker.localized(LABELS.fails), passes: speaker.localized(LABELS.passes) };
}

/** The page's words in one language. */
function wording(locale: Locale) {
  const speaker = translator(locale);
  return {
    speaker,
    label: (id: Label, params?: MessageParams) => speaker.localized(LABELS[id], params),
    /** A label with `code` in it (a file's name, a command), as a paragraph: the codes in backticks, and whatever the language writes in backticks itself. */
    withCode: (id: Label, codes: Record<string, string>): RootContent =>
      markdown(speaker.localized(LABELS[id], Object.fromEntries(Object.entries(codes).map(([k, v]) => [k, `\`${v}\``]))))[0],
  };
}

export function ruleDocTree(rule: Rule, locale: Locale = "en"): Root {
  const { meta } = rule;
  const words = wording(locale);
  const { label } = words;
  const said = ruleText(meta, locale);
  const severity = locale === "en" ? meta.severity : label("severityWord", { severity: meta.severity });
  const children: RootContent[] = [heading(1, `${meta.code}: ${meta.name}`), ...markdown(said.summary)];
  const facts: Table = {
    type: "table",
    align: [null, null],
    children: [
      row([label("property"), label("value")]),
      row([label("code"), [code(meta.code)] as never]),
      row([label("name"), [code(meta.name)] as never]),
      row([label("area"), locale === "en" ? meta.area : words.speaker.t(`report.area.${meta.area}`)]),
      row([label("defaultSeverity"), markdownCell(said.severityWhen ? `${severity}; ${said.severityWhen}` : severity)]),
      row([label("guidelines"), meta.guidelines.length > 0 ? (locale === "en" ? cite(meta.guidelines) : words.speaker.cite(meta.guidelines)) : label("noGuidelines")]),
      row([markdownCell(label("fix")), label(meta.fixable ? "yes" : "no")]),
      row([label("suggestion"), label(meta.hasSuggestions ? "yes" : "no")]),
    ],
  };
  children.push(facts);
  children.push(heading(2, label("why")), ...markdown(said.why));
  if (meta.docs.config) {
    children.push(words.withCode("configCheckedWith", { file: ".micicrc.json" }), codeBlock("json", JSON.stringify(meta.docs.config, null, 2)));
  }
  children.push(heading(2, label("fails")), codeBlock("micic", meta.docs.failing));
  children.push(heading(2, label("passes")), codeBlock("micic", meta.docs.passing));
  if (said.notes) children.push(heading(2, label("notes")), ...markdown(said.notes));
  children.push(heading(2, label("configure")));
  const reason = label("reason");
  if (meta.reportedByEngine) {
    children.push(words.withCode("engine", { file: ".micicrc.json" }), codeBlock("json", JSON.stringify({ maxFindings: 5000 }, null, 2)));
  } else if (meta.alwaysOn) {
    children.push(words.withCode("alwaysOn", { file: ".micicrc.json" }), codeBlock("json", JSON.stringify({ rules: { [meta.code]: "warning" } }, null, 2)));
  } else {
    children.push(
      words.withCode("setSeverity", { off: "off", info: "info", warning: "warning", error: "error", file: ".micicrc.json" }),
      codeBlock("json", JSON.stringify({ rules: { [meta.name]: "off" } }, null, 2)),
      paragraph(text(label("suppressLine"))),
      codeBlock("micic", `# micic-disable-next-line ${meta.code} -- ${reason}`),
      paragraph(text(label("suppressFile"))),
      codeBlock("micic", `# micic-disable ${meta.code} -- ${reason}`),
    );
  }
  return { type: "root", children };
}

/** A table cell written in Markdown (code in backticks): its inline content. */
function markdownCell(source: string): RootContent[] {
  const [first] = markdown(source);
  return first && first.type === "paragraph" ? (first.children as RootContent[]) : [text(source)];
}

/**
 * What every rule promises, on the page a rule author reads first. The
 * bounds are checked for every rule by test/unit/bounded-findings.test.ts.
 */
const RULE_AUTHOR_CONTRACT = `A rule is one module in \`server/src/rules/<area>/\`: its metadata (code, name, severity, guidelines, whether it has a fix, the text of its page) and a \`check\` that reads the parsed plan and reports findings, with its tests beside it. Every rule keeps this contract, which a test checks for every rule on plans with hundreds of populations, pathways and channels:

- **One finding per cause.** Where one gap touches many blocks (a missing screening that many populations need), report it once and count the blocks; never once per pair of blocks. Twice the plan may give about twice the findings, never four times.
- **Messages are short.** A message names at most ${NAMED_IN_MESSAGE} items of a list drawn from the plan and counts the rest (\`listWords\` in \`plan-model.ts\` does this: "p1, p2, p3, p4, p5 and 2,345 more"), and stays under ${MAX_MESSAGE_LENGTH} characters however long the plan.
- **Related information is short.** At most ${MAX_RELATED} related places per finding.
- **The work is linear.** A check reads what each block says, not every block against every other: gather what is needed once (a map from a language to its speakers) and look it up.
- **A rule never parses text and never throws.** The engine reports a rule that throws as a finding against the rule.

The engine cuts a longer message or list should a rule not keep to these bounds, and keeps at most \`maxFindings\` findings per file (LIM001 counts the rest), but a rule that leans on that is a bug the test reports.`;

const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: "-", fences: true });

export function renderRuleDoc(rule: Rule, locale: Locale = "en"): string {
  return processor.stringify(ruleDocTree(rule, locale));
}

/** docs/rules/README.md (and ru/README.md …): every rule, one line each, linking to its page in the same language. */
export function renderRuleIndex(rules: readonly Rule[], locale: Locale = "en"): string {
  const words = wording(locale);
  const { label } = words;
  const table: Table = {
    type: "table",
    align: [null, null, null, null, null, null],
    children: [
      row([label("code"), label("name"), label("severity"), label("guidelines"), label("fixShort"), label("suggestionShort")]),
      ...rules.map((r) =>
        row([
          [{ type: "link", url: `${r.meta.code}.md`, children: [code(r.meta.code)] }] as never,
          locale === "en" ? r.meta.name : ([code(r.meta.name)] as never),
          locale === "en" ? r.meta.severity : markdownCell(label("severityWord", { severity: r.meta.severity })),
          r.meta.guidelines.join(", ") || "—",
          label(r.meta.fixable ? "yes" : "no"),
          label(r.meta.hasSuggestions ? "yes" : "no"),
        ]),
      ),
    ],
  };
  // Each index links to the others: from docs/rules/ into a language's folder, and back.
  const home = locale === "en" ? "" : "../";
  const languages: RootContent[] = [text(`${label("otherLanguages")} `)];
  for (const other of RULE_DOC_LOCALES.filter((l) => l !== locale)) {
    if (languages.length > 1) languages.push(text(" · "));
    languages.push({ type: "link", url: `${home}${rulePagePath("README", other)}`, children: [text(LANGUAGE_NAMES[other])] });
  }
  const writing: RootContent[] =
    locale === "en"
      ? markdown(RULE_AUTHOR_CONTRACT)
      : [paragraph(text(`${label("writingRuleElsewhere")} `), { type: "link", url: "../README.md#writing-a-rule", children: [text(label("writingRule"))] }, text("."))];
  const root: Root = {
    type: "root",
    children: [
      heading(1, label("rules")),
      words.withCode("indexIntro", { command: "npm run docs" }),
      { type: "paragraph", children: languages as never },
      table,
      heading(2, label("writingRule")),
      ...writing,
    ],
  };
  return processor.stringify(root);
}
