import type { Fix } from "../../core/finding";
import type { Rule, RuleMessages } from "../../core/rule";
import { addValuesFix, cite, headerSpan, inSection, populations, section, word, words } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G5", "G13"];

const messages = {
  notAccessible: {
    en: "Population ''{population}'' includes {needs, select, both {people with disabilities and older persons} disabilities {people with disabilities} other {older persons}}, but {gap, select, both {{words} {count, plural, one {is} other {are}} not in the evacuation''s \"priority\" and no assembly point is marked \"accessible: yes\"} priority {{words} {count, plural, one {is} other {are}} not in the evacuation''s \"priority\"} other {no assembly point is marked \"accessible: yes\"}}. {gap, select, both {Add {words} to \"priority\" and name an assembly point they can reach and use, with \"accessible: yes\"} priority {Add {words} to \"priority\"} other {Name an assembly point they can reach and use, with \"accessible: yes\"}}, so that those who need help to move are moved first and to a place they can use ({cite}).",
    ru: "В группу населения {population} входят {needs, select, both {люди с инвалидностью и пожилые люди} disabilities {люди с инвалидностью} other {пожилые люди}}, но {gap, select, both {{words} нет в `priority` раздела эвакуации и ни один пункт сбора не отмечен `accessible: yes`} priority {{words} нет в `priority` раздела эвакуации} other {ни один пункт сбора не отмечен `accessible: yes`}}. {gap, select, both {Добавьте {words} в `priority` и укажите с `accessible: yes` пункт сбора, до которого они могут добраться и которым могут пользоваться} priority {Добавьте {words} в `priority`} other {Укажите с `accessible: yes` пункт сбора, до которого они могут добраться и которым могут пользоваться}}, чтобы тех, кому нужна помощь в передвижении, перемещали первыми и туда, где они смогут находиться ({cite}).",
    uz: "{population} aholi guruhiga {needs, select, both {nogironligi bor odamlar va keksalar} disabilities {nogironligi bor odamlar} other {keksalar}} kiradi, ammo {gap, select, both {{words} evakuatsiyaning `priority` ida yoʻq va birorta yigʻilish punkti `accessible: yes` deb belgilanmagan} priority {{words} evakuatsiyaning `priority` ida yoʻq} other {birorta yigʻilish punkti `accessible: yes` deb belgilanmagan}}. {gap, select, both {{words} ni `priority` ga qoʻshing va ular yetib borib foydalana oladigan yigʻilish punktini `accessible: yes` bilan koʻrsating} priority {{words} ni `priority` ga qoʻshing} other {Ular yetib borib foydalana oladigan yigʻilish punktini `accessible: yes` bilan koʻrsating}}, toki harakatlanishda yordamga muhtojlar birinchi boʻlib va foydalana oladigan joyga koʻchirilsin ({cite}).",
  },
} satisfies RuleMessages;

/** The vulnerabilities that need step-free places and help to move first. */
const REDUCED_MOBILITY = ["disabilities", "older-persons"] as const;

/**
 * EVAC008: a population with disabilities or older persons needs an
 * accessible assembly point and a place in `priority`. One finding per
 * population, naming every gap.
 */
export const evacuationAccessibility: Rule = {
  meta: {
    code: "EVAC008",
    name: "evacuation-accessibility",
    area: "evacuation",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "A population with `disabilities` or `older-persons` has no accessible assembly point, or is not in the evacuation's `priority`.",
    translations: {
      ru: {
        summary: `У группы населения с \`disabilities\` или \`older-persons\` нет доступного пункта сбора, или её нет в \`priority\` раздела эвакуации.`,
        why: `Людям с инвалидностью и пожилым людям нужно больше времени и помощь, чтобы переместиться, и они не могут воспользоваться помещением, в которое не могут попасть. Среди мигрантов они к тому же чаще всего живут одиноко, без родных рядом, которые могли бы их вынести. План должен перемещать их в первую очередь и направлять туда, где они смогут находиться (${citeRu(guidelines)}).`,
        notes: `Проверяется каждая объявленная в плане группа населения, охвачена она эвакуацией или нет (о невключённых сообщает EVAC002). Замечание относится к заголовку группы. Одного доступного пункта сбора (\`accessible: yes\`) достаточно для всего плана. Исправление добавляет недостающие уязвимости в \`priority\`; оно предлагается, только если в этом весь пробел, так как никакая правка не сделает помещение доступным.`,
      },
      uz: {
        summary: `\`disabilities\` yoki \`older-persons\` boʻlgan aholi guruhi uchun qulay yigʻilish punkti yoʻq yoki u evakuatsiya boʻlimining \`priority\` sida yoʻq.`,
        why: `Nogironligi bor odamlar va keksalarga koʻchish uchun koʻproq vaqt va yordam kerak, ular kira olmaydigan binodan foydalana olmaydi. Migrantlar orasida ular, bundan tashqari, koʻpincha yolgʻiz, ularni olib chiqa oladigan qarindoshlarisiz yashaydi. Reja ularni birinchi navbatda koʻchirishi va ular foydalana oladigan joyga yuborishi kerak (${citeUz(guidelines)}).`,
        notes: `Rejada eʼlon qilingan har bir aholi guruhi, evakuatsiya qamrab olgan-olmaganidan qatʼi nazar, tekshiriladi (kiritilmaganlar haqida EVAC002 xabar beradi). Eslatma guruh sarlavhasiga tegishli. Butun reja uchun bitta qulay yigʻilish punkti (\`accessible: yes\`) yetarli. Tuzatish yetishmayotgan zaifliklarni \`priority\` ga qoʻshadi; u faqat kamchilik shundan iborat boʻlsagina taklif qilinadi, chunki hech qanday tahrir binoni qulay qila olmaydi.`,
      },
    },
    docs: {
      why: `People with disabilities and older persons take longer to move, need help to do it, and cannot use a site they cannot get into. Among migrants they are also the most likely to live isolated, without family nearby to carry them out. The plan must move them first and send them somewhere they can use (${cite(guidelines)}).`,
      failing: `plan "Heatwave plan" {
  population older_residents "Older long-term residents" { vulnerabilities: older-persons }
  evacuation {
    priority: children, pregnant
    assembly-point cooling_centre "Cooling centre" { capacity: 3000  accessible: yes }
  }
}`,
      passing: `plan "Heatwave plan" {
  population older_residents "Older long-term residents" { vulnerabilities: older-persons }
  evacuation {
    priority: children, pregnant, older-persons
    assembly-point cooling_centre "Cooling centre" { capacity: 3000  accessible: yes }
  }
}`,
      notes: `Every population the plan declares is checked, covered by the evacuation or not (EVAC002 reports those left out). The finding stands on the population's header. One accessible assembly point (\`accessible: yes\`) is enough for the whole plan. The fix adds the missing vulnerabilities to \`priority\`; it is offered only when that is the whole gap, since no edit can make a site accessible.`,
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const priority = new Set(words(evacuation, "priority"));
    const hasAccessiblePoint = inSection(plan, "evacuation", "assembly-point").some((a) => word(a, "accessible") === "yes");

    // At most three different fixes (one or both words): build each once,
    // not once per population, since building one scans the section.
    const fixes = new Map<string, Fix | undefined>();
    const priorityFix = (missing: string[]): Fix | undefined => {
      const key = missing.join(",");
      if (!fixes.has(key)) fixes.set(key, addValuesFix(document, evacuation, "priority", missing, say.addValues("priority", missing)));
      return fixes.get(key);
    };

    for (const population of populations(plan)) {
      const present = new Set(words(population, "vulnerabilities"));
      const needing = REDUCED_MOBILITY.filter((v) => present.has(v));
      if (needing.length === 0) continue;
      const notPrioritised = needing.filter((v) => !priority.has(v));
      if (notPrioritised.length === 0 && hasAccessiblePoint) continue;

      const fix = hasAccessiblePoint ? priorityFix(notPrioritised) : undefined;
      const listed = say.list(notPrioritised.map((v) => (say.locale === "en" ? `"${v}"` : say.word(v))));
      report({
        message: say.t("notAccessible", {
          population: population.id!.text,
          needs: needing.length === 2 ? "both" : needing[0] === "disabilities" ? "disabilities" : "older",
          gap: notPrioritised.length > 0 && !hasAccessiblePoint ? "both" : notPrioritised.length > 0 ? "priority" : "point",
          words: listed,
          count: notPrioritised.length,
          cite: say.cite(),
        }),
        span: headerSpan(population),
        fixes: fix ? [fix] : [],
      });
    }
  },
};
