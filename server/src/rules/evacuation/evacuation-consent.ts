import type { Rule, RuleMessages } from "../../core/rule";
import { checkSectionWord, cite } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G13"];

const messages = {
  sectionWord: {
    en: "The evacuation section {state, select, opposite {says people''s consent is not sought before they are moved} other {does not say that people consent to being moved}}. Add \"consent: informed\": evacuation must be voluntary, and people must know where they are taken and what it means for their work, papers and family before they decide ({cite}).",
    ru: "{state, select, opposite {В разделе эвакуации сказано, что согласия людей перед перемещением не спрашивают} other {В разделе эвакуации не сказано, что люди дают согласие на перемещение}}. Добавьте `consent: informed`: эвакуация должна быть добровольной, и прежде чем решить, люди должны знать, куда их везут и что это значит для их работы, документов и семьи ({cite}).",
    uz: "{state, select, opposite {Evakuatsiya boʻlimida odamlarni koʻchirishdan oldin ularning roziligi soʻralmasligi aytilgan} other {Evakuatsiya boʻlimida odamlar koʻchirilishga rozilik berishi aytilmagan}}. `consent: informed` ni qoʻshing: evakuatsiya ixtiyoriy boʻlishi kerak, odamlar qaror qilishdan oldin qayerga olib ketilayotganini va bu ularning ishi, hujjatlari va oilasi uchun nimani anglatishini bilishlari kerak ({cite}).",
  },
} satisfies RuleMessages;

/**
 * EVAC004: evacuation must be voluntary and informed. `not-sought`, or no
 * word on consent at all, fails.
 */
export const evacuationConsent: Rule = {
  meta: {
    code: "EVAC004",
    name: "evacuation-consent",
    area: "evacuation",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "The evacuation does not say it seeks people's informed consent (`consent` absent or `not-sought`).",
    translations: {
      ru: {
        summary: `В разделе эвакуации не сказано, что у людей спрашивают информированное согласие (\`consent\` отсутствует или равно \`not-sought\`).`,
        why: `Перемещение защищает людей только тогда, когда они выбирают его, понимая, что оно значит: куда их отвезут, смогут ли они вернуться, что будет с их работой, документами и семьёй. Мигранты, перемещённые без согласия, могут лишиться средств к существованию или оказаться там, где им небезопасно. В плане должно быть сказано, что эвакуация добровольна и что людей информируют прежде, чем они примут решение (${citeRu(guidelines)}).`,
        notes: `Замечание о \`not-sought\` (или о значении, которого нет в схеме) относится к атрибуту; замечание об отсутствии \`consent\` — к ключевому слову \`evacuation\`. Исправление задаёт \`consent: informed\`.`,
      },
      uz: {
        summary: `Evakuatsiya boʻlimida odamlardan xabardor qilingan rozilik soʻralishi aytilmagan (\`consent\` yoʻq yoki \`not-sought\`).`,
        why: `Koʻchirish odamlarni faqat ular bu nimani anglatishini bilib tanlaganda himoya qiladi: qayerga olib ketilishi, qaytib kela olishi, ishi, hujjatlari va oilasi bilan nima boʻlishi. Roziligisiz koʻchirilgan migrantlar tirikchilik manbaidan ayrilishi yoki oʻzlari uchun xavfli joyga olib borilishi mumkin. Rejada evakuatsiya ixtiyoriy ekani va odamlar qaror qilishdan oldin xabardor qilinishi aytilishi kerak (${citeUz(guidelines)}).`,
        notes: `\`not-sought\` (yoki sxemada yoʻq qiymat) haqidagi eslatma atributga tegishli; \`consent\` yoʻqligi haqidagisi \`evacuation\` kalit soʻziga tegishli. Tuzatish \`consent: informed\` ni belgilaydi.`,
      },
    },
    docs: {
      why: `Moving people is protection only when they choose it knowing what it means: where they will go, whether they can come back, what happens to their job, their papers and their family. Migrants moved without consent may lose their livelihood or be taken somewhere unsafe for them. The plan must say that evacuation is voluntary and that people are informed before they decide (${cite(guidelines)}).`,
      failing: `plan "Conflict plan" {
  evacuation {
    consent: not-sought
  }
}`,
      passing: `plan "Conflict plan" {
  evacuation {
    consent: informed
  }
}`,
      notes: "A finding on `not-sought` (or on a value the schema does not know) stands on the attribute; one on a missing `consent` stands on the `evacuation` keyword. The fix sets `consent: informed`.",
    },
  },
  check(context) {
    const say = voice(messages, guidelines, context);
    checkSectionWord(context, {
      section: "evacuation",
      attribute: "consent",
      wanted: "informed",
      opposite: "not-sought",
      message: (state) => say.t("sectionWord", { state, cite: say.cite() }),
      fixTitle: say.commitTo("consent", "informed"),
    });
  },
};
