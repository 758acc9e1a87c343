/**
 * `micic-plan init`, in-process through `main` (questions driven through a
 * fake terminal), and once as a child process of the built bin.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { PassThrough } from "node:stream";
import { main } from "../../server/src/cli/main";
import type { Io } from "../../server/src/cli/main";
import { checkText } from "../helpers/checker";
import { childProcess, type Outcome } from "./run";

const EARTHQUAKE = ["init", "--template", "earthquake", "--country", "Uzbekistan", "--area", "Tashkent", "--hazards", "earthquake", "--lead", "mes"];

/** The fill-in findings a new plan may have (test/unit/templates.test.ts holds each to its place). */
const FILL_IN = new Set(["SCH004", "SCH002", "EVAC001", "EVAC003", "EVAC004", "EVAC005", "EVAC010", "EVAC014", "COMM010", "REF003", "REF004", "REF005"]);

interface Run extends Outcome {
  /** What standard error held when each answer was typed: the questions asked so far. */
  asked: string[];
}

/**
 * Runs the command in-process. `answers`: lines typed at a terminal (stdin
 * is then a TTY), each sent once the command has asked for it; without
 * them, standard input is no terminal.
 */
async function init(args: string[], cwd: string, options: { answers?: string[]; env?: Record<string, string> } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const asked: string[] = [];
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdin.isTTY = options.answers !== undefined;
  const answers = [...(options.answers ?? [])];
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: {
      write: (s: string) => {
        stderr += s;
        // A question ends with ": " and waits: type the next answer, or end the input.
        if (s.endsWith(": ")) {
          asked.push(stderr);
          const answer = answers.shift();
          setImmediate(() => (answer === undefined ? stdin.end() : stdin.write(`${answer}\n`)));
        }
      },
    },
    cwd,
    env: options.env ?? {},
    stdin,
  };
  if (options.answers === undefined) stdin.end();
  const code = await main(args, io);
  return { code, stdout, stderr, asked };
}

function codesOf(text: string, locale = "en"): string[] {
  return checkText(text, { locale }).findings.map((f) => f.code);
}

describe("micic-plan init", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "micic-init-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the plan of the issue's example, which checks with only the places to fill", async () => {
    const run = await init([...EARTHQUAKE, "-o", "plan.micic"], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /^micic-plan: wrote plan\.micic from the template earthquake: fill in each "…"; micic-plan check plan\.micic lists them\n$/);
    const plan = readFileSync(path.join(dir, "plan.micic"), "utf8");
    assert.match(plan, /^plan "Tashkent: earthquake contingency plan for migrants" \{$/m);
    assert.match(plan, /^  country: "Uzbekistan"\n  area: "Tashkent"\n  hazards: earthquake\n  lead: mes$/m);
    const codes = codesOf(plan);
    assert.ok(codes.includes("SCH004"));
    assert.deepEqual(codes.filter((code) => !FILL_IN.has(code)), []);
    assert.deepEqual(readdirSync(dir), ["plan.micic"], "no temporary file is left");
  });

  it("writes to standard output without -o", async () => {
    const run = await init(EARTHQUAKE, dir);
    assert.equal(run.code, 0);
    assert.equal(run.stderr, "");
    assert.match(run.stdout, /^# A new plan from the micic-plan template `earthquake`/);
    assert.deepEqual(readdirSync(dir), []);
  });

  it("never writes over a file without --force; with it, replaces the file", async () => {
    const file = path.join(dir, "plan.micic");
    writeFileSync(file, "my own plan\n");
    const refused = await init([...EARTHQUAKE, "-o", "plan.micic"], dir);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, "micic-plan: 'plan.micic' already exists, and init never writes over a file: choose another name, or add --force to replace it\n");
    assert.equal(readFileSync(file, "utf8"), "my own plan\n");
    const forced = await init([...EARTHQUAKE, "-o", "plan.micic", "--force"], dir);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(readFileSync(file, "utf8"), /^plan "Tashkent/m);
    assert.deepEqual(readdirSync(dir), ["plan.micic"]);
  });

  it("refuses a folder as the plan's file, --force or not", async () => {
    mkdirSync(path.join(dir, "plans"));
    for (const output of ["plans", "plans/", "new-folder/"]) {
      const run = await init([...EARTHQUAKE, "-o", output, "--force"], dir);
      assert.equal(run.code, 2, output);
      assert.match(run.stderr, /names a folder: give the plan's file name, like (plans|new-folder)\/plan\.micic/);
    }
    assert.ok(!existsSync(path.join(dir, "new-folder")), "nothing was written");
  });

  it("refuses an existing file before asking anything", async () => {
    writeFileSync(path.join(dir, "plan.micic"), "x");
    const run = await init(["init", "-o", "plan.micic"], dir, { answers: [] });
    assert.equal(run.code, 2);
    assert.deepEqual(run.asked, []);
  });

  it("makes the folders of -o, and says why a file cannot be written", async () => {
    const made = await init([...EARTHQUAKE, "-o", "plans/new/plan.micic"], dir);
    assert.equal(made.code, 0, made.stderr);
    writeFileSync(path.join(dir, "a-file"), "");
    const blocked = await init([...EARTHQUAKE, "-o", "a-file/plan.micic"], dir);
    assert.equal(blocked.code, 2);
    assert.match(blocked.stderr, /^micic-plan: cannot write 'a-file\/plan\.micic': .+\n$/);
  });

  it("without a terminal, a missing option is a usage error that names it", async () => {
    for (const [drop, option] of [["--template", "--template"], ["--country", "--country"], ["--area", "--area"], ["--hazards", "--hazards"], ["--lead", "--lead"]]) {
      const at = EARTHQUAKE.indexOf(drop);
      const args = [...EARTHQUAKE.slice(0, at), ...EARTHQUAKE.slice(at + 2)];
      const run = await init(args, dir);
      assert.equal(run.code, 2, option);
      assert.equal(run.stderr, `micic-plan: ${option} is missing, and there is no terminal to ask in: give ${option} (micic-plan init --help)\n`);
    }
    const ru = await init(["init"], dir, { env: { LANG: "ru_RU.UTF-8" } });
    assert.equal(ru.stderr, "micic-plan: не указан --template, а терминала, чтобы спросить, нет: укажите --template (`micic-plan init --help`)\n");
  });

  it("an unknown template, country or hazard is a clear error with a did-you-mean", async () => {
    const with_ = (option: string, value: string) => EARTHQUAKE.map((arg, i) => (EARTHQUAKE[i - 1] === option ? value : arg));
    const template = await init(with_("--template", "earthqake"), dir);
    assert.equal(template.code, 2);
    assert.equal(template.stderr, "micic-plan: --template 'earthqake' is not a template: use city-flood, earthquake, conflict-evacuation, nationals-abroad. Did you mean earthquake?\n");
    const country = await init(with_("--country", "Uzbekstan"), dir);
    assert.equal(country.stderr, "micic-plan: --country: 'Uzbekstan' is not a country micic-plan knows: write its name in English, Russian or Uzbek, or its ISO code (UZ). Did you mean Uzbekistan (UZ)?\n");
    const hazard = await init(with_("--hazards", "earthquake,volcano"), dir);
    assert.equal(hazard.code, 2);
    assert.match(hazard.stderr, /^micic-plan: --hazards: 'volcano' is not a hazard of the plan language, which knows flood, earthquake, .* and industrial\.\n$/);
    const lead = await init(with_("--lead", "1mes"), dir);
    assert.match(lead.stderr, /^micic-plan: --lead: '1mes' is not an id/);
    const positional = await init([...EARTHQUAKE, "plan.micic"], dir);
    assert.equal(positional.stderr, "micic-plan: init takes no file name of its own: write the plan to a file with -o plan.micic\n");
    const option = await init([...EARTHQUAKE, "--colour"], dir);
    assert.equal(option.stderr, "micic-plan: unknown option '--colour'. Run 'micic-plan init --help' for the options.\n");
  });

  it("--list-templates lists each template with a line on what it is for, in the user's language", async () => {
    const en = await init(["init", "--list-templates"], dir);
    assert.equal(en.code, 0);
    const lines = en.stdout.trimEnd().split("\n");
    assert.deepEqual(lines.map((line) => line.split(/\s+/)[0]), ["city-flood", "earthquake", "conflict-evacuation", "nationals-abroad"]);
    assert.match(lines[1], /^earthquake {11}An earthquake plan for a city or province/);
    const ru = await init(["init", "--list-templates", "--locale", "ru"], dir);
    assert.match(ru.stdout, /^earthquake +План действий при землетрясении/m);
    const uzCyrl = await init(["init", "--list-templates"], dir, { env: { LC_ALL: "uz_UZ.UTF-8@cyrillic" } });
    assert.match(uzCyrl.stdout, /^city-flood +Шаҳар ёки туман учун тошқин режаси/m);
  });

  it("--help in each language; an unknown --locale is refused", async () => {
    assert.match((await init(["init", "--help"], dir)).stdout, /^Usage:\n {2}micic-plan init \[options\]/);
    assert.match((await init(["init", "--help", "--locale", "ru"], dir)).stdout, /^Использование:/);
    const uz = (await init(["init", "-h", "--locale", "uz"], dir)).stdout;
    assert.match(uz, /^Foydalanish:/);
    assert.doesNotMatch(uz, /`/);
    assert.match((await init(["init", "-h", "--locale", "uz-Cyrl"], dir)).stdout, /^Фойдаланиш:\n {2}micic-plan init \[параметрлар\]/);
    const bad = await init([...EARTHQUAKE, "--locale", "xx"], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--locale 'xx' is not a language micic-plan speaks: use en, ru, uz, uz-Cyrl/);
  });

  it("writes a plan in Russian with a Cyrillic area and lead, and one in Uzbek Latin with oʻ and gʻ", async () => {
    const ru = await init(["init", "-t", "city-flood", "--country", "Узбекистан", "--area", "Ташкент", "--hazards", "flood", "--lead", "хокимият", "--locale", "ru", "-o", "ташкент.micic"], dir);
    assert.equal(ru.code, 0, ru.stderr);
    assert.equal(ru.stderr, "micic-plan: план ташкент.micic создан по шаблону city-flood: заполните каждое «…»; micic-plan check ташкент.micic перечисляет их\n");
    const russian = readFileSync(path.join(dir, "ташкент.micic"), "utf8");
    assert.match(russian, /^plan "Ташкент: план действий при наводнении с учётом мигрантов" \{\n {2}country: "Узбекистан"/m);
    assert.match(russian, /^ {2}stakeholder хокимият "…" \{\n {4}kind: local-authority$/m);
    assert.deepEqual(codesOf(russian, "ru").filter((code) => !FILL_IN.has(code)), []);

    const uz = await init(["init", "-t", "nationals-abroad", "--country", "Oʻzbekiston", "--area", "Rossiya, Moskva viloyati", "--hazards", "conflict, epidemic", "--lead", "tashqi_ishlar_vazirligi", "-o", "fargʻona.micic"], dir, { env: { LANG: "uz_UZ.UTF-8" } });
    assert.equal(uz.code, 0, uz.stderr);
    const uzbek = readFileSync(path.join(dir, "fargʻona.micic"), "utf8");
    assert.match(uzbek, /^plan "Rossiya, Moskva viloyati: inqiroz paytida xorijdagi fuqarolarga yordam" \{\n {2}country: "Oʻzbekiston"/m);
    assert.match(uzbek, /^ {2}hazards: conflict, epidemic\n {2}lead: tashqi_ishlar_vazirligi$/m);
    assert.match(uzbek, /nationalities: UZ/);
    assert.deepEqual(codesOf(uzbek, "uz").filter((code) => !FILL_IN.has(code)), []);
  });

  it("asks on a terminal for what the options do not give, checking each answer", async () => {
    const run = await init(["init", "-o", "plan.micic"], dir, { answers: ["9", "2", "Узбекистн", "Узбекистан", "Ташкент", "", "1мчс", "мчс"] });
    assert.equal(run.code, 0, run.stderr);
    // The menu of templates, then each question in turn; a wrong answer is said and the question asked again.
    assert.match(run.asked[0], /^ {2}1\. city-flood: .*\n {2}2\. earthquake: .*\n {2}3\. conflict-evacuation: .*\n {2}4\. nationals-abroad: .*\nTemplate \(a number or a name\): $/);
    assert.match(run.asked[1], /'9' is neither a template's number \(1 to 4\) nor its name\nTemplate \(a number or a name\): $/);
    assert.match(run.asked[2], /Country \(a name or an ISO code, like UZ\): $/);
    assert.match(run.asked[3], / {2}'Узбекистн' is not a country micic-plan knows: .* Did you mean Uzbekistan \(UZ\)\?\nCountry/);
    assert.match(run.asked[4], /Province, city or district the plan covers: $/);
    assert.match(run.asked[5], /Hazards, separated by commas \(flood, earthquake, .*\) \[earthquake\]: $/, "the template's hazard is offered");
    assert.match(run.asked[6], /Lead agency's id/);
    assert.match(run.asked[7], /'1мчс' is not an id/);
    const plan = readFileSync(path.join(dir, "plan.micic"), "utf8");
    assert.match(plan, /^ {2}country: "Uzbekistan"\n {2}area: "Ташкент"\n {2}hazards: earthquake\n {2}lead: мчс$/m);
  });

  it("asks only for what is missing, in the user's language, and gives up at the end of the input", async () => {
    const run = await init(["init", "-t", "conflict-evacuation", "--country", "KG", "--hazards", "conflict", "--lead", "mes", "--locale", "uz"], dir, { answers: ["Oʻsh"] });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.asked, ["Evakuatsiya qamrab oladigan hudud yoki shahar: "]);
    assert.match(run.stdout, /^ {2}country: "Qirgʻiziston"\n {2}area: "Oʻsh"/m);

    const ended = await init(["init", "-t", "earthquake"], dir, { answers: [] });
    assert.equal(ended.code, 2);
    assert.match(ended.stderr, /\nmicic-plan: no answer to 'Country \(a name or an ISO code, like UZ\)': the plan was not written\n$/);
    assert.equal(ended.stdout, "");

    const stubborn = await init(["init", "-t", "earthquake"], dir, { answers: Array(5).fill("Narnia") });
    assert.equal(stubborn.code, 2);
    assert.equal(stubborn.asked.length, 5, "asked five times, no more");
    assert.match(stubborn.stderr, /micic-plan: no answer to 'Country .*' would do after 5 tries: the plan was not written\n$/);
  });

  it("the lead agency may not take an id the chosen template declares", async () => {
    const run = await init(["init", "-t", "earthquake", "--country", "UZ", "--area", "Toshkent", "--hazards", "earthquake", "--lead", "mahalliy_hokimiyat", "--locale", "uz"], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^micic-plan: --lead: «mahalliy_hokimiyat» bu andozada boshqa ishtirokchining identifikatori/);
  });

  it("runs the same from the built bin (npm run build first)", async () => {
    const run = await childProcess([...EARTHQUAKE, "--locale", "ru", "-o", "plan.micic"], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^micic-plan: план plan\.micic создан по шаблону earthquake/);
    assert.match(readFileSync(path.join(dir, "plan.micic"), "utf8"), /^plan "Tashkent: план действий при землетрясении с учётом мигрантов" \{$/m);
    const missing = await childProcess(["init", "--template", "earthquake"], dir, "");
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--country is missing, and there is no terminal to ask in/);
  });
});
