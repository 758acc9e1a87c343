import { attributeOf } from "../../core/ast";
import type { Rule } from "../../core/rule";
import { cite, section, words } from "../plan-model";

const guidelines = ["G13"];

/**
 * EVAC011: evacuation is the last rung of the ladder, after sheltering in
 * place and relocating nearby. Fails when there is no ladder, or when
 * `evacuate` comes before one of the gentler stages.
 */
export const evacuationLastResort: Rule = {
  meta: {
    code: "EVAC011",
    name: "evacuation-last-resort",
    area: "evacuation",
    severity: "info",
    guidelines,
    fixable: false,
    hasSuggestions: false,
    summary: "The evacuation has no `stages`, or lists `evacuate` before `relocate` or `shelter-in-place`.",
    docs: {
      why: `Evacuation uproots people: migrants who leave may lose their job, their housing or their legal stay, and some cannot come back. It should be the last resort, after sheltering in place and relocating nearby have been weighed. Writing the stages down in that order makes the decision explicit (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  evacuation {
    stages: evacuate, relocate
  }
}`,
      passing: `plan "Flood plan" {
  evacuation {
    stages: shelter-in-place, relocate, evacuate
  }
}`,
      notes: "A missing `stages` is reported on the `evacuation` keyword; stages in the wrong order (or a `stages` with no stage in it) on the attribute. A ladder without `evacuate`, or with `evacuate` alone, passes: neither puts evacuation before a gentler stage. There is no fix, since reordering the stages changes when people are moved.",
    },
  },
  check({ plan, report }) {
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const attribute = attributeOf(evacuation, "stages");
    const stages = words(evacuation, "stages");
    if (!attribute || stages.length === 0) {
      report({
        message: `The evacuation section does not set out its stages. Add "stages: shelter-in-place, relocate, evacuate", so that moving people far from home is decided only when sheltering or relocating nearby will not do (${cite(guidelines)}).`,
        span: attribute?.span ?? evacuation.kind.span,
      });
      return;
    }
    const evacuateAt = stages.indexOf("evacuate");
    if (evacuateAt < 0) return;
    const gentlerAfter = stages.slice(evacuateAt + 1).filter((s) => s === "relocate" || s === "shelter-in-place");
    if (gentlerAfter.length === 0) return;
    report({
      message: `The stages put "evacuate" before ${[...new Set(gentlerAfter)].map((s) => `"${s}"`).join(" and ")}: evacuation should be the last resort. List them as "stages: shelter-in-place, relocate, evacuate", so that people are moved far from home only when nothing gentler will do (${cite(guidelines)}).`,
      span: attribute.span,
    });
  },
};
