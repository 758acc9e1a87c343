/**
 * The words of `micic-plan diff` and of `check --baseline` (server/src/cli/),
 * in English, Russian and Uzbek: what a revision introduced and resolved,
 * and what the plan now commits to. `{kind}`, `{id}` and `{setting}` are the
 * plan's own words, shown as typed.
 */

export const diffEn = {
  "diff.introduced": "introduced",
  "diff.resolved": "resolved",
  "diff.summary":
    "{introduced, plural, one {# finding introduced} other {# findings introduced}}, {resolved, number} resolved, {unchanged, number} still open, in {files, plural, one {# file} other {# files}}",
  "diff.newFile": "a new plan file: every finding is new",
  "diff.removedFile": "the plan file was removed: every finding is resolved",
  "diff.noPlanBefore": "the earlier revision holds no plan",
  "diff.noPlanAfter": "this revision holds no plan",
  "diff.more": "… and {count, number} more",
  "diff.commitments": "What the plan commits to",
  "diff.commitments.none": "What the plan commits to is unchanged.",
  "diff.block.added": "now names {kind} {id}{title}",
  "diff.block.removed": "no longer names {kind} {id}{title}",
  "diff.section.added": "now has the {kind} section",
  "diff.section.removed": "no longer has the {kind} section",
  "diff.language.added": "now gives information or services in {language}",
  "diff.language.removed": "no longer gives information or services in {language}",
  "diff.covered.added": "the evacuation now covers {population}",
  "diff.covered.removed": "the evacuation no longer covers {population}",
  "diff.setting.changed": "{setting}: {before} → {after}",
  "diff.setting.unset": "not set",
  "diff.markdown.title": "MICIC plan check: what this change does",
  "diff.markdown.introduced": "Introduced ({count, number})",
  "diff.markdown.resolved": "Resolved ({count, number})",
  "diff.markdown.stillOpen": "{count, plural, one {# finding is} other {# findings are}} still open, unchanged by this change.",
  "diff.markdown.clean": "This change introduces no finding.",
  "diff.column.file": "File",
  "baseline.stale":
    "{count, plural, one {# finding} other {# findings}} in the baseline {file} no longer {count, plural, one {occurs} other {occur}}: run the check with --update-baseline (or --prune-baseline) to remove {count, plural, one {it} other {them}}",
  "baseline.hidden": "{count, plural, one {# finding} other {# findings}} known to the baseline {file} not shown",
  "baseline.written": "wrote {count, plural, one {# finding} other {# findings}} to the baseline {file}",
  "baseline.pruned": "removed {count, plural, one {# finding} other {# findings}} that no longer {count, plural, one {occurs} other {occur}} from the baseline {file}",
} as const;

type DiffId = keyof typeof diffEn;

export const diffRu: Readonly<Record<DiffId, string>> = {
  "diff.introduced": "добавлено",
  "diff.resolved": "устранено",
  "diff.summary":
    "добавлено замечаний: {introduced, number}, устранено: {resolved, number}, осталось: {unchanged, number}; {files, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}",
  "diff.newFile": "новый файл плана: все замечания новые",
  "diff.removedFile": "файл плана удалён: все замечания устранены",
  "diff.noPlanBefore": "в прежней редакции нет плана",
  "diff.noPlanAfter": "в этой редакции нет плана",
  "diff.more": "… и ещё {count, number}",
  "diff.commitments": "Что план предусматривает",
  "diff.commitments.none": "Обязательства плана не изменились.",
  "diff.block.added": "в плане появился блок {kind} {id}{title}",
  "diff.block.removed": "из плана убран блок {kind} {id}{title}",
  "diff.section.added": "в плане появился раздел {kind}",
  "diff.section.removed": "из плана убран раздел {kind}",
  "diff.language.added": "теперь информирует или оказывает услуги на языке: {language}",
  "diff.language.removed": "больше не информирует и не оказывает услуги на языке: {language}",
  "diff.covered.added": "эвакуация теперь охватывает {population}",
  "diff.covered.removed": "эвакуация больше не охватывает {population}",
  "diff.setting.changed": "{setting}: {before} → {after}",
  "diff.setting.unset": "не указано",
  "diff.markdown.title": "Проверка плана по MICIC: что меняет эта правка",
  "diff.markdown.introduced": "Добавлено ({count, number})",
  "diff.markdown.resolved": "Устранено ({count, number})",
  "diff.markdown.stillOpen":
    "{count, plural, one {# замечание осталось} few {# замечания остались} many {# замечаний остались} other {# замечания остались}} без изменений.",
  "diff.markdown.clean": "Эта правка не добавляет замечаний.",
  "diff.column.file": "Файл",
  "baseline.stale":
    "{count, plural, one {# замечание} few {# замечания} many {# замечаний} other {# замечания}} из базового списка {file} больше не {count, plural, one {встречается} few {встречаются} many {встречаются} other {встречаются}}: запустите проверку с --update-baseline (или --prune-baseline), чтобы убрать их",
  "baseline.hidden": "не показано замечаний, известных по базовому списку {file}: {count, number}",
  "baseline.written": "в базовый список {file} записано замечаний: {count, number}",
  "baseline.pruned": "из базового списка {file} убрано замечаний, которых больше нет: {count, number}",
};

export const diffUz: Readonly<Record<DiffId, string>> = {
  "diff.introduced": "qoʻshildi",
  "diff.resolved": "bartaraf etildi",
  "diff.summary":
    "{introduced, number} ta eslatma qoʻshildi, {resolved, number} tasi bartaraf etildi, {unchanged, number} tasi qoldi; {files, number} ta fayl",
  "diff.newFile": "yangi reja fayli: barcha eslatmalar yangi",
  "diff.removedFile": "reja fayli oʻchirildi: barcha eslatmalar bartaraf etildi",
  "diff.noPlanBefore": "oldingi tahrirda reja yoʻq",
  "diff.noPlanAfter": "bu tahrirda reja yoʻq",
  "diff.more": "… va yana {count, number} ta",
  "diff.commitments": "Reja nimani nazarda tutadi",
  "diff.commitments.none": "Rejaning majburiyatlari oʻzgarmadi.",
  "diff.block.added": "rejaga {kind} {id}{title} bloki qoʻshildi",
  "diff.block.removed": "rejadan {kind} {id}{title} bloki olib tashlandi",
  "diff.section.added": "rejaga {kind} boʻlimi qoʻshildi",
  "diff.section.removed": "rejadan {kind} boʻlimi olib tashlandi",
  "diff.language.added": "endi {language} tilida maʼlumot yoki xizmat beradi",
  "diff.language.removed": "endi {language} tilida maʼlumot ham, xizmat ham bermaydi",
  "diff.covered.added": "evakuatsiya endi {population} guruhini qamrab oladi",
  "diff.covered.removed": "evakuatsiya endi {population} guruhini qamrab olmaydi",
  "diff.setting.changed": "{setting}: {before} → {after}",
  "diff.setting.unset": "koʻrsatilmagan",
  "diff.markdown.title": "MICIC boʻyicha reja tekshiruvi: bu tahrir nimani oʻzgartiradi",
  "diff.markdown.introduced": "Qoʻshildi ({count, number})",
  "diff.markdown.resolved": "Bartaraf etildi ({count, number})",
  "diff.markdown.stillOpen": "{count, number} ta eslatma oʻzgarishsiz qoldi.",
  "diff.markdown.clean": "Bu tahrir yangi eslatma qoʻshmaydi.",
  "diff.column.file": "Fayl",
  "baseline.stale":
    "{file} bazaviy roʻyxatidagi {count, number} ta eslatma endi uchramaydi: ularni olib tashlash uchun tekshiruvni --update-baseline (yoki --prune-baseline) bilan ishga tushiring",
  "baseline.hidden": "{file} bazaviy roʻyxatida maʼlum boʻlgan {count, number} ta eslatma koʻrsatilmadi",
  "baseline.written": "{file} bazaviy roʻyxatiga {count, number} ta eslatma yozildi",
  "baseline.pruned": "{file} bazaviy roʻyxatidan endi uchramaydigan {count, number} ta eslatma olib tashlandi",
};
