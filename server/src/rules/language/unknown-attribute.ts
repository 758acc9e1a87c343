import type { Block } from "../../core/ast";
import { CleanBlocks } from "../../core/clean-blocks";
import { didYouMean } from "../../core/codes";
import type { Fix, Report } from "../../core/finding";
import { englishKeyword } from "../../core/keyword-names";
import { knownBlocks } from "../../core/resolve";
import type { Rule, RuleMessages } from "../../core/rule";
import { attributeSpec, blockSpec, blockSpecs } from "../../core/schema";
import type { Span } from "../../core/text";
import { voice, type RuleVoice } from "../voice";

const messages = {
  inEnglish: {
    en: "''{word}'' is the {language, select, ru {Russian} other {Uzbek}} for ''{keyword}'': {what, select, block {block} other {attribute}} names are written in English in a plan, whatever language its texts are in. Did you mean ''{keyword}''?",
    ru: "`{word}` — это `{keyword}` {language, select, ru {по-русски} other {по-узбекски}}: названия {what, select, block {блоков} other {атрибутов}} в плане пишутся по-английски, на каком бы языке ни были написаны его тексты. Может быть, имелось в виду `{keyword}`?",
    uz: "`{word}` — `{keyword}` ning {language, select, ru {ruscha} other {oʻzbekcha}} nomi: rejada {what, select, block {bloklarning} other {atributlarning}} nomlari, matnlari qaysi tilda yozilganidan qatʼi nazar, ingliz tilida yoziladi. `{keyword}` nazarda tutilganmi?",
  },
  notAnAttribute: {
    en: "''{name}'' is not an attribute of {where}.{hint, select, yes { Did you mean ''{suggestion}''?} other {}}{asBlock, select, yes { ''{name}'' is a block here: write {name} … '{' … '}'.} other {}}",
    ru: "`{name}` не является атрибутом {where}.{hint, select, yes { Может быть, имелось в виду `{suggestion}`?} other {}}{asBlock, select, yes { Здесь `{name}` — это блок: напишите `{name} … '{' … '}'`.} other {}}",
    uz: "`{name}` — {where} atributi emas.{hint, select, yes { `{suggestion}` nazarda tutilganmi?} other {}}{asBlock, select, yes { Bu yerda `{name}` — blok: `{name} … '{' … '}'` deb yozing.} other {}}",
  },
  misplaced: {
    en: "{article, select, an {An} other {A}} {kind} block does not belong in {where}: it goes in {homes}.",
    ru: "Блоку `{kind}` не место в {where}: он должен быть в {homes}.",
    uz: "`{kind}` bloki {where} emas, {homes} turishi kerak.",
  },
  unknownBlock: {
    en: "''{kind}'' is not a kind of block the plan language knows in {where}.{hint, select, yes { Did you mean ''{suggestion}''?} other {}}",
    ru: "Язык плана не предусматривает блока `{kind}` в {where}.{hint, select, yes { Может быть, имелось в виду `{suggestion}`?} other {}}",
    uz: "Reja tili {where} `{kind}` blokini nazarda tutmaydi.{hint, select, yes { `{suggestion}` nazarda tutilganmi?} other {}}",
  },
  /** Where a block stands or goes, in the translations' locative: "в плане", "в разделе `evacuation`"; "rejada". */
  place: {
    en: "{place, select, plan {the plan} section {the {kind} section} other {the {kind} block}}",
    ru: "{place, select, plan {плане} section {разделе `{kind}`} other {блоке `{kind}`}}",
    uz: "{place, select, plan {rejada} section {`{kind}` boʻlimida} other {`{kind}` blokida}}",
  },
  /** Whose attribute: "the plan", "a population"; in the translations' genitive: "плана", "блока `population`"; "rejaning". */
  block: {
    en: "{place, select, plan {the plan} section {the {kind} section} other {{article} {kind}}}",
    ru: "{place, select, plan {плана} section {раздела `{kind}`} other {блока `{kind}`}}",
    uz: "{place, select, plan {rejaning} section {`{kind}` boʻlimining} other {`{kind}` blokining}}",
  },
  changeTo: {
    en: "Change to ''{word}''",
    ru: "Заменить на `{word}`",
    uz: "`{word}` ga almashtirish",
  },
} satisfies RuleMessages;

type Say = RuleVoice<keyof typeof messages>;

function renameFixes(words: string[], span: Span, say: Say): Fix[] {
  return words.map((word) => ({
    title: say.t("changeTo", { word }),
    edits: [{ span, newText: word }],
    // One close word is a typo to mend; a choice among several is the drafter's.
    kind: words.length === 1 ? "fix" : "suggestion",
  }));
}

/**
 * A keyword typed in Russian or Uzbek (`языки:`, `tillar:`): the plan
 * language's keywords are English, and the English one is the same word in
 * its canonical spelling, so changing it is a fix.
 */
function inEnglish(word: string, english: { keyword: string; language: "ru" | "uz" }, what: "attribute" | "block", span: Span, say: Say): Report {
  return {
    message: say.t("inEnglish", { word, language: english.language, keyword: english.keyword, what }),
    span,
    fixes: [{ title: say.t("changeTo", { word: english.keyword }), edits: [{ span, newText: english.keyword }], kind: "fix" }],
  };
}

/** Where a block kind may stand, for "belongs in …" messages. */
function parentsOf(kind: string): string[] {
  return [...blockSpecs.values()].filter((b) => b.blocks.includes(kind)).map((b) => b.kind);
}

const clean = new CleanBlocks();

/** SCH001: an attribute or block the schema does not know where it stands. */
export const unknownAttribute: Rule = {
  meta: {
    code: "SCH001",
    name: "unknown-attribute",
    area: "language",
    severity: "error",
    guidelines: [],
    messages,
    fixable: true,
    hasSuggestions: true,
    summary: "An attribute or block the schema does not know where it stands.",
    alwaysOn: true,
    translations: {
      ru: {
        summary: `Атрибут или блок, который схема не знает в этом месте.`,
        why: `Атрибут, которого не знает схема, чаще всего опечатка, а опечатка незаметно теряет сведения: \`contcat\` — это не контакт, значит, в плане его нет. Программа проверки называет блок и предлагает ближайший известный атрибут.`,
        notes: `Если на ошибочное название похоже одно известное, переименование — исправление (его вносит \`--fix\`); выбор из нескольких — предложение. Ключевое слово, набранное по-русски или по-узбекски (\`языки:\`, \`tillar:\`, \`эвакуация { … }\`), называется своим английским ключевым словом (по таблице \`core/keyword-names.ts\`), и замена — исправление: ключевые слова языка плана английские, на каком бы языке ни были написаны его тексты. О блоке не на своём месте (\`channel\` вне \`communication\`) сообщается с указанием, где он должен стоять.`,
      },
      uz: {
        summary: `Sxema bu joyda bilmaydigan atribut yoki blok.`,
        why: `Sxema bilmaydigan atribut koʻpincha imlo xatosi, imlo xatosi esa maʼlumotni sezdirmay yoʻqotadi: \`contcat\` — kontakt emas, demak, rejada u yoʻq. Tekshiruv dasturi blokni nomlaydi va eng yaqin maʼlum atributni taklif qiladi.`,
        notes: `Agar xato nomga bitta maʼlum nom oʻxshasa, qayta nomlash — tuzatish (uni \`--fix\` kiritadi); bir nechtasidan tanlash — taklif. Rus yoki oʻzbek tilida terilgan kalit soʻz (\`языки:\`, \`tillar:\`, \`эвакуация { … }\`) oʻzining inglizcha kalit soʻzi bilan nomlanadi (\`core/keyword-names.ts\` jadvali boʻyicha) va uni almashtirish — tuzatish: reja matnlari qaysi tilda yozilganidan qatʼi nazar, reja tilining kalit soʻzlari inglizcha. Oʻz joyida boʻlmagan blok (\`communication\` dan tashqaridagi \`channel\`) haqida u qayerda turishi kerakligi koʻrsatilib xabar beriladi.`,
      },
    },
    docs: {
      why: `An attribute the schema does not know is most often a typo, and a typo silently drops information: \`contcat\` is not a contact, so the plan has none. The checker names the block and suggests the closest known attribute.`,
      failing: `plan "Flood plan" {
  stakeholder mes "Ministry of Emergency Situations" {
    kind: government
    contcat: "+998 71 000 0000"
  }
}`,
      passing: `plan "Flood plan" {
  stakeholder mes "Ministry of Emergency Situations" {
    kind: government
    contact: "+998 71 000 0000"
  }
}`,
      notes: `When one known name is close to the misspelt one, renaming it is a fix (\`--fix\` applies it); a choice among several is a suggestion. A keyword typed in Russian or Uzbek (\`языки:\`, \`tillar:\`, \`эвакуация { … }\`) is named with its English keyword (from the table of core/keyword-names.ts), and changing it is a fix: the plan language's keywords are English whatever language its texts are in. A block in the wrong place (a \`channel\` outside \`communication\`) is reported with where it belongs.`,
    },
  },
  check(context) {
    const { plan, report } = context;
    const say = voice(messages, [], context);
    // A section (evacuation, communication) is named as one in the translations.
    const placeOf = (block: Block) => (block === plan ? "plan" : blockSpec(block.kind.text)?.once ? "section" : "block");
    clean.check(knownBlocks(plan), report, (block, report) => {
      const spec = blockSpec(block.kind.text)!;
      const where = say.t("block", { place: placeOf(block), kind: spec.kind, article: /^[aeiou]/.test(spec.kind) ? "an" : "a" });
      // Where a block stands, for the translations' locative ("в разделе `evacuation`"); English says it as above.
      const whereIn = say.locale === "en" ? where : say.t("place", { place: placeOf(block), kind: spec.kind });
      for (const member of block.members) {
        if (member.type === "attribute") {
          const name = member.name.text;
          if (attributeSpec(spec.kind, name)) continue;
          const english = englishKeyword(name, spec.attributes.map((a) => a.name));
          if (english) {
            report(inEnglish(name, english, "attribute", member.name.span, say));
            continue;
          }
          const suggestions = didYouMean(name, spec.attributes.map((a) => a.name));
          report({
            message: say.t("notAnAttribute", {
              name,
              where,
              hint: suggestions.length > 0 ? "yes" : "no",
              suggestion: suggestions[0] ?? "",
              asBlock: spec.blocks.includes(name) ? "yes" : "no",
            }),
            span: member.name.span,
            fixes: renameFixes(suggestions, member.name.span, say),
          });
        } else {
          const kind = member.kind.text;
          if (spec.blocks.includes(kind)) continue;
          const known = blockSpec(kind);
          if (known) {
            const homes = parentsOf(kind).map((h) => say.t("place", { place: h === "plan" ? "plan" : blockSpec(h)?.once ? "section" : "block", kind: h }));
            report({
              message: say.t("misplaced", { kind, article: /^[aeiou]/.test(kind) ? "an" : "a", where: whereIn, homes: say.list(homes, { type: "disjunction" }) }),
              span: member.kind.span,
            });
          } else if (englishKeyword(kind, spec.blocks)) {
            report(inEnglish(kind, englishKeyword(kind, spec.blocks)!, "block", member.kind.span, say));
          } else {
            const suggestions = didYouMean(kind, spec.blocks);
            report({
              message: say.t("unknownBlock", {
                kind,
                where: whereIn,
                hint: suggestions.length > 0 ? "yes" : "no",
                suggestion: suggestions[0] ?? "",
              }),
              span: member.kind.span,
              fixes: renameFixes(suggestions, member.kind.span, say),
            });
          }
        }
      }
    });
  },
};
