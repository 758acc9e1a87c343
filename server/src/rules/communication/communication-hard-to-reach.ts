import { attributeOf, type Block } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { referencedDeclarations } from "../../core/resolve";
import { cite, headerSpan, languageKeyOf, populations, word, words } from "../plan-model";
import { channelReach, communicationSection, someReachingChannel } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G6"];

const messages = {
  unreached: {
    en: "Population {population} includes {who}, whom broadcasts and notices often miss, yet no door-to-door, community-meeting or messaging-app channel reaches it and {messenger, select, none {the plan lists no trusted messenger} other {no trusted messenger speaks {languages}}}. Add such a channel for it, or a community voice who speaks their language to \"trusted-messengers\": hard-to-reach migrants hear warnings from people who come to them ({cite}).",
    ru: "В группу населения {population} входят {who}, до которых трансляции и объявления часто не доходят, но до неё не доходит ни один канал вида `door-to-door`, `community-meeting` или `messaging-app`, и {messenger, select, none {в плане не указан ни один доверенный посредник} other {ни один доверенный посредник не говорит на языке {languages}}}. Добавьте для неё такой канал или представителя общины, говорящего на её языке, в `trusted-messengers`: труднодоступные мигранты слышат предупреждения от людей, которые приходят к ним ({cite}).",
    uz: "{population} aholi guruhiga translyatsiyalar va eʼlonlar koʻpincha yetib bormaydigan {who} kiradi, ammo unga `door-to-door`, `community-meeting` yoki `messaging-app` turidagi birorta ham kanal yetib bormaydi va {messenger, select, none {rejada birorta ham ishonchli vositachi koʻrsatilmagan} other {birorta ham ishonchli vositachi {languages} tilida gapirmaydi}}. Unga shunday kanal qoʻshing yoki uning tilida gapiradigan jamoa vakilini `trusted-messengers` ga qoʻshing: yetib borish qiyin boʻlgan migrantlar ogohlantirishlarni oʻzlariga kelgan odamlardan eshitadi ({cite}).",
  },
  who: {
    en: "{vulnerability, select, domestic {domestic workers} undocumented {undocumented people} other {people with little of the local language}}",
    ru: "{vulnerability, select, domestic {домашние работники} undocumented {люди без документов} other {люди, плохо владеющие местным языком}}",
    uz: "{vulnerability, select, domestic {uy xizmatchilari} undocumented {hujjatsiz odamlar} other {mahalliy tilni yaxshi bilmaydigan odamlar}}",
  },
} satisfies RuleMessages;

/** Vulnerabilities that keep people out of reach of broadcasts and official notices, as a message names them. */
const HARD_TO_REACH: ReadonlyMap<string, string> = new Map([
  ["domestic-workers", "domestic workers"],
  ["undocumented", "undocumented people"],
  ["limited-local-language", "people with little of the local language"],
]);

/** Media that go to people where they are, person to person. */
export const OUTREACH_MEDIA: readonly string[] = ["door-to-door", "community-meeting", "messaging-app"];

/**
 * Which populations some trusted messenger can reach: one who speaks one of
 * their languages, a consulate of one of their countries, or one whose
 * languages the plan does not give (we cannot tell, so we do not doubt it).
 * Built once from the messengers, then asked per population.
 */
function messengerReach(messengers: readonly Block[]): (population: Block) => boolean {
  if (messengers.length === 0) return () => false;
  const spoken = new Set<string>();
  const consulateCountries = new Set<string>();
  let unknownLanguages = false;
  for (const messenger of messengers) {
    const languages = words(messenger, "languages");
    if (languages.length === 0) unknownLanguages = true;
    for (const language of languages) spoken.add(languageKeyOf(language));
    if (word(messenger, "kind") === "consulate") {
      for (const country of words(messenger, "country")) consulateCountries.add(country);
    }
  }
  return (population) => {
    const languages = words(population, "languages");
    if (unknownLanguages || languages.length === 0) return true;
    return languages.some((l) => spoken.has(languageKeyOf(l))) || words(population, "nationalities").some((c) => consulateCountries.has(c));
  };
}

/**
 * COMM008: people whom broadcasts miss (domestic workers, the undocumented,
 * those with little of the local language) are reached person to person: by
 * an outreach channel or a trusted messenger. One finding per population.
 */
export const communicationHardToReach: Rule = {
  meta: {
    code: "COMM008",
    name: "communication-hard-to-reach",
    area: "communication",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "A population with `domestic-workers`, `undocumented` or `limited-local-language` reached by no `door-to-door`, `community-meeting` or `messaging-app` channel and by no trusted messenger.",
    translations: {
      ru: {
        summary: `До группы населения с \`domestic-workers\`, \`undocumented\` или \`limited-local-language\` не доходит ни один канал \`door-to-door\`, \`community-meeting\` или \`messaging-app\` и ни один доверенный посредник.`,
        why: `Домашние работники живут за дверями своих работодателей, мигранты без документов избегают официальных каналов, а люди, плохо знающие местный язык, не могут следить за выпусками новостей по радио и телевидению. Они последними узнают о предупреждении, если к ним никто не придёт: обход домов, собрания общины, группы в мессенджерах или голоса общины, говорящие на их языке. Руководящие принципы MICIC требуют, чтобы информация доходила до мигрантов по тем каналам и через тех людей, к которым они действительно обращаются (${citeRu(guidelines)}).`,
        notes: `Канал адресной работы (\`door-to-door\`, \`community-meeting\` или \`messaging-app\`) учитывается, если доходит до группы: называет её в \`reaches\` или не имеет \`reaches\` и потому доходит до всех.

Доверенный посредник (участник из \`trusted-messengers\`) учитывается, если может обратиться к группе: говорит на одном из её \`languages\`, или является консульством одного из её \`nationalities\`, или его собственные \`languages\` не указаны (тогда программа проверки принимает это на веру).

Одно замечание на группу, на её заголовке. Если в плане нет раздела \`communication\`, ничего не сообщается (об этом сообщает PLAN004). Исправления нет: составитель плана должен найти, кто может прийти к этим людям.`,
      },
      uz: {
        summary: `\`domestic-workers\`, \`undocumented\` yoki \`limited-local-language\` boʻlgan aholi guruhiga birorta ham \`door-to-door\`, \`community-meeting\` yoki \`messaging-app\` kanali va birorta ham ishonchli vositachi yetib bormaydi.`,
        why: `Uy xizmatchilari ish beruvchilarining eshiklari ortida yashaydi, hujjatsiz migrantlar rasmiy kanallardan qochadi, mahalliy tilni yaxshi bilmaydiganlar esa radio va televizion xabarlarni kuzata olmaydi. Agar ularning oldiga hech kim bormasa, ular ogohlantirishni eng oxirida eshitadi: uyma-uy yurish, jamoa yigʻilishlari, messenjerdagi guruhlar yoki ularning tilida gapiradigan jamoa vakillari. MICIC qoʻllanmasi axborot migrantlarga ular haqiqatan foydalanadigan kanallar va odamlar orqali yetib borishini talab qiladi (${citeUz(guidelines)}).`,
        notes: `Manzilli ishlash kanali (\`door-to-door\`, \`community-meeting\` yoki \`messaging-app\`) guruhga yetib borsa hisobga olinadi: uni \`reaches\` da koʻrsatadi yoki \`reaches\` ga ega emas va shu sababli hammaga yetib boradi.

Ishonchli vositachi (\`trusted-messengers\` dagi ishtirokchi) guruhga murojaat qila olsa hisobga olinadi: guruhning \`languages\` idan birida gapiradi yoki uning \`nationalities\` idan biri konsulligi hisoblanadi yoxud oʻzining \`languages\` i koʻrsatilmagan (unda tekshiruv dasturi buni ishonch bilan qabul qiladi).

Har bir guruhga uning sarlavhasida bitta eslatma. Rejada \`communication\` boʻlimi boʻlmasa, hech narsa xabar qilinmaydi (bu haqda PLAN004 xabar beradi). Tuzatish yoʻq: bu odamlarning oldiga kim bora olishini reja tuzuvchisi topishi kerak.`,
      },
    },
    docs: {
      why: `Domestic workers live behind their employers' doors, undocumented migrants avoid official channels, and people with little of the local language cannot follow radio or television bulletins. They are the last to hear a warning unless someone goes to them: door-to-door visits, community meetings, messaging groups, or community voices who speak their language. The MICIC Guidelines ask that communication reach migrants through the channels and people they actually use (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  population labourers "Day labourers" {
    size: 15000  nationalities: NG  languages: en, ha
    vulnerabilities: undocumented
  }
  communication {
    channel radio "State radio news" { medium: radio  languages: en, ha }
  }
}`,
      passing: `plan "Flood plan" {
  population labourers "Day labourers" {
    size: 15000  nationalities: NG  languages: en, ha
    vulnerabilities: undocumented
  }
  communication {
    channel radio "State radio news" { medium: radio  languages: en, ha }
    channel visits "Visits to workers' housing" { medium: door-to-door  languages: ha  reaches: labourers }
  }
}`,
      notes: [
        "An outreach channel (`door-to-door`, `community-meeting` or `messaging-app`) counts when it reaches the population: it names it in `reaches`, or has no `reaches` and so reaches everyone.",
        "",
        "A trusted messenger (a stakeholder in `trusted-messengers`) counts when it can speak to the population: it shares one of the population's `languages`, or it is the consulate of one of its `nationalities`, or its own `languages` are not given (the checker then takes it on trust).",
        "",
        "One finding per population, on its header. Nothing is reported without a `communication` section (PLAN004 reports that). There is no fix: the drafter must find who can go to these people.",
      ].join("\n"),
    },
  },
  check(context) {
    const { plan, resolution, report } = context;
    const say = voice(messages, guidelines, context);
    const communication = communicationSection(plan);
    if (!communication) return;
    const reachedByOutreach = someReachingChannel(channelReach(plan), (c) => OUTREACH_MEDIA.includes(word(c, "medium") ?? ""));
    const messengers = referencedDeclarations(resolution, attributeOf(communication, "trusted-messengers"), "stakeholder").map((d) => d.block);
    const reachedByMessenger = messengerReach(messengers);

    for (const population of populations(plan)) {
      const hard = words(population, "vulnerabilities").filter((v) => HARD_TO_REACH.has(v));
      if (hard.length === 0) continue;
      if (reachedByOutreach(population) || reachedByMessenger(population)) continue;
      const name = population.id!.text;
      const who = say.list([...new Set(hard)].map((v) => say.t("who", { vulnerability: v === "domestic-workers" ? "domestic" : v === "undocumented" ? "undocumented" : "language" })));
      const languages = words(population, "languages");
      report({
        message: say.t("unreached", {
          population: name,
          who,
          messenger: messengers.length === 0 ? "none" : "some",
          languages: say.list(languages.map((l) => say.language(l)), { type: "disjunction", max: 3 }),
          cite: say.cite(),
        }),
        span: headerSpan(population),
      });
    }
  },
};
