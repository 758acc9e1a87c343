/**
 * The language server's own words beside the findings (server/src/lsp/):
 * hover, code lenses and inlay hints, in English, Russian and Uzbek. The
 * quick-fix menu's titles are in catalog.ts with the other actions.
 */

export const editorEn = {
  "lens.languages": "{reached, number} of {total, plural, one {# language} other {# languages}} on its channels",
  "lens.languagesMissing": "{reached, number} of {total, plural, one {# language} other {# languages}} on its channels (not {missing})",
  "lens.noLanguages": "no languages given",
  "lens.pathways": "referral pathways for {needs}",
  "lens.noPathways": "no referral pathways",
  "lens.capacity": "assembly points: {capacity, plural, one {# place} other {# places}} for {total, plural, one {# person} other {# people}} covered",
  "lens.capacityShort": "{short, plural, one {# person} other {# people}} more than they can hold (EVAC006)",
  "hover.kind": "Kind: {kind}",
  "hover.contact": "Contact: {contact}",
  "hover.noContact": "Contact: _none given_",
  "hover.size": "Size: {size, number}",
  "hover.references": "Referred to {count, plural, =0 {nowhere} one {once} other {# times}} in this plan",
  "hover.undeclared": "{name}: no {kind} of this name is declared.",
  "hover.notAValue": "{value} is not a value of {attribute}, which takes {type}.",
  "hover.finding": "{code} ({rule}) comes from {cite}:",
  "hover.moreFindings": "and {count, plural, one {# more finding} other {# more findings}} here",
  "hover.rulePage": "the rule''s page",
  "hover.guidelines": "the MICIC Guidelines",
} as const;

type EditorCatalog = Readonly<Record<keyof typeof editorEn, string>>;

export const editorRu: EditorCatalog = {
  "lens.languages": "{reached, number} из {total, plural, one {# языка} few {# языков} many {# языков} other {# языка}} в каналах связи",
  "lens.languagesMissing": "{reached, number} из {total, plural, one {# языка} few {# языков} many {# языков} other {# языка}} в каналах связи (нет: {missing})",
  "lens.noLanguages": "языки не указаны",
  "lens.pathways": "механизмы перенаправления: {needs}",
  "lens.noPathways": "механизмы перенаправления не определены",
  "lens.capacity": "пункты сбора: {capacity, plural, one {# место} few {# места} many {# мест} other {# места}} для {total, plural, one {# человека} few {# человек} many {# человек} other {# человека}}, охваченных эвакуацией",
  "lens.capacityShort": "не хватает мест ещё для {short, plural, one {# человека} few {# человек} many {# человек} other {# человека}} (EVAC006)",
  "hover.kind": "Вид: {kind}",
  "hover.contact": "Контакт: {contact}",
  "hover.noContact": "Контакт: _не указан_",
  "hover.size": "Численность: {size, number}",
  "hover.references": "{count, plural, =0 {Нигде не упоминается} one {Упоминается # раз} few {Упоминается # раза} many {Упоминается # раз} other {Упоминается # раза}} в этом плане",
  "hover.undeclared": "{name}: {kind} с таким именем не объявлен.",
  "hover.notAValue": "{value} не является значением {attribute}, который принимает {type}.",
  "hover.finding": "{code} ({rule}) следует из документа: {cite}:",
  "hover.moreFindings": "и ещё {count, plural, one {# замечание} few {# замечания} many {# замечаний} other {# замечания}} здесь",
  "hover.rulePage": "описание правила",
  "hover.guidelines": "Руководящие принципы MICIC",
};

export const editorUz: EditorCatalog = {
  "lens.languages": "{total, number} ta tildan {reached, number} tasi aloqa kanallarida",
  "lens.languagesMissing": "{total, number} ta tildan {reached, number} tasi aloqa kanallarida (yoʻq: {missing})",
  "lens.noLanguages": "tillar koʻrsatilmagan",
  "lens.pathways": "yoʻnaltirish mexanizmlari: {needs}",
  "lens.noPathways": "yoʻnaltirish mexanizmlari belgilanmagan",
  "lens.capacity": "yigʻilish punktlari: evakuatsiya qamrab olgan {total, number} kishi uchun {capacity, number} ta joy",
  "lens.capacityShort": "yana {short, number} kishiga joy yetmaydi (EVAC006)",
  "hover.kind": "Turi: {kind}",
  "hover.contact": "Aloqa: {contact}",
  "hover.noContact": "Aloqa: _koʻrsatilmagan_",
  "hover.size": "Soni: {size, number}",
  "hover.references": "Ushbu rejada {count, plural, =0 {hech qayerda tilga olinmagan} one {# marta tilga olingan} other {# marta tilga olingan}}",
  "hover.undeclared": "{name}: bu nomdagi {kind} eʼlon qilinmagan.",
  "hover.notAValue": "{value} — {attribute} ning qiymati emas; u {type} qabul qiladi.",
  "hover.finding": "{code} ({rule}) quyidagidan kelib chiqadi: {cite}:",
  "hover.moreFindings": "va bu yerda yana {count, number} ta eslatma",
  "hover.rulePage": "qoida tavsifi",
  "hover.guidelines": "MICIC qoʻllanmasi",
};
