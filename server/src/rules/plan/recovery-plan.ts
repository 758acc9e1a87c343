import { attributeOf, type Block } from "../../core/ast";
import type { PlanDocument } from "../../core/document";
import { insertMember, valuePlaceholder } from "../../core/edits";
import type { Fix, TextEdit } from "../../core/finding";
import type { Rule, RuleMessages } from "../../core/rule";
import { cite, planSpan, section, setAttributeFix, word } from "../plan-model";
import { consulatesAndInternationalOrganizations, insertSectionFix } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G14", "G8"];

const messages = {
  noSection: {
    en: "The plan has no recovery section. Add \"recovery '{' … '}'\" saying who helps migrants return home or to where they lived (\"return-support\") and that the response will be reviewed with them (\"lessons-learned: yes\"): after a crisis migrants may have lost jobs, papers and wages, and the next plan should learn from this one ({cite}).",
    ru: "В плане нет раздела восстановления. Добавьте `recovery '{' … '}'` и укажите, кто помогает мигрантам вернуться домой или туда, где они жили (`return-support`), и что реагирование будет проанализировано вместе с ними (`lessons-learned: yes`): после кризиса мигранты могут лишиться работы, документов и заработка, а следующий план должен учесть опыт этого ({cite}).",
    uz: "Rejada tiklanish boʻlimi yoʻq. `recovery '{' … '}'` ni qoʻshing va migrantlarga uyiga yoki yashagan joyiga qaytishda kim yordam berishini (`return-support`) hamda javob choralari ular bilan birga tahlil qilinishini (`lessons-learned: yes`) koʻrsating: inqirozdan keyin migrantlar ishi, hujjatlari va ish haqidan ayrilishi mumkin, keyingi reja esa bu rejaning tajribasidan saboq olishi kerak ({cite}).",
  },
  incomplete: {
    en: "The recovery section {state, select, neither {names no one to support return and does not commit to learning lessons} noReturn {names no one to support return} saysNo {says no lessons will be learned} other {does not commit to learning lessons}}. {state, select, neither {Name in \"return-support\" who helps migrants return home or to where they lived and commit, with \"lessons-learned: yes\", to reviewing the response with migrants} noReturn {Name in \"return-support\" who helps migrants return home or to where they lived} other {Commit, with \"lessons-learned: yes\", to reviewing the response with migrants}}: after a crisis migrants may have lost jobs, papers and wages, and the next plan should learn from this one ({cite}).",
    ru: "{state, select, neither {В разделе восстановления не указано, кто поддерживает возвращение, и нет обязательства извлечь уроки} noReturn {В разделе восстановления не указано, кто поддерживает возвращение} saysNo {В разделе восстановления сказано, что уроки извлекаться не будут} other {В разделе восстановления нет обязательства извлечь уроки}}. {state, select, neither {Укажите в `return-support`, кто помогает мигрантам вернуться домой или туда, где они жили, и возьмите обязательство проанализировать реагирование вместе с мигрантами (`lessons-learned: yes`)} noReturn {Укажите в `return-support`, кто помогает мигрантам вернуться домой или туда, где они жили} other {Возьмите обязательство проанализировать реагирование вместе с мигрантами (`lessons-learned: yes`)}}: после кризиса мигранты могут лишиться работы, документов и заработка, а следующий план должен учесть опыт этого ({cite}).",
    uz: "{state, select, neither {Tiklanish boʻlimida qaytishni kim qoʻllab-quvvatlashi koʻrsatilmagan va saboq olish majburiyati yoʻq} noReturn {Tiklanish boʻlimida qaytishni kim qoʻllab-quvvatlashi koʻrsatilmagan} saysNo {Tiklanish boʻlimida saboq olinmasligi aytilgan} other {Tiklanish boʻlimida saboq olish majburiyati yoʻq}}. {state, select, neither {`return-support` da migrantlarga uyiga yoki yashagan joyiga qaytishda kim yordam berishini koʻrsating va javob choralarini migrantlar bilan birga tahlil qilish majburiyatini oling (`lessons-learned: yes`)} noReturn {`return-support` da migrantlarga uyiga yoki yashagan joyiga qaytishda kim yordam berishini koʻrsating} other {Javob choralarini migrantlar bilan birga tahlil qilish majburiyatini oling (`lessons-learned: yes`)}}: inqirozdan keyin migrantlar ishi, hujjatlari va ish haqidan ayrilishi mumkin, keyingi reja esa bu rejaning tajribasidan saboq olishi kerak ({cite}).",
  },
  addSection: {
    en: "Add a recovery section: choose who supports return, commit to learning lessons (lessons-learned: yes)",
    ru: "Добавить раздел восстановления: выбрать, кто поддерживает возвращение, закрепить в плане обязательство извлечь уроки (`lessons-learned: yes`)",
    uz: "Tiklanish boʻlimini qoʻshish: qaytishni kim qoʻllab-quvvatlashini tanlash, rejada saboq olish majburiyatini belgilash (`lessons-learned: yes`)",
  },
  mend: {
    en: "{steps, select, both {Choose who supports return (''return-support'') and commit to learning lessons (''lessons-learned: yes'')} returnOnly {Choose who supports return (''return-support'')} other {Commit to learning lessons (''lessons-learned: yes'')}}",
    ru: "{steps, select, both {Выбрать, кто поддерживает возвращение (`return-support`), и закрепить в плане обязательство извлечь уроки (`lessons-learned: yes`)} returnOnly {Выбрать, кто поддерживает возвращение (`return-support`)} other {Закрепить в плане обязательство извлечь уроки (`lessons-learned: yes`)}}",
    uz: "{steps, select, both {Qaytishni kim qoʻllab-quvvatlashini tanlash (`return-support`) va rejada saboq olish majburiyatini belgilash (`lessons-learned: yes`)} returnOnly {Qaytishni kim qoʻllab-quvvatlashini tanlash (`return-support`)} other {Rejada saboq olish majburiyatini belgilash (`lessons-learned: yes`)}}",
  },
} satisfies RuleMessages;

/**
 * RECV001: the plan says what happens after the crisis: who helps migrants
 * go home or back to where they lived, and that lessons are learned. One
 * finding per plan.
 */
export const recoveryPlan: Rule = {
  meta: {
    code: "RECV001",
    name: "recovery-plan",
    area: "recovery",
    severity: "info",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "No `recovery` section, or one without `return-support` or `lessons-learned`.",
    translations: {
      ru: {
        summary: `Нет раздела \`recovery\`, или в нём нет \`return-support\` или \`lessons-learned\`.`,
        why: `Кризис не заканчивается, когда стихает стрельба или уходит вода. Мигранты могли потерять работу, документы, сбережения и невыплаченную заработную плату, и им может понадобиться помощь, чтобы вернуться домой или восстановить жизнь там, где они жили (${citeRu(guidelines)}). План должен говорить, кто поддерживает их возвращение, и обязывать проводить разбор ответных мер вместе с мигрантами, чтобы следующий план был лучше.`,
        notes: `Отсутствие раздела отмечается на названии плана; раздел без \`return-support\` или \`lessons-learned\` — на ключевом слове \`recovery\`; \`lessons-learned: no\` — на этом атрибуте. Предложение вставляет недостающее: \`lessons-learned: yes\` (обязательство, которого требует рекомендация, названное в его заголовке) и \`return-support\` в виде выбора из консульств и международных организаций, объявленных в плане (если их нет, ничего не предлагается, так как выбирать не из кого). Оба закрепляют в плане обязательство, поэтому оба — предложения: редактор их предлагает, а \`--fix\` не применяет.`,
      },
      uz: {
        summary: `\`recovery\` boʻlimi yoʻq yoki unda \`return-support\` yoki \`lessons-learned\` yoʻq.`,
        why: `Inqiroz otishmalar toʻxtaganda yoki suv qaytganda tugamaydi. Migrantlar ishi, hujjatlari, jamgʻarmalari va toʻlanmagan ish haqidan ayrilgan boʻlishi mumkin, ularga uyga qaytish yoki yashagan joyida hayotni tiklash uchun yordam kerak boʻlishi mumkin (${citeUz(guidelines)}). Reja ularning qaytishini kim qoʻllab-quvvatlashini aytishi va keyingi reja yaxshiroq boʻlishi uchun choralarni migrantlar bilan birga tahlil qilish majburiyatini olishi kerak.`,
        notes: `Boʻlim yoʻqligi reja nomida; \`return-support\` yoki \`lessons-learned\` siz boʻlim — \`recovery\` kalit soʻzida; \`lessons-learned: no\` — shu atributda qayd etiladi. Taklif yetishmayotganini qoʻshadi: \`lessons-learned: yes\` (tavsiya talab qiladigan, uning sarlavhasida aytilgan majburiyat) va rejada eʼlon qilingan konsulliklar va xalqaro tashkilotlar orasidan tanlov sifatida \`return-support\` (ular boʻlmasa, hech narsa taklif qilinmaydi, chunki tanlash uchun hech kim yoʻq). Ikkalasi ham rejaga majburiyat yuklaydi, shuning uchun ikkalasi ham taklif: muharrir ularni taklif qiladi, \`--fix\` esa qoʻllamaydi.`,
      },
    },
    docs: {
      why: `A crisis does not end when the shooting stops or the water recedes. Migrants may have lost their jobs, papers, savings and unpaid wages, and may need help to return home or to rebuild where they lived (${cite(guidelines)}). A plan should say who supports their return, and commit to reviewing the response with migrants so that the next plan is better.`,
      failing: `plan "Earthquake plan" {
  stakeholder iom "IOM field office" { kind: international-organization  contact: "iom@example.org" }
}`,
      passing: `plan "Earthquake plan" {
  stakeholder iom "IOM field office" { kind: international-organization  contact: "iom@example.org" }
  recovery {
    return-support: iom
    lessons-learned: yes
  }
}`,
      notes: `A missing section stands on the plan's title; a section without \`return-support\` or \`lessons-learned\` on the \`recovery\` keyword; \`lessons-learned: no\` on that attribute. The suggestion inserts what is missing: \`lessons-learned: yes\` (the commitment the guideline asks for, said in its title), and \`return-support\` as a choice among the consulates and international organisations the plan declares (when it declares none, nothing is suggested, as there is nobody to choose). Both commit the plan, so both are suggestions: the editor offers them, \`--fix\` leaves them alone.`,
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    const supporters = consulatesAndInternationalOrganizations(plan).map((s) => s.id!.text);
    const recovery = section(plan, "recovery");

    if (!recovery) {
      const fix =
        supporters.length > 0
          ? insertSectionFix(document, plan, "recovery", [`return-support: ${valuePlaceholder(supporters)}`, "lessons-learned: yes"], say.t("addSection"))
          : undefined;
      report({
        message: say.t("noSection", { cite: say.cite() }),
        span: planSpan(plan),
        fixes: fix ? [fix] : [],
      });
      return;
    }

    const returnSupport = attributeOf(recovery, "return-support");
    const lessons = attributeOf(recovery, "lessons-learned");
    const saysNo = word(recovery, "lessons-learned") === "no";
    // A value of the wrong kind is SCH002's business, not a missing commitment.
    const lessonsMissing = !lessons || saysNo;
    if (returnSupport && !lessonsMissing) return;

    const fix = recoveryFix(document, recovery, returnSupport ? undefined : supporters, lessons === undefined, saysNo, (steps) => say.t("mend", { steps }));
    report({
      message: say.t("incomplete", {
        state: !returnSupport && lessonsMissing ? "neither" : !returnSupport ? "noReturn" : saysNo ? "saysNo" : "noLessons",
        cite: say.cite(),
      }),
      span: returnSupport && saysNo ? lessons!.span : recovery.kind.span,
      fixes: fix ? [fix] : [],
    });
  },
};

/**
 * The edits that mend a recovery section: missing attributes go in as one
 * insertion (two at the same place would leave their order to chance), and
 * `lessons-learned: no` becomes `yes` in place. `supporters` is undefined when
 * `return-support` is already there; empty when there is nobody to name, and
 * then there is no fix.
 */
function recoveryFix(
  document: PlanDocument,
  recovery: Block,
  supporters: string[] | undefined,
  lessonsAbsent: boolean,
  saysNo: boolean,
  titled: (steps: "both" | "returnOnly" | "lessonsOnly") => string,
): Fix | undefined {
  if (supporters && supporters.length === 0) return undefined;
  const lines: string[] = [];
  const edits: TextEdit[] = [];
  // Who supports return is an agreement to confirm: a choice among those who could, not a list written in.
  if (supporters) lines.push(`return-support: ${valuePlaceholder(supporters)}`);
  if (lessonsAbsent) lines.push("lessons-learned: yes");
  if (saysNo) edits.push(...(setAttributeFix(document, recovery, "lessons-learned", "yes")?.edits ?? []));
  if (lines.length > 0) {
    const insert = insertMember(document, recovery, lines.join("\n"));
    if (!insert) return undefined;
    edits.push(insert);
  }
  if (edits.length === 0) return undefined;
  const lessonsToo = lessonsAbsent || saysNo;
  const title = titled(supporters && lessonsToo ? "both" : supporters ? "returnOnly" : "lessonsOnly");
  // Naming who supports return is an agreement to confirm; committing to lessons is the guideline's own answer.
  return { title, edits, kind: "suggestion" };
}
