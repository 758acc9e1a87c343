import { formatCount } from "../../core/text";
import { DEFAULT_MAX_FINDINGS, FINDINGS_LIMIT } from "../../core/finding";
import type { Rule } from "../../core/rule";
import { voice } from "../voice";

const messages = {
  notShown: {
    en: '{omitted, plural, one {# more finding is} other {# more findings are}} not shown ({parts}): a file reports at most {limit, number}, the most severe first. Correct those shown and check again, or raise the limit with "maxFindings" in .micicrc.json or --max-findings.',
    ru: "Ещё {omitted, plural, one {# замечание не показано} few {# замечания не показаны} many {# замечаний не показаны} other {# замечания не показаны}} ({parts}): в файле показывается не более {limit, number}, сначала самые серьёзные. Исправьте показанные и проверьте снова или увеличьте предел: `maxFindings` в `.micicrc.json` или `--max-findings`.",
    uz: "Yana {omitted, number} ta eslatma koʻrsatilmadi ({parts}): faylda koʻpi bilan {limit, number} ta eslatma koʻrsatiladi, avval eng jiddiylari. Koʻrsatilganlarini tuzatib, qayta tekshiring yoki chegarani oshiring: `.micicrc.json` dagi `maxFindings` yoki `--max-findings`.",
  },
  errors: {
    en: "{count, plural, one {# error} other {# errors}}",
    ru: "{count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}",
    uz: "{count, number} ta xato",
  },
  warnings: {
    en: "{count, plural, one {# warning} other {# warnings}}",
    ru: "{count, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}",
    uz: "{count, number} ta ogohlantirish",
  },
  infos: {
    en: "{count, number} info",
    ru: "{count, plural, one {# информационное} few {# информационных} many {# информационных} other {# информационного}}",
    uz: "{count, number} ta maʼlumot",
  },
};

/**
 * LIM001: the findings a file did not report because it has more than
 * `maxFindings`. The engine reports it (core/check.ts), once per file, after
 * every rule has run; this module gives it the metadata and the page every
 * code has, so that configuration, SARIF and the rule index know it.
 */
export const findingsLimit: Rule = {
  meta: {
    code: FINDINGS_LIMIT.code,
    name: FINDINGS_LIMIT.name,
    area: "language",
    severity: "warning",
    guidelines: [],
    fixable: false,
    hasSuggestions: false,
    summary: `More findings than the file's limit (\`maxFindings\`, ${formatCount(DEFAULT_MAX_FINDINGS)} by default): one last finding counts those not shown.`,
    alwaysOn: true,
    reportedByEngine: true,
    messages,
    // The engine counts; this says it in the check's language.
    engineMessage: (counts, options) => {
      const say = voice(messages, [], { options });
      const parts = (["errors", "warnings", "infos"] as const).filter((kind) => counts[kind] > 0).map((kind) => say.t(kind, { count: counts[kind] }));
      return say.t("notShown", { omitted: counts.omitted, parts: parts.join(", "), limit: counts.limit });
    },
    translations: {
      ru: {
        summary: `Замечаний больше предела для файла (\`maxFindings\`, по умолчанию 2 000): последнее замечание подсчитывает непоказанные.`,
        why: `План с тысячами пробелов лучше читать по нескольку тысяч за раз: редактор замедляется, а проверяющий перестаёт читать задолго до конца списка. Поэтому файл выдаёт не более \`maxFindings\` замечаний — сначала самые серьёзные, а среди равных — первые в файле, и ещё одно замечание говорит, сколько осталось непоказанными и какого они уровня. От автоматической проверки ничего не скрыто: это замечание получает уровень самого серьёзного из подсчитанных, поэтому код завершения тот же, как если бы были перечислены все замечания.`,
        notes: `Предел задаётся в \`.micicrc.json\` (\`"maxFindings": 5000\`) или в командной строке (\`--max-findings 5000\`); он действует для каждого файла, а в заметке Markdown с несколькими блоками \`micic\` замечания всех блоков считаются вместе. Замечание относится к ключевому слову плана. Его уровень нельзя задать, и его нельзя отключить: исправьте показанные замечания или повысьте предел.`,
      },
      uz: {
        summary: `Eslatmalar fayl chegarasidan koʻp (\`maxFindings\`, standart boʻyicha 2 000): oxirgi eslatma koʻrsatilmaganlarni sanaydi.`,
        why: `Minglab kamchiliklari bor rejani bir necha mingtadan oʻqigan maʼqul: muharrir sekinlashadi, tekshiruvchi esa roʻyxat oxiridan ancha oldin oʻqishni toʻxtatadi. Shuning uchun fayl koʻpi bilan \`maxFindings\` ta eslatma beradi — avval eng jiddiylari, tenglar orasida esa fayldagi birinchilari, yana bitta eslatma esa qanchasi koʻrsatilmay qolganini va ularning darajasini aytadi. Avtomatik tekshiruvdan hech narsa yashirilmaydi: bu eslatma sanalganlarning eng jiddiysi darajasini oladi, shuning uchun tugash kodi barcha eslatmalar sanab oʻtilgandagi kabi boʻladi.`,
        notes: `Chegara \`.micicrc.json\` da (\`"maxFindings": 5000\`) yoki buyruq satrida (\`--max-findings 5000\`) belgilanadi; u har bir faylga amal qiladi, bir nechta \`micic\` bloki bor Markdown yozuvida esa barcha bloklarning eslatmalari birga sanaladi. Eslatma reja kalit soʻziga tegishli. Uning darajasini belgilab ham, oʻchirib ham boʻlmaydi: koʻrsatilgan eslatmalarni tuzating yoki chegarani oshiring.`,
      },
    },
    docs: {
      why: `A plan with thousands of gaps is better read a few thousand at a time: an editor slows down and a reviewer stops reading long before the list ends. So a file reports at most \`maxFindings\` findings, the most severe first and, among equals, the first in the file, and one more finding says how many were left out and of which severities. Nothing is hidden from a CI run: this finding takes the severity of the most severe finding it counts, so the exit code is the same as if every finding were listed.`,
      config: { maxFindings: 20 },
      // The passing plan has 19 findings, within the limit; the failing one adds two stakeholders without a contact.
      failing: `plan "Flood plan" {
  country: "Uzbekistan"  hazards: flood  lead: mes  reviewed: 2025-06-01
  stakeholder mes "Ministry of Emergency Situations" { kind: government  contact: "+998 71 000 0000" }
  stakeholder hokimiyat "City administration" { kind: local-authority }
  stakeholder mahalla "Mahalla committee" { kind: civil-society }
  population workers "Construction workers" { size: 900  nationalities: UZ  languages: uz }
  evacuation { regardless-of-status: yes  identity-documents: not-required  consent: informed  non-refoulement-screening: yes }
  communication {
    feedback: hotline
    channel hotline "Hotline" { medium: hotline  languages: uz  two-way: yes }
  }
  referral { consent: required  shares-with-immigration-enforcement: no }
}`,
      passing: `plan "Flood plan" {
  country: "Uzbekistan"  hazards: flood  lead: mes  reviewed: 2025-06-01
  stakeholder mes "Ministry of Emergency Situations" { kind: government  contact: "+998 71 000 0000" }
  population workers "Construction workers" { size: 900  nationalities: UZ  languages: uz }
  evacuation { regardless-of-status: yes  identity-documents: not-required  consent: informed  non-refoulement-screening: yes }
  communication {
    feedback: hotline
    channel hotline "Hotline" { medium: hotline  languages: uz  two-way: yes }
  }
  referral { consent: required  shares-with-immigration-enforcement: no }
}`,
      notes: `Set the limit in \`.micicrc.json\` (\`"maxFindings": 5000\`) or on the command line (\`--max-findings 5000\`); it applies to each file, and a Markdown note with many \`\`\`micic blocks counts its blocks' findings together. The finding stands on the plan's keyword. Its severity cannot be set, and it cannot be suppressed: correct the findings shown, or raise the limit.`,
    },
  },
  check() {
    // Nothing to look at in the plan: the engine counts what it left out.
  },
};
