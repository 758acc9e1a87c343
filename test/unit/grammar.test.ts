/**
 * The editor files in grammar/ checked against the lexer, the parser and the
 * schema.
 *
 * Highlighting is computed by vscode-textmate on the real Oniguruma engine
 * (the code VS Code runs) and compared, place by place, with what the plan
 * parser sees there: a block kind must look like a keyword, an attribute name
 * like a property, a schema word like a constant, and so on. A word added to
 * the schema and not to the grammar fails here, so the two cannot drift.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import oniguruma from "vscode-oniguruma";
import textmate from "vscode-textmate";
import type { IGrammar, StateStack } from "vscode-textmate";
import { isAttribute, walkBlocks, type Value } from "../../server/src/core/ast";
import { parseDocument, type PlanDocument } from "../../server/src/core/document";
import {
  blockSpecs,
  schemaVocabulary,
  type AttributeSpec,
  type BlockSpec,
  type DeclarationKind,
  type ValueType,
} from "../../server/src/core/schema";
import type { Span } from "../../server/src/core/text";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const grammarDir = join(root, "grammar");
const planGrammarPath = join(grammarDir, "micic-plan.tmLanguage.json");
const injectionGrammarPath = join(grammarDir, "micic-markdown-injection.tmLanguage.json");
const vocabulary = schemaVocabulary();

// ---------------------------------------------------------------------------
// Tokenizing with vscode-textmate

/**
 * A stand-in for VS Code's Markdown grammar, which is not on npm. It
 * highlights nothing itself, so whatever is highlighted inside it comes from
 * the injection grammar, which is the part this project owns.
 */
const markdownHostGrammar = { scopeName: "text.html.markdown", patterns: [] };

let registryPromise: Promise<textmate.Registry> | undefined;

function registry(): Promise<textmate.Registry> {
  registryPromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      // The project's grammars come from grammar/ as they are on disk; Markdown is the stand-in.
      loadGrammar: async (scopeName: string) => {
        if (scopeName === markdownHostGrammar.scopeName) {
          return textmate.parseRawGrammar(JSON.stringify(markdownHostGrammar), "markdown-host.json");
        }
        const path = { "source.micic": planGrammarPath, "markdown.micic.codeblock": injectionGrammarPath }[scopeName];
        return path ? textmate.parseRawGrammar(readFileSync(path, "utf8"), path) : null;
      },
      getInjections: (scopeName: string) =>
        scopeName === markdownHostGrammar.scopeName ? ["markdown.micic.codeblock"] : undefined,
    });
  })();
  return registryPromise;
}

async function loadGrammar(scopeName: string): Promise<IGrammar> {
  const grammar = await (await registry()).loadGrammar(scopeName);
  assert.ok(grammar, `grammar ${scopeName} did not load`);
  return grammar;
}

interface ScopedToken {
  start: number;
  end: number;
  scopes: string[];
}

/** The text's lines, each with the tokens TextMate gives it. */
type ScopedLines = { text: string; tokens: ScopedToken[] }[];

/** Splits lines the way VS Code does (\r\n, \r or \n) unless told otherwise. */
function tokenize(grammar: IGrammar, text: string, lineBreak: RegExp = /\r\n|\r|\n/): ScopedLines {
  let state: StateStack = textmate.INITIAL;
  return text.split(lineBreak).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return {
      text: line,
      tokens: result.tokens.map((t) => ({ start: t.startIndex, end: t.endIndex, scopes: t.scopes })),
    };
  });
}

function scopesAt(lines: ScopedLines, line: number, character: number): string[] {
  const token = lines[line]?.tokens.find((t) => t.start <= character && character < t.end);
  return token?.scopes ?? [];
}

// ---------------------------------------------------------------------------
// What the parser sees, and the scope it must have

interface ScopeFamily {
  label: string;
  /** A place belongs to the family when one of its scopes starts with one of these. */
  prefixes: string[];
}

const family = (label: string, ...prefixes: string[]): ScopeFamily => ({ label, prefixes });
const BLOCK_KIND = family("a keyword", "keyword.", "storage.");
const DECLARED_ID = family("a declared name", "entity.name.");
const KNOWN_ATTRIBUTE = family("a known property name", "support.type.property-name");
const UNKNOWN_ATTRIBUTE = family("a property name", "variable.other.property");
const KEY_VALUE = family("a key-value separator", "punctuation.separator.key-value");
const BLOCK_BEGIN = family("a block's opening brace", "punctuation.section.block.begin");
const BLOCK_END = family("a block's closing brace", "punctuation.section.block.end");
const SCHEMA_WORD = family("a constant", "constant.language", "support.constant");
const REFERENCE = family("a reference", "variable.other.reference");
const STRING = family("a quoted string", "string.quoted.double");
const TEXT_BLOCK = family("a text block", "string.quoted.triple");
const NUMBER = family("a number", "constant.numeric");
const DATE = family("a date", "constant.numeric.date", "constant.other.date");
const DURATION = family("a duration", "constant.numeric.duration");
const COMMENT = family("a comment", "comment.");

const literalFamilies: Record<Exclude<Value["kind"], "ident">, ScopeFamily> = {
  string: STRING,
  text: TEXT_BLOCK,
  number: NUMBER,
  date: DATE,
  duration: DURATION,
};

/** Attribute names whose values name declarations, in whatever block they stand. */
const referenceAttributes = new Set(
  [...blockSpecs.values()].flatMap((b) => b.attributes.filter((a) => a.type.kind === "reference").map((a) => a.name)),
);

interface Expectation {
  span: Span;
  /** What the parser sees there, for the failure message. */
  what: string;
  family: ScopeFamily;
  /** `block:plan`, `attribute:kind`, `value:yes`: which schema word this place shows. */
  schemaWord?: string;
}

function identifierFamily(attributeName: string, word: string): ScopeFamily {
  // In an attribute that takes references every word is a name (`feedback:
  // hotline` names a channel), except `all`; elsewhere a schema word is a constant.
  if (referenceAttributes.has(attributeName)) return word === "all" ? SCHEMA_WORD : REFERENCE;
  return vocabulary.values.includes(word) ? SCHEMA_WORD : REFERENCE;
}

function expectationsFor(doc: PlanDocument): Expectation[] {
  const expectations: Expectation[] = [];
  const onOneLine = (a: Span, b: Span) => !/[\r\n]/.test(doc.text.slice(a.end, b.start));
  for (const block of walkBlocks(doc.members)) {
    const kind = block.kind.text;
    if (vocabulary.blocks.includes(kind)) {
      expectations.push({ span: block.kind.span, what: `block kind '${kind}'`, family: BLOCK_KIND, schemaWord: `block:${kind}` });
    }
    if (block.id) expectations.push({ span: block.id.span, what: `id '${block.id.text}'`, family: DECLARED_ID });
    if (block.title) expectations.push({ span: block.title.span, what: `title ${block.title.raw}`, family: STRING });
    if (block.open) expectations.push({ span: block.open, what: "'{'", family: BLOCK_BEGIN });
    if (block.close) expectations.push({ span: block.close, what: "'}'", family: BLOCK_END });
    for (const attribute of block.members.filter(isAttribute)) {
      // Without its colon on the name's line, nothing on the line says this is
      // an attribute; the parser reports it and the grammar need not agree.
      if (!attribute.colon || !onOneLine(attribute.name.span, attribute.colon)) continue;
      const name = attribute.name.text;
      const known = vocabulary.attributes.includes(name);
      expectations.push({
        span: attribute.name.span,
        what: `attribute name '${name}'`,
        family: known ? KNOWN_ATTRIBUTE : UNKNOWN_ATTRIBUTE,
        schemaWord: known ? `attribute:${name}` : undefined,
      });
      expectations.push({ span: attribute.colon, what: "':'", family: KEY_VALUE });
      for (const value of attribute.values) {
        if (value.kind === "ident") {
          const valueFamily = identifierFamily(name, value.text);
          expectations.push({
            span: value.span,
            what: `value '${value.text}' of '${name}'`,
            family: valueFamily,
            schemaWord: valueFamily === SCHEMA_WORD ? `value:${value.text}` : undefined,
          });
        } else {
          expectations.push({ span: value.span, what: `${value.kind} ${shorten(value.raw)}`, family: literalFamilies[value.kind] });
        }
      }
    }
  }
  for (const comment of doc.comments) {
    expectations.push({ span: comment.span, what: `comment ${shorten(comment.text)}`, family: COMMENT });
  }
  return expectations;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\r?\n/g, "⏎");
  return oneLine.length > 40 ? oneLine.slice(0, 40) + "…" : oneLine;
}

interface ScopeReport {
  failures: string[];
  /** How many places were checked: a check that finds nothing to check proves nothing. */
  checked: number;
  /** The schema words seen in the place the schema gives them, and scoped right. */
  scopedWords: Set<string>;
}

/**
 * Checks every character of every place the parser recognises. `firstLine`
 * is where the plan starts in `lines` (a Markdown file's fenced block).
 */
function checkScopes(label: string, doc: PlanDocument, lines: ScopedLines, firstLine = 0): ScopeReport {
  const report: ScopeReport = { failures: [], checked: 0, scopedWords: new Set() };
  for (const expectation of expectationsFor(doc)) {
    report.checked++;
    let failure: string | undefined;
    for (let offset = expectation.span.start; offset < expectation.span.end && !failure; offset++) {
      if (doc.text[offset] === "\r" || doc.text[offset] === "\n") continue;
      const at = doc.lines.position(offset);
      const scopes = scopesAt(lines, firstLine + at.line, at.character);
      if (!scopes.some((s) => expectation.family.prefixes.some((p) => s.startsWith(p)))) {
        failure =
          `${label}:${firstLine + at.line + 1}:${at.character + 1}: ${expectation.what} should be ${expectation.family.label} ` +
          `(${expectation.family.prefixes.join(" or ")}…), found scopes [${scopes.join(", ")}]`;
      }
    }
    if (failure) report.failures.push(failure);
    else if (expectation.schemaWord) report.scopedWords.add(expectation.schemaWord);
  }
  return report;
}

function assertNoFailures(failures: string[]): void {
  const shown = failures.slice(0, 25);
  const more = failures.length > shown.length ? `\n… and ${failures.length - shown.length} more` : "";
  if (failures.length > 0) assert.fail(`the grammar disagrees with the parser:\n${shown.join("\n")}${more}`);
}

// ---------------------------------------------------------------------------
// A plan built from the schema: every block kind, attribute and value word

/** Declared names; two of them are also schema words, which the grammar must tell apart. */
const fixtureIds: Record<DeclarationKind, string> = {
  stakeholder: "mes",
  population: "seasonal-workers",
  channel: "hotline",
  pathway: "health",
  "assembly-point": "stadium",
  route: "north_2",
  "alert-level": "warning",
};

/**
 * Values for an attribute of this type. Several values are given to every
 * attribute, single-valued or not: the test is about highlighting, and the
 * grammar takes a list wherever the parser does.
 */
function fixtureValues(type: ValueType): string {
  switch (type.kind) {
    case "string":
      return '"a \\"quoted\\" text, a \\\\ and a \\n", """a text\n      over two lines"""';
    case "number":
      return "12_000, 7";
    case "date":
      return "2024-04-26";
    case "boolean":
      return "yes, no";
    case "word":
      return type.words.join(", ");
    case "country":
      return "KG, TJ";
    case "language":
      return "ru, tg, prs";
    case "reference":
      return [fixtureIds[type.target], ...(type.allowAll ? ["all"] : [])].join(", ");
    case "duration-or-string":
      return '90d, 12h, 30min, "until the case is closed"';
    case "word-or-string":
      return 'bus, "24/7"';
    default: {
      const unknown: never = type;
      throw new Error(`the fixture has no value for type ${JSON.stringify(unknown)}: add one`);
    }
  }
}

function fixtureBlock(spec: BlockSpec, indent: string): string[] {
  const header = [spec.kind];
  if (spec.id === "required") header.push(fixtureIds[spec.declares!]);
  if (spec.title !== "none") header.push(`"The ${spec.kind}, \\"titled\\""`);
  const lines = [`${indent}${header.join(" ")} {`];
  spec.attributes.forEach((attribute: AttributeSpec, i) => {
    // The first attribute of each block carries a comment after its values.
    lines.push(`${indent}  ${attribute.name}: ${fixtureValues(attribute.type)}${i === 0 ? "  # after the values" : ""}`);
  });
  for (const child of spec.blocks) lines.push(...fixtureBlock(blockSpecs.get(child)!, indent + "  "));
  lines.push(`${indent}}`);
  return lines;
}

function buildFixture(): string {
  return ["# A plan with every block, attribute and value word of the schema.", ...fixtureBlock(blockSpecs.get("plan")!, ""), ""].join("\n");
}

// ---------------------------------------------------------------------------

function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

function filesUnder(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name))
    .sort();
}

/** The ```micic / ~~~micic blocks of a Markdown text: the line each starts on and its text. */
function micicFences(markdown: string): { firstLine: number; text: string }[] {
  const lines = markdown.split(/\r\n|\r|\n/);
  const blocks: { firstLine: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*micic(?:[\s:,{?][^`]*)?$/.exec(lines[i]);
    if (!open) continue;
    const close = lines.findIndex((line, j) => j > i && line.trim() === open[2]);
    const end = close < 0 ? lines.length : close;
    blocks.push({ firstLine: i + 1, text: lines.slice(i + 1, end).join("\n") });
    i = end;
  }
  return blocks;
}

describe("grammar: TextMate highlighting agrees with the parser and the schema", () => {
  let plan: IGrammar;
  before(async () => {
    plan = await loadGrammar("source.micic");
  });

  /** Parses and tokenizes a plan and checks every place the parser recognises. */
  function check(label: string, text: string, lineBreak?: RegExp): ScopeReport {
    const doc = parseDocument(text);
    return checkScopes(label, doc, tokenize(plan, text, lineBreak));
  }

  it("scopes every keyword, name, value and comment of the samples as the parser reads them", function () {
    const samples = filesUnder(join(root, "samples"), ".micic");
    if (samples.length === 0) this.skip(); // the schema fixture below still runs
    const failures = samples.flatMap((file) => {
      const report = check(relative(root, file), readFileSync(file, "utf8"));
      assert.ok(report.checked > 0, `nothing checked in ${file}`);
      return report.failures;
    });
    assertNoFailures(failures);
  });

  describe("a plan built from the schema", () => {
    const fixture = buildFixture();

    it("is a plan the parser reads without a syntax problem", () => {
      assert.deepEqual(parseDocument(fixture).syntaxProblems, []);
    });

    it("scopes every place the parser recognises", () => {
      assertNoFailures(check("schema fixture", fixture).failures);
    });

    it("shows every block kind, attribute name and value word of the schema, each scoped", () => {
      const { scopedWords } = check("schema fixture", fixture);
      const expected = [
        ...vocabulary.blocks.map((w) => `block:${w}`),
        ...vocabulary.attributes.map((w) => `attribute:${w}`),
        ...vocabulary.values.map((w) => `value:${w}`),
      ];
      const missing = expected.filter((word) => !scopedWords.has(word));
      assert.deepEqual(missing, [], `schema words not shown or not scoped in the fixture: ${missing.join(", ")}`);
    });

    it("gives each attribute name the same kind of values in every block (the grammar keys values on the name)", () => {
      const mixed = [...blockSpecs.values()].flatMap((b) =>
        b.attributes
          .filter((a) => referenceAttributes.has(a.name) !== (a.type.kind === "reference"))
          .map((a) => `${b.kind}.${a.name}`),
      );
      assert.deepEqual(mixed, [], "these attributes take references in one block and not in another");
    });
  });

  describe("constructs", () => {
    it("scopes escapes in strings and titles, and marks unknown escapes", () => {
      const text = 'plan "A \\"title\\" with \\q" {\n  area: "a \\"b\\" c \\\\ d \\n e \\t f"\n}\n';
      const lines = tokenize(plan, text);
      const at = (line: number, needle: string) => scopesAt(lines, line, lines[line].text.indexOf(needle));
      assert.ok(at(0, '\\"').includes("constant.character.escape.micic"), `title \\" : ${at(0, '\\"')}`);
      assert.ok(at(0, "\\q").includes("invalid.illegal.escape.micic"), `title \\q : ${at(0, "\\q")}`);
      for (const escape of ['\\"', "\\\\", "\\n"]) {
        assert.ok(at(1, escape).includes("constant.character.escape.micic"), `${escape}: ${at(1, escape)}`);
      }
      assert.ok(at(1, "\\t").includes("invalid.illegal.escape.micic"), `\\t: ${at(1, "\\t")}`);
      assert.ok(at(1, " f").includes("string.quoted.double.micic"), "the string goes on after an escape");
    });

    it("scopes text blocks over several lines, whatever they contain", () => {
      const text = [
        'plan "Text blocks" {',
        "  evacuation {",
        '    trigger: """',
        '      A "quoted" word, a # that is no comment,',
        "      a } that closes nothing and lead: mes",
        '    """  detention-release: "after the text"',
        "    family-unity: yes",
        "  }",
        "}",
      ].join("\n");
      const lines = tokenize(plan, text);
      for (const line of [3, 4]) {
        for (const needle of ["#", "}", "lead", "quoted"].filter((n) => lines[line].text.includes(n))) {
          const scopes = scopesAt(lines, line, lines[line].text.indexOf(needle));
          assert.ok(scopes.includes("string.quoted.triple.micic"), `line ${line + 1} '${needle}': ${scopes}`);
          assert.ok(!scopes.some((s) => s.startsWith("comment") || s.startsWith("punctuation.section")), `${scopes}`);
        }
      }
      assertNoFailures(check("text blocks", text).failures);
    });

    it("scopes comments after headers, values and braces, and lists that go on after a comment", () => {
      const text = [
        'plan "Comments" {  # after a header',
        "  hazards: flood,  # inside a list that goes on",
        "    mudflow, earthquake  # after the last value",
        "  lead: mes# no space needed",
        '  stakeholder mes "Ministry" { kind: government } # after a brace',
        "}",
      ].join("\n");
      const doc = parseDocument(text);
      assert.deepEqual(doc.syntaxProblems, []);
      assert.equal(doc.comments.length, 5);
      assertNoFailures(check("comments", text).failures);
    });

    it("scopes suppression comments: the directive, the rule codes and the reason", () => {
      const text = [
        "# micic-disable EVAC005 -- the whole file: agreed with the ministry",
        'plan "Suppressions" {',
        "  # micic-disable-next-line EVAC001, SCH001 -- reviewed in April",
        "  evacuation { regardless-of-status: no }",
        "}",
      ].join("\n");
      const lines = tokenize(plan, text);
      const at = (line: number, needle: string) => scopesAt(lines, line, lines[line].text.indexOf(needle));
      for (const [line, directive, codes] of [
        [0, "micic-disable", ["EVAC005"]],
        [2, "micic-disable-next-line", ["EVAC001", "SCH001"]],
      ] as const) {
        assert.ok(at(line, directive).includes("keyword.control.directive.micic"), `${directive}: ${at(line, directive)}`);
        for (const code of codes) {
          assert.ok(at(line, code).includes("constant.language.rule-code.micic"), `${code}: ${at(line, code)}`);
        }
        // The reason is prose: a comment, with no rule code in it.
        const reason = at(line, line === 0 ? "agreed" : "April");
        assert.ok(!reason.some((s) => s.startsWith("constant")), `reason: ${reason}`);
        for (const needle of ["#", directive, codes[0], "--"]) {
          const scopes = at(line, needle);
          assert.ok(scopes.some((s) => s.startsWith("comment.line.number-sign")), `'${needle}' in a comment: ${scopes}`);
        }
      }
      // An ordinary comment mentioning a code is just a comment.
      const plain = tokenize(plan, "# see EVAC005 and micic-disable in the docs\n");
      assert.ok(plain[0].tokens.every((t) => !t.scopes.some((s) => s.startsWith("keyword") || s.startsWith("constant"))));
      assertNoFailures(check("suppressions", text).failures);
    });

    it("scopes plans with CRLF line endings, split as VS Code splits them or with the \\r left on", () => {
      const crlf = buildFixture().replace(/\n/g, "\r\n");
      assert.deepEqual(parseDocument(crlf).syntaxProblems, []);
      assertNoFailures(check("CRLF fixture", crlf).failures);
      assertNoFailures(check("CRLF fixture, \\r kept", crlf, /\n/).failures);
    });

    it("tells block kinds, declared names, references and schema words apart when they are the same word", () => {
      const text = [
        'plan "Shared words" {',
        "  communication {",
        "    feedback: hotline  information-on: rights,  # the list goes on after a comment",
        "      evacuation",
        '    channel hotline "Hotline" { medium: hotline  languages: ru, tg  two-way: yes }',
        "  }",
        '  referral { pathway health "Care" { need: health  provider: mes } }',
        "  evacuation",
        "  {",
        "    covers: all  regardless-of-status: yes",
        "  }",
        "  populaton typo { sise: 12 }",
        "}",
      ].join("\n");
      const doc = parseDocument(text);
      assert.deepEqual(doc.syntaxProblems, []);
      assertNoFailures(check("shared words", text).failures);
      const lines = tokenize(plan, text);
      /** Scopes at `word`, looked for after `after` on the line. */
      const at = (line: number, word: string, after = "") =>
        scopesAt(lines, line, lines[line].text.indexOf(word, lines[line].text.indexOf(after)));
      assert.ok(at(2, "hotline").includes("variable.other.reference.micic"), "feedback: hotline names a channel");
      assert.ok(at(3, "evacuation").includes("constant.language.micic"), "a value on the line after a comma and a comment");
      assert.ok(at(4, "hotline").includes("entity.name.type.micic"), "channel hotline declares it");
      assert.ok(at(4, "hotline", "medium").includes("constant.language.micic"), "medium: hotline is a schema word");
      assert.ok(at(6, "health").includes("entity.name.type.micic"), "pathway health declares it");
      assert.ok(at(6, "health", "need").includes("constant.language.micic"), "need: health is a schema word");
      assert.ok(at(7, "evacuation").includes("keyword.other.block.micic"), "evacuation with its '{' on the next line");
      assert.ok(at(11, "populaton").every((s) => !s.startsWith("keyword")), "an unknown block kind is no keyword");
      assert.ok(at(11, "sise").includes("variable.other.property.micic"), "an unknown attribute is still a property");
    });

    it("scopes names in any script and quoted texts in «…», “…” and „…“, as the parser reads them", () => {
      const text = [
        "plan «План эвакуации» {",
        "  lead: мчс",
        "  stakeholder мчс “МЧС Узбекистана” { kind: government  contact: „+998 71 000 0000“ }",
        "  population oʻzbek_ishchilari «Oʻzbek ishchilari» {",
        "    size: 1200  nationalities: UZ  languages: uz, ru",
        "    locations: «Ташкент», “Чирчик”, \"Ангрен\"",
        "  }",
        "  evacuation { covers: oʻzbek_ishchilari  lead: мчс }",
        "}",
      ].join("\n");
      assert.deepEqual(parseDocument(text).syntaxProblems, []);
      assertNoFailures(check("names and quotes of other languages", text).failures);
      const lines = tokenize(plan, text);
      const at = (line: number, needle: string, after = "") => scopesAt(lines, line, lines[line].text.indexOf(needle, lines[line].text.indexOf(after)));
      assert.ok(at(2, "мчс").includes("entity.name.type.micic"), "stakeholder мчс declares it");
      assert.ok(at(1, "мчс").includes("variable.other.reference.micic"), "lead: мчс names it");
      assert.ok(at(7, "ishchilari", "covers").includes("variable.other.reference.micic"), "a name with ʻ is one name");
      assert.ok(at(0, "План").some((s) => s.startsWith("string.quoted")), "a title in «»");
      assert.ok(at(2, "Узбекистана").some((s) => s.startsWith("string.quoted")), "a title in “”");
      assert.ok(at(2, "+998").some((s) => s.startsWith("string.quoted")), "a text in „“");
      assert.ok(!at(2, "}", "„").some((s) => s.startsWith("string.quoted")), "the text ends at its closing quote");
    });

    it("scopes numbers, dates and durations, units included", () => {
      const text = 'plan "Numbers" {\n  referral { data-retention: 90d }\n  coordination { exercises: 2024-04-26 }\n  population p "P" { size: 12_000 }\n}\n';
      const lines = tokenize(plan, text);
      const at = (line: number, needle: string) => scopesAt(lines, line, lines[line].text.indexOf(needle));
      assert.ok(at(1, "90").includes("constant.numeric.duration.micic"));
      assert.ok(at(1, "d }").includes("constant.numeric.duration.micic"), "the unit belongs to the duration");
      assert.ok(at(2, "2024").includes("constant.numeric.date.micic"));
      assert.ok(at(2, "-26").includes("constant.numeric.date.micic"));
      assert.ok(at(3, "_000").includes("constant.numeric.micic"));
      assertNoFailures(check("numbers", text).failures);
    });
  });

  describe("Markdown injection", () => {
    const injection = readJson<{
      scopeName: string;
      injectionSelector: string;
      patterns: { include: string }[];
      repository: Record<string, { begin: string; patterns: { contentName: string; patterns: { include: string }[] }[] }>;
    }>(injectionGrammarPath);
    const fence = Object.values(injection.repository)[0];

    it("is an injection into Markdown that embeds source.micic", () => {
      assert.equal(injection.scopeName, "markdown.micic.codeblock");
      assert.equal(injection.injectionSelector, "L:text.html.markdown");
      const embedded = fence.patterns[0];
      assert.equal(embedded.contentName, "meta.embedded.block.micic");
      assert.deepEqual(embedded.patterns, [{ include: "source.micic" }]);
    });

    it("opens on ```micic and ~~~micic fences only", async () => {
      await registry(); // loads Oniguruma
      const scanner = new oniguruma.OnigScanner([fence.begin]);
      const opens = (line: string) => scanner.findNextMatchSync(line, 0) !== null;
      for (const line of ["```micic", "~~~micic", "  ```micic", "````micic", "```micic title=plan"]) {
        assert.ok(opens(line), `should open a plan block: ${line}`);
      }
      for (const line of ["```json", "```", "~~~", "```micicx", "```micic-plan", "```MICIC", "text ```micic"]) {
        assert.ok(!opens(line), `should not open a plan block: ${line}`);
      }
    });

    it("highlights a plan inside Markdown as it highlights a .micic file, and nothing outside the fence", async () => {
      const markdown = await loadGrammar("text.html.markdown");
      const fixture = buildFixture().trimEnd();
      const note = [
        "# Policy note",
        "",
        "The plan below covers `evacuation` and more:",
        "",
        "```micic",
        fixture,
        "```",
        "",
        "After the fence, evacuation { is prose again.",
        "",
        "~~~micic",
        'plan "Second" { lead: mes }',
        "~~~",
        "",
        "```json",
        '{ "lead": "mes" }',
        "```",
        "",
      ].join("\n");
      const lines = tokenize(markdown, note);
      assert.equal(micicFences(note).length, 2);
      const failures = micicFences(note).flatMap((block) =>
        checkScopes("policy note", parseDocument(block.text), lines, block.firstLine).failures,
      );
      assertNoFailures(failures);
      const fenceLine = note.split("\n").indexOf("```micic");
      assert.ok(scopesAt(lines, fenceLine, 0).includes("punctuation.definition.markdown"));
      assert.ok(scopesAt(lines, fenceLine + 1, 0).includes("meta.embedded.block.micic"));
      const micicScoped = (line: number) => lines[line].tokens.some((t) => t.scopes.some((s) => s.endsWith(".micic")));
      const prose = note.split("\n").findIndex((l) => l.startsWith("After the fence"));
      const json = note.split("\n").indexOf('{ "lead": "mes" }');
      assert.ok(!micicScoped(prose), "text after the closing fence is Markdown again");
      assert.ok(!micicScoped(json), "a json block is not a plan");
    });

    it("highlights the plans in the Markdown samples", async function () {
      const notes = filesUnder(join(root, "samples"), ".md").filter((file) => micicFences(readFileSync(file, "utf8")).length > 0);
      if (notes.length === 0) this.skip();
      const markdown = await loadGrammar("text.html.markdown");
      const failures = notes.flatMap((file) => {
        const text = readFileSync(file, "utf8");
        const lines = tokenize(markdown, text);
        return micicFences(text).flatMap((block) =>
          checkScopes(relative(root, file), parseDocument(block.text), lines, block.firstLine).failures,
        );
      });
      assertNoFailures(failures);
    });
  });

  describe("language configuration", () => {
    const config = readJson<{
      comments: { lineComment: string };
      brackets: string[][];
      autoClosingPairs: { open: string; close: string }[];
      folding: { markers: { start: string; end: string } };
      indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
      wordPattern: { pattern: string; flags: string };
    }>(join(grammarDir, "language-configuration.json"));

    it("keeps '-' inside words and takes names in any script, so a double-click selects regardless-of-status or консульство_кр whole", () => {
      const wordAt = (line: string, character: number) => {
        for (const match of line.matchAll(new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags}g`))) {
          if (match.index! <= character && character < match.index! + match[0].length) return match[0];
        }
        return undefined;
      };
      const line = "    regardless-of-status: yes  consular-liaison: kg_embassy, консульство_кр  reviewed: 2024-04-26  data-retention: 90d  lead: oʻzbek_mchs";
      for (const word of ["regardless-of-status", "consular-liaison", "kg_embassy", "консульство_кр", "2024-04-26", "90d", "oʻzbek_mchs"]) {
        assert.equal(wordAt(line, line.indexOf(word) + Math.floor(word.length / 2)), word);
      }
    });

    it("comments with #, pairs braces and quotes, and indents inside braces", () => {
      assert.equal(config.comments.lineComment, "#");
      assert.deepEqual(config.brackets, [["{", "}"]]);
      const opens = config.autoClosingPairs.map((p) => p.open);
      for (const open of ["{", '"', '"""']) assert.ok(opens.includes(open), `auto-closes ${open}`);
      const increase = new RegExp(config.indentationRules.increaseIndentPattern);
      const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
      assert.ok(increase.test('  stakeholder mes "Ministry" {'));
      assert.ok(increase.test("  evacuation {  # moving people"));
      assert.ok(!increase.test("  kind: government"));
      assert.ok(!increase.test('  route r { from: "a"  to: b }'));
      assert.ok(decrease.test("  }"));
      assert.ok(new RegExp(config.folding.markers.start).test("  # region Stakeholders"));
      assert.ok(new RegExp(config.folding.markers.end).test("  # endregion"));
    });
  });

  it("is wired in package.json under the names these files use", () => {
    const manifest = readJson<{
      contributes: {
        languages: { id: string; configuration: string }[];
        grammars: { scopeName: string; path: string; language?: string; injectTo?: string[] }[];
        snippets?: unknown;
      };
    }>(join(root, "package.json"));
    const grammarFile = (path: string) => readJson<{ scopeName: string }>(join(root, path));
    for (const contributed of manifest.contributes.grammars) {
      assert.equal(grammarFile(contributed.path).scopeName, contributed.scopeName, contributed.path);
    }
    const language = manifest.contributes.languages.find((l) => l.id === "micic-plan") as { configuration: string; icon?: { light: string; dark: string } } | undefined;
    assert.ok(language && existsSync(join(root, language.configuration)), "language configuration");
    // .micic files get an icon of their own where the icon theme has none.
    for (const icon of [language.icon?.light, language.icon?.dark]) assert.ok(icon && existsSync(join(root, icon)) && readFileSync(join(root, icon), "utf8").includes("<svg"), `file icon ${icon}`);
    // Blocks come from the server's completion, which offers each only where
    // the schema lets it stand; static snippets would be offered everywhere.
    assert.equal(manifest.contributes.snippets, undefined, "no static snippets");
  });
});
