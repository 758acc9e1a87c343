import { attributeOf } from "../../core/ast";
import type { Rule } from "../../core/rule";
import { cite, headerSpan, inSection, section } from "../plan-model";

const guidelines = ["G13"];

/**
 * EVAC007: routes and assembly points must meet. A route that leads nowhere
 * known is a warning; an assembly point no route reaches is info (people may
 * walk there, but the plan should say how). One finding per route or point.
 */
export const evacuationRoutes: Rule = {
  meta: {
    code: "EVAC007",
    name: "evacuation-routes",
    area: "evacuation",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: false,
    summary: "A route does not lead to an assembly point, or an assembly point is reached by no route (info).",
    docs: {
      why: `Routes and assembly points are two halves of one plan: a route must end somewhere people are received, and every place people are told to go must have a way to get there, with transport for those who have none. Migrants often live far from the centres the plan names, in camps, building sites or farms, and without a route they cannot reach safety (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  evacuation {
    assembly-point stadium "Central stadium" { capacity: 15000 }
    assembly-point school "School No. 12" { capacity: 3000 }
    route north { from: "Industrial zone"  to: stadium  transport: bus }
    route east { from: "Building sites"  transport: bus }
  }
}`,
      passing: `plan "Flood plan" {
  evacuation {
    assembly-point stadium "Central stadium" { capacity: 15000 }
    assembly-point school "School No. 12" { capacity: 3000 }
    route north { from: "Industrial zone"  to: stadium  transport: bus }
    route east { from: "Building sites"  to: school  transport: bus }
  }
}`,
      notes: `A route without \`to\` is reported on its header; one whose \`to\` names something other than an assembly point is reported on that value (the language rules also report an undeclared name or a name of the wrong kind there). An assembly point that no route's \`to\` names is reported on its header, as \`info\`. There is no fix: which route goes where is for the drafters to decide.`,
    },
  },
  check({ plan, resolution, report }) {
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const reached = new Set<string>();

    for (const route of inSection(plan, "evacuation", "route")) {
      const to = attributeOf(route, "to");
      const target = to?.values[0];
      const name = route.id!.text;
      if (!to || !target) {
        report({
          message: `Route '${name}' does not say where it leads. Add "to:" with the assembly point it takes people to, so that everyone who follows it arrives where they are received (${cite(guidelines)}).`,
          span: to?.span ?? headerSpan(route),
        });
        continue;
      }
      const declaration = target.kind === "ident" ? resolution.declarations.get(target.text) : undefined;
      if (declaration?.kind === "assembly-point") {
        reached.add(declaration.name);
        continue;
      }
      const what = declaration ? `the ${declaration.kind} '${declaration.name}'` : target.kind === "ident" ? `'${target.text}', which is not declared` : `${target.raw}`;
      report({
        message: `Route '${name}' leads to ${what}, not to an assembly point. Point "to" at one of the evacuation's assembly points (or declare the place as an assembly point), so that people following the route arrive where they are received (${cite(guidelines)}).`,
        span: target.span,
      });
    }

    for (const point of inSection(plan, "evacuation", "assembly-point")) {
      if (reached.has(point.id!.text)) continue;
      report({
        message: `No route leads to assembly point '${point.id!.text}'. Add a route with "to: ${point.id!.text}" from where migrants live or work, with its transport, so that people without a car can get there (${cite(guidelines)}).`,
        span: headerSpan(point),
        severity: "info",
      });
    }
  },
};
