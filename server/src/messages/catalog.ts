/**
 * The message catalog: every message by id, in English (the source) and in
 * each translation. A translation must hold every id (the type checker
 * says which it lacks) with the same placeholders (catalog.test.ts).
 * Translations follow docs/glossary.md: plain, formal, the words of the
 * Russian edition of the MICIC Guidelines where they are known.
 *
 * ICU MessageFormat: `{count, plural, one {…} few {…} many {…} other {…}}`
 * takes the forms of the language's CLDR plural rules (Russian: one, few,
 * many, other; Uzbek: one, other, and a noun after a number stays singular,
 * "3 ta fayl"). `#` is the number, written as the locale writes numbers.
 */

import { editorEn, editorRu, editorUz } from "./editor-catalog";
import { guidelinesEn, guidelinesRu, guidelinesUz } from "./guidelines-catalog";
import { diffEn, diffRu, diffUz } from "./diff-catalog";
import { reportEn, reportRu, reportUz } from "./report-catalog";

const commonEn = {
  "list.andMore": "{named} and {more, plural, one {# more} other {# more}}",
  "list.orMore": "{named} or {more, plural, one {# more} other {# more}}",
  "cite.micic": "MICIC {parts}",
  "fix.commitTo": "Commit the plan to {setting}",
  "fix.addValues": "Add {values} to {attribute}",
  "action.showDocs": "Show documentation for {code}",
  "action.disableLine": "Disable {code} for this line",
  "action.disableFile": "Disable {code} for this file",
  "action.fixAll": "Fix all micic-plan problems that have a mechanical fix ({count, number})",
  "cite.principles": "{count, plural, one {Principle} other {Principles}} {numbers}",
  "cite.guidelines": "{count, plural, one {Guideline} other {Guidelines}} {numbers}",
  "summary.clean": "✔ no problems in {files, plural, one {# file} other {# files}}",
  "summary.problems":
    "✖ {total, plural, one {# problem} other {# problems}} ({errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, number} info) in {withFindings, plural, one {# file} other {# files}} of {files, plural, one {# file} other {# files}}",
} as const;

export const en = { ...commonEn, ...reportEn, ...guidelinesEn, ...editorEn, ...diffEn } as const;

export type MessageId = keyof typeof en;
export type Catalog = Readonly<Record<MessageId, string>>;

const commonRu: Readonly<Record<keyof typeof commonEn, string>> = {
  "list.andMore": "{named} и ещё {more, number}",
  "list.orMore": "{named} или ещё {more, number}",
  "cite.micic": "Руководящие принципы MICIC, {parts}",
  "fix.commitTo": "Закрепить в плане {setting}",
  "fix.addValues": "Добавить {values} в {attribute}",
  "action.showDocs": "Показать описание правила {code}",
  "action.disableLine": "Отключить {code} для этой строки",
  "action.disableFile": "Отключить {code} для этого файла",
  "action.fixAll": "Исправить все замечания micic-plan, у которых есть механическое исправление ({count, number})",
  "cite.principles": "{count, plural, one {принцип} few {принципы} many {принципы} other {принципы}} {numbers}",
  "cite.guidelines": "{count, plural, one {рекомендация} few {рекомендации} many {рекомендации} other {рекомендации}} {numbers}",
  "summary.clean": "✔ замечаний нет, проверено {files, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}",
  "summary.problems":
    "✖ {total, plural, one {# замечание} few {# замечания} many {# замечаний} other {# замечания}} ({errors, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}, {warnings, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}, {infos, plural, one {# информационное} few {# информационных} many {# информационных} other {# информационного}}) в {withFindings, plural, one {# файле} few {# файлах} many {# файлах} other {# файла}} из {files, plural, one {# проверенного} few {# проверенных} many {# проверенных} other {# проверенного}}",
};

const commonUz: Readonly<Record<keyof typeof commonEn, string>> = {
  "list.andMore": "{named} va yana {more, number} ta",
  "list.orMore": "{named} yoki yana {more, number} ta",
  "cite.micic": "MICIC qoʻllanmasi, {parts}",
  "fix.commitTo": "Rejada {setting} ni belgilash",
  "fix.addValues": "{attribute} ga {values} qoʻshish",
  "action.showDocs": "{code} qoidasining tavsifini koʻrsatish",
  "action.disableLine": "Ushbu qator uchun {code} ni oʻchirish",
  "action.disableFile": "Ushbu fayl uchun {code} ni oʻchirish",
  "action.fixAll": "Mexanik tuzatishi bor barcha micic-plan eslatmalarini tuzatish ({count, number})",
  "cite.principles": "{count, plural, one {tamoyil} other {tamoyillar}} {numbers}",
  "cite.guidelines": "{count, plural, one {tavsiya} other {tavsiyalar}} {numbers}",
  "summary.clean": "✔ {files, number} ta fayl tekshirildi, eslatma yoʻq",
  "summary.problems": "✖ {total, number} ta eslatma ({errors, number} ta xato, {warnings, number} ta ogohlantirish, {infos, number} ta maʼlumot): {files, number} ta fayldan {withFindings, number} tasida",
};

export const ru: Catalog = { ...commonRu, ...reportRu, ...guidelinesRu, ...editorRu, ...diffRu };
export const uz: Catalog = { ...commonUz, ...reportUz, ...guidelinesUz, ...editorUz, ...diffUz };

/** The catalogs by locale; Uzbek in Cyrillic script is derived from `uz` (translate.ts). */
export const CATALOGS = { en: en as Catalog, ru, uz } as const;
