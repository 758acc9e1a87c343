import { attributeOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { textPlaceholder } from "../../core/edits";
import { cite, headerSpan, populations, section, setAttributeFix, words } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G5", "G11"];

const messages = {
  detained: {
    en: "Population ''{population}'' includes migrants in detention, and the evacuation section does not say how they are released and moved. Add \"detention-release\" with who opens the centres, who escorts detainees and where they go: people who are locked in cannot move to safety by themselves ({cite}).",
    ru: "В группу населения {population} входят мигранты, содержащиеся под стражей, а в разделе эвакуации не сказано, как их освобождают и перемещают. Добавьте `detention-release` с тем, кто открывает центры содержания, кто сопровождает задержанных и куда их доставляют: запертые люди не могут сами добраться до безопасного места ({cite}).",
    uz: "{population} aholi guruhiga hibsda saqlanayotgan migrantlar kiradi, evakuatsiya boʻlimida esa ular qanday ozod qilinishi va koʻchirilishi aytilmagan. `detention-release` ni qoʻshing: saqlash markazlarini kim ochishi, hibsdagilarni kim kuzatib borishi va ular qayerga olib borilishi: qamab qoʻyilgan odamlar xavfsiz joyga oʻzlari yetib bora olmaydi ({cite}).",
  },
  addRelease: {
    en: "Add ''detention-release'', to write who releases detained migrants and where they go",
    ru: "Добавить `detention-release`, чтобы вписать, кто освобождает задержанных мигрантов и куда они направляются",
    uz: "Hibsdagi migrantlarni kim ozod qilishi va ular qayerga borishini yozish uchun `detention-release` qoʻshish",
  },
} satisfies RuleMessages;

/** What the fix inserts: a prompt the drafter must replace with the real procedure. */

/**
 * EVAC009: people in immigration detention cannot leave by themselves when
 * a crisis reaches them; the plan must say how they are released and moved.
 * One finding per population with `detained`.
 */
export const evacuationDetention: Rule = {
  meta: {
    code: "EVAC009",
    name: "evacuation-detention",
    area: "evacuation",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "A population includes detained migrants and the evacuation has no `detention-release`.",
    translations: {
      ru: {
        summary: `В группу населения входят мигранты, содержащиеся под стражей, а в разделе эвакуации нет \`detention-release\`.`,
        why: `Мигранты, содержащиеся в центрах временного содержания иностранцев, заперты: когда до центра доходят бои, огонь или вода, они не могут выйти, пока кто-то не откроет двери и не отвезёт их в безопасное место. Планы, которые о них молчат, оставляют решение охране в день бедствия. В плане должно быть сказано, кто освобождает мигрантов, содержащихся под стражей, как их защищают и куда они направляются (${citeRu(guidelines)}).`,
        notes: `Замечание относится к заголовку каждой группы населения, у которой в \`vulnerabilities\` есть \`detained\`. \`detention-release\` с пустым текстом считается отсутствующим. Предложение вставляет \`detention-release\` с местом для заполнения («…»): этот порядок могут написать только составители плана, на языке самого плана, поэтому за них ничего не пишется; SCH004 сообщает о месте, пока оно не заполнено, а \`--fix\` это предложение не применяет.`,
      },
      uz: {
        summary: `Aholi guruhiga hibsda saqlanayotgan migrantlar kiradi, evakuatsiya boʻlimida esa \`detention-release\` yoʻq.`,
        why: `Migratsiya qoidalarini buzganlik uchun hibsda saqlanayotgan migrantlar qamalgan boʻladi: janglar, yongʻin yoki suv markazga yetib kelganda, kimdir eshiklarni ochib, ularni xavfsiz joyga olib ketmaguncha ular chiqa olmaydi. Ular haqida hech narsa demaydigan rejalar qarorni oʻsha kuni qoʻriqchilarga qoldiradi. Rejada hibsdagi migrantlarni kim ozod qilishi, ular qanday himoya qilinishi va qayerga borishi aytilishi kerak (${citeUz(guidelines)}).`,
        notes: `Eslatma \`vulnerabilities\` ida \`detained\` boʻlgan har bir aholi guruhining sarlavhasiga tegishli. Matni boʻsh \`detention-release\` yoʻq deb hisoblanadi. Taklif toʻldiriladigan joy («…») bilan \`detention-release\` ni qoʻshadi: bu tartibni faqat reja tuzuvchilari rejaning oʻz tilida yoza oladi, shuning uchun ular oʻrniga hech narsa yozilmaydi; joy toʻldirilmaguncha SCH004 u haqda xabar beradi, \`--fix\` esa bu taklifni qoʻllamaydi.`,
      },
    },
    docs: {
      why: `Migrants held in immigration detention are locked in: when fighting, fire or water reaches a detention centre, they cannot leave unless someone opens the doors and takes them somewhere safe. Plans that say nothing about them leave the decision to guards on the day. The plan must say who releases detained migrants, how they are protected and where they go (${cite(guidelines)}).`,
      failing: `plan "Conflict plan" {
  population detainees "Migrants in detention centres" { size: 2800  vulnerabilities: detained }
  evacuation {
    covers: all
  }
}`,
      passing: `plan "Conflict plan" {
  population detainees "Migrants in detention centres" { size: 2800  vulnerabilities: detained }
  evacuation {
    covers: all
    detention-release: "Centres are opened at alert level 2; UNHCR and IOM escort detainees to the fairground"
  }
}`,
      notes: `The finding stands on the header of each population whose \`vulnerabilities\` include \`detained\`. A \`detention-release\` with an empty text counts as missing. The suggestion inserts \`detention-release\` with a place to fill ("…"): only the drafters can write that procedure, in the plan's own language, so nothing is written for them; SCH004 reports the place until it is filled, and \`--fix\` leaves the suggestion alone.`,
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const release = attributeOf(evacuation, "detention-release");
    if (release?.values.some((v) => v.text.trim() !== "")) return;

    // A prompt, not a procedure: the fix is offered, never applied unattended.
    const fix = setAttributeFix(document, evacuation, "detention-release", `"${textPlaceholder()}"`, say.t("addRelease"));
    for (const population of populations(plan)) {
      if (!words(population, "vulnerabilities").includes("detained")) continue;
      report({
        message: say.t("detained", { population: population.id!.text, cite: say.cite() }),
        span: headerSpan(population),
        fixes: fix ? [fix] : [],
      });
    }
  },
};
