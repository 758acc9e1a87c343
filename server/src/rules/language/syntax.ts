import type { Rule, RuleMessages } from "../../core/rule";
import { voice } from "../voice";

const messages = {
  missingColon: {
    en: "Expected '':'' after ''{name}''",
    ru: "После `{name}` ожидается двоеточие `:`",
    uz: "`{name}` dan keyin ikki nuqta `:` boʻlishi kerak",
  },
  missingValue: {
    en: "Expected a value after ''{name}:'', found {atEnd, select, yes {the end of the file} other {''{found}''}}",
    ru: "После `{name}:` ожидается значение, а найдено: {atEnd, select, yes {конец файла} other {`{found}`}}",
    uz: "`{name}:` dan keyin qiymat boʻlishi kerak, ammo topildi: {atEnd, select, yes {fayl oxiri} other {`{found}`}}",
  },
  colonAndValue: {
    en: "''{name}'' needs a colon and a value ({name}: …), or a '{' … '}' if it starts a block",
    ru: "После `{name}` нужны двоеточие и значение (`{name}: …`) или `'{' … '}'`, если это начало блока",
    uz: "`{name}` dan keyin ikki nuqta va qiymat (`{name}: …`) yoki blok boshlansa `'{' … '}'` kerak",
  },
  strayBrace: {
    en: "'''}''' closes no block: remove it, or check the braces above",
    ru: "`'}'` не закрывает ни одного блока: удалите её или проверьте фигурные скобки выше",
    uz: "`'}'` hech qanday blokni yopmaydi: uni olib tashlang yoki yuqoridagi qavslarni tekshiring",
  },
  unexpected: {
    en: "Unexpected {atEnd, select, yes {the end of the file} other {''{found}''}}: a block holds attributes (name: value) and blocks",
    ru: "Здесь не ожидается {atEnd, select, yes {конец файла} other {`{found}`}}: блок содержит атрибуты (`имя: значение`) и блоки",
    uz: "Bu yerda {atEnd, select, yes {fayl oxiri} other {`{found}`}} kutilmagan: blok atributlar (`nom: qiymat`) va bloklardan iborat",
  },
  valueAfterComma: {
    en: "Expected another value after '','' in ''{name}'', found {atEnd, select, yes {the end of the file} other {''{found}''}}",
    ru: "После `,` в `{name}` ожидается ещё одно значение, а найдено: {atEnd, select, yes {конец файла} other {`{found}`}}",
    uz: "`{name}` dagi `,` dan keyin yana bir qiymat boʻlishi kerak, ammo topildi: {atEnd, select, yes {fayl oxiri} other {`{found}`}}",
  },
  commaBeforeAttribute: {
    en: "Expected another value after '','' in ''{name}'': ''{next}:'' begins the next attribute, so remove the '',''",
    ru: "После `,` в `{name}` ожидается ещё одно значение, но `{next}:` начинает следующий атрибут: удалите `,`",
    uz: "`{name}` dagi `,` dan keyin yana bir qiymat boʻlishi kerak, ammo `{next}:` keyingi atributni boshlaydi: `,` ni olib tashlang",
  },
  unclosedBefore: {
    en: "{hasId, select, no {''{kind}''} other {{kind} ''{id}''}} has no closing '''}''': put one after line {after}, before {nextIsBlock, select, no {''{next}''} other {{nextKind} ''{next}''}} on line {nextLine}",
    ru: "У блока `{kind}`{hasId, select, no {} other { {id}}} нет закрывающей `'}'`: поставьте её после строки {after}, перед {nextIsBlock, select, no {`{next}`} other {`{nextKind}` {next}}} в строке {nextLine}",
    uz: "`{kind}`{hasId, select, no {} other { {id}}} blokida yopuvchi `'}'` yoʻq: uni {after}-qatordan keyin, {nextLine}-qatordagi {nextIsBlock, select, no {`{next}`} other {`{nextKind}` {next}}} dan oldin qoʻying",
  },
  unclosed: {
    en: "{hasId, select, no {''{kind}''} other {{kind} ''{id}''}} has no closing '''}'''{hasSuspect, select, no {} other {; the '''}''' of {suspectHasId, select, yes {{suspectKind} ''{suspect}''} other {''{suspect}''}} on line {suspectLine} may be missing}}",
    ru: "У блока `{kind}`{hasId, select, no {} other { {id}}} нет закрывающей `'}'`{hasSuspect, select, no {} other {; возможно, не хватает `'}'` блока {suspectHasId, select, yes {`{suspectKind}` {suspect}} other {`{suspect}`}} в строке {suspectLine}}}",
    uz: "`{kind}`{hasId, select, no {} other { {id}}} blokida yopuvchi `'}'` yoʻq{hasSuspect, select, no {} other {; ehtimol, {suspectLine}-qatordagi {suspectHasId, select, yes {`{suspectKind}` {suspect}} other {`{suspect}`}} blokining `'}'` qavsi yetishmaydi}}",
  },
  unclosedString: {
    en: "This text has no closing quote: end it with \" on the same line (use \"\"\"…\"\"\" for text over several lines)",
    ru: "У этого текста нет закрывающей кавычки: закончите его знаком `\"` на той же строке (для текста в несколько строк используйте `\"\"\"…\"\"\"`)",
    uz: "Bu matnda yopuvchi qoʻshtirnoq yoʻq: uni oʻsha qatorda `\"` bilan tugating (bir necha qatorli matn uchun `\"\"\"…\"\"\"` dan foydalaning)",
  },
  unclosedTextBlock: {
    en: "This text block has no closing \"\"\"",
    ru: "У этого текстового блока нет закрывающих `\"\"\"`",
    uz: "Bu matn blokida yopuvchi `\"\"\"` yoʻq",
  },
  unexpectedCharacters: {
    en: "Unexpected {count, plural, one {character} other {characters}} ''{characters}'': the plan language does not use {count, plural, one {it} other {them}} here",
    ru: "{count, plural, one {Неожиданный символ} few {Неожиданные символы} many {Неожиданные символы} other {Неожиданные символы}} {characters}: язык плана здесь {count, plural, one {Его} few {Их} many {Их} other {Их}} не использует",
    uz: "Kutilmagan {count, plural, one {belgi} other {belgilar}} {characters}: reja tili bu yerda {count, plural, one {undan} other {ulardan}} foydalanmaydi",
  },
  onePlanPerFile: {
    en: "A file holds one plan: move this plan to a file of its own",
    ru: "В файле может быть только один план: перенесите этот план в отдельный файл",
    uz: "Faylda faqat bitta reja boʻladi: bu rejani alohida faylga koʻchiring",
  },
  outsidePlan: {
    en: "''{name}'' stands outside the plan: move it inside plan \"…\" '{' … '}'",
    ru: "`{name}` стоит вне плана: перенесите его внутрь `plan \"…\" '{' … '}'`",
    uz: "`{name}` rejadan tashqarida turibdi: uni `plan \"…\" '{' … '}'` ichiga koʻchiring",
  },
  outsideAnyPlan: {
    en: "''{name}'' stands outside any plan: a file starts with plan \"Title\" '{' … '}' and everything goes inside it",
    ru: "`{name}` стоит вне какого-либо плана: файл начинается с `plan \"Название\" '{' … '}'`, и всё остальное находится внутри",
    uz: "`{name}` hech qanday rejaga kirmaydi: fayl `plan \"Nomi\" '{' … '}'` bilan boshlanadi va qolgan hamma narsa uning ichida boʻladi",
  },
  noPlan: {
    en: "The file has no plan: start it with plan \"Title\" '{' … '}'",
    ru: "В файле нет плана: начните его с `plan \"Название\" '{' … '}'`",
    uz: "Faylda reja yoʻq: uni `plan \"Nomi\" '{' … '}'` bilan boshlang",
  },
  yaml: {
    en: "This looks like YAML, not a plan: a plan is written as plan \"Title\" '{' … '}', with attributes as name: value and blocks in braces. Its first lines would read: {example}",
    ru: "Это похоже на YAML, а не на план: план записывается как `plan \"Название\" '{' … '}'`, атрибуты — как `имя: значение`, блоки — в фигурных скобках. Его первые строки выглядели бы так: {example}",
    uz: "Bu reja emas, YAML ga oʻxshaydi: reja `plan \"Nomi\" '{' … '}'` koʻrinishida, atributlar `nom: qiymat` koʻrinishida, bloklar esa jingalak qavslarda yoziladi. Uning birinchi qatorlari shunday boʻlardi: {example}",
  },
} satisfies RuleMessages;

/** The values a message's select reads, when the parser gave none: the forms without them. */
const NO_PARAMS = { hasId: "no", nextIsBlock: "no", hasSuspect: "no", suspectHasId: "no", atEnd: "no", found: "", count: 1 };

/** SYN001: the lexer's and parser's errors, found once by parseDocument. */
export const syntax: Rule = {
  meta: {
    code: "SYN001",
    name: "syntax",
    area: "language",
    severity: "error",
    guidelines: [],
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "The text does not follow the plan language's grammar.",
    alwaysOn: true,
    translations: {
      ru: {
        summary: `Текст не соответствует грамматике языка плана.`,
        why: `Все остальные проверки читают план через его грамматику. Если грамматика нарушена, программа проверки точно говорит, где и что она ожидала, словами, понятными составителю, и всё равно проверяет остальную часть файла: одна ошибка никогда не скрывает другие.`,
        notes: `Синтаксические ошибки нельзя отключить: пока текст не разобран, ничего другого о нём нельзя сказать наверняка.`,
      },
      uz: {
        summary: `Matn reja tili grammatikasiga mos emas.`,
        why: `Boshqa barcha tekshiruvlar rejani uning grammatikasi orqali oʻqiydi. Grammatika buzilganda tekshiruv dasturi aynan qayerda va nimani kutganini reja tuzuvchisi tushunadigan soʻzlar bilan aytadi va baribir faylning qolgan qismini tekshiradi: bitta xato hech qachon boshqalarini yashirmaydi.`,
        notes: `Sintaktik xatolarni oʻchirib boʻlmaydi: matn tahlil qilinmaguncha u haqda boshqa hech narsani aniq aytib boʻlmaydi.`,
      },
    },
    docs: {
      why: `Every other check reads the plan through its grammar. When the grammar is broken, the checker says exactly where and what it expected, in words a drafter understands, and still checks the rest of the file: one mistake never hides the others.`,
      failing: `plan "Flood plan" {
  country "Uzbekistan"
}`,
      passing: `plan "Flood plan" {
  country: "Uzbekistan"
}`,
      notes: `Syntax errors cannot be turned off or suppressed: until the text parses, nothing else about it is certain.`,
    },
  },
  check(context) {
    const { document, report } = context;
    const say = voice(messages, [], context);
    // A problem the parser names (its id) in the user's language; one it
    // does not (Chevrotain's own "expected … found …", the limits) as written.
    for (const problem of document.syntaxProblems) {
      const id = problem.id as keyof typeof messages | undefined;
      const known = id !== undefined && id in messages;
      report({ message: known ? say.t(id, { ...NO_PARAMS, ...problem.params }) : sentence(problem.message), span: problem.span });
    }
  },
};

/** A message as a sentence, as every finding's is: the parser's own ("expected … found …") begin in lower case. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
