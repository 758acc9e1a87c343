import assert from "node:assert/strict";
import { applyEdits } from "../../server/src/core/edits";
import type { Finding } from "../../server/src/core/finding";
import { checkText, type RuleSetting } from "../../server/src/core/check";
import { settingsFor } from "../../server/src/core/config";
import { allRules } from "../../server/src/rules/index";
import { check, codes, where } from "../helpers/plan";

const plan = (body: string) => `plan "P" {\n${body}\n}\n`;

function only(findings: Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

/** Applies a finding's first fix and checks the result again. */
function fixed(text: string, finding: Finding, index = 0): string {
  return applyEdits(text, finding.fixes[index].edits);
}

describe("SCH001 unknown-attribute", () => {
  it("reports an attribute the block does not have, with a did-you-mean rename", () => {
    const text = plan('  stakeholder mes "M" {\n    kind: government\n    contcat: "+1"\n  }');
    const [finding] = only(check(text), "SCH001");
    assert.equal(finding.message, "'contcat' is not an attribute of a stakeholder. Did you mean 'contact'?");
    assert.deepEqual(where([finding]), ["4:5 SCH001"]);
    const repaired = fixed(text, finding);
    assert.match(repaired, /contact: "\+1"/);
    assert.deepEqual(only(check(repaired), "SCH001"), []);
  });

  it("reports a block in the wrong place and says where it belongs", () => {
    const text = plan('  channel sms "SMS" { medium: sms }');
    const [finding] = only(check(text), "SCH001");
    assert.equal(finding.message, "A channel block does not belong in the plan: it goes in the communication section.");
  });

  it("reports an unknown block kind with a did-you-mean", () => {
    const [finding] = only(check(plan("  evacuaton { }")), "SCH001");
    assert.match(finding.message, /'evacuaton' is not a kind of block .* Did you mean 'evacuation'\?/);
    assert.equal(finding.fixes[0].edits[0].newText, "evacuation");
  });

  it("knows every attribute of the schema where it stands", () => {
    const text = plan('  country: "X" area: "Y" hazards: flood lead: mes version: "1" reviewed: 2024-01-01\n  stakeholder mes "M" { kind: government contact: "1" }');
    assert.deepEqual(only(check(text), "SCH001"), []);
  });
});

describe("SCH005 block-header (split from SCH002)", () => {
  it("reports a block without its id and a section with one, as errors", () => {
    const without = only(check(plan('  stakeholder "Ministry" { kind: government contact: "1" }')), "SCH005");
    assert.deepEqual(without.map((f) => [f.severity, f.message]), [["error", 'A stakeholder needs an id after \'stakeholder\', so that other parts of the plan can refer to it: stakeholder my_stakeholder "…" { … }.']]);
    const section = only(check(plan("  evacuation main { }")), "SCH005");
    assert.deepEqual(section.map((f) => f.message), ["The evacuation section takes no id: remove 'main'."]);
    assert.deepEqual(only(check(plan("  evacuation main { }")), "SCH002"), [], "no longer SCH002's");
  });

  it("warns of a missing title, but not of one the parser could not read", () => {
    const missing = only(check(plan("  stakeholder mes { kind: government contact: \"1\" }")), "SCH005");
    assert.deepEqual(missing.map((f) => f.severity), ["warning"]);
    // An unclosed quote: SYN001 says so; the title is there, only unread.
    const unread = check(plan('  stakeholder mes "Ministry {\n    kind: government\n    contact: "1"\n  }'));
    assert.ok(unread.some((f) => f.code === "SYN001"), "the syntax problem is reported");
    assert.deepEqual(only(unread, "SCH005"), [], "and no missing title beside it");
  });

  it("takes a setting written for SCH002 before the split, unless it has its own", () => {
    const text = plan("  stakeholder mes { kind: government contact: \"1\" }");
    const severity = (rules: [string, RuleSetting][]) =>
      checkText(text, { ...settingsFor(allRules, undefined, { rules: new Map(rules) }), today: new Date("2026-01-01") }).findings.find((f) => f.code === "SCH005")?.severity;
    assert.equal(severity([]), "warning");
    assert.equal(severity([["SCH002", "error"]]), "error", "SCH002's setting applies");
    assert.equal(severity([["SCH002", "error"], ["SCH005", "info"]]), "info", "its own wins");
  });
});

describe("SCH002 invalid-value", () => {
  const cases: { name: string; body: string; message: RegExp; fix?: string }[] = [
    { name: "a word outside the allowed words", body: "  hazards: flod", message: /'flod' is not allowed for 'hazards'.*Did you mean 'flood'\?/, fix: "flood" },
    { name: "a bare word where text is expected", body: "  country: Uzbekistan", message: /'country' takes a quoted text/, fix: '"Uzbekistan"' },
    { name: "a quoted number", body: '  population p "P" { size: "12_000" }', message: /'size' takes a number/, fix: "12_000" },
    { name: "a date that is not in the calendar", body: "  reviewed: 2024-02-30", message: /2024-02-30 is not a date in the calendar/ },
    { name: "a quoted date", body: '  reviewed: "2024-02-03"', message: /Write the date without quotes/, fix: "2024-02-03" },
    { name: "a boolean written true", body: "  evacuation { family-unity: true }", message: /takes yes or no, not 'true'\. Did you mean 'yes'\?/, fix: "yes" },
    { name: "a lower-case country code", body: '  stakeholder k "K" { kind: consulate country: kg }', message: /Did you mean KG \(Kyrgyzstan\)\?/, fix: "KG" },
    { name: "a country named in words", body: '  population p "P" { nationalities: Tajikistan }', message: /Did you mean TJ \(Tajikistan\)\?/, fix: "TJ" },
    { name: "an ISO 3166-1 alpha-3 country code", body: '  population p "Рабочие" { nationalities: UZB }', message: /^'UZB' is the ISO 3166-1 alpha-3 code of Uzbekistan; 'nationalities' takes the alpha-2 code: write UZ\.$/, fix: "UZ" },
    { name: "a language named in words", body: '  population p "P" { languages: Russian }', message: /Did you mean ru \(Russian\)\?/, fix: "ru" },
    { name: "an upper-case language code", body: '  population p "P" { languages: RU }', message: /Did you mean ru/, fix: "ru" },
    { name: "a reference in quotes", body: '  lead: "Ministry"\n  stakeholder mes "Ministry" { kind: government contact: "1" }', message: /'lead' takes the id of a stakeholder, not a quoted text/, fix: "mes" },
    { name: "a list where one value is allowed", body: '  stakeholder m "M" { kind: government, consulate contact: "1" }', message: /'kind' takes one value, not a list/ },
    { name: "a number where a duration or text is expected", body: "  referral { data-retention: 90 }", message: /Write a duration such as 90d/ },
  ];
  for (const c of cases) {
    it(`reports ${c.name}`, () => {
      const text = plan(c.body);
      const findings = only(check(text), "SCH002");
      assert.equal(findings.length, 1, findings.map((f) => f.message).join("\n"));
      assert.match(findings[0].message, c.message);
      if (c.fix) {
        assert.equal(findings[0].fixes[0].edits[0].newText, c.fix);
        assert.deepEqual(only(check(fixed(text, findings[0])), "SCH002"), [], "the fix removes the finding");
      }
    });
  }

  it("changes an alpha-3 country code to its alpha-2 code as a fix: the same country, its canonical code", () => {
    const [finding] = only(check(plan('  population p "Рабочие" { nationalities: tjk, UZB }')), "SCH002");
    assert.equal(finding.fixes[0].kind, "fix");
  });

  it("accepts the ISO 639-3 codes that have no two-letter code (prs, Dari)", () => {
    assert.deepEqual(only(check(plan('  population p "P" { languages: prs, ky, fil }')), "SCH002"), []);
  });
});

describe("SCH001 keywords typed in Russian or Uzbek", () => {
  it("names the English keyword of a Russian or Uzbek attribute name, and changes it as a fix", () => {
    const text = plan('  population p "Рабочие" {\n    численность: 100\n    языки: ru\n    tillar: uz\n  }');
    const findings = only(check(text), "SCH001");
    assert.deepEqual(
      findings.map((f) => f.message),
      [
        "'численность' is the Russian for 'size': attribute names are written in English in a plan, whatever language its texts are in. Did you mean 'size'?",
        "'языки' is the Russian for 'languages': attribute names are written in English in a plan, whatever language its texts are in. Did you mean 'languages'?",
        "'tillar' is the Uzbek for 'languages': attribute names are written in English in a plan, whatever language its texts are in. Did you mean 'languages'?",
      ],
    );
    assert.ok(findings.every((f) => f.fixes[0].kind === "fix"));
    assert.deepEqual(only(check(fixed(fixed(fixed(text, findings[2]), findings[1]), findings[0])), "SCH001"), []);
  });

  it("names the English keyword of a block typed in Russian", () => {
    const [finding] = only(check(plan("  эвакуация {\n    covers: all\n  }")), "SCH001");
    assert.match(finding.message, /^'эвакуация' is the Russian for 'evacuation': block names are written in English/);
    assert.equal(finding.fixes[0].edits[0].newText, "evacuation");
  });
});

describe("SCH003 duplicate-attribute", () => {
  it("reports the second attribute and removes its whole line", () => {
    const text = plan('  country: "A"\n  country: "B"\n  area: "C"');
    const [finding] = only(check(text), "SCH003");
    assert.deepEqual(where([finding]), ["3:3 SCH003"]);
    assert.equal(finding.related[0].range.start.line, 1);
    assert.equal(fixed(text, finding), plan('  country: "A"\n  area: "C"'));
  });

  it("keeps a comment that follows the duplicate", () => {
    const text = plan('  country: "A"\n  country: "B" # from the 2019 plan');
    const [finding] = only(check(text), "SCH003");
    assert.equal(fixed(text, finding), plan('  country: "A"\n  # from the 2019 plan'));
  });

  it("removes only the duplicate when it shares a line", () => {
    const text = plan('  communication { channel x "X" { medium: sms  medium: radio } }');
    const [finding] = only(check(text), "SCH003");
    assert.equal(fixed(text, finding), plan('  communication { channel x "X" { medium: sms } }'));
  });

  it("removes a repeat as a fix, and a second attribute with other values only as a suggestion", () => {
    const repeat = only(check(plan("  population p \"Рабочие\" {\n    languages: ru, uz\n    languages: ru, uz\n  }")), "SCH003")[0];
    assert.equal(repeat.fixes[0].kind, "fix");
    assert.equal(repeat.fixes[0].title, "Remove this second 'languages', which repeats the first");
    const other = only(check(plan("  population p \"Рабочие\" {\n    languages: ru\n    languages: uz\n  }")), "SCH003")[0];
    assert.equal(other.fixes[0].kind, "suggestion", "dropping 'uz' is the drafter's decision");
  });

  it("reports a section given twice", () => {
    const findings = only(check(plan("  evacuation { }\n  evacuation { }")), "SCH003");
    assert.deepEqual(where(findings), ["3:3 SCH003"]);
    assert.match(findings[0].message, /the evacuation section is already given on line 2/);
  });
});

describe("NAM001-003 names and references", () => {
  const stakeholders = '  stakeholder mes "M" { kind: government contact: "1" }';

  it("NAM001: a name declared twice, whatever the kinds", () => {
    const text = plan(`${stakeholders}\n  population mes "P" { size: 1 }`);
    const findings = only(check(text), "NAM001");
    assert.deepEqual(where(findings), ["3:14 NAM001"]);
    assert.match(findings[0].message, /'mes' is already the name of a stakeholder \(line 2\)/);
    assert.equal(findings[0].related[0].range.start.line, 1);
  });

  it("NAM002: an undeclared name, with did-you-mean and a stub of the right kind", () => {
    const text = plan(`  lead: mse\n${stakeholders}`);
    const [finding] = only(check(text), "NAM002");
    assert.match(finding.message, /No stakeholder is named 'mse'.*Did you mean 'mes'\?/);
    assert.deepEqual(finding.fixes.map((f) => f.title), ["Change to 'mes'", "Declare stakeholder 'mse'"]);
    const declared = fixed(text, finding, 1);
    assert.deepEqual(only(check(declared), "NAM002"), []);
    // Kind and contact are the drafter's to fill: places, never invented values.
    assert.match(declared, /stakeholder mes "M" \{[^\n]*\}\n  stakeholder mse "mse" \{\n    kind: "…"\n    contact: "…"\n  \}/);
    assert.equal(finding.fixes[1].kind, "suggestion");
    assert.match(finding.fixes[1].edits[0].snippet!, /kind: \$\{1\|government,[^|]*\|\}\n    contact: "\$\{2:…\}"/);
  });

  it("NAM002: a stub goes into its section (an assembly point into evacuation)", () => {
    const text = plan("  evacuation {\n    route r { to: stadium }\n  }");
    const [finding] = only(check(text), "NAM002");
    const declared = fixed(text, finding, 0);
    assert.deepEqual(codes(check(declared)).filter((c) => /^(SYN|NAM)/.test(c)), []);
    assert.match(declared, /  evacuation \{\n    route r \{ to: stadium \}\n    assembly-point stadium "stadium" \{\n    \}\n  \}/);
  });

  it("NAM002: covers: all is a keyword, not a reference", () => {
    assert.deepEqual(only(check(plan("  evacuation { covers: all }")), "NAM002"), []);
  });

  it("NAM003: a name of the wrong kind", () => {
    const text = plan(`${stakeholders}\n  communication { channel hotline "H" { medium: hotline } }\n  referral { pathway h "H" { need: health provider: hotline } }`);
    const [finding] = only(check(text), "NAM003");
    assert.equal(finding.message, "'hotline' is a channel, but 'provider' takes the id of a stakeholder.");
    assert.equal(finding.related[0].range.start.line, 2);
  });
});

describe("the checking engine", () => {
  it("reports a rule that throws as a finding and runs the others", async () => {
    const { checkText } = await import("../../server/src/core/check");
    const { allRules } = await import("../../server/src/rules/index");
    const broken = { meta: { ...allRules[1].meta, code: "TEST999", name: "broken" }, check: () => { throw new Error("boom"); } };
    const result = checkText(plan("  country: 1"), { rules: [broken, ...allRules] });
    assert.ok(result.findings.some((f) => f.code === "TEST999" && /failed on this plan and was skipped: boom/.test(f.message)));
    assert.ok(result.findings.some((f) => f.code === "SCH002"));
  });

  it("turns a rule off or changes its severity from settings, but never a language rule off", () => {
    const text = plan('  country: "A"\n  country: "B"');
    const sch003 = (severities: Map<string, "error" | "off">) => check(text, { severities }).filter((f) => f.code === "SCH003");
    assert.deepEqual(sch003(new Map([["SCH003", "error"]])).map((f) => f.severity), ["error"]);
    assert.deepEqual(sch003(new Map([["SCH003", "off"]])).map((f) => f.severity), ["warning"], "a language rule stays on");
  });
});
