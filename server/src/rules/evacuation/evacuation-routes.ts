import { attributeOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { cite, headerSpan, inSection, section } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G13"];

const messages = {
  noDestination: {
    en: "Route ''{route}'' does not say where it leads. Add \"to:\" with the assembly point it takes people to, so that everyone who follows it arrives where they are received ({cite}).",
    ru: "Для маршрута {route} не указано, куда он ведёт. Добавьте `to:` с пунктом сбора, куда он доставляет людей, чтобы каждый, кто следует по нему, прибывал туда, где его примут ({cite}).",
    uz: "{route} yoʻnalishi qayerga olib borishini koʻrsatmaydi. Odamlarni olib boradigan yigʻilish punkti bilan `to:` ni qoʻshing, toki undan yurgan har bir kishi qabul qilinadigan joyga yetib borsin ({cite}).",
  },
  notAPoint: {
    en: "Route ''{route}'' leads to {target, select, declared {the {kind} ''{name}''} undeclared {''{name}'', which is not declared} other {{name}}}, not to an assembly point. Point \"to\" at one of the evacuation''s assembly points (or declare the place as an assembly point), so that people following the route arrive where they are received ({cite}).",
    ru: "Маршрут {route} ведёт к {target, select, declared {{name} (`{kind}`)} undeclared {{name}, который не объявлен} other {{name}}}, а не к пункту сбора. Укажите в `to` один из пунктов сбора эвакуации (или объявите это место пунктом сбора), чтобы люди, следующие по маршруту, прибывали туда, где их примут ({cite}).",
    uz: "{route} yoʻnalishi yigʻilish punktiga emas, {target, select, declared {{name} (`{kind}`)} undeclared {eʼlon qilinmagan {name}} other {{name}}} ga olib boradi. `to` da evakuatsiyaning yigʻilish punktlaridan birini koʻrsating (yoki bu joyni yigʻilish punkti sifatida eʼlon qiling), toki yoʻnalish boʻyicha yurgan odamlar qabul qilinadigan joyga yetib borsin ({cite}).",
  },
  noRoute: {
    en: "No route leads to assembly point ''{point}''. Add a route with \"to: {point}\" from where migrants live or work, with its transport, so that people without a car can get there ({cite}).",
    ru: "Ни один маршрут не ведёт к пункту сбора {point}. Добавьте `route` с `to: {point}` от мест, где мигранты живут или работают, с указанием транспорта, чтобы туда могли добраться люди без машины ({cite}).",
    uz: "{point} yigʻilish punktiga birorta ham yoʻnalish olib bormaydi. Migrantlar yashaydigan yoki ishlaydigan joylardan transporti koʻrsatilgan, `to: {point}` bilan `route` qoʻshing, toki u yerga mashinasi yoʻq odamlar ham yetib bora olsin ({cite}).",
  },
} satisfies RuleMessages;

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
    severityWhen: "info when no route leads to an assembly point",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "A route does not lead to an assembly point, or an assembly point is reached by no route (info).",
    translations: {
      ru: {
        summary: `Маршрут не ведёт к пункту сбора, или к пункту сбора не ведёт ни один маршрут (информационное замечание).`,
        why: `Маршруты и пункты сбора — две половины одного плана: маршрут должен заканчиваться там, где людей принимают, а к каждому месту, куда людям велят идти, должен вести путь, с транспортом для тех, у кого его нет. Мигранты часто живут далеко от названных в плане центров — в лагерях, на стройках, на фермах, — и без маршрута не могут добраться до безопасного места (${citeRu(guidelines)}).`,
        notes: `О маршруте без \`to\` сообщается в его заголовке; о маршруте, у которого \`to\` называет не пункт сбора, — на этом значении (правила языка плана сообщают там же о необъявленном имени или имени не того вида). О пункте сбора, который не назван ни в одном \`to\`, сообщается в его заголовке как об информационном замечании (\`info\`). Исправления нет: какой маршрут куда ведёт, решают составители плана.`,
        severityWhen: `информационное замечание, если к пункту сбора не ведёт ни один маршрут`,
      },
      uz: {
        summary: `Yoʻnalish yigʻilish punktiga olib bormaydi yoki yigʻilish punktiga birorta ham yoʻnalish olib bormaydi (maʼlumot).`,
        why: `Yoʻnalishlar va yigʻilish punktlari bitta rejaning ikki yarmidir: yoʻnalish odamlar qabul qilinadigan joyda tugashi, odamlarga borish aytilgan har bir joyga esa yoʻl, transporti yoʻqlar uchun transport bilan, olib borishi kerak. Migrantlar koʻpincha rejada koʻrsatilgan markazlardan uzoqda — lagerlarda, qurilish maydonlarida, fermalarda yashaydi va yoʻnalishsiz xavfsiz joyga yetib bora olmaydi (${citeUz(guidelines)}).`,
        notes: `\`to\` siz yoʻnalish haqida uning sarlavhasida xabar beriladi; \`to\` yigʻilish punktidan boshqa narsani koʻrsatgan yoʻnalish haqida shu qiymatda xabar beriladi (reja tili qoidalari ham u yerda eʼlon qilinmagan nom yoki boshqa turdagi nom haqida xabar beradi). Hech bir \`to\` da koʻrsatilmagan yigʻilish punkti haqida uning sarlavhasida maʼlumot (\`info\`) sifatida xabar beriladi. Tuzatish yoʻq: qaysi yoʻnalish qayerga borishini reja tuzuvchilari hal qiladi.`,
        severityWhen: `yigʻilish punktiga birorta ham yoʻnalish olib bormasa, maʼlumot`,
      },
    },
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
  check(context) {
    const { plan, resolution, report } = context;
    const say = voice(messages, guidelines, context);
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const reached = new Set<string>();

    for (const route of inSection(plan, "evacuation", "route")) {
      const to = attributeOf(route, "to");
      const target = to?.values[0];
      const name = route.id!.text;
      if (!to || !target) {
        report({
          message: say.t("noDestination", { route: name, cite: say.cite() }),
          span: to?.span ?? headerSpan(route),
        });
        continue;
      }
      const declaration = target.kind === "ident" ? resolution.declarations.get(target.text) : undefined;
      if (declaration?.kind === "assembly-point") {
        reached.add(declaration.name);
        continue;
      }
      const destination = declaration ? "declared" : target.kind === "ident" ? "undeclared" : "text";
      report({
        message: say.t("notAPoint", {
          route: name,
          target: destination,
          kind: declaration?.kind ?? "",
          name: declaration ? declaration.name : target.kind === "ident" ? target.text : target.raw,
          cite: say.cite(),
        }),
        span: target.span,
      });
    }

    for (const point of inSection(plan, "evacuation", "assembly-point")) {
      if (reached.has(point.id!.text)) continue;
      report({
        message: say.t("noRoute", { point: point.id!.text, cite: say.cite() }),
        span: headerSpan(point),
        severity: "info",
      });
    }
  },
};
