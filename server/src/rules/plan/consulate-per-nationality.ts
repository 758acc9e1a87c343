import { attributeOf, type Block, type Value } from "../../core/ast";
import { countries } from "../../core/codes";
import type { PlanDocument } from "../../core/document";
import { indentUnit, insertMember, textPlaceholder } from "../../core/edits";
import type { Fix, TextEdit } from "../../core/finding";
import { referencedDeclarations } from "../../core/resolve";
import type { Rule, RuleMessages } from "../../core/rule";
import { addValuesFix, cite, headerSpan, populations, section, stakeholders, uniqueId, words } from "../plan-model";
import { countryLabel, countryTitle, kindOf, stakeholdersOfKind } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G10", "G13"];

const messages = {
  notLiaised: {
    en: "Nationals of {country} are in the plan (population {population}) and {consulate} is their consulate, but the evacuation does not list it in \"consular-liaison\". Add {consulate} to \"consular-liaison\" so that the evacuation works with it: consulates issue emergency travel documents and help their nationals reach safety or go home ({cite}).",
    ru: "В группе населения {population} есть граждане страны {country}, и {consulate} — их консульство, но в `consular-liaison` раздела эвакуации оно не указано. Добавьте {consulate} в `consular-liaison`, чтобы эвакуация велась во взаимодействии с ним: консульства выдают документы для экстренного выезда и помогают своим гражданам добраться до безопасного места или вернуться домой ({cite}).",
    uz: "{population} aholi guruhida {country} fuqarolari bor va {consulate} ularning konsulligi, ammo evakuatsiya boʻlimining `consular-liaison` ida u koʻrsatilmagan. Evakuatsiya u bilan hamkorlikda olib borilishi uchun {consulate} ni `consular-liaison` ga qoʻshing: konsulliklar favqulodda safar hujjatlarini beradi va oʻz fuqarolariga xavfsiz joyga yetib olish yoki uyga qaytishda yordam beradi ({cite}).",
  },
  noConsulate: {
    en: "Nationals of {country} are in the plan (population {population}), but the plan declares no consulate of {countryTitle} and the evacuation lists none in \"consular-liaison\". Declare it (stakeholder {id} \"…\" '{' kind: consulate  country: {code}  contact: \"…\" '}') and add it to \"consular-liaison\": consulates issue emergency travel documents and help their nationals reach safety or go home ({cite}).",
    ru: "В группе населения {population} есть граждане страны {country}, но в плане не объявлено консульство этой страны и в `consular-liaison` раздела эвакуации консульство не указано. Объявите его (`stakeholder {id} \"…\" '{' kind: consulate  country: {code}  contact: \"…\" '}'`) и добавьте в `consular-liaison`: консульства выдают документы для экстренного выезда и помогают своим гражданам добраться до безопасного места или вернуться домой ({cite}).",
    uz: "{population} aholi guruhida {country} fuqarolari bor, ammo rejada bu davlatning konsulligi eʼlon qilinmagan va evakuatsiya boʻlimining `consular-liaison` ida konsullik koʻrsatilmagan. Uni eʼlon qiling (`stakeholder {id} \"…\" '{' kind: consulate  country: {code}  contact: \"…\" '}'`) va `consular-liaison` ga qoʻshing: konsulliklar favqulodda safar hujjatlarini beradi va oʻz fuqarolariga xavfsiz joyga yetib olish yoki uyga qaytishda yordam beradi ({cite}).",
  },
  liaison: {
    en: "the evacuation''s consular liaison",
    ru: "взаимодействие с консульствами при эвакуации",
    uz: "evakuatsiyada konsulliklar bilan aloqa",
  },
  theConsulate: {
    en: "{consulate}, the consulate of {country}",
    ru: "{consulate} — консульство страны {country}",
    uz: "{consulate} — {country} konsulligi",
  },
  addLiaison: {
    en: "Add ''{consulate}'' to ''consular-liaison''",
    ru: "Добавить {consulate} в `consular-liaison`",
    uz: "{consulate} ni `consular-liaison` ga qoʻshish",
  },
  declare: {
    en: "Declare ''{consulate}'' and add it to ''consular-liaison''",
    ru: "Объявить {consulate} и добавить в `consular-liaison`",
    uz: "{consulate} ni eʼlon qilish va `consular-liaison` ga qoʻshish",
  },
} satisfies RuleMessages;

/** Where a nationality first appears: the population and its country-code value. */
interface FirstMention {
  population: Block;
  value: Value;
}

/**
 * STK003: every nationality in the plan has its consulate in the
 * evacuation's `consular-liaison`. One finding per nationality, on the
 * country code in the first population that names it.
 */
export const consulatePerNationality: Rule = {
  meta: {
    code: "STK003",
    name: "consulate-per-nationality",
    area: "stakeholder",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "A nationality in some population has no consulate of that country in `evacuation.consular-liaison` (one finding per nationality).",
    translations: {
      ru: {
        summary: `Для гражданства, указанного у группы населения, нет консульства этой страны в \`evacuation.consular-liaison\` (одно замечание на каждое гражданство).`,
        why: `Когда мигрантам нужно переместиться в безопасное место или покинуть страну, их консульства выдают экстренные проездные документы, удостоверяют личность граждан, потерявших документы, и организуют возвращение домой (${citeRu(guidelines)}). В кризис это работает, только если эвакуация уже взаимодействует с ними. Поэтому для каждого гражданства в плане должно быть объявлено консульство с заданным \`country\`, включённое в \`consular-liaison\` раздела эвакуации.`,
        notes: `Одно замечание на каждое гражданство, на коде страны в первой группе населения, которая его называет. Участник учитывается, если его \`kind\` — \`consulate\`, а \`country\` — это гражданство; объявленное, но не включённое в \`consular-liaison\` консульство не соответствует правилу, и замечание указывает на него. Коды, которые не являются кодами стран ISO, — замечание SCH002, а план без раздела \`evacuation\` получает вместо этого PLAN004. Исправление добавляет консульство в \`consular-liaison\`, предварительно объявив его (\`kind: consulate\` и \`country\`, пока без контакта, о котором затем попросит STK001), если в плане его нет. Оно предлагается только в редакторе: для беженцев и лиц, ищущих убежища, взаимодействие с государством, из которого они бежали, может быть опасным, и не включать консульство может быть осознанным решением, которое должен принять человек.`,
      },
      uz: {
        summary: `Aholi guruhida koʻrsatilgan fuqarolik uchun \`evacuation.consular-liaison\` da shu mamlakat konsulligi yoʻq (har bir fuqarolik uchun bitta eslatma).`,
        why: `Migrantlar xavfsiz joyga koʻchishi yoki mamlakatni tark etishi kerak boʻlganda, ularning konsulliklari favqulodda yoʻl hujjatlarini beradi, hujjatlarini yoʻqotgan fuqarolarning shaxsini tasdiqlaydi va uyga qaytishni tashkil qiladi (${citeUz(guidelines)}). Inqirozda bu faqat evakuatsiya ular bilan allaqachon hamkorlik qilayotgan boʻlsagina ishlaydi. Shuning uchun rejadagi har bir fuqarolik uchun \`country\` belgilangan va evakuatsiya boʻlimining \`consular-liaison\` iga kiritilgan konsullik eʼlon qilinishi kerak.`,
        notes: `Har bir fuqarolik uchun uni nomlagan birinchi aholi guruhidagi mamlakat kodida bitta eslatma. Agar ishtirokchining \`kind\` i \`consulate\`, \`country\` i esa shu fuqarolik boʻlsa, u hisobga olinadi; eʼlon qilingan, ammo \`consular-liaison\` ga kiritilmagan konsullik qoidaga mos emas va eslatma unga ishora qiladi. ISO mamlakat kodlari boʻlmagan kodlar — SCH002 eslatmasi, \`evacuation\` boʻlimi yoʻq reja esa buning oʻrniga PLAN004 ni oladi. Rejada konsullik boʻlmasa, tuzatish uni avval eʼlon qilib (\`kind: consulate\` va \`country\`, hozircha kontaktsiz, keyin uni STK001 soʻraydi), \`consular-liaison\` ga qoʻshadi. U faqat muharrirda taklif qilinadi: qochqinlar va boshpana soʻraganlar uchun ular qochib chiqqan davlat bilan hamkorlik xavfli boʻlishi mumkin, konsullikni kiritmaslik esa inson qabul qilishi kerak boʻlgan ongli qaror boʻlishi mumkin.`,
      },
    },
    docs: {
      why: `When migrants must move to safety or leave the country, their consulates issue emergency travel documents, vouch for nationals who lost their papers and arrange the journey home (${cite(guidelines)}). That works in a crisis only if the evacuation already works with them. Every nationality in the plan therefore needs its consulate declared, with \`country\` set, and listed in the evacuation's \`consular-liaison\`.`,
      failing: `plan "Heatwave plan" {
  stakeholder al_embassy "Embassy of Albania" { kind: consulate  country: AL  contact: "+30 210 000 0010" }
  population older_albanians "Older Albanian residents" { size: 6_000  nationalities: AL  languages: sq, el }
  population georgian_carers "Georgian live-in carers" { size: 4_000  nationalities: GE  languages: ka, ru }
  evacuation {
    consular-liaison: al_embassy
  }
}`,
      passing: `plan "Heatwave plan" {
  stakeholder al_embassy "Embassy of Albania" { kind: consulate  country: AL  contact: "+30 210 000 0010" }
  stakeholder ge_embassy "Embassy of Georgia" { kind: consulate  country: GE  contact: "+30 210 000 0012" }
  population older_albanians "Older Albanian residents" { size: 6_000  nationalities: AL  languages: sq, el }
  population georgian_carers "Georgian live-in carers" { size: 4_000  nationalities: GE  languages: ka, ru }
  evacuation {
    consular-liaison: al_embassy, ge_embassy
  }
}`,
      notes: `One finding per nationality, on its country code in the first population that names it. A stakeholder counts when its \`kind\` is \`consulate\` and its \`country\` is the nationality; one declared but missing from \`consular-liaison\` still fails, and the finding points to it. Codes that are not ISO country codes are SCH002's finding, and a plan without an \`evacuation\` section gets PLAN004 instead. The fix adds the consulate to \`consular-liaison\`, declaring it first (\`kind: consulate\` and \`country\`, no contact yet, which STK001 then asks for) when the plan has none. It is offered in the editor only: for refugees and asylum-seekers, working with the state they fled may endanger them, and leaving a consulate out can be a deliberate choice that a person must make.`,
    },
  },
  check(context) {
    const { document, plan, resolution, report } = context;
    const say = voice(messages, guidelines, context);
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;

    const known = countries();
    const firstMention = new Map<string, FirstMention>();
    for (const population of populations(plan)) {
      for (const value of attributeOf(population, "nationalities")?.values ?? []) {
        if (value.kind !== "ident" || !known.has(value.text) || firstMention.has(value.text)) continue;
        firstMention.set(value.text, { population, value });
      }
    }
    if (firstMention.size === 0) return;

    const liaisonAttribute = attributeOf(evacuation, "consular-liaison");
    const liaised = new Set<string>();
    for (const declaration of referencedDeclarations(resolution, liaisonAttribute, "stakeholder")) {
      if (kindOf(declaration.block) === "consulate") for (const country of words(declaration.block, "country")) liaised.add(country);
    }
    const consulateOf = new Map<string, Block>();
    for (const consulate of stakeholdersOfKind(plan, ["consulate"])) {
      for (const country of words(consulate, "country")) if (!consulateOf.has(country)) consulateOf.set(country, consulate);
    }
    // A declared consulate goes after the others, or after the last stakeholder.
    const declareAfter = stakeholdersOfKind(plan, ["consulate"]).at(-1) ?? stakeholders(plan).at(-1);
    const unit = indentUnit(document); // once: it reads every line of the file

    for (const [country, { population, value }] of firstMention) {
      if (liaised.has(country)) continue;
      const consulate = consulateOf.get(country);
      const about = { country: say.country(country, countryLabel), population: population.id!.text, cite: say.cite() };
      const related = liaisonAttribute ? [{ message: say.t("liaison"), span: liaisonAttribute.span }] : [];

      if (consulate) {
        const id = consulate.id!.text;
        const fix = addValuesFix(document, evacuation, "consular-liaison", [id], say.t("addLiaison", { consulate: id }));
        report({
          message: say.t("notLiaised", { ...about, consulate: id }),
          span: value.span,
          fixes: fix ? [fix] : [],
          related: [{ message: say.t("theConsulate", { consulate: id, country: say.country(country, countryLabel) }), span: headerSpan(consulate) }, ...related],
        });
        continue;
      }

      const id = uniqueId(resolution, `${country.toLowerCase()}_consulate`);
      const fix = declareAndLiaiseFix(document, unit, plan, evacuation, id, country, declareAfter, say.t("declare", { consulate: id }));
      report({
        message: say.t("noConsulate", { ...about, countryTitle: countryTitle(country), id, code: country }),
        span: value.span,
        fixes: fix ? [fix] : [],
        related,
      });
    }
  },
};

/**
 * A fix that declares the consulate (after the last consulate, else the last
 * stakeholder) and adds it to the liaison list: two edits, in two different
 * blocks, so they can never collide.
 */
function declareAndLiaiseFix(
  document: PlanDocument,
  unit: string,
  plan: Block,
  evacuation: Block,
  id: string,
  country: string,
  after: Block | undefined,
  title: string,
): Fix | undefined {
  // Its name and contact are the drafter's to write, in the plan's language.
  const stub = `stakeholder ${id} "${textPlaceholder()}" {\n${unit}kind: consulate\n${unit}country: ${country}\n${unit}contact: "${textPlaceholder()}"\n}`;
  const declare = insertMember(document, plan, stub, after);
  const liaise = addValuesFix(document, evacuation, "consular-liaison", [id]);
  if (!declare || !liaise) return undefined;
  const edits: TextEdit[] = [declare, ...liaise.edits];
  return { title, edits, kind: "suggestion" };
}
