import type { Rule, RuleMessages } from "../../core/rule";
import { addValuesFix, cite, headerSpan, populations, words } from "../plan-model";
import { communicationSection, precariousStatuses } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G11", "G3"];

const messages = {
  noAssurance: {
    en: "Population {population} includes people with {statuses} status, but crisis messages do not tell them that seeking help will not lead to immigration enforcement. Add \"{topic}\" to \"information-on\": without that assurance, people without papers stay away from help ({cite}).",
    ru: "В группу населения {population} входят люди со статусом {statuses}, но сообщения во время кризиса не говорят им, что обращение за помощью не приведёт к мерам миграционного контроля. Добавьте `{topic}` в `information-on`: без такого заверения люди без документов не обращаются за помощью ({cite}).",
    uz: "{population} aholi guruhiga {statuses} maqomidagi odamlar kiradi, ammo inqiroz paytidagi xabarlar ularga yordam soʻrab murojaat qilish migratsiya nazorati choralariga olib kelmasligini aytmaydi. `information-on` ga `{topic}` ni qoʻshing: bunday kafolatsiz hujjatsiz odamlar yordam soʻrab murojaat qilmaydi ({cite}).",
  },
} satisfies RuleMessages;

const TOPIC = "no-immigration-enforcement";

/**
 * COMM007: where some migrants lack status, crisis messages tell them that
 * seeking help will not lead to immigration enforcement. One finding per
 * population concerned, on the population.
 */
export const communicationFirewallMessage: Rule = {
  meta: {
    code: "COMM007",
    name: "communication-firewall-message",
    area: "communication",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "A population with `irregular`, `mixed` or `unknown` status, and `no-immigration-enforcement` not in `information-on`.",
    translations: {
      ru: {
        summary: `У группы населения статус \`irregular\`, \`mixed\` или \`unknown\`, а в \`information-on\` нет \`no-immigration-enforcement\`.`,
        why: `Мигранты без документов обходят стороной пункты временного размещения, поликлиники и эвакуационные автобусы, если боятся, что их там задержат. План может разделять помощь и миграционный контроль, но это разделение работает, только если людям прямо и заранее о нём сообщили. Руководящие принципы MICIC требуют оказывать помощь без дискриминации, чтобы мигранты могли безопасно обращаться за ней (${citeRu(guidelines)}).`,
        notes: `Каждая группа населения, у которой в \`status\` указано \`irregular\`, \`mixed\` или \`unknown\`, — отдельное замечание на заголовке группы, пока в \`information-on\` нет \`no-immigration-enforcement\`; группы, где все \`regular\` или ничего не сказано о статусе, не затрагиваются. Если в плане нет раздела \`communication\`, ничего не сообщается (об этом сообщает PLAN004).

Исправление добавляет \`no-immigration-enforcement\` в \`information-on\` (вставляя атрибут, если его нет). Во всех замечаниях одна и та же правка, поэтому одно её применение снимает их все. После этого сообщение должно быть правдой: дополните его \`shares-with-immigration-enforcement: no\` в разделе перенаправления (REF004).`,
      },
      uz: {
        summary: `Aholi guruhining maqomi \`irregular\`, \`mixed\` yoki \`unknown\`, \`information-on\` da esa \`no-immigration-enforcement\` yoʻq.`,
        why: `Hujjatsiz migrantlar u yerda hibsga olinishidan qoʻrqsa, vaqtinchalik joylashtirish punktlari, poliklinikalar va evakuatsiya avtobuslaridan uzoq yuradi. Reja yordam va migratsiya nazoratini ajratishi mumkin, ammo bu ajratish faqat odamlarga bu haqda aniq va oldindan aytilgandagina ishlaydi. MICIC qoʻllanmasi migrantlar yordam uchun xavfsiz murojaat qila olishlari uchun yordamni kamsitishsiz koʻrsatishni talab qiladi (${citeUz(guidelines)}).`,
        notes: `\`status\` ida \`irregular\`, \`mixed\` yoki \`unknown\` koʻrsatilgan har bir aholi guruhi, \`information-on\` da \`no-immigration-enforcement\` boʻlmaguncha, guruh sarlavhasidagi alohida eslatmadir; hammasi \`regular\` boʻlgan yoki maqom haqida hech narsa demaydigan guruhlar tegishli emas. Rejada \`communication\` boʻlimi boʻlmasa, hech narsa xabar qilinmaydi (bu haqda PLAN004 xabar beradi).

Tuzatish \`no-immigration-enforcement\` ni \`information-on\` ga qoʻshadi (atribut yoʻq boʻlsa, uni qoʻshadi). Barcha eslatmalarda tahrir bir xil, shuning uchun uni bir marta qoʻllash hammasini bartaraf etadi. Shundan keyin xabar haqiqat boʻlishi kerak: uni yoʻnaltirish boʻlimidagi \`shares-with-immigration-enforcement: no\` bilan toʻldiring (REF004).`,
      },
    },
    docs: {
      why: `Migrants without papers stay away from shelters, clinics and evacuation buses when they fear arrest there. A plan may keep help and enforcement apart, but that firewall only works if people are told about it, plainly and in advance. The MICIC Guidelines ask that assistance be given without discrimination and that migrants be able to seek help safely (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  population builders "Construction workers" {
    size: 9000  nationalities: KH  languages: km  status: irregular
  }
  communication {
    information-on: hazard, evacuation, assistance
  }
}`,
      passing: `plan "Flood plan" {
  population builders "Construction workers" {
    size: 9000  nationalities: KH  languages: km  status: irregular
  }
  communication {
    information-on: hazard, evacuation, assistance, no-immigration-enforcement
  }
}`,
      notes: [
        "Each population whose `status` lists `irregular`, `mixed` or `unknown` is its own finding, on the population's header, as long as `information-on` lacks `no-immigration-enforcement`; populations that are all `regular`, or say nothing of status, are not concerned. Nothing is reported without a `communication` section (PLAN004 reports that).",
        "",
        "The fix adds `no-immigration-enforcement` to `information-on` (inserting the attribute when it is missing). Every finding carries the same edit, so one application clears them all. The message must then be true: pair it with `shares-with-immigration-enforcement: no` in the referral section (REF004).",
      ].join("\n"),
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    const communication = communicationSection(plan);
    if (!communication) return;
    if (words(communication, "information-on").includes(TOPIC)) return;
    // One edit serves every finding: built once, not once per population.
    const fix = addValuesFix(document, communication, "information-on", [TOPIC], say.addValues("information-on", [TOPIC]));
    for (const population of populations(plan)) {
      const statuses = precariousStatuses(population);
      if (statuses.length === 0) continue;
      report({
        message: say.t("noAssurance", { population: population.id!.text, statuses: say.list(statuses.map(say.word), { type: "disjunction" }), topic: TOPIC, cite: say.cite() }),
        span: headerSpan(population),
        fixes: fix ? [fix] : [],
      });
    }
  },
};
