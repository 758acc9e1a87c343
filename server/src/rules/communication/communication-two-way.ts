import { attributeOf } from "../../core/ast";
import type { Fix } from "../../core/finding";
import type { Rule, RuleMessages } from "../../core/rule";
import { cite, setAttributeFix } from "../plan-model";
import { channels, communicationSection, says } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G9"];

const messages = {
  notTwoWay: {
    en: "\"feedback\" points at {target}, which is not two-way{candidates, select, none {, and no channel has \"two-way: yes\". Set \"two-way: yes\" on {target} if people can answer through it, or add a channel they can answer through and point \"feedback\" at it} one {. Point \"feedback\" at {first}, the two-way channel, or set \"two-way: yes\" on {target} if people can answer through it} other {. Point \"feedback\" at a two-way channel, such as {first}, or set \"two-way: yes\" on {target} if people can answer through it}}: {why}",
    ru: "`feedback` указывает на канал {target}, который не является двусторонним{candidates, select, none {, и ни у одного канала нет `two-way: yes`. Укажите `two-way: yes` для {target}, если через него можно ответить, или добавьте канал, через который люди могут ответить, и укажите его в `feedback`} one {. Укажите в `feedback` канал {first}, он двусторонний, или укажите `two-way: yes` для {target}, если через него можно ответить} other {. Укажите в `feedback` двусторонний канал, например {first}, или укажите `two-way: yes` для {target}, если через него можно ответить}}: {why}",
    uz: "`feedback` ikki tomonlama boʻlmagan {target} kanalini koʻrsatadi{candidates, select, none {, birorta ham kanalda `two-way: yes` yoʻq. Agar {target} orqali javob berish mumkin boʻlsa, unga `two-way: yes` ni belgilang yoki odamlar javob bera oladigan kanal qoʻshib, uni `feedback` da koʻrsating} one {. `feedback` da ikki tomonlama {first} kanalini koʻrsating yoki agar {target} orqali javob berish mumkin boʻlsa, unga `two-way: yes` ni belgilang} other {. `feedback` da ikki tomonlama kanalni, masalan {first} ni koʻrsating yoki agar {target} orqali javob berish mumkin boʻlsa, unga `two-way: yes` ni belgilang}}: {why}",
  },
  noFeedback: {
    en: "{problem, select, noTwoWay {No channel in the communication section has \"two-way: yes\"} other {The communication section has no \"feedback\" channel{candidates, select, none { and no channel with \"two-way: yes\"} other {}}}}. {candidates, select, one {Point \"feedback\" at {first}, the two-way channel} other {Point \"feedback\" at a two-way channel, such as {first}} none {Set \"two-way: yes\" on a channel people can answer through (a hotline, a messaging app), and point \"feedback\" at it}}: {why}",
    ru: "{problem, select, noTwoWay {В разделе информирования ни у одного канала нет `two-way: yes`} other {В разделе информирования нет канала `feedback`{candidates, select, none { и нет канала с `two-way: yes`} other {}}}}. {candidates, select, one {Укажите в `feedback` канал {first}, он двусторонний} other {Укажите в `feedback` двусторонний канал, например {first}} none {Укажите `two-way: yes` для канала, через который люди могут ответить (горячая линия, мессенджер), и укажите его в `feedback`}}: {why}",
    uz: "{problem, select, noTwoWay {Axborot berish boʻlimida birorta ham kanalda `two-way: yes` yoʻq} other {Axborot berish boʻlimida `feedback` kanali yoʻq{candidates, select, none { va `two-way: yes` li kanal ham yoʻq} other {}}}}. {candidates, select, one {`feedback` da ikki tomonlama {first} kanalini koʻrsating} other {`feedback` da ikki tomonlama kanalni, masalan {first} ni koʻrsating} none {Odamlar javob bera oladigan kanalga (ishonch telefoni, messenjer) `two-way: yes` ni belgilang va uni `feedback` da koʻrsating}}: {why}",
  },
  why: {
    en: "migrants must be able to ask questions and report where they are, not only receive warnings ({cite}).",
    ru: "мигранты должны иметь возможность задавать вопросы и сообщать, где они находятся, а не только получать предупреждения ({cite}).",
    uz: "migrantlar faqat ogohlantirish olibgina qolmay, savol berish va qayerdaligini xabar qilish imkoniga ega boʻlishi kerak ({cite}).",
  },
  pointAt: {
    en: "Point ''feedback'' at channel ''{channel}''",
    ru: "Указать в `feedback` канал {channel}",
    uz: "`feedback` da {channel} kanalini koʻrsatish",
  },
} satisfies RuleMessages;

/** How many channels the fixes offer to point `feedback` at. */
const MAX_FIXES = 3;

/**
 * COMM003: migrants can answer back. Some channel is two-way, and `feedback`
 * points at one. One finding per communication section: on `feedback` when it
 * names a channel that is not two-way, on the section keyword otherwise.
 */
export const communicationTwoWay: Rule = {
  meta: {
    code: "COMM003",
    name: "communication-two-way",
    area: "communication",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "No channel with `two-way: yes`, or `feedback` absent or pointing at a channel that is not two-way.",
    translations: {
      ru: {
        summary: `Нет канала связи с \`two-way: yes\`, или \`feedback\` отсутствует либо указывает на канал, который не является двусторонним.`,
        why: `Предупреждения, идущие только в одну сторону, не дают мигрантам спросить, куда идти, сообщить, что они оказались в ловушке, или сказать, что сообщение было неверным. Руководящие принципы MICIC требуют информирования, которое не только говорит, но и слушает: известного места, куда поступают вопросы и сообщения и где на них отвечают (${citeRu(guidelines)}).`,
        notes: `Канал двусторонний, только если в нём указано \`two-way: yes\`. Если \`feedback\` называет то, что не объявлено как канал связи, об имени сообщает NAM002 или NAM003, а это правило больше ничего не сообщает, если в плане есть хотя бы один двусторонний канал.

Исправление направляет \`feedback\` на двусторонний канал: вставляет \`feedback\`, если его нет, и заменяет значение, если оно называет односторонний канал. Для каждого двустороннего канала предлагается своё исправление (для первых трёх в порядке файла); только если кандидат один, исправление помечено как безопасное для \`--fix\`. Если двустороннего канала нет, исправления нет: сначала укажите \`two-way: yes\` у канала, через который люди могут ответить.`,
      },
      uz: {
        summary: `\`two-way: yes\` li aloqa kanali yoʻq yoki \`feedback\` yoʻq yoxud ikki tomonlama boʻlmagan kanalni koʻrsatadi.`,
        why: `Faqat bir tomonga boradigan ogohlantirishlar migrantlarga qayerga borishni soʻrash, tuzoqqa tushib qolganini xabar qilish yoki xabar notoʻgʻri boʻlganini aytish imkonini bermaydi. MICIC qoʻllanmasi faqat gapiradigan emas, balki tinglaydigan axborot berishni talab qiladi: savollar va xabarlar keladigan hamda ularga javob beriladigan maʼlum joyni (${citeUz(guidelines)}).`,
        notes: `Kanal faqat \`two-way: yes\` koʻrsatilgan boʻlsa, ikki tomonlama hisoblanadi. Agar \`feedback\` aloqa kanali sifatida eʼlon qilinmagan narsani koʻrsatsa, nom haqida NAM002 yoki NAM003 xabar beradi, bu qoida esa, agar rejada kamida bitta ikki tomonlama kanal boʻlsa, boshqa hech narsa xabar qilmaydi.

Tuzatish \`feedback\` ni ikki tomonlama kanalga yoʻnaltiradi: u yoʻq boʻlsa \`feedback\` ni qoʻshadi, bir tomonlama kanalni koʻrsatsa qiymatini almashtiradi. Har bir ikki tomonlama kanal uchun alohida tuzatish taklif qilinadi (fayldagi tartib boʻyicha dastlabki uchtasi uchun); faqat nomzod bitta boʻlsagina tuzatish \`--fix\` uchun xavfsiz deb belgilanadi. Ikki tomonlama kanal boʻlmasa, tuzatish yoʻq: avval odamlar javob bera oladigan kanalda \`two-way: yes\` ni koʻrsating.`,
      },
    },
    docs: {
      why: `Warnings that only go one way leave migrants unable to ask where to go, to report that they are trapped, or to say that a message was wrong. The MICIC Guidelines ask for communication that listens as well as speaks: a known place where questions and reports come in and are answered (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  communication {
    feedback: radio
    channel radio "Regional radio bulletins" { medium: radio  languages: ru }
    channel hotline "Migrant hotline" { medium: hotline  languages: ru  two-way: yes }
  }
}`,
      passing: `plan "Flood plan" {
  communication {
    feedback: hotline
    channel radio "Regional radio bulletins" { medium: radio  languages: ru }
    channel hotline "Migrant hotline" { medium: hotline  languages: ru  two-way: yes }
  }
}`,
      notes: [
        "A channel is two-way only when it says `two-way: yes`. When `feedback` names something that is not a declared channel, NAM002 or NAM003 reports the name and this rule says nothing more, unless no channel at all is two-way.",
        "",
        "The fix points `feedback` at a two-way channel: it inserts `feedback` when it is missing and replaces its value when it names a one-way channel. One fix is offered per two-way channel (for the first three, in file order); only when there is a single candidate is the fix marked safe for `--fix`. With no two-way channel there is no fix: say which channel people can answer through with `two-way: yes` first.",
      ].join("\n"),
    },
  },
  check(context) {
    const { document, plan, resolution, report } = context;
    const say = voice(messages, guidelines, context);
    const communication = communicationSection(plan);
    if (!communication) return;
    const twoWay = channels(plan).filter((c) => says(c, "two-way", "yes"));
    const feedback = attributeOf(communication, "feedback");
    const named = feedback?.values.find((v) => v.kind === "ident");
    const target = named ? resolution.declarations.get(named.text) : undefined;

    if (target?.kind === "channel" && says(target.block, "two-way", "yes")) return;
    // A name that is not a declared channel is NAM002's or NAM003's finding;
    // repeat nothing unless the plan has no two-way channel to point at.
    if (named && target?.kind !== "channel" && twoWay.length > 0) return;

    // One fix per two-way channel (the first few: a menu, not a list of
    // hundreds); choosing among several is the drafter's call.
    const fixes = twoWay
      .slice(0, MAX_FIXES)
      .map((channel) => setAttributeFix(document, communication, "feedback", channel.id!.text, say.t("pointAt", { channel: channel.id!.text })))
      .filter((f): f is Fix => f !== undefined)
      ;
    const candidates = twoWay.map((c) => c.id!.text);
    const about = {
      candidates: candidates.length === 0 ? "none" : candidates.length === 1 ? "one" : "several",
      first: candidates[0] ?? "",
      why: say.t("why", { cite: say.cite() }),
    };

    if (target?.kind === "channel") {
      report({
        message: say.t("notTwoWay", { ...about, target: target.name }),
        span: feedback!.span,
        fixes,
      });
      return;
    }
    report({
      message: say.t("noFeedback", { ...about, problem: named ? "noTwoWay" : "noFeedback" }),
      span: feedback && !named ? feedback.span : communication.kind.span,
      fixes,
    });
  },
};
