import type { Block } from "../../core/ast";
import { MAX_RELATED } from "../../core/finding";
import type { Rule, RuleMessages } from "../../core/rule";
import type { Span } from "../../core/text";
import { cite, headerSpan, populations, section, words } from "../plan-model";
import { needsMet, pathwaySkeletonFix } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G12"];

const messages = {
  noPathway: {
    en: "The referral section has no pathway for {need}, needed by {who}. Add a pathway with \"need: {word}\" and its provider: {key, select, child_protection {children separated or put at risk in a crisis need a child-protection agency that takes charge of them} family_tracing {children on their own must be traced back to their families} trafficking {victims of trafficking need specialised help, and a crisis puts them at greater risk} asylum {people who cannot turn to a state of origin need access to asylum and international protection} other {pregnant women need maternal health care, wherever they come from}} ({cite}).",
    ru: "В разделе перенаправления нет механизма перенаправления для потребности «{need}», которая есть у групп населения {who}. Добавьте `pathway` с `need: {word}` и поставщиком услуг: {key, select, child_protection {детям, разлучённым с семьёй или оказавшимся в опасности во время кризиса, нужна служба защиты детей, которая возьмёт их под опеку} family_tracing {детей, оставшихся одних, нужно найти и вернуть в семьи} trafficking {жертвам торговли людьми нужна специальная помощь, а кризис увеличивает для них опасность} asylum {людям, которые не могут обратиться к государству происхождения, нужен доступ к убежищу и международной защите} other {беременным женщинам нужна медицинская помощь, откуда бы они ни были}} ({cite}).",
    uz: "Yoʻnaltirish boʻlimida {who} aholi guruhlariga kerak boʻlgan «{need}» ehtiyoji uchun yoʻnaltirish mexanizmi yoʻq. `need: {word}` va xizmat koʻrsatuvchi bilan `pathway` qoʻshing: {key, select, child_protection {inqiroz paytida oilasidan ajralgan yoki xavf ostida qolgan bolalarga ularni oʻz qaramogʻiga oladigan bolalarni himoya qilish xizmati kerak} family_tracing {yolgʻiz qolgan bolalarni topib, oilalariga qaytarish kerak} trafficking {odam savdosi qurbonlariga maxsus yordam kerak, inqiroz esa ular uchun xavfni oshiradi} asylum {kelib chiqqan davlatiga murojaat qila olmaydigan odamlarga boshpana va xalqaro himoyadan foydalanish imkoni kerak} other {homilador ayollarga qayerdan kelganidan qatʼi nazar tibbiy yordam kerak}} ({cite}).",
  },
  declares: {
    en: "{population} declares {declared}",
    ru: "{population}: указано {declared}",
    uz: "{population}: {declared} koʻrsatilgan",
  },
  addPathway: {
    en: "Add a pathway for {need}",
    ru: "Добавить механизм перенаправления для потребности «{need}»",
    uz: "«{need}» ehtiyoji uchun yoʻnaltirish mexanizmini qoʻshish",
  },
} satisfies RuleMessages;

/**
 * The pathways particular vulnerabilities call for, in the order findings
 * are reported, with why and how the inserted pathway is named.
 */
export const VULNERABLE_NEEDS: readonly {
  need: string;
  vulnerabilities: readonly string[];
  why: string;
  /** The suggestion's id, where the need's own would mislead. */
  idBase?: string;
}[] = [
  {
    need: "child-protection",
    vulnerabilities: ["children", "unaccompanied-children"],
    why: "children separated or put at risk in a crisis need a child-protection agency that takes charge of them",
  },
  {
    need: "family-tracing",
    vulnerabilities: ["unaccompanied-children"],
    why: "children on their own must be traced back to their families",
  },
  {
    need: "trafficking",
    vulnerabilities: ["trafficking-victims"],
    why: "victims of trafficking need specialised help, and a crisis puts them at greater risk",
  },
  {
    need: "asylum",
    vulnerabilities: ["asylum-seekers", "stateless"],
    why: "people who cannot turn to a state of origin need access to asylum and international protection",
  },
  {
    need: "health",
    vulnerabilities: ["pregnant"],
    why: "pregnant women need maternal health care, wherever they come from",
    // REF001 may insert a `health` pathway too: a different id keeps the two fixes from clashing.
    idBase: "maternal_health",
  },
];

/**
 * REF006: the vulnerabilities populations declare each have the pathway they
 * call for. One finding per missing need, at the `referral` keyword, naming
 * the populations that need it.
 */
export const referralVulnerableNeeds: Rule = {
  meta: {
    code: "REF006",
    name: "referral-vulnerable-needs",
    area: "referral",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "A population's vulnerabilities call for a pathway the referral section lacks: child-protection, family-tracing, trafficking, asylum or health (one finding per missing need).",
    translations: {
      ru: {
        summary: `Уязвимости группы населения требуют механизма, которого нет в разделе перенаправления: защита детей, розыск семей, торговля людьми, убежище или медицинская помощь (одно замечание на каждую недостающую потребность).`,
        why: `Некоторым мигрантам нужно больше, чем всем остальным: детям — защита детей, несопровождаемым детям — розыск их семей, жертвам торговли людьми — специализированная помощь, лицам, ищущим убежища, и лицам без гражданства — доступ к международной защите, беременным женщинам — медицинская помощь. Руководящие принципы MICIC требуют такого порядка перенаправления, который приводит людей с особыми потребностями к участникам, способным их удовлетворить (${citeRu(guidelines)}). Если плану известно, что в группе населения есть такие люди, в разделе перенаправления должен быть соответствующий механизм.`,
        notes: `\`children\` и \`unaccompanied-children\` требуют \`child-protection\`, \`unaccompanied-children\` — также \`family-tracing\`, \`trafficking-victims\` — \`trafficking\`, \`asylum-seekers\` и \`stateless\` — \`asylum\`, а \`pregnant\` — \`health\`. Одно замечание на каждую недостающую потребность, сколько бы групп её ни требовало; в сообщении эти группы названы. Исправление вставляет механизм с заданным \`need:\` и без поставщика услуг (тогда REF002 попросит его указать); для \`pregnant\` это механизм охраны материнства, чтобы он никогда не совпадал с механизмом \`health\`, который вставляет исправление REF001. План без раздела \`referral\` получает вместо этого замечание PLAN004.`,
      },
      uz: {
        summary: `Aholi guruhining zaifliklari yoʻnaltirish boʻlimida yoʻq mexanizmni talab qiladi: bolalar himoyasi, oilani qidirish, odam savdosi, boshpana yoki tibbiy yordam (har bir yetishmayotgan ehtiyoj uchun bitta eslatma).`,
        why: `Baʼzi migrantlarga hammaga kerak boʻlgandan koʻproq narsa kerak: bolalarga — bolalar himoyasi, kuzatuvchisiz bolalarga — oilasini qidirish, odam savdosi qurbonlariga — ixtisoslashgan yordam, boshpana soʻraganlar va fuqaroligi boʻlmagan shaxslarga — xalqaro himoyadan foydalanish imkoniyati, homilador ayollarga — tibbiy yordam. MICIC qoʻllanmasi alohida ehtiyojli odamlarni ularni qondira oladigan ishtirokchilarga olib boradigan yoʻnaltirish tartibini talab qiladi (${citeUz(guidelines)}). Agar rejaga aholi guruhida shunday odamlar borligi maʼlum boʻlsa, yoʻnaltirish boʻlimida tegishli mexanizm boʻlishi kerak.`,
        notes: `\`children\` va \`unaccompanied-children\` \`child-protection\` ni, \`unaccompanied-children\` shuningdek \`family-tracing\` ni, \`trafficking-victims\` \`trafficking\` ni, \`asylum-seekers\` va \`stateless\` \`asylum\` ni, \`pregnant\` esa \`health\` ni talab qiladi. Uni qancha guruh talab qilishidan qatʼi nazar, har bir yetishmayotgan ehtiyoj uchun bitta eslatma; xabarda bu guruhlar nomlanadi. Tuzatish \`need:\` belgilangan va xizmat koʻrsatuvchisiz mexanizmni qoʻshadi (shundan keyin REF002 uni koʻrsatishni soʻraydi); \`pregnant\` uchun bu onalikni muhofaza qilish mexanizmi, toki u REF001 tuzatishi qoʻshadigan \`health\` mexanizmi bilan hech qachon toʻqnashmasin. \`referral\` boʻlimi yoʻq reja buning oʻrniga PLAN004 eslatmasini oladi.`,
      },
    },
    docs: {
      why: `Some migrants need more than the help everyone needs: children need child protection, unaccompanied children need their families traced, victims of trafficking need specialised assistance, asylum-seekers and stateless people need access to international protection, and pregnant women need health care. The MICIC Guidelines ask for referral procedures that take people with specific needs to the stakeholders who can meet them (${cite(guidelines)}). When a plan knows that a population includes such people, its referral section must have the pathway.`,
      failing: `plan "Earthquake plan" {
  stakeholder unicef "UNICEF field office" {
    kind: international-organization  contact: "unicef@example.org"
  }
  population families "Migrant families" {
    size: 3000  nationalities: AF  languages: prs
    vulnerabilities: children, unaccompanied-children
  }
  referral {
    pathway child_safety "Child protection" { need: child-protection  provider: unicef }
  }
}`,
      passing: `plan "Earthquake plan" {
  stakeholder unicef "UNICEF field office" {
    kind: international-organization  contact: "unicef@example.org"
  }
  population families "Migrant families" {
    size: 3000  nationalities: AF  languages: prs
    vulnerabilities: children, unaccompanied-children
  }
  referral {
    pathway child_safety "Child protection" { need: child-protection  provider: unicef }
    pathway tracing "Family tracing" { need: family-tracing  provider: unicef }
  }
}`,
      notes: "`children` and `unaccompanied-children` call for `child-protection`, `unaccompanied-children` also for `family-tracing`, `trafficking-victims` for `trafficking`, `asylum-seekers` and `stateless` for `asylum`, and `pregnant` for `health`. One finding per missing need, however many populations call for it; the message names them. The fix inserts a pathway with `need:` set and no provider (REF002 then asks for one); for `pregnant` it is a maternal health pathway, so that it never clashes with the `health` pathway REF001's fix inserts. A plan without a `referral` section gets PLAN004 instead.",
    },
  },
  check(context) {
    const { document, plan, resolution, report } = context;
    const say = voice(messages, guidelines, context);
    const referral = section(plan, "referral");
    if (!referral) return;
    const met = needsMet(referral);
    // Which populations declare each vulnerability, built once.
    const declaredBy = new Map<string, Block[]>();
    for (const population of populations(plan)) {
      for (const vulnerability of new Set(words(population, "vulnerabilities"))) {
        const list = declaredBy.get(vulnerability) ?? [];
        list.push(population);
        declaredBy.set(vulnerability, list);
      }
    }
    for (const { need, vulnerabilities, idBase } of VULNERABLE_NEEDS) {
      if (met.has(need)) continue;
      // Each population once, in source order, with its vulnerabilities that call for the need.
      const found = new Map<Block, string[]>();
      for (const vulnerability of vulnerabilities) {
        for (const population of declaredBy.get(vulnerability) ?? []) {
          found.set(population, [...(found.get(population) ?? []), vulnerability]);
        }
      }
      if (found.size === 0) continue;
      const callers = [...found].sort(([a], [b]) => a.span.start - b.span.start);
      const who = say.list(callers.map(([population, declared]) => `${population.id!.text} (${say.list(declared.map(say.word))})`), { max: 3 });
      const related: { message: string; span: Span }[] = callers.slice(0, MAX_RELATED).map(([population, declared]) => ({
        message: say.t("declares", { population: population.id!.text, declared: say.list(declared.map(say.word)) }),
        span: headerSpan(population),
      }));
      const fix = pathwaySkeletonFix(document, resolution, referral, need, { idBase, title: say.t("addPathway", { need: say.need(need) }) });
      report({
        message: say.t("noPathway", { need: say.need(need), who, word: need, key: need.replace(/-/g, "_"), cite: say.cite() }),
        span: referral.kind.span,
        related,
        fixes: fix ? [fix] : [],
      });
    }
  },
};
