import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { at, run } from "../../../../test/helpers/rule";
import { unfilledPlaceholder as rule } from "./unfilled-placeholder";

const plan = (body: string) => `plan "P" {\n${body}\n}\n`;

describe("SCH004 unfilled-placeholder", () => {
  it("passes values and titles that say something, in any script", () => {
    assert.deepEqual(run(rule, plan('  stakeholder мчс "МЧС" { kind: government  contact: "+998 71 000 0000" }')), []);
    assert.deepEqual(run(rule, plan('  stakeholder s "S" { kind: government  contact: "see annex … 3" }')), []);
  });

  it("reports each place still holding the ellipsis, as the suggestions leave it or typed as three dots", () => {
    const findings = run(rule, plan('  stakeholder s "S" {\n    kind: government\n    contact: "…"\n    role: "..."\n  }'));
    assert.deepEqual(at(findings), ["4:14 warning", "5:11 warning"]);
    assert.equal(findings[0].message, `'contact' is still a place to fill: write the contact in place of "…".`);
  });

  it("reports a title left to fill, and one written in guillemets", () => {
    const findings = checkText(plan('  stakeholder s «…» { kind: government  contact: "+998" }')).findings.filter((f) => f.code === rule.meta.code);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /^The title of this stakeholder is still a place to fill/);
  });

  it("reports what a suggestion applied on the command line leaves: the places of NAM002's declaration", async () => {
    const text = plan('  stakeholder s "S" { kind: government  contact: "+998" }\n  evacuation { lead: legal_aid }');
    const declare = checkText(text).findings.find((f) => f.code === "NAM002")!.fixes[0];
    const [edit] = declare.edits;
    const applied = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
    const left = checkText(applied).findings;
    assert.ok(!left.some((f) => f.code === "NAM002"));
    assert.deepEqual(left.filter((f) => f.code === "SCH004").map((f) => f.message), [`'kind' is still a place to fill: write one of government, local-authority, consulate, international-organization, civil-society, faith-based, diaspora, private-sector, employer, recruiter or media in place of "…".`, `'contact' is still a place to fill: write the contact in place of "…".`]);
  });
});

describe("SCH004 and SCH002 on a place to fill", () => {
  const plan = 'plan "P" {\n  reviewed: "…"\n  evacuation {\n    consent: "…"\n  }\n}\n';
  const findings = (locale: string) => checkText(plan, { locale }).findings.filter((f) => f.code === "SCH004" || f.code === "SCH002");

  it("reports a place to fill once, saying what goes there, and SCH002 leaves it alone", () => {
    assert.deepEqual(
      findings("en").map((f) => `${f.code} ${f.message}`),
      [
        `SCH004 'reviewed' is still a place to fill: write a date (YYYY-MM-DD) in place of "…".`,
        `SCH004 'consent' is still a place to fill: write one of informed, not-sought in place of "…".`,
      ],
    );
    assert.deepEqual(
      findings("ru").map((f) => f.message),
      ["`reviewed` всё ещё не заполнен: впишите дату (ГГГГ-ММ-ДД) вместо «…».", "`consent` всё ещё не заполнен: впишите одно из значений `informed` или `not-sought` вместо «…»."],
    );
    assert.equal(findings("uz")[0].message, "`reviewed` hali toʻldirilmagan: «…» oʻrniga sanani (yyyy-oo-kk) yozing.");
  });
});
