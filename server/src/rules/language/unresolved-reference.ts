import type { Block } from "../../core/ast";
import { blocksOf } from "../../core/ast";
import { didYouMean } from "../../core/codes";
import { skeleton } from "../../core/lookalike";
import { insertMember, textPlaceholder, valuePlaceholder } from "../../core/edits";
import type { Fix } from "../../core/finding";
import type { Reference } from "../../core/resolve";
import type { Rule, RuleContext, RuleMessages } from "../../core/rule";
import { STAKEHOLDER_KINDS, type DeclarationKind } from "../../core/schema";
import { voice } from "../voice";

const messages = {
  undeclared: {
    en: "No {expected} is named ''{name}'' (''{attribute}'' takes the id of a {expected}).{hint, select, lookalike { It looks like ''{suggestion}'', which is declared, but some of its letters are from another script (a Latin c for a Cyrillic с): did you mean ''{suggestion}''?} close { Did you mean ''{suggestion}''?} other { Declare it: {expected} {name} \"…\" '{' … '}'.}}",
    ru: "Блок `{expected}` с именем {name} не объявлен (`{attribute}` принимает идентификатор блока `{expected}`).{hint, select, lookalike { Похоже на объявленное имя {suggestion}, но часть букв взята из другой письменности (латинская c вместо кириллической с): может быть, имелось в виду {suggestion}?} close { Может быть, имелось в виду {suggestion}?} other { Объявите его: `{expected} {name} \"…\" '{' … '}'`.}}",
    uz: "{name} nomli `{expected}` bloki eʼlon qilinmagan (`{attribute}` `{expected}` blokining identifikatorini qabul qiladi).{hint, select, lookalike { U eʼlon qilingan {suggestion} nomiga oʻxshaydi, ammo ayrim harflari boshqa yozuvdan olingan (masalan, kirill harfi oʻrniga lotin harfi): {suggestion} nazarda tutilganmi?} close { {suggestion} nazarda tutilganmi?} other { Uni eʼlon qiling: `{expected} {name} \"…\" '{' … '}'`.}}",
  },
  changeTo: {
    en: "Change to ''{name}''",
    ru: "Заменить на {name}",
    uz: "{name} ga almashtirish",
  },
  declare: {
    en: "Declare {expected} ''{name}''",
    ru: "Объявить `{expected}` {name}",
    uz: "`{expected}` {name} ni eʼlon qilish",
  },
} satisfies RuleMessages;

/** Where a stub of each kind is declared: in the plan, or in its section. */
const homeSection: Record<DeclarationKind, string> = {
  stakeholder: "plan",
  population: "plan",
  channel: "communication",
  pathway: "referral",
  "assembly-point": "evacuation",
  route: "evacuation",
  "alert-level": "evacuation",
};

/**
 * The declaration a reference asks for, with its title taken from the name
 * the drafter wrote and a place to fill for each value only the drafter
 * knows: a stakeholder's kind (a choice of the schema's words) and contact,
 * a population's size. Nothing is invented: a size of 0 or a kind of
 * "government" would read as a commitment.
 */
function stubText(kind: DeclarationKind, name: string): string {
  const title = `"${name.replace(/[_-]+/g, " ")}"`;
  switch (kind) {
    case "stakeholder":
      return `stakeholder ${name} ${title} {\n  kind: ${valuePlaceholder(STAKEHOLDER_KINDS)}\n  contact: "${textPlaceholder()}"\n}`;
    case "population":
      return `population ${name} ${title} {\n  size: ${valuePlaceholder()}\n}`;
    default:
      return `${kind} ${name} ${title} {\n}`;
  }
}

function declareStubFix(context: RuleContext, reference: Reference, title: string): Fix | undefined {
  const section = homeSection[reference.expected];
  const home: Block | undefined = section === "plan" ? context.plan : blocksOf(context.plan, section)[0];
  if (!home) return undefined;
  // Next to the last declaration of the same kind, so stakeholders stay together.
  const siblings = blocksOf(home, reference.expected);
  const edit = insertMember(context.document, home, stubText(reference.expected, reference.name), siblings[siblings.length - 1]);
  if (!edit) return undefined;
  return { title, edits: [edit], kind: "suggestion" };
}

/** How many name comparisons did-you-mean may make in one plan. */
const SUGGESTION_BUDGET = 2_000_000;

/** NAM002: a reference to a name that nothing declares. */
export const unresolvedReference: Rule = {
  meta: {
    code: "NAM002",
    name: "unresolved-reference",
    area: "language",
    severity: "error",
    guidelines: [],
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "A reference to a name no block declares.",
    alwaysOn: true,
    translations: {
      ru: {
        summary: `Ссылка на имя, которое не объявлено ни в одном блоке.`,
        why: `Ссылка на имя, которое нигде не объявлено, никуда не ведёт: взаимодействия с консульством при эвакуации, поставщика услуг механизма или аудитории канала нет, что бы ни казалось из плана.`,
        notes: `Объявленное имя, которое выглядит как ссылка буква в букву (тот же скелет по UTS #39: \`мчc\` с латинской c вместо \`мчс\`), предлагается первым, и в сообщении сказано, что его буквы из другой письменности. В редакторе предлагаются два исправления: заменить имя на ближайшее объявленное имя нужного вида или объявить заготовку нужного вида в нужном разделе (участника в плане, пункт сбора в разделе эвакуации). Ни одно из них \`--fix\` не применяет.`,
      },
      uz: {
        summary: `Hech bir blokda eʼlon qilinmagan nomga havola.`,
        why: `Hech qayerda eʼlon qilinmagan nomga havola hech qayerga olib bormaydi: rejadan nima koʻrinmasin, evakuatsiyadagi konsullik bilan aloqa, mexanizmning xizmat koʻrsatuvchisi yoki kanal auditoriyasi yoʻq.`,
        notes: `Havolaga harfma-harf oʻxshaydigan eʼlon qilingan nom (UTS #39 boʻyicha bir xil skelet: \`мчс\` oʻrniga lotincha c bilan \`мчc\`) birinchi taklif qilinadi va xabarda uning harflari boshqa yozuvdan ekani aytiladi. Muharrirda ikki tuzatish taklif qilinadi: nomni kerakli turdagi eng yaqin eʼlon qilingan nomga almashtirish yoki kerakli boʻlimda kerakli turdagi andozani eʼlon qilish (rejada ishtirokchi, evakuatsiya boʻlimida yigʻilish punkti). Ularning hech birini \`--fix\` qoʻllamaydi.`,
      },
    },
    docs: {
      why: `A reference to a name nothing declares points nowhere: the evacuation's consular liaison, the pathway's provider or the channel's audience is missing, whatever the plan seems to say.`,
      failing: `plan "Flood plan" {
  lead: mse
  stakeholder mes "Ministry of Emergency Situations" { kind: government  contact: "1" }
}`,
      passing: `plan "Flood plan" {
  lead: mes
  stakeholder mes "Ministry of Emergency Situations" { kind: government  contact: "1" }
}`,
      notes: `A declared name that looks like the reference letter for letter (the same UTS #39 skeleton: \`мчc\` with a Latin c for \`мчс\`) is suggested first, and the message says its letters come from another script. Two fixes are offered in the editor: change the name to the closest declared one of the right kind, or declare a stub of the right kind in the right section (a stakeholder in the plan, an assembly point in the evacuation section). Neither is applied by \`--fix\`.`,
    },
  },
  check(context) {
    const { resolution, report } = context;
    const say = voice(messages, [], context);
    // Did-you-mean compares a name with every declaration of its kind: done
    // once per distinct name and kind, and only while the comparisons stay
    // within a budget, so a plan of thousands of broken references stays
    // linear rather than quadratic.
    const names = new Map<string, string[]>();
    for (const d of resolution.allDeclarations) {
      let list = names.get(d.kind);
      if (!list) names.set(d.kind, (list = []));
      list.push(d.name);
    }
    const memo = new Map<string, string[]>();
    let budget = SUGGESTION_BUDGET;
    // Declared names by how they look (UTS #39 skeletons), made on the first
    // broken reference: 'мчc' with a Latin c finds 'мчс' however far apart
    // the two are letter by letter.
    let lookalikes: Map<string, string> | undefined;
    const lookingLike = (name: string, kind: string): string | undefined => {
      if (!lookalikes) {
        lookalikes = new Map();
        for (const d of resolution.allDeclarations) {
          const key = `${d.kind} ${skeleton(d.name)}`;
          if (!lookalikes.has(key)) lookalikes.set(key, d.name);
        }
      }
      const found = lookalikes.get(`${kind} ${skeleton(name)}`);
      return found !== name ? found : undefined;
    };
    const suggest = (name: string, kind: string): string[] => {
      const key = `${kind} ${name}`;
      let found = memo.get(key);
      if (!found) {
        const candidates = names.get(kind) ?? [];
        budget -= candidates.length;
        const lookalike = lookingLike(name, kind);
        const close = budget >= 0 ? didYouMean(name, candidates) : [];
        found = lookalike ? [lookalike, ...close.filter((c) => c !== lookalike)] : close;
        memo.set(key, found);
      }
      return found;
    };
    for (const reference of resolution.references) {
      if (reference.target) continue;
      const suggestions = suggest(reference.name, reference.expected);
      const looksLike = suggestions.length > 0 && skeleton(suggestions[0]) === skeleton(reference.name);
      const hint = looksLike ? "lookalike" : suggestions.length > 0 ? "close" : "declare";
      const fixes: Fix[] = suggestions.map((s) => ({
        title: say.t("changeTo", { name: s }),
        edits: [{ span: reference.span, newText: s }],
        kind: "suggestion",
      }));
      const stub = declareStubFix(context, reference, say.t("declare", { expected: reference.expected, name: reference.name }));
      if (stub) fixes.push(stub);
      report({
        message: say.t("undeclared", { expected: reference.expected, name: reference.name, attribute: reference.attribute.name.text, hint, suggestion: suggestions[0] ?? "" }),
        span: reference.span,
        fixes,
      });
    }
  },
};
