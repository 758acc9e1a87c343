import type { Rule, RuleMessages } from "../../core/rule";
import { ACCESSIBLE_FORMATS } from "../../core/schema";
import { cite, headerSpan, populations, words } from "../plan-model";
import { channelReach, communicationSection, hasWords, someReachingChannel } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G6"];

const messages = {
  noFormats: {
    en: "Population {population} includes people with disabilities, but no channel that reaches it offers accessible formats. Add \"accessible-formats\" ({formats}) to a channel that reaches {population}: warnings must reach people who cannot see, hear or read them ({cite}).",
    ru: "В группу населения {population} входят люди с инвалидностью, но ни один канал связи, который до неё доходит, не предлагает доступных форматов. Добавьте `accessible-formats` ({formats}) в канал, который доходит до {population}: предупреждения должны доходить до людей, которые не могут их увидеть, услышать или прочитать ({cite}).",
    uz: "{population} aholi guruhiga nogironligi bor odamlar kiradi, ammo unga yetib boradigan birorta ham kanal qulay formatlarni taklif qilmaydi. {population} ga yetib boradigan kanalga `accessible-formats` ({formats}) ni qoʻshing: ogohlantirishlar ularni koʻra, eshita yoki oʻqiy olmaydigan odamlarga ham yetib borishi kerak ({cite}).",
  },
} satisfies RuleMessages;

/**
 * COMM009: a population with disabilities is reached by a channel with
 * accessible formats. One finding per population, on the population.
 */
export const communicationAccessibleFormats: Rule = {
  meta: {
    code: "COMM009",
    name: "communication-accessible-formats",
    area: "communication",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "A population with `disabilities` and no channel reaching it with `accessible-formats`.",
    translations: {
      ru: {
        summary: `У группы населения есть \`disabilities\`, но до неё не доходит ни один канал связи с \`accessible-formats\`.`,
        why: `Сирена ничего не значит для того, кто её не слышит, а текстовое сообщение — для того, кто не может его прочесть. Мигранты с инвалидностью сталкиваются одновременно с языковым барьером и с барьером формата и чаще других остаются без помощи. Руководящие принципы MICIC требуют, чтобы информирование было приспособлено к тем, кто его получает, в том числе к людям с инвалидностью (${citeRu(guidelines)}).`,
        notes: `Канал учитывается, если указывает в \`accessible-formats\` хотя бы один из форматов \`audio\`, \`braille\`, \`easy-read\`, \`sign-language\` или \`pictograms\` и доходит до группы: называет её в \`reaches\` или не имеет \`reaches\` и потому доходит до всех.

Одно замечание на каждую группу с \`disabilities\`, на её заголовке. Если в плане нет раздела \`communication\`, ничего не сообщается (об этом сообщает PLAN004). Исправления нет: какие форматы нужны, зависит от людей, и составителю плана следует спросить их самих.`,
      },
      uz: {
        summary: `Aholi guruhida \`disabilities\` bor, ammo unga \`accessible-formats\` li birorta ham aloqa kanali yetib bormaydi.`,
        why: `Sirena uni eshitmaydigan uchun hech narsani anglatmaydi, matnli xabar esa uni oʻqiy olmaydigan uchun. Nogironligi bor migrantlar bir vaqtning oʻzida til toʻsigʻi va shakl toʻsigʻiga duch keladi hamda boshqalardan koʻra koʻproq yordamsiz qoladi. MICIC qoʻllanmasi axborot berish uni oluvchilarga, jumladan nogironligi bor odamlarga moslashtirilishini talab qiladi (${citeUz(guidelines)}).`,
        notes: `Kanal \`accessible-formats\` da \`audio\`, \`braille\`, \`easy-read\`, \`sign-language\` yoki \`pictograms\` shakllaridan kamida bittasini koʻrsatsa va guruhga yetib borsa hisobga olinadi: uni \`reaches\` da koʻrsatadi yoki \`reaches\` ga ega emas va shu sababli hammaga yetib boradi.

\`disabilities\` bor har bir guruhga uning sarlavhasida bitta eslatma. Rejada \`communication\` boʻlimi boʻlmasa, hech narsa xabar qilinmaydi (bu haqda PLAN004 xabar beradi). Tuzatish yoʻq: qanday shakllar kerakligi odamlarga bogʻliq, reja tuzuvchisi buni ularning oʻzidan soʻrashi kerak.`,
      },
    },
    docs: {
      why: `A siren means nothing to someone who cannot hear it, and a text message nothing to someone who cannot read it. Migrants with disabilities face the language barrier and the format barrier at once, and are among the most likely to be left behind. The MICIC Guidelines ask that communication be adapted to those who receive it, including people with disabilities (${cite(guidelines)}).`,
      failing: `plan "Earthquake plan" {
  population syrians "Syrians under temporary protection" {
    size: 48000  nationalities: SY  languages: ar
    vulnerabilities: disabilities
  }
  communication {
    channel sms "SMS warnings" { medium: sms  languages: ar }
  }
}`,
      passing: `plan "Earthquake plan" {
  population syrians "Syrians under temporary protection" {
    size: 48000  nationalities: SY  languages: ar
    vulnerabilities: disabilities
  }
  communication {
    channel sms "SMS warnings" { medium: sms  languages: ar }
    channel meetings "Meetings in tent sites" {
      medium: community-meeting  languages: ar  reaches: syrians
      accessible-formats: sign-language, pictograms
    }
  }
}`,
      notes: [
        "A channel counts when it lists at least one of `audio`, `braille`, `easy-read`, `sign-language` or `pictograms` in `accessible-formats` and reaches the population: it names it in `reaches`, or has no `reaches` and so reaches everyone.",
        "",
        "One finding per population with `disabilities`, on its header. Nothing is reported without a `communication` section (PLAN004 reports that). There is no fix: which formats are needed depends on the people, and the drafter should ask them.",
      ].join("\n"),
    },
  },
  check(context) {
    const { plan, report } = context;
    const say = voice(messages, guidelines, context);
    const communication = communicationSection(plan);
    if (!communication) return;
    const reachedAccessibly = someReachingChannel(channelReach(plan), (c) => hasWords(c, "accessible-formats"));
    for (const population of populations(plan)) {
      if (!words(population, "vulnerabilities").includes("disabilities")) continue;
      if (reachedAccessibly(population)) continue;
      const name = population.id!.text;
      report({
        message: say.t("noFormats", { population: name, formats: say.list([...ACCESSIBLE_FORMATS].map(say.word), { type: "disjunction", max: ACCESSIBLE_FORMATS.length }), cite: say.cite() }),
        span: headerSpan(population),
      });
    }
  },
};
