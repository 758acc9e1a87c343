import type { Rule, RuleMessages } from "../../core/rule";
import { checkSectionWord, cite } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G11", "G3"];

const messages = {
  sectionWord: {
    en: "The referral section {state, select, opposite {says personal data from referrals is shared with immigration enforcement} other {does not say whether personal data from referrals reaches immigration enforcement}}. Set \"shares-with-immigration-enforcement: no\": migrants will not come forward for help if doing so can lead to their arrest or removal ({cite}).",
    ru: "{state, select, opposite {В разделе перенаправления сказано, что персональные данные из перенаправлений передаются органам миграционного контроля} other {В разделе перенаправления не сказано, попадают ли персональные данные из перенаправлений к органам миграционного контроля}}. Укажите `shares-with-immigration-enforcement: no`: мигранты не обратятся за помощью, если это может привести к их задержанию или высылке ({cite}).",
    uz: "{state, select, opposite {Yoʻnaltirish boʻlimida yoʻnaltirishlardagi shaxsiy maʼlumotlar migratsiya nazorati organlariga berilishi aytilgan} other {Yoʻnaltirish boʻlimida yoʻnaltirishlardagi shaxsiy maʼlumotlar migratsiya nazorati organlariga yetib borishi yoki bormasligi aytilmagan}}. `shares-with-immigration-enforcement: no` ni belgilang: agar bu hibsga olinish yoki chiqarib yuborilishga olib kelishi mumkin boʻlsa, migrantlar yordam soʻrab murojaat qilmaydi ({cite}).",
  },
} satisfies RuleMessages;

/**
 * REF004: personal data gathered to refer people for help never reaches
 * immigration enforcement. `yes` breaks the firewall (error); silence leaves
 * migrants unsure whether asking for help is safe (warning).
 */
export const referralFirewall: Rule = {
  meta: {
    code: "REF004",
    name: "referral-firewall",
    area: "referral",
    severity: "warning",
    severityWhen: "an error when data from referrals is shared with immigration enforcement",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "The referral section does not say that personal data stays away from immigration enforcement (an error when it says it is shared).",
    translations: {
      ru: {
        summary: `В разделе перенаправления не сказано, что персональные данные не передаются органам миграционного контроля (ошибка, если сказано, что передаются).`,
        why: `Мигранты без урегулированного статуса не обращаются за помощью, если обращение может привести к задержанию, помещению под стражу или высылке. Руководящие принципы MICIC требуют оказывать помощь без дискриминации, чтобы мигранты могли безопасно за ней обращаться (${citeRu(guidelines)}). Это возможно благодаря разделению тех, кто направляет и помогает, и органов, которые обеспечивают соблюдение миграционного законодательства, и план должен это разделение закрепить.`,
        notes: `\`yes\` — ошибка, она относится к атрибуту; отсутствие атрибута — предупреждение, оно относится к ключевому слову \`referral\`. План без раздела \`referral\` получает вместо этого замечание PLAN004. Исправление задаёт \`shares-with-immigration-enforcement: no\`.`,
        severityWhen: `ошибка, если данные перенаправления передаются органам миграционного контроля`,
      },
      uz: {
        summary: `Yoʻnaltirish boʻlimida shaxsiy maʼlumotlar migratsiya nazorati organlariga berilmasligi aytilmagan (berilishi aytilgan boʻlsa, xato).`,
        why: `Tartibga solinmagan maqomdagi migrantlar, agar murojaat hibsga olish, qamoqda saqlash yoki chiqarib yuborishga olib kelishi mumkin boʻlsa, yordam soʻramaydi. MICIC qoʻllanmasi migrantlar yordam uchun xavfsiz murojaat qila olishlari uchun uni kamsitishsiz koʻrsatishni talab qiladi (${citeUz(guidelines)}). Bunga yoʻnaltiruvchi va yordam beruvchilarni migratsiya qonunchiligiga rioya etilishini taʼminlovchi organlardan ajratish orqali erishiladi va reja bu ajratishni mustahkamlashi kerak.`,
        notes: `\`yes\` — xato, u atributga tegishli; atribut yoʻqligi — ogohlantirish, u \`referral\` kalit soʻziga tegishli. \`referral\` boʻlimi yoʻq reja buning oʻrniga PLAN004 eslatmasini oladi. Tuzatish \`shares-with-immigration-enforcement: no\` ni belgilaydi.`,
        severityWhen: `yoʻnaltirish maʼlumotlari migratsiya nazorati organlariga berilsa, xato`,
      },
    },
    docs: {
      why: `Migrants without regular status stay away from help when asking for it may lead to arrest, detention or deportation. The MICIC Guidelines ask that assistance be given without discrimination and that migrants be able to seek it safely (${cite(guidelines)}). A firewall between the people who refer and help and the authorities who enforce immigration law is what makes that possible, and the plan must state it.`,
      failing: `plan "Flood plan" {
  referral {
    consent: required
    shares-with-immigration-enforcement: yes
  }
}`,
      passing: `plan "Flood plan" {
  referral {
    consent: required
    shares-with-immigration-enforcement: no
  }
}`,
      notes: "`yes` is an error, standing on the attribute; a missing attribute is a warning, standing on the `referral` keyword. A plan without a `referral` section gets PLAN004 instead. The fix sets `shares-with-immigration-enforcement: no`.",
    },
  },
  check(context) {
    const say = voice(messages, guidelines, context);
    checkSectionWord(context, {
      section: "referral",
      attribute: "shares-with-immigration-enforcement",
      wanted: "no",
      opposite: "yes",
      oppositeSeverity: "error",
      message: (state) => say.t("sectionWord", { state, cite: say.cite() }),
      fixTitle: say.commitTo("shares-with-immigration-enforcement", "no"),
    });
  },
};
