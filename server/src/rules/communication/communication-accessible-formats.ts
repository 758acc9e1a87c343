import type { Rule, RuleMessages } from "../../core/rule";
import { ACCESSIBLE_FORMATS } from "../../core/schema";
import { cite, headerSpan, populations, words } from "../plan-model";
import { channelReach, communicationSection, hasWords, someReachingChannel } from "./shared";
import { voice } from "../voice";

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
