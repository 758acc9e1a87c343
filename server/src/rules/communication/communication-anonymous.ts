import type { Rule, RuleMessages } from "../../core/rule";
import { cite, populations } from "../plan-model";
import { channels, communicationSection, precariousStatuses, says } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G6"];

const messages = {
  noAnonymous: {
    en: "No channel can be used anonymously, yet {names} {count, plural, one {includes} other {include}} people with {statuses} status. Set \"anonymous: yes\" on a channel people can use without giving their name or status, such as a hotline that asks for no papers: otherwise those without status will not come forward ({cite}).",
    ru: "Ни одним каналом связи нельзя воспользоваться анонимно, хотя в {count, plural, one {группу населения} few {группы населения} many {группы населения} other {группы населения}} {names} входят люди со статусом {statuses}. Укажите `anonymous: yes` для канала, которым можно пользоваться, не называя имени и статуса, например для горячей линии, где не спрашивают документы: иначе люди без статуса не обратятся за помощью ({cite}).",
    uz: "Birorta ham aloqa kanalidan anonim foydalanib boʻlmaydi, holbuki {names} aholi {count, plural, one {guruhiga} other {guruhlariga}} {statuses} maqomidagi odamlar kiradi. Ism va maqomni aytmasdan foydalanish mumkin boʻlgan kanal uchun `anonymous: yes` ni belgilang, masalan, hujjat soʻramaydigan ishonch telefoni uchun: aks holda maqomsiz odamlar yordam soʻrab murojaat qilmaydi ({cite}).",
  },
} satisfies RuleMessages;

/**
 * COMM004: where some migrants lack papers, some channel can be used without
 * giving one's identity or status. One finding per communication section.
 */
export const communicationAnonymous: Rule = {
  meta: {
    code: "COMM004",
    name: "communication-anonymous",
    area: "communication",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "No channel with `anonymous: yes` while some population has `irregular`, `mixed` or `unknown` status.",
    translations: {
      ru: {
        summary: `Нет канала связи с \`anonymous: yes\`, хотя у какой-то группы населения статус \`irregular\`, \`mixed\` или \`unknown\`.`,
        why: `Мигрант без документов не позвонит на горячую линию, где спрашивают номер разрешения, боясь, что просьба о помощи закончится задержанием. Если в плане учтены люди с неурегулированным или неясным статусом, нужен хотя бы один канал, которым они могут воспользоваться, не называя себя. Руководящие принципы MICIC требуют информирования, которое вызывает доверие у всех мигрантов, независимо от их статуса (${citeRu(guidelines)}).`,
        notes: `Канал анонимный, только если в нём указано \`anonymous: yes\`. Правило применяется, только если у какой-то группы населения в \`status\` указано \`irregular\`, \`mixed\` или \`unknown\`; план, где все группы \`regular\` (или ничего не говорят о статусе), соответствует правилу.

Одно замечание на раздел \`communication\`, на его ключевом слове, с названиями затронутых групп. Если в плане нет раздела \`communication\`, ничего не сообщается (об этом сообщает PLAN004). Исправления нет: только составитель плана знает, какой канал действительно может обойтись без проверки личности.`,
      },
      uz: {
        summary: `\`anonymous: yes\` li aloqa kanali yoʻq, holbuki qaysidir aholi guruhining maqomi \`irregular\`, \`mixed\` yoki \`unknown\`.`,
        why: `Hujjatsiz migrant ruxsatnoma raqamini soʻraydigan ishonch telefoniga qoʻngʻiroq qilmaydi, chunki yordam soʻrash hibsga olish bilan tugashidan qoʻrqadi. Rejada tartibga solinmagan yoki noaniq maqomdagi odamlar hisobga olingan boʻlsa, ular oʻzini tanishtirmasdan foydalana oladigan kamida bitta kanal kerak. MICIC qoʻllanmasi maqomidan qatʼi nazar, barcha migrantlarda ishonch uygʻotadigan axborot berishni talab qiladi (${citeUz(guidelines)}).`,
        notes: `Kanal faqat \`anonymous: yes\` koʻrsatilgan boʻlsa, anonim hisoblanadi. Qoida faqat qaysidir aholi guruhining \`status\` ida \`irregular\`, \`mixed\` yoki \`unknown\` koʻrsatilgan boʻlsa qoʻllanadi; barcha guruhlari \`regular\` boʻlgan (yoki maqom haqida hech narsa demaydigan) reja qoidaga mos.

Har bir \`communication\` boʻlimiga uning kalit soʻzida tegishli guruhlarni nomlovchi bitta eslatma. Rejada \`communication\` boʻlimi boʻlmasa, hech narsa xabar qilinmaydi (bu haqda PLAN004 xabar beradi). Tuzatish yoʻq: qaysi kanal haqiqatan shaxsni tekshirmasdan ishlay olishini faqat reja tuzuvchisi biladi.`,
      },
    },
    docs: {
      why: `A migrant without papers will not call a hotline that asks for a permit number, for fear that asking for help ends in detention. Where a plan counts people with irregular or uncertain status, it needs at least one channel they can use without saying who they are. The MICIC Guidelines ask for communication that builds trust with all migrants, whatever their status (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  population builders "Construction workers" {
    size: 9000  nationalities: KH  languages: km  status: irregular
  }
  communication {
    channel hotline "Disaster hotline" { medium: hotline  languages: km  two-way: yes  anonymous: no }
  }
}`,
      passing: `plan "Flood plan" {
  population builders "Construction workers" {
    size: 9000  nationalities: KH  languages: km  status: irregular
  }
  communication {
    channel hotline "Disaster hotline" { medium: hotline  languages: km  two-way: yes  anonymous: yes }
  }
}`,
      notes: [
        "A channel is anonymous only when it says `anonymous: yes`. The rule applies only when some population lists `irregular`, `mixed` or `unknown` in `status`; a plan whose populations are all `regular` (or say nothing of status) passes.",
        "",
        "One finding per `communication` section, on its keyword, naming the populations concerned. Nothing is reported without a `communication` section (PLAN004 reports that). There is no fix: only the drafter knows which channel can truly do without identity checks.",
      ].join("\n"),
    },
  },
  check(context) {
    const { plan, report } = context;
    const say = voice(messages, guidelines, context);
    const communication = communicationSection(plan);
    if (!communication) return;
    const concerned = populations(plan).filter((p) => precariousStatuses(p).length > 0);
    if (concerned.length === 0) return;
    if (channels(plan).some((c) => says(c, "anonymous", "yes"))) return;
    const names = concerned.map((p) => p.id!.text);
    const statuses = [...new Set(concerned.flatMap(precariousStatuses))];
    report({
      message: say.t("noAnonymous", { names: say.list(names), count: names.length, statuses: say.list(statuses.map(say.word), { type: "disjunction" }), cite: say.cite() }),
      span: communication.kind.span,
    });
  },
};
