import type { Rule, RuleMessages } from "../../core/rule";
import { checkSectionWord, cite } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G6", "G9"];

const messages = {
  sectionWord: {
    en: "{state, select, opposite {The communication section says rumours are not tracked} other {The communication section does not say whether rumours are tracked}}. Charge someone with watching for rumours and answering them, and set \"rumour-tracking: yes\": false news about checkpoints, raids or aid keeps migrants from seeking help ({cite}).",
    ru: "{state, select, opposite {В разделе информирования сказано, что слухи не отслеживаются} other {В разделе информирования не сказано, отслеживаются ли слухи}}. Поручите кому-либо следить за слухами и отвечать на них и укажите `rumour-tracking: yes`: ложные сведения о блокпостах, облавах или помощи удерживают мигрантов от обращения за помощью ({cite}).",
    uz: "{state, select, opposite {Axborot berish boʻlimida mish-mishlar kuzatilmasligi aytilgan} other {Axborot berish boʻlimida mish-mishlar kuzatilishi aytilmagan}}. Kimgadir mish-mishlarni kuzatib borish va ularga javob berishni topshiring hamda `rumour-tracking: yes` ni belgilang: nazorat punktlari, reydlar yoki yordam haqidagi yolgʻon xabarlar migrantlarni yordam soʻrashdan toʻxtatadi ({cite}).",
  },
} satisfies RuleMessages;

/**
 * COMM010: misinformation is watched for and answered. One finding per
 * communication section: on `rumour-tracking: no`, or on the section keyword
 * when the attribute is absent.
 */
export const communicationRumours: Rule = {
  meta: {
    code: "COMM010",
    name: "communication-rumours",
    area: "communication",
    severity: "info",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "`rumour-tracking` absent or `no`.",
    translations: {
      ru: {
        summary: `\`rumour-tracking\` отсутствует или равно \`no\`.`,
        why: `Во время кризиса ложные сведения распространяются быстрее официальных сообщений: будто в пункте временного размещения проверяют документы, будто граница открыта, будто помощь только для граждан. Мигранты, отрезанные от основных средств массовой информации, часто больше всех им подвержены, а слух может удержать их от обращения за помощью или направить навстречу опасности. Руководящие принципы MICIC требуют информирования, которое следит за тем, что распространяется, и исправляет это (${citeRu(guidelines)}).`,
        notes: `Замечание относится к \`rumour-tracking: no\`, если так указано, и к ключевому слову \`communication\`, если атрибута нет. Если в плане нет раздела \`communication\`, ничего не сообщается (об этом сообщает PLAN004). Исправление задаёт \`rumour-tracking: yes\` (заменяя \`no\` или вставляя атрибут); вместе с ним должно быть назначено ответственное лицо в ведущем ведомстве плана или у партнёра, которое отслеживает слухи и отвечает на них.`,
      },
      uz: {
        summary: `\`rumour-tracking\` yoʻq yoki \`no\`.`,
        why: `Inqiroz paytida yolgʻon xabarlar rasmiy xabarlardan tezroq tarqaladi: goʻyo vaqtinchalik joylashtirish punktida hujjatlar tekshiriladi, goʻyo chegara ochiq, goʻyo yordam faqat fuqarolar uchun. Asosiy ommaviy axborot vositalaridan uzilib qolgan migrantlar koʻpincha ularga eng koʻp duch keladi, mish-mish esa ularni yordam soʻrashdan toʻxtatishi yoki xavf tomon yuborishi mumkin. MICIC qoʻllanmasi tarqalayotgan gaplarni kuzatib, ularni tuzatadigan axborot berishni talab qiladi (${citeUz(guidelines)}).`,
        notes: `Eslatma, agar shunday koʻrsatilgan boʻlsa, \`rumour-tracking: no\` ga, atribut yoʻq boʻlsa, \`communication\` kalit soʻziga tegishli. Rejada \`communication\` boʻlimi boʻlmasa, hech narsa xabar qilinmaydi (bu haqda PLAN004 xabar beradi). Tuzatish \`rumour-tracking: yes\` ni belgilaydi (\`no\` ni almashtiradi yoki atributni qoʻshadi); u bilan birga reja yetakchi idorasida yoki hamkorda mish-mishlarni kuzatib, ularga javob beradigan masʼul shaxs tayinlanishi kerak.`,
      },
    },
    docs: {
      why: `In a crisis, false news spreads faster than official messages: that a shelter checks papers, that a border is open, that aid is for citizens only. Migrants, cut off from mainstream media, are often the most exposed to it, and a rumour can keep them from seeking help or send them into danger. The MICIC Guidelines ask for communication that listens to what circulates and corrects it (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  communication {
    rumour-tracking: no
  }
}`,
      passing: `plan "Flood plan" {
  communication {
    rumour-tracking: yes
  }
}`,
      notes: "The finding stands on `rumour-tracking: no` when it says so, on the `communication` keyword when it is absent. Nothing is reported without a `communication` section (PLAN004 reports that). The fix sets `rumour-tracking: yes` (replacing `no`, or inserting the attribute); it should go with someone charged, in the plan's lead agency or a partner, with watching for rumours and answering them.",
    },
  },
  check(context) {
    const say = voice(messages, guidelines, context);
    checkSectionWord(context, {
      section: "communication",
      attribute: "rumour-tracking",
      wanted: "yes",
      opposite: "no",
      message: (state) => say.t("sectionWord", { state, cite: say.cite() }),
      fixTitle: say.commitTo("rumour-tracking", "yes"),
    });
  },
};
