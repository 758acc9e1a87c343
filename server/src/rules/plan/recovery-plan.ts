import { attributeOf, type Block } from "../../core/ast";
import type { PlanDocument } from "../../core/document";
import { insertMember, valuePlaceholder } from "../../core/edits";
import type { Fix, TextEdit } from "../../core/finding";
import type { Rule } from "../../core/rule";
import { cite, listWords, planSpan, section, setAttributeFix, word } from "../plan-model";
import { consulatesAndInternationalOrganizations, insertSectionFix } from "./shared";

const guidelines = ["G14", "G8"];

/**
 * RECV001: the plan says what happens after the crisis: who helps migrants
 * go home or back to where they lived, and that lessons are learned. One
 * finding per plan.
 */
export const recoveryPlan: Rule = {
  meta: {
    code: "RECV001",
    name: "recovery-plan",
    area: "recovery",
    severity: "info",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "No `recovery` section, or one without `return-support` or `lessons-learned`.",
    docs: {
      why: `A crisis does not end when the shooting stops or the water recedes. Migrants may have lost their jobs, papers, savings and unpaid wages, and may need help to return home or to rebuild where they lived (${cite(guidelines)}). A plan should say who supports their return, and commit to reviewing the response with migrants so that the next plan is better.`,
      failing: `plan "Earthquake plan" {
  stakeholder iom "IOM field office" { kind: international-organization  contact: "iom@example.org" }
}`,
      passing: `plan "Earthquake plan" {
  stakeholder iom "IOM field office" { kind: international-organization  contact: "iom@example.org" }
  recovery {
    return-support: iom
    lessons-learned: yes
  }
}`,
      notes: `A missing section stands on the plan's title; a section without \`return-support\` or \`lessons-learned\` on the \`recovery\` keyword; \`lessons-learned: no\` on that attribute. The suggestion inserts what is missing: \`lessons-learned: yes\` (the commitment the guideline asks for, said in its title), and \`return-support\` as a choice among the consulates and international organisations the plan declares (when it declares none, nothing is suggested, as there is nobody to choose). Both commit the plan, so both are suggestions: the editor offers them, \`--fix\` leaves them alone.`,
    },
  },
  check({ document, plan, report }) {
    const supporters = consulatesAndInternationalOrganizations(plan).map((s) => s.id!.text);
    const recovery = section(plan, "recovery");

    if (!recovery) {
      const fix =
        supporters.length > 0
          ? insertSectionFix(document, plan, "recovery", [`return-support: ${valuePlaceholder(supporters)}`, "lessons-learned: yes"], "Add a recovery section: choose who supports return, commit to learning lessons (lessons-learned: yes)")
          : undefined;
      report({
        message: `The plan has no recovery section. Add "recovery { … }" saying who helps migrants return home or to where they lived ("return-support") and that the response will be reviewed with them ("lessons-learned: yes"): after a crisis migrants may have lost jobs, papers and wages, and the next plan should learn from this one (${cite(guidelines)}).`,
        span: planSpan(plan),
        fixes: fix ? [fix] : [],
      });
      return;
    }

    const returnSupport = attributeOf(recovery, "return-support");
    const lessons = attributeOf(recovery, "lessons-learned");
    const saysNo = word(recovery, "lessons-learned") === "no";
    // A value of the wrong kind is SCH002's business, not a missing commitment.
    const lessonsMissing = !lessons || saysNo;
    if (returnSupport && !lessonsMissing) return;

    const asks: string[] = [];
    if (!returnSupport) asks.push(`name in "return-support" who helps migrants return home or to where they lived`);
    if (lessonsMissing) asks.push(`commit, with "lessons-learned: yes", to reviewing the response with migrants`);
    const fix = recoveryFix(document, recovery, returnSupport ? undefined : supporters, lessons === undefined, saysNo);
    report({
      message: `The recovery section ${!returnSupport && lessonsMissing ? "names no one to support return and does not commit to learning lessons" : !returnSupport ? "names no one to support return" : saysNo ? "says no lessons will be learned" : "does not commit to learning lessons"}. ${capitalise(listWords(asks))}: after a crisis migrants may have lost jobs, papers and wages, and the next plan should learn from this one (${cite(guidelines)}).`,
      span: returnSupport && saysNo ? lessons!.span : recovery.kind.span,
      fixes: fix ? [fix] : [],
    });
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The edits that mend a recovery section: missing attributes go in as one
 * insertion (two at the same place would leave their order to chance), and
 * `lessons-learned: no` becomes `yes` in place. `supporters` is undefined when
 * `return-support` is already there; empty when there is nobody to name, and
 * then there is no fix.
 */
function recoveryFix(
  document: PlanDocument,
  recovery: Block,
  supporters: string[] | undefined,
  lessonsAbsent: boolean,
  saysNo: boolean,
): Fix | undefined {
  if (supporters && supporters.length === 0) return undefined;
  const lines: string[] = [];
  const edits: TextEdit[] = [];
  // Who supports return is an agreement to confirm: a choice among those who could, not a list written in.
  if (supporters) lines.push(`return-support: ${valuePlaceholder(supporters)}`);
  if (lessonsAbsent) lines.push("lessons-learned: yes");
  if (saysNo) edits.push(...(setAttributeFix(document, recovery, "lessons-learned", "yes")?.edits ?? []));
  if (lines.length > 0) {
    const insert = insertMember(document, recovery, lines.join("\n"));
    if (!insert) return undefined;
    edits.push(insert);
  }
  if (edits.length === 0) return undefined;
  const steps = [
    ...(supporters ? ["choose who supports return ('return-support')"] : []),
    ...(lessonsAbsent || saysNo ? ["commit to learning lessons ('lessons-learned: yes')"] : []),
  ];
  const title = capitalise(listWords(steps));
  // Naming who supports return is an agreement to confirm; committing to lessons is the guideline's own answer.
  return { title, edits, kind: "suggestion" };
}
