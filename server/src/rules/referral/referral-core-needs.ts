import type { Rule, RuleMessages } from "../../core/rule";
import { cite, section } from "../plan-model";
import { voice } from "../voice";
import { needsMet, pathwaySkeletonFix } from "./shared";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G12", "G11"];

const messages = {
  noPathway: {
    en: "The referral section has no pathway for {need}. Add a pathway with \"need: {word}\" and a provider that answers in a crisis: {word, select, health {the injured and the sick must know where to get care} psychosocial {migrants far from family have few people to turn to in distress} protection {a crisis exposes migrants to violence, exploitation and arbitrary detention} shelter {migrants who lose their homes or their employer''s housing need a place to stay} other {papers lost in a crisis stop migrants from moving, working or going home}} ({cite}).",
    ru: "В разделе перенаправления нет механизма перенаправления для потребности «{need}». Добавьте `pathway` с `need: {word}` и поставщиком услуг, который отвечает во время кризиса: {word, select, health {раненые и больные должны знать, где получить помощь} psychosocial {у мигрантов вдали от семьи мало тех, к кому можно обратиться в беде} protection {кризис подвергает мигрантов насилию, эксплуатации и произвольному задержанию} shelter {мигрантам, потерявшим жильё или жильё от работодателя, нужно где-то жить} other {документы, утраченные во время кризиса, не дают мигрантам передвигаться, работать или вернуться домой}} ({cite}).",
    uz: "Yoʻnaltirish boʻlimida «{need}» ehtiyoji uchun yoʻnaltirish mexanizmi yoʻq. `need: {word}` va inqiroz paytida javob beradigan xizmat koʻrsatuvchi bilan `pathway` qoʻshing: {word, select, health {yaradorlar va bemorlar qayerda yordam olishni bilishlari kerak} psychosocial {oilasidan uzoqdagi migrantlarning qiyin paytda murojaat qiladigan odamlari kam} protection {inqiroz migrantlarni zoʻravonlik, ekspluatatsiya va asossiz hibsga olish xavfiga duchor qiladi} shelter {uyidan yoki ish beruvchi bergan turar joydan ayrilgan migrantlarga yashash joyi kerak} other {inqirozda yoʻqolgan hujjatlar migrantlarga koʻchib yurish, ishlash yoki uyga qaytishga toʻsqinlik qiladi}} ({cite}).",
  },
  addPathway: {
    en: "Add a pathway for {need}",
    ru: "Добавить механизм перенаправления для потребности «{need}»",
    uz: "«{need}» ehtiyoji uchun yoʻnaltirish mexanizmini qoʻshish",
  },
} satisfies RuleMessages;

/** The needs every crisis raises, each with why a migrant may not find help for it unaided. */
export const CORE_NEEDS: readonly { need: string; why: string }[] = [
  { need: "health", why: "the injured and the sick must know where to get care" },
  { need: "psychosocial", why: "migrants far from family have few people to turn to in distress" },
  { need: "protection", why: "a crisis exposes migrants to violence, exploitation and arbitrary detention" },
  { need: "shelter", why: "migrants who lose their homes or their employer's housing need a place to stay" },
  { need: "documentation", why: "papers lost in a crisis stop migrants from moving, working or going home" },
];

/**
 * REF001: the referral section has a pathway for each core need of a
 * crisis. One finding per missing need, at the `referral` keyword.
 */
export const referralCoreNeeds: Rule = {
  meta: {
    code: "REF001",
    name: "referral-core-needs",
    area: "referral",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "No referral pathway for one of health, psychosocial, protection, shelter or documentation (one finding per need).",
    translations: {
      ru: {
        summary: `Нет механизма перенаправления для одной из потребностей: медицинская помощь, психосоциальная поддержка, защита, временное жильё или документы (одно замечание на каждую потребность).`,
        why: `Во время кризиса мигранты часто не знают, какое ведомство с чем помогает, а ведомства не знают, куда их направить. Чёткий порядок перенаправления, согласованный заранее, позволяет тому, кто первым встретил мигранта, передать его туда, где ему помогут (${citeRu(guidelines)}). В любом кризисе возникают пять потребностей: медицинская помощь, психосоциальная поддержка, защита, временное жильё и восстановление документов. Для каждой нужен механизм перенаправления.`,
        notes: `Учитывается любой механизм с этой потребностью, кто бы его ни обеспечивал. План без раздела \`referral\` получает вместо этого замечание PLAN004. Исправление вставляет в конец раздела механизм с новым идентификатором и заданным \`need:\`; поставщик услуг в нём не назван, потому что только составитель плана знает, кто будет отвечать, и тогда REF002 попросит его указать.`,
      },
      uz: {
        summary: `Quyidagi ehtiyojlardan biri uchun yoʻnaltirish mexanizmi yoʻq: tibbiy yordam, psixologik-ijtimoiy yordam, himoya, vaqtinchalik boshpana yoki hujjatlar (har bir ehtiyoj uchun bitta eslatma).`,
        why: `Inqiroz paytida migrantlar koʻpincha qaysi idora nimaga yordam berishini bilmaydi, idoralar esa ularni qayerga yuborishni bilmaydi. Oldindan kelishilgan aniq yoʻnaltirish tartibi migrantni birinchi uchratgan kishiga uni yordam beradigan joyga yuborish imkonini beradi (${citeUz(guidelines)}). Har qanday inqirozda beshta ehtiyoj paydo boʻladi: tibbiy yordam, psixologik-ijtimoiy yordam, himoya, vaqtinchalik boshpana va hujjatlarni tiklash. Har biri uchun yoʻnaltirish mexanizmi kerak.`,
        notes: `Kim taʼminlashidan qatʼi nazar, shu ehtiyojli har qanday mexanizm hisobga olinadi. \`referral\` boʻlimi yoʻq reja buning oʻrniga PLAN004 eslatmasini oladi. Tuzatish boʻlim oxiriga yangi identifikatorli va \`need:\` belgilangan mexanizmni qoʻshadi; unda xizmat koʻrsatuvchi koʻrsatilmaydi, chunki kim javob berishini faqat reja tuzuvchisi biladi, shundan keyin REF002 uni koʻrsatishni soʻraydi.`,
      },
    },
    docs: {
      why: `In a crisis, migrants often do not know which agency helps with what, and agencies do not know where to send them. Clear referral procedures agreed in advance mean that whoever meets a migrant first can pass them on to the right help (${cite(guidelines)}). Five needs arise in every crisis: health care, psychosocial support, protection, shelter and replacement documents. Each needs a pathway.`,
      failing: `plan "Flood plan" {
  stakeholder red_crescent "Red Crescent" {
    kind: civil-society  contact: "+998 71 000 0002"
  }
  referral {
    pathway care "Emergency care" { need: health  provider: red_crescent }
  }
}`,
      passing: `plan "Flood plan" {
  stakeholder red_crescent "Red Crescent" {
    kind: civil-society  contact: "+998 71 000 0002"
  }
  referral {
    pathway care "Emergency care" { need: health  provider: red_crescent }
    pathway counselling "Psychological first aid" { need: psychosocial  provider: red_crescent }
    pathway protection_desk "Protection desk" { need: protection  provider: red_crescent }
    pathway shelter_places "Shelter places" { need: shelter  provider: red_crescent }
    pathway papers "Replacement papers" { need: documentation  provider: red_crescent }
  }
}`,
      notes: "Any pathway with the need counts, whoever provides it. A plan without a `referral` section gets PLAN004 instead. The fix inserts a pathway with a fresh id and `need:` set, at the end of the section; it names no provider, because only the drafter knows who will answer, so REF002 then asks for one.",
    },
  },
  check(context) {
    const { document, plan, resolution, report } = context;
    const referral = section(plan, "referral");
    if (!referral) return;
    const say = voice(messages, guidelines, context);
    const met = needsMet(referral);
    for (const { need } of CORE_NEEDS) {
      if (met.has(need)) continue;
      const fix = pathwaySkeletonFix(document, resolution, referral, need, { title: say.t("addPathway", { need: say.need(need) }) });
      report({
        message: say.t("noPathway", { need: say.need(need), word: need, cite: say.cite() }),
        span: referral.kind.span,
        fixes: fix ? [fix] : [],
      });
    }
  },
};
