import type { Block } from "../../core/ast";
import { languageName, parseLanguageTag } from "../../core/codes";
import type { Rule, RuleMessages } from "../../core/rule";
import { cite, headerSpan, languageKeyOf, populations, words } from "../plan-model";
import { channelReach, communicationSection, namedChannels } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G6", "G9"];

const messages = {
  wrongScript: {
    en: "Population {population} reads {language} in {script} script, but the written channels that reach it in that language ({channels}) write it in {otherScripts} ({others}). Add {code} to one of them, or a channel that writes it: a message in a script people cannot read does not reach them ({cite}).",
    ru: "Группа населения {population} читает на языке {language}, письменность: {script}; но письменные каналы, которые доходят до неё на этом языке ({channels}), используют письменность {otherScripts} ({others}). Добавьте `{code}` в один из них или канал, который пишет так: сообщение на письменности, которую люди не могут прочитать, до них не доходит ({cite}).",
    uz: "{population} aholi guruhi {language} tilida {script} yozuvida oʻqiydi, ammo unga shu tilda yetib boradigan yozma kanallar ({channels}) {otherScripts} yozuvidan foydalanadi ({others}). Ulardan biriga `{code}` ni qoʻshing yoki shunday yozadigan kanal qoʻshing: odamlar oʻqiy olmaydigan yozuvdagi xabar ularga yetib bormaydi ({cite}).",
  },
} satisfies RuleMessages;

/** The media that carry written words: their script matters; a voice's does not. */
const WRITTEN_MEDIA = new Set(["sms", "cell-broadcast", "social-media", "messaging-app", "website", "printed"]);

const isWritten = (channel: Block) => words(channel, "medium").some((m) => WRITTEN_MEDIA.has(m));

/**
 * COMM011: a population reads its language in one script, and every written
 * channel that reaches it in that language writes another (uz-Latn against
 * uz-Cyrl). One finding per population and language, on the population.
 *
 * Why a rule of its own: COMM001 compares languages, and a channel in Uzbek
 * reaches Uzbek speakers whatever its script, by voice. But a text in a
 * script people were not taught to read is lost on many of them: Uzbek has
 * been taught in Latin script since the 1990s, and older readers and
 * neighbouring countries' communities read Cyrillic. That is a different gap
 * with a different remedy, said here.
 */
export const communicationScript: Rule = {
  meta: {
    code: "COMM011",
    name: "communication-script",
    area: "communication",
    severity: "info",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "A population reads its language in one script, and every written channel that reaches it in that language writes another.",
    translations: {
      ru: {
        summary: `Группа населения читает на своём языке в одной письменности, а все письменные каналы связи, которые доходят до неё на этом языке, пишут в другой.`,
        why: `Письменное предупреждение помогает только тем, кто может его прочесть. Некоторые языки пишутся в двух письменностях: узбекский — латиницей и кириллицей, так же сербский, казахский и азербайджанский. Группа, читающая в одной из них, может читать в другой медленно или не читать вовсе, и SMS или листовка в другой письменности до неё не дойдёт (${citeRu(guidelines)}).`,
        notes: `Учитывается только письменность, записанная в коде: \`uz\` не называет письменности и считается той, которую читает читатель. Язык группы сравнивается с письменными каналами (\`sms\`, \`cell-broadcast\`, \`social-media\`, \`messaging-app\`, \`website\`, \`printed\`), которые доходят до неё и используют тот же язык, под любым кодом (\`uzb\`, \`uz-Cyrl\`); радио, телевидение, горячие линии и собрания говорят вслух, и их письменность не важна.

Замечания нет, если один из этих каналов пишет в письменности группы или не называет письменности, а также если ни один письменный канал не доходит до группы на этом языке (о языке, который не использует ни один канал, сообщает COMM001). Исправления нет: может ли канал писать и в другой письменности, должен выяснить составитель плана.`,
      },
      uz: {
        summary: `Aholi guruhi oʻz tilini bitta yozuvda oʻqiydi, unga shu tilda yetib boradigan barcha yozma aloqa kanallari esa boshqa yozuvda yozadi.`,
        why: `Yozma ogohlantirish faqat uni oʻqiy oladiganlarga yordam beradi. Baʼzi tillar ikki yozuvda yoziladi: oʻzbek tili lotin va kirill yozuvida, serb, qozoq va ozarbayjon tillari ham shunday. Ulardan birida oʻqiydigan guruh ikkinchisida sekin oʻqishi yoki umuman oʻqiy olmasligi mumkin, boshqa yozuvdagi SMS yoki varaqa esa unga yetib bormaydi (${citeUz(guidelines)}).`,
        notes: `Faqat kodda yozilgan yozuv hisobga olinadi: \`uz\` yozuvni koʻrsatmaydi va oʻquvchi oʻqiydigan yozuv deb hisoblanadi. Guruh tili unga yetib boradigan va istalgan kod (\`uzb\`, \`uz-Cyrl\`) bilan oʻsha tildan foydalanadigan yozma kanallar (\`sms\`, \`cell-broadcast\`, \`social-media\`, \`messaging-app\`, \`website\`, \`printed\`) bilan solishtiriladi; radio, televideniye, ishonch telefonlari va yigʻilishlar ogʻzaki gapiradi, ularning yozuvi ahamiyatsiz.

Agar bu kanallardan biri guruh yozuvida yozsa yoki yozuvni koʻrsatmasa, shuningdek, birorta ham yozma kanal guruhga shu tilda yetib bormasa, eslatma yoʻq (hech bir kanal ishlatmaydigan til haqida COMM001 xabar beradi). Tuzatish yoʻq: kanal boshqa yozuvda ham yoza oladimi, buni reja tuzuvchisi aniqlashi kerak.`,
      },
    },
    docs: {
      why: `A written warning helps only those who can read it. Some languages are written in two scripts: Uzbek in Latin and in Cyrillic, Serbian, Kazakh and Azerbaijani too. A population that reads one of them may read the other slowly or not at all, and an SMS or a leaflet in the other script is lost on them (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  population uzbek_workers "Uzbek construction workers" {
    size: 800  nationalities: UZ  languages: uz-Latn
  }
  communication {
    channel sms "SMS alerts" { medium: sms  languages: uz-Cyrl }
  }
}`,
      passing: `plan "Flood plan" {
  population uzbek_workers "Uzbek construction workers" {
    size: 800  nationalities: UZ  languages: uz-Latn
  }
  communication {
    channel sms "SMS alerts" { medium: sms  languages: uz-Latn, uz-Cyrl }
  }
}`,
      notes: [
        "Only a script written in the code counts: `uz` names no script, and is taken to be whatever the reader reads. A population's language is compared with the written channels (`sms`, `cell-broadcast`, `social-media`, `messaging-app`, `website`, `printed`) that reach it and use the same language, by any code (`uzb`, `uz-Cyrl`); radio, television, hotlines and meetings speak, and their script does not matter.",
        "",
        "No finding when one of those channels writes the population's script or names no script, or when no written channel reaches the population in that language at all (COMM001 reports a language no channel uses). There is no fix: whether a channel can also write the other script is for the drafter to find out.",
      ].join("\n"),
    },
  },
  check(context) {
    const { plan, report } = context;
    const say = voice(messages, guidelines, context);
    if (!communicationSection(plan)) return;
    const reach = channelReach(plan);
    for (const population of populations(plan)) {
      const written = [...reach.everyone, ...namedChannels(reach, population)].filter(isWritten);
      if (written.length === 0) continue;
      for (const language of new Set(words(population, "languages"))) {
        const script = parseLanguageTag(language)?.script;
        if (!script) continue;
        const key = languageKeyOf(language);
        // The codes each written channel uses for this language.
        const writing = written.map((channel) => ({ channel, codes: words(channel, "languages").filter((code) => languageKeyOf(code) === key) })).filter((w) => w.codes.length > 0);
        if (writing.length === 0) continue;
        const readable = writing.some((w) => w.codes.some((code) => (parseLanguageTag(code)?.script ?? script) === script));
        if (readable) continue;
        const others = [...new Set(writing.flatMap((w) => w.codes))];
        const otherScripts = [...new Set(others.map((code) => say.script(parseLanguageTag(code)!.script!)))];
        const english = say.locale === "en";
        report({
          message: say.t("wrongScript", {
            population: population.id!.text,
            language: english ? `${languageName(key) ?? key} (${language})` : say.language(key, language),
            script: say.script(script),
            channels: say.list(writing.map((w) => w.channel.id!.text)),
            otherScripts: say.list(otherScripts, { type: "disjunction" }),
            others: say.list(english ? others : others.map(say.word)),
            code: language,
            cite: say.cite(),
          }),
          span: headerSpan(population),
        });
      }
    }
  },
};
