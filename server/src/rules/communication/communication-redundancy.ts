import type { Rule, RuleMessages } from "../../core/rule";
import { cite, word } from "../plan-model";
import { channels, communicationSection } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G6"];

const messages = {
  fragile: {
    en: "The communication section {case, select, none {has no channel with a medium. Add at least two channels of different media, one of them {resilient}} oneWeak {uses only one medium ({medium}) and has no channel that still works when power or the internet fails. Add a {resilient} channel} one {uses only one medium ({medium}). Add a channel of another medium} other {has no channel that still works when power or the internet fails. Add a {resilient} channel}}: a crisis that cuts one network must not leave migrants without warnings ({cite}).",
    ru: "{case, select, none {В разделе информирования нет ни одного канала связи с указанным `medium`. Добавьте не менее двух каналов разного вида, один из которых — {resilient}} oneWeak {В разделе информирования используется только один вид связи ({medium}) и нет канала, который работает при отключении электричества или интернета. Добавьте канал вида {resilient}} one {В разделе информирования используется только один вид связи ({medium}). Добавьте канал другого вида} other {В разделе информирования нет канала, который работает при отключении электричества или интернета. Добавьте канал вида {resilient}}}: кризис, нарушивший одну сеть, не должен оставить мигрантов без предупреждений ({cite}).",
    uz: "{case, select, none {Axborot berish boʻlimida `medium` koʻrsatilgan birorta ham aloqa kanali yoʻq. Kamida ikkita turli xil kanal qoʻshing, ulardan biri {resilient} boʻlsin} oneWeak {Axborot berish boʻlimida faqat bitta aloqa turi ({medium}) ishlatiladi va elektr yoki internet oʻchganda ishlaydigan kanal yoʻq. {resilient} kanalini qoʻshing} one {Axborot berish boʻlimida faqat bitta aloqa turi ({medium}) ishlatiladi. Boshqa turdagi kanal qoʻshing} other {Axborot berish boʻlimida elektr yoki internet oʻchganda ishlaydigan kanal yoʻq. {resilient} kanalini qoʻshing}}: bitta tarmoqni uzib qoʻygan inqiroz migrantlarni ogohlantirishlarsiz qoldirmasligi kerak ({cite}).",
  },
} satisfies RuleMessages;

/**
 * Media that still carry a warning when the power grid or the internet is
 * down: broadcast radio, voices and paper, and the cellular network's own
 * messages (SMS and cell broadcast need no internet connection).
 */
export const RESILIENT_MEDIA: readonly string[] = [
  "radio", "loudspeaker", "door-to-door", "community-meeting", "printed", "sms", "cell-broadcast",
];

/**
 * COMM002: the plan does not hang on one medium, and at least one medium
 * survives a power or internet cut. One finding per communication section.
 */
export const communicationRedundancy: Rule = {
  meta: {
    code: "COMM002",
    name: "communication-redundancy",
    area: "communication",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "Fewer than two channels of different `medium`, or none that still works when power or the internet fails.",
    translations: {
      ru: {
        summary: `Меньше двух каналов связи с разными \`medium\` или нет ни одного канала, который работает при отключении электричества или интернета.`,
        why: `Кризис разрушает те самые сети, по которым идут предупреждения: наводнения отключают электричество, землетрясения валят вышки связи, при конфликтах отключают интернет. План, который полагается на один вид связи или только на те, которым нужны электричество и передача данных, замолкает тогда, когда он нужнее всего. Руководящие принципы MICIC требуют информировать мигрантов по нескольким каналам, которыми они действительно пользуются, чтобы отказ одного не оставил их без информации (${citeRu(guidelines)}).`,
        notes: `При отключении электричества или интернета продолжают работать \`radio\`, \`loudspeaker\`, \`door-to-door\`, \`community-meeting\`, \`printed\`, \`sms\` и \`cell-broadcast\`. Два канала с одинаковым \`medium\` считаются одним видом связи; канал без \`medium\` не учитывается ни в одной из проверок.

Одно замечание на раздел \`communication\`, на его ключевом слове, с указанием того, что не так. Если в плане нет раздела \`communication\`, ничего не сообщается (об этом сообщает PLAN004). Исправления нет: какой вид связи добавить, выбирает составитель плана.`,
      },
      uz: {
        summary: `Turli \`medium\` li aloqa kanallari ikkitadan kam yoki elektr yoki internet oʻchganda ishlaydigan birorta ham kanal yoʻq.`,
        why: `Inqiroz ogohlantirishlar oʻtadigan tarmoqlarning oʻzini buzadi: suv toshqinlari elektrni oʻchiradi, zilzilalar aloqa minoralarini qulatadi, nizolarda internet oʻchiriladi. Bitta aloqa turiga yoki faqat elektr va internet talab qiladigan turlarga tayanadigan reja eng kerak paytda jim qoladi. MICIC qoʻllanmasi migrantlarni ular haqiqatan foydalanadigan bir nechta kanal orqali xabardor qilishni talab qiladi, toki bittasining ishdan chiqishi ularni axborotsiz qoldirmasin (${citeUz(guidelines)}).`,
        notes: `Elektr yoki internet oʻchganda \`radio\`, \`loudspeaker\`, \`door-to-door\`, \`community-meeting\`, \`printed\`, \`sms\` va \`cell-broadcast\` ishlashda davom etadi. \`medium\` i bir xil ikki kanal bitta aloqa turi hisoblanadi; \`medium\` siz kanal hech bir tekshiruvda hisobga olinmaydi.

Har bir \`communication\` boʻlimiga uning kalit soʻzida nima notoʻgʻri ekanini koʻrsatuvchi bitta eslatma. Rejada \`communication\` boʻlimi boʻlmasa, hech narsa xabar qilinmaydi (bu haqda PLAN004 xabar beradi). Tuzatish yoʻq: qaysi aloqa turini qoʻshishni reja tuzuvchisi tanlaydi.`,
      },
    },
    docs: {
      why: `Crises break the very networks warnings travel on: floods cut power, earthquakes bring down masts, conflicts shut down the internet. A plan that relies on one medium, or only on media that need power and data, goes silent when it is needed most. The MICIC Guidelines ask for communication through several channels migrants actually use, so that one failing does not leave them uninformed (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  communication {
    channel hotline "Migrant hotline" { medium: hotline  languages: ru }
    channel web "Information website" { medium: website  languages: ru }
  }
}`,
      passing: `plan "Flood plan" {
  communication {
    channel hotline "Migrant hotline" { medium: hotline  languages: ru }
    channel radio "Regional radio bulletins" { medium: radio  languages: ru }
  }
}`,
      notes: [
        "The media that still work when power or the internet fails are `radio`, `loudspeaker`, `door-to-door`, `community-meeting`, `printed`, `sms` and `cell-broadcast`. Two channels of the same medium count as one kind; a channel without `medium` counts for neither test.",
        "",
        "One finding per `communication` section, on its keyword, naming what is wrong. Nothing is reported without a `communication` section (PLAN004 reports that). There is no fix: which medium to add is the drafter's choice.",
      ].join("\n"),
    },
  },
  check(context) {
    const { plan, report } = context;
    const say = voice(messages, guidelines, context);
    const communication = communicationSection(plan);
    if (!communication) return;
    const media = [...new Set(channels(plan).map((c) => word(c, "medium")).filter((m): m is string => m !== undefined))];
    const varied = media.length >= 2;
    const resilient = media.some((m) => RESILIENT_MEDIA.includes(m));
    if (varied && resilient) return;

    const resilientList = say.list(RESILIENT_MEDIA.map(say.word), { type: "disjunction", max: RESILIENT_MEDIA.length });
    const which = media.length === 0 ? "none" : !varied && !resilient ? "oneWeak" : !varied ? "one" : "weak";
    report({
      message: say.t("fragile", { case: which, resilient: resilientList, medium: media.length > 0 ? say.word(media[0]) : "", cite: say.cite() }),
      span: communication.kind.span,
    });
  },
};
