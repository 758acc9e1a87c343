import { inOneScript, mixedScripts, skeleton } from "../../core/lookalike";
import type { Declaration } from "../../core/resolve";
import type { Rule, RuleMessages } from "../../core/rule";
import { voice } from "../voice";

const messages = {
  mixed: {
    en: "The name ''{name}'' mixes {main} and {other} letters ({letters} {count, plural, one {is} other {are}} {other}).{like, select, yes { It looks like ''{single}'', but to the checker it is another name.} other {}} Write all of its letters in {main}, so that references to it find it.",
    ru: "В имени {name} смешаны буквы двух письменностей — {main} и {other} ({letters}: {other}).{like, select, yes { Оно выглядит как {single}, но для программы проверки это другое имя.} other {}} Напишите все его буквы одной письменностью ({main}), чтобы ссылки на него его находили.",
    uz: "{name} nomida ikki yozuv harflari aralashgan — {main} va {other} ({letters}: {other}).{like, select, yes { U {single} ga oʻxshaydi, ammo tekshiruvchi uchun bu boshqa nom.} other {}} Unga havolalar uni topishi uchun barcha harflarini bitta yozuvda ({main}) yozing.",
  },
  lookalike: {
    en: "The name ''{name}'' looks exactly like ''{earlier}'' (line {line}), which is another name to the checker. Give one of them a name a reader can tell apart.",
    ru: "Имя {name} выглядит точно так же, как {earlier} (строка {line}), но для программы проверки это другое имя. Дайте одному из них имя, которое читатель сможет отличить.",
    uz: "{name} nomi {earlier} ({line}-qator) bilan aynan bir xil koʻrinadi, ammo tekshiruvchi uchun bu boshqa nom. Ulardan biriga oʻquvchi farqlay oladigan nom bering.",
  },
  declaredHere: {
    en: "''{name}'' is declared here",
    ru: "{name} объявлен здесь",
    uz: "{name} shu yerda eʼlon qilingan",
  },
} satisfies RuleMessages;

/** The scripts lookalike.ts names, by their ISO 15924 codes, for CLDR's names in other languages. */
const SCRIPT_CODES: Readonly<Record<string, string>> = { Latin: "Latn", Cyrillic: "Cyrl", Greek: "Grek" };

/**
 * NAM004: a declared name a reader cannot tell from another: it mixes
 * scripts (a Latin c in a Cyrillic мчc), or it looks like another declared
 * name letter for letter. One finding per such declaration, on its id.
 */
export const lookalikeName: Rule = {
  meta: {
    code: "NAM004",
    name: "lookalike-name",
    area: "language",
    severity: "warning",
    guidelines: [],
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "A declared name that mixes scripts (a Latin letter in a Cyrillic name), or looks like another declared name.",
    translations: {
      ru: {
        summary: `Объявленное имя смешивает письменности (латинская буква в кириллическом имени) или похоже на другое объявленное имя.`,
        why: `Планы набирают на русской, узбекской и латинской раскладках, и букву не с той раскладки легко не заметить: кириллическая с и латинская c, кириллическая а и латинская a выглядят одинаково, но \`мчс\` и \`мчc\` для программы проверки — два разных имени, и ссылка на одно никогда не найдёт другое. Имя, буквы которого взяты из нескольких письменностей или которое выглядит в точности как другое объявленное имя, отмечается, чтобы каждая ссылка вела туда, куда имел в виду составитель.`,
        notes: `Имя смешивает письменности, если его буквы взяты из нескольких письменностей — латиницы, кириллицы и греческого алфавита (цифры, \`_\`, \`-\` и апострофы не принадлежат ни одной); в сообщении имя показано в его основной письменности. Два имени похожи, если данные Unicode о сходных символах (UTS #39) дают им один скелет. Исправления нет: какое написание имелось в виду и за каким пойдут ссылки, решает составитель; переименуйте объявление в редакторе, и ссылки изменятся вместе с ним.`,
      },
      uz: {
        summary: `Yozuvlarni aralashtirgan (kirillcha nomdagi lotin harfi) yoki boshqa eʼlon qilingan nomga oʻxshagan eʼlon qilingan nom.`,
        why: `Rejalar rus, oʻzbek va lotin klaviaturalarida teriladi va boshqa klaviaturadagi harfni sezmay qolish oson: kirillcha \`с\` va lotincha \`c\`, kirillcha \`а\` va lotincha \`a\` bir xil koʻrinadi, ammo tekshiruv dasturi uchun \`мчс\` va \`мчc\` — ikki xil nom va biriga havola hech qachon ikkinchisini topmaydi. Harflari bir nechta yozuvdan olingan yoki boshqa eʼlon qilingan nomga aynan oʻxshagan nom har bir havola reja tuzuvchisi nazarda tutgan joyga olib borishi uchun qayd etiladi.`,
        notes: `Agar nomning harflari lotin, kirill va yunon yozuvlaridan bir nechtasidan olingan boʻlsa, nom yozuvlarni aralashtiradi (raqamlar, \`_\`, \`-\` va apostroflar hech biriga tegishli emas); xabarda nom oʻzining asosiy yozuvida koʻrsatiladi. Agar Unicode ning oʻxshash belgilar haqidagi maʼlumotlari (UTS #39) ikki nomga bitta skelet bersa, ular oʻxshash hisoblanadi. Tuzatish yoʻq: qaysi yozilish nazarda tutilgani va havolalar qaysi biriga ergashishini reja tuzuvchisi hal qiladi; eʼlonni muharrirda qayta nomlang, havolalar u bilan birga oʻzgaradi.`,
      },
    },
    docs: {
      why: `Plans are typed on Russian, Uzbek and Latin keyboards, and a letter from the wrong one is easy to miss: Cyrillic с and Latin c, Cyrillic а and Latin a look the same, yet \`мчс\` and \`мчc\` are two names to the checker, and a reference to one never finds the other. A name whose letters come from more than one script, or that looks exactly like another declared name, is reported so that every reference leads where the drafter meant.`,
      failing: `plan "Flood plan" {
  lead: мчс
  stakeholder мчc "МЧС" { kind: government  contact: "+998 71 000 0000" }
}`,
      passing: `plan "Flood plan" {
  lead: мчс
  stakeholder мчс "МЧС" { kind: government  contact: "+998 71 000 0000" }
}`,
      notes: "A name mixes scripts when its letters come from more than one of Latin, Cyrillic and Greek (digits, `_`, `-` and apostrophes belong to none); the message shows the name written in its main script. Two names look alike when Unicode's confusables data (UTS #39) gives them one skeleton. There is no fix: which spelling is meant, and which references follow, is for the drafter to settle; rename the declaration in the editor and its references follow.",
    },
  },
  check(context) {
    const { document, resolution, report } = context;
    const say = voice(messages, [], context);
    // Declarations by skeleton, to find the names that look like an earlier
    // one. A plan whose names are all ASCII has none that look alike.
    const allAscii = resolution.allDeclarations.every((d) => /^[\x00-\x7f]*$/.test(d.name));
    if (allAscii) return;
    const firstLooking = new Map<string, Declaration>();
    for (const declaration of resolution.allDeclarations) {
      const name = declaration.name;
      const mixed = mixedScripts(name);
      const key = skeleton(name);
      const earlier = firstLooking.get(key);
      if (!earlier) firstLooking.set(key, declaration);
      if (mixed) {
        const single = inOneScript(name, mixed);
        const script = (english: string) => (say.locale === "en" ? english : say.script(SCRIPT_CODES[english] ?? english));
        report({
          message: say.t("mixed", {
            name,
            main: script(mixed.main),
            other: script(mixed.other),
            letters: [...new Set(mixed.letters)].join(", "),
            count: mixed.letters.length,
            like: single && single !== name ? "yes" : "no",
            single: single ?? "",
          }),
          span: declaration.span,
          ...(earlier && earlier.name !== name ? { related: [{ message: say.t("declaredHere", { name: earlier.name }), span: earlier.span }] } : {}),
        });
      } else if (earlier && earlier.name !== name) {
        const line = document.lines.position(earlier.span.start).line + 1;
        report({
          message: say.t("lookalike", { name, earlier: earlier.name, line: String(line) }),
          span: declaration.span,
          related: [{ message: say.t("declaredHere", { name: earlier.name }), span: earlier.span }],
        });
      }
    }
  },
};
