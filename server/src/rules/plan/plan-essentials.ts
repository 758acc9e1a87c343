import { attributeOf, type Block } from "../../core/ast";
import type { Resolution } from "../../core/resolve";
import type { Rule, RuleMessages } from "../../core/rule";
import { HAZARDS } from "../../core/schema";
import { indentUnit, textPlaceholder, valuePlaceholder } from "../../core/edits";
import { cite, insertFix, planSpan, section, stakeholders, uniqueId, word } from "../plan-model";
import { kindOf } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G5"];

const messages = {
  missing: {
    en: "The plan does not say {says}. Add {names}: planning for migrants starts from where the plan applies, against which hazards, who answers for it and how current it is ({cite}).",
    ru: "В плане не сказано, {says}. Добавьте {names}: планирование для мигрантов начинается с того, где действует план, от каких опасностей, кто за него отвечает и насколько он актуален ({cite}).",
    uz: "Rejada {says} aytilmagan. {names} ni qoʻshing: migrantlar uchun rejalashtirish reja qayerda amal qilishi, qaysi xavflarga qarshi, unga kim javob berishi va qanchalik dolzarbligidan boshlanadi ({cite}).",
  },
  says: {
    en: "{name, select, country {which country it covers} hazards {which hazards it prepares for} lead {which agency owns it} other {when it was last reviewed}}",
    ru: "{name, select, country {какую страну он охватывает} hazards {к каким опасностям он готовит} lead {какое ведомство за него отвечает} other {когда он последний раз пересматривался}}",
    uz: "{name, select, country {qaysi mamlakatni qamrab olishi} hazards {qaysi xavflarga tayyorlanishi} lead {qaysi idora unga masʼulligi} other {oxirgi marta qachon qayta koʻrib chiqilgani}}",
  },
  fillIn: {
    en: "Add {names}, to fill in",
    ru: "Добавить {names}, чтобы заполнить",
    uz: "Toʻldirish uchun {names} ni qoʻshish",
  },
} satisfies RuleMessages;

/** The four essentials, in the order the schema lists them, with what each tells a reader. */
const ESSENTIALS: readonly { name: string; says: string }[] = [
  { name: "country", says: "which country it covers" },
  { name: "hazards", says: "which hazards it prepares for" },
  { name: "lead", says: "which agency owns it" },
  { name: "reviewed", says: "when it was last reviewed" },
];

/** Words a title uses for a hazard, when they are not the hazard's own word. */
const HAZARD_SYNONYMS: Readonly<Record<string, string>> = {
  floods: "flood", flooding: "flood",
  earthquakes: "earthquake", quake: "earthquake",
  mudflows: "mudflow", landslides: "landslide",
  storms: "storm", typhoon: "storm", typhoons: "storm", cyclone: "storm", cyclones: "storm", hurricane: "storm", hurricanes: "storm",
  droughts: "drought",
  wildfires: "wildfire", fire: "wildfire", fires: "wildfire", bushfire: "wildfire", bushfires: "wildfire",
  heat: "heatwave", heatwaves: "heatwave",
  epidemics: "epidemic", pandemic: "epidemic", outbreak: "epidemic",
  war: "conflict", armed: "conflict", conflicts: "conflict",
  chemical: "industrial",
};

/**
 * The hazards a plan's title names ("Tashkent flood and earthquake plan"),
 * in the schema's order: the fix's best guess, for the drafter to check.
 * Every hazard when the title names none, for the drafter to prune.
 */
function hazardsFromTitle(plan: Block): string[] {
  const known = new Set<string>(HAZARDS);
  const found = new Set<string>();
  for (const w of (plan.title?.text ?? "").toLowerCase().split(/[^a-z]+/)) {
    const hazard = known.has(w) ? w : HAZARD_SYNONYMS[w];
    if (hazard) found.add(hazard);
  }
  return HAZARDS.filter((h) => found.has(h));
}

/**
 * The stakeholders that may own the plan, the likeliest first: the
 * evacuation's lead, then the government stakeholders, then the others.
 * The drafter chooses among them; empty when the plan declares none.
 */
function likelyLeads(plan: Block, resolution: Resolution): string[] {
  const evacuationLead = word(section(plan, "evacuation"), "lead");
  const declared = stakeholders(plan).filter((s) => s.id);
  const government = declared.filter((s) => kindOf(s) === "government").map((s) => s.id!.text);
  const first = evacuationLead && resolution.declarations.get(evacuationLead)?.kind === "stakeholder" ? [evacuationLead] : [];
  return [...new Set([...first, ...government, ...declared.map((s) => s.id!.text)])];
}

/**
 * PLAN002: the plan says where, against what, under whom and as of when.
 * One finding per plan, naming every essential that is missing.
 */
export const planEssentials: Rule = {
  meta: {
    code: "PLAN002",
    name: "plan-essentials",
    area: "plan",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "The plan lacks one or more of `country`, `hazards`, `lead` and `reviewed` (one finding naming all that are missing).",
    translations: {
      ru: {
        summary: `В плане нет одного или нескольких из \`country\`, \`hazards\`, \`lead\` и \`reviewed\` (одно замечание, где названо всё недостающее).`,
        why: `Планирование на случай чрезвычайных ситуаций с учётом мигрантов начинается с основного: страна и опасности, которые охватывает план, ведомство, которое за него отвечает, и насколько он актуален (${citeRu(guidelines)}). Без ведущего ведомства пробелы плана ничьи; без опасностей нельзя понять, подходят ли условия введения мер и сообщения; без даты пересмотра неизвестно, верны ли ещё его цифры и контакты.`,
        notes: `Атрибут считается указанным при любом значении; значение не того вида — замечание SCH002. Предложение вставляет каждый недостающий атрибут с местом для заполнения там, где значение знает только составитель: \`country: "…"\`; в \`hazards\` — опасности, названные в заголовке плана, иначе выбор из опасностей схемы; в \`lead\` — выбор из объявленных участников (сначала ведущее ведомство эвакуации, затем государственные органы) или новый участник \`lead_agency\`, которого нужно назвать, если никто не объявлен; и \`reviewed\`, куда вписывается дата последнего пересмотра. Ничего не угадывается: SCH002 и SCH004 сообщают о местах, пока они не заполнены, а \`--fix\` это предложение не применяет.`,
      },
      uz: {
        summary: `Rejada \`country\`, \`hazards\`, \`lead\` va \`reviewed\` dan biri yoki bir nechtasi yoʻq (barcha yetishmayotganlarni nomlovchi bitta eslatma).`,
        why: `Migrantlarni hisobga olgan holda favqulodda vaziyatlarga rejalashtirish asosiy narsalardan boshlanadi: reja qamrab oladigan mamlakat va xavflar, u uchun javob beradigan idora va uning qanchalik dolzarbligi (${citeUz(guidelines)}). Yetakchi idorasiz rejaning kamchiliklari hech kimniki emas; xavflarsiz choralarni boshlash shartlari va xabarlar mos kelishini bilib boʻlmaydi; qayta koʻrib chiqish sanasisiz uning raqamlari va kontaktlari hali toʻgʻriligi nomaʼlum.`,
        notes: `Atribut har qanday qiymatda koʻrsatilgan hisoblanadi; boshqa turdagi qiymat — SCH002 eslatmasi. Taklif qiymatini faqat reja tuzuvchisi biladigan joyda har bir yetishmayotgan atributni toʻldiriladigan joy bilan qoʻshadi: \`country: "…"\`; \`hazards\` ga — reja sarlavhasida nomlangan xavflar, aks holda sxema xavflaridan tanlov; \`lead\` ga — eʼlon qilingan ishtirokchilardan tanlov (avval evakuatsiyaning yetakchi idorasi, keyin davlat organlari) yoki hech kim eʼlon qilinmagan boʻlsa, nomlanishi kerak boʻlgan yangi \`lead_agency\` ishtirokchisi; va oxirgi qayta koʻrib chiqish sanasi yoziladigan \`reviewed\`. Hech narsa taxmin qilinmaydi: joylar toʻldirilmaguncha SCH002 va SCH004 ular haqida xabar beradi, \`--fix\` esa bu taklifni qoʻllamaydi.`,
      },
    },
    docs: {
      why: `Contingency planning that includes migrants starts from the basics: the country and hazards the plan covers, the agency that answers for it, and how current it is (${cite(guidelines)}). Without a lead nobody owns the plan's gaps; without hazards nobody can tell whether the triggers and messages fit; without a review date nobody knows whether its numbers and contacts still hold.`,
      failing: `plan "Flood plan" {
  country: "Uzbekistan"
  hazards: flood
}`,
      passing: `plan "Flood plan" {
  country: "Uzbekistan"
  hazards: flood
  lead: mes
  reviewed: 2026-09-15
  stakeholder mes "Ministry of Emergency Situations" {
    kind: government  contact: "+998 71 000 0000"
  }
}`,
      notes: `An attribute counts as present whatever its value; a value of the wrong kind is SCH002's finding. The suggestion inserts every missing attribute, with a place to fill where only the drafter knows the value: \`country: "…"\`; as \`hazards\`, the hazards the plan's title names, else a choice of the schema's hazards; as \`lead\`, a choice of the declared stakeholders (the evacuation's lead first, then the government ones), or a new \`lead_agency\` stakeholder to name when none is declared; and \`reviewed\` to fill with the date of the last review. Nothing is guessed: SCH002 and SCH004 report the places until they are filled, and \`--fix\` leaves the suggestion alone.`,
    },
  },
  check(context) {
    const { document, plan, resolution, report } = context;
    const say = voice(messages, guidelines, context);
    const missing = ESSENTIALS.filter((e) => !attributeOf(plan, e.name));
    if (missing.length === 0) return;

    const lines: string[] = [];
    let leadStub: string | undefined;
    for (const { name } of missing) {
      // What the plan's own title says is read; everything else is the drafter's to choose or write.
      if (name === "country") lines.push(`country: "${textPlaceholder()}"`);
      if (name === "hazards") {
        const named = hazardsFromTitle(plan);
        lines.push(`hazards: ${named.length > 0 ? named.join(", ") : valuePlaceholder(HAZARDS)}`);
      }
      if (name === "reviewed") lines.push(`reviewed: ${valuePlaceholder()}`);
      if (name === "lead") {
        const leads = likelyLeads(plan, resolution);
        if (leads.length > 0) {
          lines.push(`lead: ${valuePlaceholder(leads)}`);
        } else {
          // Nobody to name: declare the lead agency too, so the reference resolves; its name is the drafter's.
          const lead = uniqueId(resolution, "lead_agency");
          leadStub = `stakeholder ${lead} "${textPlaceholder()}" {\n${indentUnit(document)}kind: government\n${indentUnit(document)}contact: "${textPlaceholder()}"\n}`;
          lines.push(`lead: ${lead}`);
        }
      }
    }
    // The attributes and any stub go in as one edit: two insertions at one
    // place would leave their order to whoever applies them.
    if (leadStub) lines.push(leadStub);
    const english = say.locale === "en";
    const fix = insertFix(document, plan, lines.join("\n"), say.t("fillIn", { names: say.list(missing.map((e) => (english ? `'${e.name}'` : say.word(e.name)))) }));

    report({
      message: say.t("missing", {
        says: say.list(missing.map((e) => say.t("says", { name: e.name })), { type: "disjunction" }),
        names: say.list(missing.map((e) => (english ? `"${e.name}"` : say.word(e.name)))),
        cite: say.cite(),
      }),
      span: planSpan(plan),
      fixes: fix ? [fix] : [],
    });
  },
};
