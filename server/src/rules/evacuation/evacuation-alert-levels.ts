import { attributeOf, blocksOf } from "../../core/ast";
import type { Rule } from "../../core/rule";
import { cite, headerSpan, numberOf, section } from "../plan-model";

const guidelines = ["G5"];

/**
 * EVAC015: a warning ladder with distinct steps. Fails when there are no
 * `alert-level` blocks (one finding, at the section), or on each level whose
 * `order` an earlier level already has.
 */
export const evacuationAlertLevels: Rule = {
  meta: {
    code: "EVAC015",
    name: "evacuation-alert-levels",
    area: "evacuation",
    severity: "info",
    guidelines,
    fixable: false,
    hasSuggestions: false,
    summary: "The evacuation has no `alert-level` blocks, or two alert levels share an `order`.",
    docs: {
      why: `Alert levels tie each stage of a warning to what is done for migrants at that stage: when employers check their worker lists, when community focal points are briefed, when camps are moved. Without them, action waits for the last moment; with two levels at the same step, nobody knows which applies. Planning the ladder with migrants' needs in it is part of contingency planning (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  evacuation {
    alert-level watch "Watch" { order: 1  action: "Brief community focal points" }
    alert-level warning "Warning" { order: 1  action: "Relocate camps away from the river" }
  }
}`,
      passing: `plan "Flood plan" {
  evacuation {
    alert-level watch "Watch" { order: 1  action: "Brief community focal points" }
    alert-level warning "Warning" { order: 2  action: "Relocate camps away from the river" }
  }
}`,
      notes: "A missing ladder is one finding on the `evacuation` keyword. A shared `order` is reported on each later level that repeats it, with a link to the first. Levels without an `order` are not compared. There is no fix: which level comes first is for the drafters to decide.",
    },
  },
  check({ plan, report }) {
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const levels = blocksOf(evacuation, "alert-level");
    if (levels.length === 0) {
      report({
        message: `The evacuation section has no alert levels. Add "alert-level" blocks, each with an "order" and an "action", so that everyone knows what is done for migrants at each stage of a warning, well before evacuation (${cite(guidelines)}).`,
        span: evacuation.kind.span,
      });
      return;
    }
    const firstAtOrder = new Map<number, (typeof levels)[number]>();
    for (const level of levels) {
      const order = numberOf(level, "order");
      if (order === undefined) continue;
      const first = firstAtOrder.get(order);
      if (!first) {
        firstAtOrder.set(order, level);
        continue;
      }
      const name = (b: typeof level) => `'${b.id?.text ?? b.title?.text ?? b.kind.text}'`;
      report({
        message: `Alert levels ${name(first)} and ${name(level)} both have "order: ${order}". Give each level its own step, so that everyone knows which actions apply when the warning changes (${cite(guidelines)}).`,
        span: attributeOf(level, "order")!.span,
        related: [{ message: `alert level ${name(first)} has order ${order}`, span: headerSpan(first) }],
      });
    }
  },
};
