import type { Block } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { addValuesFix, cite, headerSpan, languageKeyOf as keyOf, populations, words } from "../plan-model";
import { channelReach, communicationSection, hasAttribute, namedChannels, type ChannelReach } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G6", "G9"];

const messages = {
  noChannelInLanguage: {
    en: "Population {population} understands {language}, but no channel that reaches it uses {code}. Add \"{code}\" to the languages of a channel that reaches it, such as {channel}: warnings and advice help only those who understand them ({cite}).",
    ru: "Группа населения {population} понимает язык {language}, но ни один канал связи, который до неё доходит, не использует `{code}`. Добавьте `{code}` в `languages` одного из таких каналов, например {channel}: предупреждения и советы помогают только тем, кто их понимает ({cite}).",
    uz: "{population} aholi guruhi {language} tilini tushunadi, ammo unga yetib boradigan birorta aloqa kanali `{code}` tilidan foydalanmaydi. Shunday kanallardan birining `languages` iga `{code}` ni qoʻshing, masalan {channel}: ogohlantirish va maslahatlar faqat ularni tushunadiganlarga yordam beradi ({cite}).",
  },
  noChannelAtAll: {
    en: "Population {population} understands {language}, but no channel reaches it at all. Add a channel in {code} with no \"reaches\", or name {population} in the \"reaches\" of a channel that uses {code}: warnings and advice help only those who understand them ({cite}).",
    ru: "Группа населения {population} понимает язык {language}, но до неё не доходит ни один канал связи. Добавьте канал на языке `{code}` без `reaches` или укажите {population} в `reaches` канала, который использует `{code}`: предупреждения и советы помогают только тем, кто их понимает ({cite}).",
    uz: "{population} aholi guruhi {language} tilini tushunadi, ammo unga birorta ham aloqa kanali yetib bormaydi. `reaches` siz `{code}` tilidagi kanal qoʻshing yoki `{code}` dan foydalanadigan kanalning `reaches` ida {population} ni koʻrsating: ogohlantirish va maslahatlar faqat ularni tushunadiganlarga yordam beradi ({cite}).",
  },
  addLanguage: {
    en: "Add ''{code}'' to the languages of channel ''{channel}''",
    ru: "Добавить `{code}` в `languages` канала {channel}",
    uz: "{channel} kanalining `languages` iga `{code}` ni qoʻshish",
  },
} satisfies RuleMessages;

/** The first channel of a list that already lists languages, else the first. */
function preferListing(candidates: readonly Block[]): Block | undefined {
  return candidates.find((c) => hasAttribute(c, "languages")) ?? candidates[0];
}

/**
 * The channel the fix adds a language to: one that names the population in
 * `reaches` (it was meant for them), else one that reaches everyone (chosen
 * once, in `forEveryone`). Within each, a channel that already lists languages
 * comes first, so that two fixes applied together extend one list rather than
 * each inserting its own.
 */
function channelToExtend(reach: ChannelReach, population: Block, forEveryone: Block | undefined): Block | undefined {
  return preferListing(namedChannels(reach, population)) ?? forEveryone;
}

/**
 * COMM001: every language a population understands is used by some channel
 * that reaches it. One finding per population and language, on the population.
 */
export const communicationLanguageCoverage: Rule = {
  meta: {
    code: "COMM001",
    name: "communication-language-coverage",
    area: "communication",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "A language of a population is used by no channel that reaches that population (one finding per population and language).",
    translations: {
      ru: {
        summary: `Язык группы населения не используется ни в одном канале связи, который до неё доходит (одно замечание на каждую группу и каждый язык).`,
        why: `Предупреждение помогает только тем, кто его понимает. Мигранты часто пропускают оповещения, переданные только на местном языке, а родственники или соседи не всегда успевают их перевести. Руководящие принципы MICIC требуют, чтобы информация о кризисе доходила до мигрантов на понятных им языках и по тем каналам, которыми они пользуются (${citeRu(guidelines)}).`,
        notes: `Канал связи без \`reaches\` доходит до всех групп населения; канал с \`reaches\` — только до названных в нём. Язык группы охвачен, если хотя бы один доходящий до неё канал указывает этот язык в \`languages\`. Языки сравниваются как языки, в какой бы форме ни был записан код: \`ru\`, \`rus\` и \`ru-RU\` — русский, \`uz\`, \`uzb\`, \`uz-Latn\` и \`uz-Cyrl\` — узбекский. Письменный канал в другой письменности, чем та, которую читает группа, — замечание COMM011, а не этого правила.

Каждый неохваченный язык каждой группы — отдельное замечание на заголовке группы, поэтому план, в котором для одной группы не хватает двух языков, получает два замечания. Если в плане нет раздела \`communication\` (об этом сообщает PLAN004) или группа не указывает \`languages\` (об этом сообщает POP001), ничего не сообщается.

Исправление добавляет язык в канал, который доходит до группы: в канал, который называет её в \`reaches\`, если такой есть, иначе в канал, доходящий до всех (в обоих случаях предпочитается первый канал, где уже перечислены языки). Если до группы не доходит ни один канал, исправления нет: добавьте для неё канал или назовите её в \`reaches\` какого-либо канала.`,
      },
      uz: {
        summary: `Aholi guruhining tili unga yetib boradigan birorta ham aloqa kanalida ishlatilmaydi (har bir guruh va har bir til uchun bitta eslatma).`,
        why: `Ogohlantirish faqat uni tushunganlarga yordam beradi. Migrantlar faqat mahalliy tilda berilgan ogohlantirishlarni koʻpincha oʻtkazib yuboradi, qarindoshlari yoki qoʻshnilari esa ularni har doim ham oʻz vaqtida tarjima qilib bera olmaydi. MICIC qoʻllanmasi inqiroz haqidagi axborot migrantlarga ular tushunadigan tillarda va ular foydalanadigan kanallar orqali yetib borishini talab qiladi (${citeUz(guidelines)}).`,
        notes: `\`reaches\` siz aloqa kanali barcha aholi guruhlariga yetib boradi; \`reaches\` bor kanal faqat unda koʻrsatilganlarga yetib boradi. Agar guruhga yetib boradigan kamida bitta kanal bu tilni \`languages\` da koʻrsatsa, guruh tili qamrab olingan hisoblanadi. Tillar kodi qanday shaklda yozilganidan qatʼi nazar, til sifatida solishtiriladi: \`ru\`, \`rus\` va \`ru-RU\` — rus tili, \`uz\`, \`uzb\`, \`uz-Latn\` va \`uz-Cyrl\` — oʻzbek tili. Guruh oʻqiydigan yozuvdan boshqa yozuvdagi yozma kanal — bu qoidaning emas, COMM011 ning eslatmasi.

Har bir guruhning qamrab olinmagan har bir tili guruh sarlavhasidagi alohida eslatmadir, shuning uchun bitta guruh uchun ikki til yetishmaydigan reja ikki eslatma oladi. Rejada \`communication\` boʻlimi boʻlmasa (bu haqda PLAN004 xabar beradi) yoki guruh \`languages\` ni koʻrsatmasa (bu haqda POP001 xabar beradi), hech narsa xabar qilinmaydi.

Tuzatish tilni guruhga yetib boradigan kanalga qoʻshadi: agar boʻlsa, guruhni \`reaches\` da koʻrsatgan kanalga, aks holda hammaga yetib boradigan kanalga (ikkala holda ham tillar allaqachon sanab oʻtilgan birinchi kanal afzal koʻriladi). Guruhga birorta ham kanal yetib bormasa, tuzatish yoʻq: u uchun kanal qoʻshing yoki uni biror kanalning \`reaches\` ida koʻrsating.`,
      },
    },
    docs: {
      why: `A warning helps only those who understand it. Migrants often miss alerts given in the local language alone, and relatives or neighbours cannot always translate in time. The MICIC Guidelines ask that crisis information reach migrants in languages they understand, through the channels that reach them (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  population lao_workers "Lao domestic workers" {
    size: 5000  nationalities: LA  languages: lo, th
  }
  communication {
    channel radio "Flood bulletins" { medium: radio  languages: th }
  }
}`,
      passing: `plan "Flood plan" {
  population lao_workers "Lao domestic workers" {
    size: 5000  nationalities: LA  languages: lo, th
  }
  communication {
    channel radio "Flood bulletins" { medium: radio  languages: th, lo }
  }
}`,
      notes: [
        "A channel without `reaches` reaches every population; a channel with `reaches` reaches only those it names. A language is covered for a population when at least one channel that reaches it lists the language in `languages`. Languages are compared by language, whatever the form of their codes: `ru`, `rus` and `ru-RU` are Russian, `uz`, `uzb`, `uz-Latn` and `uz-Cyrl` are Uzbek. A written channel in another script than the population reads is COMM011's finding, not this one.",
        "",
        "Each uncovered language of each population is its own finding, on the population's header, so that a plan with two languages missing for one group shows two findings. Nothing is reported without a `communication` section (PLAN004 reports that) or for a population that lists no `languages` (POP001 does).",
        "",
        "The fix adds the language to a channel that reaches the population: one that names it in `reaches` if there is one, otherwise one that reaches everyone (preferring, in each case, the first channel that already lists languages). When no channel reaches the population at all there is no fix: add a channel for it, or name it in a channel's `reaches`.",
      ].join("\n"),
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    const communication = communicationSection(plan);
    if (!communication) return;
    const reach = channelReach(plan);
    // Languages used by the channels that reach everyone, gathered once, by
    // language: ru, rus and ru-RU are one language, uz-Cyrl and uz-Latn too
    // (a script a written channel does not use is COMM011's finding).
    const everyoneLanguages = new Set(reach.everyone.flatMap((c) => words(c, "languages").map(keyOf)));
    const everyoneTarget = preferListing(reach.everyone);

    for (const population of populations(plan)) {
      const name = population.id!.text;
      const named = namedChannels(reach, population);
      const namedLanguages = new Set(named.flatMap((c) => words(c, "languages").map(keyOf)));
      const byLanguage = new Map<string, string>();
      for (const language of words(population, "languages")) if (!byLanguage.has(keyOf(language))) byLanguage.set(keyOf(language), language);
      const uncovered = [...byLanguage].filter(([key]) => !everyoneLanguages.has(key) && !namedLanguages.has(key)).map(([, language]) => language);
      if (uncovered.length === 0) continue;

      const target = channelToExtend(reach, population, everyoneTarget);
      for (const language of uncovered) {
        const fix = target
          ? addValuesFix(document, target, "languages", [language], say.t("addLanguage", { code: language, channel: target.id!.text }))
          : undefined;
        const about = { population: name, language: say.language(language), code: language, cite: say.cite() };
        report({
          message: target ? say.t("noChannelInLanguage", { ...about, channel: target.id!.text }) : say.t("noChannelAtAll", about),
          span: headerSpan(population),
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
};
