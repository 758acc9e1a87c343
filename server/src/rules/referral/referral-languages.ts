import { attributeOf, type Block } from "../../core/ast";
import { MAX_RELATED } from "../../core/finding";
import type { Rule, RuleMessages } from "../../core/rule";
import type { Span } from "../../core/text";
import { cite, headerSpan, languageKeyOf, NAMED_IN_MESSAGE, populations, section, words } from "../plan-model";
import { pathwayLabel, pathwaysOf } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G6", "G12"];

const messages = {
  unserved: {
    en: "The {pathway} is given only in {offered}, which {many, select, no {{named} {count, plural, one {does} other {do}} not understand} other {{count, number} of the populations it serves do not understand, among them {named}}}. Add a language they understand to its \"languages\", name in \"serves\" whom it is for, or arrange interpretation: a referral helps only if people can talk to the service ({cite}).",
    ru: "Механизм перенаправления {pathway} предоставляется только на языках {offered}, {many, select, no {а {named} их не {count, plural, one {понимает} few {понимают} many {понимают} other {понимают}}} other {а {count, plural, one {# группа населения} few {# группы населения} many {# групп населения} other {# группы населения}} из тех, кому он предназначен, их не понимают, среди них {named}}}. Добавьте в его `languages` понятный им язык, укажите в `serves`, для кого он, или организуйте устный перевод: перенаправление помогает, только если люди могут говорить со службой ({cite}).",
    uz: "{pathway} yoʻnaltirish mexanizmi faqat {offered} tillarida taqdim etiladi, {many, select, no {{named} esa ularni tushunmaydi} other {u moʻljallangan aholi guruhlaridan {count, number} tasi esa ularni tushunmaydi, jumladan {named}}}. Uning `languages` iga ular tushunadigan tilni qoʻshing, `serves` da kim uchunligini koʻrsating yoki ogʻzaki tarjimani tashkil qiling: yoʻnaltirish faqat odamlar xizmat bilan gaplasha olsagina yordam beradi ({cite}).",
  },
  understands: {
    en: "{population} understands {languages}",
    ru: "группа населения {population} понимает {languages}",
    uz: "{population} aholi guruhi {languages} tillarini tushunadi",
  },
} satisfies RuleMessages;

/**
 * REF009: a pathway that names its languages shares one with every
 * population it serves (`serves:`, or every population when it says
 * nothing or `all`). One finding per pathway, on its `languages`, naming
 * the first few populations it cannot serve and counting the rest.
 *
 * The work per pathway is what the pathway and its populations say, never
 * every population times every pathway: for a pathway that serves everyone,
 * the populations it does reach are marked from the speakers of its
 * languages, and the first ones it misses are found by walking the plan's
 * populations, which stops after the reached ones plus the few it names.
 */
export const referralLanguages: Rule = {
  meta: {
    code: "REF009",
    name: "referral-languages",
    area: "referral",
    severity: "info",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "A pathway's `languages` share none with a population it `serves` (every population when `serves` is absent or `all`).",
    translations: {
      ru: {
        summary: `Ни один из \`languages\` механизма не совпадает с языками группы населения, которую он обслуживает (\`serves\`; все группы, если \`serves\` отсутствует или равно \`all\`).`,
        why: `Перенаправление в службу, с которой никто не может объясниться, — не перенаправление. Руководящие принципы MICIC требуют общаться с мигрантами на понятных им языках и добиваться того, чтобы порядок перенаправления действительно приводил их к помощи (${citeRu(guidelines)}). Механизм, в котором перечислены языки, должен иметь хотя бы один общий язык с каждой группой, которую он обслуживает, иначе план должен обеспечить перевод другим способом.`,
        notes: `\`serves:\` называет группы, для которых предназначен механизм; без него или с \`serves: all\` механизм обслуживает все группы плана. Не проверяются механизм без \`languages\`, группа без \`languages\` и имя в \`serves\`, которое не является объявленной группой (о таких сообщают NAM002 и NAM003). Достаточно одного общего языка: охватывать все языки группы не нужно.

Одно замечание на механизм, на его \`languages\`: в нём названы первые пять групп, которые механизм не может обслужить, в порядке плана, указано число остальных и даны ссылки на первые десять. Исправления нет: только составитель плана знает, на каких языках может работать поставщик услуг или для кого на самом деле предназначен механизм.`,
      },
      uz: {
        summary: `Mexanizmning \`languages\` idan birortasi u xizmat koʻrsatadigan (\`serves\`; \`serves\` yoʻq yoki \`all\` boʻlsa, barcha guruhlar) aholi guruhi tillariga mos kelmaydi.`,
        why: `Hech kim tushuntira olmaydigan xizmatga yoʻnaltirish — yoʻnaltirish emas. MICIC qoʻllanmasi migrantlar bilan ular tushunadigan tillarda muloqot qilishni va yoʻnaltirish tartibi ularni haqiqatan yordamga olib borishiga erishishni talab qiladi (${citeUz(guidelines)}). Tillari sanab oʻtilgan mexanizm u xizmat koʻrsatadigan har bir guruh bilan kamida bitta umumiy tilga ega boʻlishi kerak, aks holda reja tarjimani boshqa yoʻl bilan taʼminlashi kerak.`,
        notes: `\`serves:\` mexanizm moʻljallangan guruhlarni koʻrsatadi; usiz yoki \`serves: all\` bilan mexanizm rejadagi barcha guruhlarga xizmat koʻrsatadi. \`languages\` siz mexanizm, \`languages\` siz guruh va \`serves\` dagi eʼlon qilingan guruh boʻlmagan nom tekshirilmaydi (ular haqida NAM002 va NAM003 xabar beradi). Bitta umumiy til yetarli: guruhning barcha tillarini qamrab olish shart emas.

Har bir mexanizmga uning \`languages\` ida bitta eslatma: unda mexanizm xizmat koʻrsata olmaydigan dastlabki beshta guruh reja tartibida nomlanadi, qolganlari soni koʻrsatiladi va dastlabki oʻntasiga havolalar beriladi. Tuzatish yoʻq: xizmat koʻrsatuvchi qaysi tillarda ishlay olishini yoki mexanizm aslida kim uchun moʻljallanganini faqat reja tuzuvchisi biladi.`,
      },
    },
    docs: {
      why: `Referral to a service nobody can talk to is no referral at all. The MICIC Guidelines ask that migrants be communicated with in languages they understand and that referral procedures actually connect them to help (${cite(guidelines)}). A pathway that lists its languages should share at least one with every population it serves, or the plan should provide interpretation some other way.`,
      failing: `plan "Flood plan" {
  population myanmar_workers "Myanmar workers" {
    size: 24000  nationalities: MM  languages: my
  }
  population lao_workers "Lao workers" {
    size: 5000  nationalities: LA  languages: lo, th
  }
  referral {
    pathway rations "Food rations" { need: food  languages: th }
    pathway clinic "Workers' clinic" { need: health  languages: my  serves: myanmar_workers, lao_workers }
  }
}`,
      passing: `plan "Flood plan" {
  population myanmar_workers "Myanmar workers" {
    size: 24000  nationalities: MM  languages: my
  }
  population lao_workers "Lao workers" {
    size: 5000  nationalities: LA  languages: lo, th
  }
  referral {
    pathway rations "Food rations" { need: food  languages: th, my }
    pathway clinic "Workers' clinic" { need: health  languages: my  serves: myanmar_workers }
  }
}`,
      notes: [
        "`serves:` names the populations a pathway is for; without it, or with `serves: all`, the pathway serves every population in the plan. A pathway without `languages` is not checked, nor is a population without `languages`, nor a name in `serves` that is not a declared population (NAM002 and NAM003 report those). One language in common is enough: the population does not need all of its languages covered.",
        "",
        "One finding per pathway, on its `languages`: it names the first five populations the pathway cannot serve, in the order of the plan, counts the rest, and links to the first ten. There is no fix: only the drafter knows which languages the provider can offer, or whom the pathway is really for.",
      ].join("\n"),
    },
  },
  check(context) {
    const { plan, resolution, report } = context;
    const say = voice(messages, guidelines, context);
    const referral = section(plan, "referral");
    if (!referral) return;
    // Each declared population once (a name declared twice is NAM001's), with its languages.
    const spoken: { population: Block; languages: readonly string[] }[] = [];
    const seen = new Set<string>();
    for (const population of populations(plan)) {
      const id = population.id!.text;
      const languages = words(population, "languages");
      if (seen.has(id) || languages.length === 0) continue;
      seen.add(id);
      spoken.push({ population, languages });
    }
    if (spoken.length === 0) return;
    const byId = new Map(spoken.map((p) => [p.population.id!.text, p]));
    // Who understands each language (as indexes into `spoken`), for pathways that serve everyone.
    let speakers: Map<string, number[]> | undefined;
    // reachedBy[i] === the mark of the language set that reaches spoken[i]:
    // a mark per population, so that no language set builds a set of its own.
    const reachedBy = new Int32Array(spoken.length).fill(-1);
    // Pathways that offer the same languages miss the same populations: most
    // plans have a few sets of languages (many pathways offer "ru" and one
    // more), and each is worked out once.
    const missedBySet = new Map<string, Unserved>();

    for (const pathway of pathwaysOf(referral)) {
      // By language: a pathway in rus serves a population that lists ru.
      const offered = new Set(words(pathway, "languages").map(languageKeyOf));
      if (offered.size === 0) continue;
      const servesNames = words(pathway, "serves");
      let unserved: Unserved;
      if (servesNames.length === 0 || servesNames.includes("all")) {
        const key = [...offered].sort().join(" ");
        let known = missedBySet.get(key);
        if (!known) {
          speakers ??= speakersOf(spoken);
          const mark = missedBySet.size;
          let reached = 0;
          for (const language of offered) {
            for (const i of speakers.get(language) ?? []) {
              if (reachedBy[i] === mark) continue;
              reachedBy[i] = mark;
              reached++;
            }
          }
          // The first ones missed, in the plan's order: at most `reached` + MAX_RELATED steps.
          const first: typeof spoken = [];
          for (let i = 0; i < spoken.length && first.length < MAX_RELATED; i++) if (reachedBy[i] !== mark) first.push(spoken[i]);
          missedBySet.set(key, (known = { count: spoken.length - reached, first }));
        }
        unserved = known;
      } else {
        // Only the populations it names; a name that is not a population is NAM002's or NAM003's.
        const served = [...new Set(servesNames)].flatMap((name) => {
          const p = byId.get(name);
          return p && resolution.declarations.get(name)?.block === p.population ? [p] : [];
        });
        const missed = served.filter((p) => !p.languages.some((l) => offered.has(languageKeyOf(l))));
        unserved = { count: missed.length, first: missed.slice(0, MAX_RELATED) };
      }
      if (unserved.count === 0) continue;

      const named = unserved.first.slice(0, NAMED_IN_MESSAGE).map((p) => `${p.population.id!.text} (${say.list(p.languages)})`);
      const related: { message: string; span: Span }[] = unserved.first.map((p) => ({
        message: say.t("understands", { population: p.population.id!.text, languages: say.list(p.languages) }),
        span: headerSpan(p.population),
      }));
      report({
        message: say.t("unserved", {
          pathway: say.locale === "en" ? pathwayLabel(pathway) : (pathway.id?.text ?? (pathway.title ? `«${pathway.title.text}»` : "")),
          offered: say.list([...offered]),
          many: unserved.count <= NAMED_IN_MESSAGE ? "no" : "yes",
          named: say.list(named),
          count: unserved.count,
          cite: say.cite(),
        }),
        span: attributeOf(pathway, "languages")!.span,
        related,
      });
    }
  },
};

interface Unserved {
  /** How many populations the pathway serves and cannot talk to. */
  count: number;
  /** The first of them in the plan's order, at most MAX_RELATED. */
  first: readonly { population: Block; languages: readonly string[] }[];
}

function speakersOf(spoken: readonly { languages: readonly string[] }[]): Map<string, number[]> {
  const speakers = new Map<string, number[]>();
  spoken.forEach(({ languages }, index) => {
    for (const language of new Set(languages.map(languageKeyOf))) {
      const list = speakers.get(language);
      if (list) list.push(index);
      else speakers.set(language, [index]);
    }
  });
  return speakers;
}
