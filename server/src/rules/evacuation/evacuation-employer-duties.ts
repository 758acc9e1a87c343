import { attributeOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { addValuesFix, cite, populations, section, words } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G5", "G13"];

const messages = {
  duties: {
    en: "{count, plural, one {Population} other {Populations}} {populations} {count, plural, one {has employers} other {have employers}}, but {attribute, select, present {\"employer-duties\" lacks {missing}} other {the evacuation section has no \"employer-duties\"}}. Add {missing} to \"employer-duties\": employers must hand back the passports they hold and get their workers out, or workers wait for permission that never comes ({cite}).",
    ru: "У {count, plural, one {группы населения} few {групп населения} many {групп населения} other {групп населения}} {populations} есть работодатели, но {attribute, select, present {в `employer-duties` нет {missing}} other {в разделе эвакуации нет `employer-duties`}}. Добавьте {missing} в `employer-duties`: работодатели должны вернуть удерживаемые паспорта и вывезти своих работников, иначе работники ждут разрешения, которое так и не приходит ({cite}).",
    uz: "{populations} aholi {count, plural, one {guruhining} other {guruhlarining}} ish beruvchilari bor, ammo {attribute, select, present {`employer-duties` da {missing} yoʻq} other {evakuatsiya boʻlimida `employer-duties` yoʻq}}. {missing} ni `employer-duties` ga qoʻshing: ish beruvchilar oʻzlarida saqlanayotgan pasportlarni qaytarishi va ishchilarini olib chiqishi kerak, aks holda ishchilar hech qachon kelmaydigan ruxsatni kutib qoladi ({cite}).",
  },
} satisfies RuleMessages;

/** What employers must at least do: give back papers and get workers out. */
const ESSENTIAL_DUTIES = ["documents", "transport"] as const;

/**
 * EVAC013: when populations have employers, the evacuation must say that
 * employers return documents and provide transport. One finding, at the
 * evacuation section.
 */
export const evacuationEmployerDuties: Rule = {
  meta: {
    code: "EVAC013",
    name: "evacuation-employer-duties",
    area: "evacuation",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "Some population lists `employers`, and `employer-duties` lacks `documents` or `transport`.",
    translations: {
      ru: {
        summary: `У какой-то группы населения указаны \`employers\`, а в \`employer-duties\` нет \`documents\` или \`transport\`.`,
        why: `Трудовые мигранты часто не могут уехать без работодателя: он хранит их паспорта, распоряжается единственным транспортом с объекта и выплачивает им заработную плату. Если план не возлагает на работодателей никаких обязанностей, работники ждут разрешения, которого может и не быть. Если в плане названы работодатели, он должен по меньшей мере обязать их вернуть документы и вывезти своих работников (${citeRu(guidelines)}).`,
        notes: `Проверяется, только если хотя бы у одной группы населения указаны \`employers\`. Одно замечание на ключевом слове \`evacuation\` называет недостающие обязанности и группы, у которых есть работодатели. Исправление добавляет недостающие обязанности в \`employer-duties\` (вставляя атрибут, если его нет).`,
      },
      uz: {
        summary: `Qaysidir aholi guruhida \`employers\` koʻrsatilgan, \`employer-duties\` da esa \`documents\` yoki \`transport\` yoʻq.`,
        why: `Mehnat migrantlari koʻpincha ish beruvchisiz keta olmaydi: u ularning pasportlarini saqlaydi, obʼektdan yagona transportni boshqaradi va ish haqini toʻlaydi. Agar reja ish beruvchilarga hech qanday majburiyat yuklamasa, ishchilar hech qachon berilmasligi mumkin boʻlgan ruxsatni kutadi. Rejada ish beruvchilar koʻrsatilgan boʻlsa, u hech boʻlmaganda ularni hujjatlarni qaytarish va oʻz ishchilarini olib chiqishga majbur qilishi kerak (${citeUz(guidelines)}).`,
        notes: `Faqat kamida bitta aholi guruhida \`employers\` koʻrsatilgan boʻlsa tekshiriladi. \`evacuation\` kalit soʻzidagi bitta eslatma yetishmayotgan majburiyatlarni va ish beruvchilari bor guruhlarni nomlaydi. Tuzatish yetishmayotgan majburiyatlarni \`employer-duties\` ga qoʻshadi (atribut yoʻq boʻlsa, uni qoʻshadi).`,
      },
    },
    docs: {
      why: `Migrant workers often depend on their employer to leave: the employer holds their passport, runs the only transport from the site, and controls their pay. If the plan gives employers no duties, workers wait for permission that may never come. Where the plan names employers, it should at least oblige them to hand back documents and move their workers (${cite(guidelines)}).`,
      failing: `plan "Conflict plan" {
  stakeholder households "Employing households" { kind: employer  contact: "+961 1 000 031" }
  population domestic_workers "Domestic workers" { size: 6000  employers: households }
  evacuation {
    employer-duties: documents, information
  }
}`,
      passing: `plan "Conflict plan" {
  stakeholder households "Employing households" { kind: employer  contact: "+961 1 000 031" }
  population domestic_workers "Domestic workers" { size: 6000  employers: households }
  evacuation {
    employer-duties: documents, information, transport
  }
}`,
      notes: "Checked only when at least one population lists `employers`. One finding, on the `evacuation` keyword, naming the missing duties and the populations with employers. The fix adds the missing duties to `employer-duties` (inserting the attribute when it is absent).",
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const employed = populations(plan).filter((p) => words(p, "employers").length > 0);
    if (employed.length === 0) return;
    const duties = new Set(words(evacuation, "employer-duties"));
    const missing = ESSENTIAL_DUTIES.filter((d) => !duties.has(d));
    if (missing.length === 0) return;

    const english = say.locale === "en";
    const ids = employed.map((p) => (english ? `'${p.id!.text}'` : p.id!.text));
    const fix = addValuesFix(document, evacuation, "employer-duties", missing, say.addValues("employer-duties", missing));
    report({
      message: say.t("duties", {
        count: employed.length,
        populations: say.list(ids),
        attribute: attributeOf(evacuation, "employer-duties") ? "present" : "absent",
        missing: say.list(missing.map((d) => (english ? `"${d}"` : say.word(d)))),
        cite: say.cite(),
      }),
      span: evacuation.kind.span,
      fixes: fix ? [fix] : [],
    });
  },
};
