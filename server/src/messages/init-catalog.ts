/**
 * `micic-plan init`'s words (server/src/cli/init.ts): its help page, its
 * questions and its errors, in English, Russian and Uzbek (ICU; Uzbek in
 * Cyrillic derived). The plans' own words are the templates'
 * (server/src/templates/shared-texts.ts).
 */
import type { LocalizedMessage } from "../core/rule";

export const initMessages = {
  help: {
    en: `Usage:
  micic-plan init [options]      a new plan from a template

Run in a terminal, it asks for what the options do not give; otherwise give
every option but -o.

Options:
  -t, --template NAME      the template: {templates}
      --country COUNTRY    the country the plan covers: its name in English, Russian
                           or Uzbek (Uzbekistan, Узбекистан, Oʻzbekiston) or its ISO code (UZ)
      --area AREA          the province, city or district (Tashkent)
      --hazards LIST       the hazards, separated by commas (earthquake,flood)
      --lead ID            the lead agency's id (mes, мчс)
  -o, --output FILE        write the plan to FILE (default: standard output)
      --force              replace FILE if it exists
      --list-templates     list the templates, each with a line on what it is for
      --locale LANG        the language of the plan's titles and comments and of
                           these messages: en, ru, uz or uz-Cyrl
  -h, --help               show this help

Example:
  micic-plan init --template earthquake --country Uzbekistan --area Tashkent --hazards earthquake --lead mes -o plan.micic

Every "…" in the new plan is a place only the drafter can fill: micic-plan
check lists each one until it is filled. docs/templates.md says what each
template holds.

Exit codes: 0 the plan was written; 2 it was not (a bad or missing option, a
file that exists without --force, a file that cannot be written).
`,
    ru: `Использование:
  micic-plan init [параметры]    новый план по шаблону

В терминале команда спрашивает то, чего нет в параметрах; иначе укажите все
параметры, кроме -o.

Параметры:
  -t, --template ИМЯ       шаблон: {templates}
      --country СТРАНА     страна, на которую распространяется план: название на русском,
                           узбекском или английском (Узбекистан, Oʻzbekiston, Uzbekistan) или код ISO (UZ)
      --area РАЙОН         область, город или район (Ташкент)
      --hazards СПИСОК     опасности через запятую (earthquake,flood)
      --lead ИД            идентификатор ведущего ведомства (мчс, mes)
  -o, --output ФАЙЛ        записать план в ФАЙЛ (по умолчанию — в стандартный вывод)
      --force              заменить ФАЙЛ, если он существует
      --list-templates     перечислить шаблоны, у каждого — строка о его назначении
      --locale ЯЗЫК        язык заголовков и комментариев плана и этих сообщений:
                           en, ru, uz или uz-Cyrl
  -h, --help               показать эту справку

Пример:
  micic-plan init --template earthquake --country Узбекистан --area Ташкент --hazards earthquake --lead мчс -o plan.micic

Каждое «…» в новом плане — место, которое может заполнить только составитель:
micic-plan check перечисляет каждое, пока оно не заполнено. В docs/templates.md
описано, что содержит каждый шаблон.

Коды выхода: 0 — план записан; 2 — не записан (неверный или отсутствующий
параметр, файл уже существует, а --force не указан, файл нельзя записать).
`,
    uz: `Foydalanish:
  \`micic-plan init\` [parametrlar]    andoza asosida yangi reja

Terminalda buyruq parametrlarda berilmagan narsalarni soʻraydi; aks holda
\`-o\` dan tashqari barcha parametrlarni koʻrsating.

Parametrlar:
  -t, --template NOM       andoza: {templates}
      --country MAMLAKAT   reja qamrab oladigan mamlakat: oʻzbek, rus yoki ingliz tilidagi
                           nomi (Oʻzbekiston, \`Узбекистан\`, \`Uzbekistan\`) yoki ISO kodi (\`UZ\`)
      --area HUDUD         viloyat, shahar yoki tuman (Toshkent)
      --hazards ROʻYXAT    xavflar, vergul bilan (\`earthquake,flood\`)
      --lead ID            yetakchi idoraning identifikatori (\`fvv\`, \`mes\`)
  -o, --output FAYL        rejani FAYL ga yozish (standart: standart chiqish)
      --force              FAYL mavjud boʻlsa, uni almashtirish
      --list-templates     andozalar roʻyxati, har biri haqida bir qator
      --locale TIL         reja sarlavhalari va izohlari hamda ushbu xabarlar tili:
                           \`en\`, \`ru\`, \`uz\` yoki \`uz-Cyrl\`
  -h, --help               ushbu yordamni koʻrsatish

Misol:
  \`micic-plan init --template earthquake --country Oʻzbekiston --area Toshkent --hazards earthquake --lead fvv -o plan.micic\`

Yangi rejadagi har bir «…» faqat reja tuzuvchi toʻldira oladigan joy:
\`micic-plan check\` har birini u toʻldirilmaguncha koʻrsatadi. Har bir andoza
nimani oʻz ichiga olishi \`docs/templates.md\` da yozilgan.

Chiqish kodlari: 0 — reja yozildi; 2 — yozilmadi (notoʻgʻri yoki koʻrsatilmagan
parametr, \`--force\` siz mavjud fayl, yozib boʻlmaydigan fayl).
`,
  },
  badOption: {
    en: "{problem}. Run ''micic-plan init --help'' for the options.",
    ru: "{problem}. Параметры: `micic-plan init --help`.",
    uz: "{problem}. Parametrlar: `micic-plan init --help`.",
  },
  unknownLocale: {
    en: "--locale ''{locale}'' is not a language micic-plan speaks: use {locales}",
    ru: "--locale «{locale}»: micic-plan не говорит на этом языке; укажите {locales}",
    uz: "--locale «{locale}»: micic-plan bu tilda gapirmaydi; {locales} dan birini koʻrsating",
  },
  positional: {
    en: "init takes no file name of its own: write the plan to a file with -o {file}",
    ru: "init не принимает имя файла без параметра: чтобы записать план в файл, укажите -o {file}",
    uz: "init fayl nomini parametrsiz qabul qilmaydi: rejani faylga yozish uchun `-o {file}` ni koʻrsating",
  },
  unknownTemplate: {
    en: "--template ''{name}'' is not a template: use {templates}.{close, select, none {} other { Did you mean {close}?}}",
    ru: "--template «{name}» — нет такого шаблона: укажите {templates}.{close, select, none {} other { Возможно, имелось в виду: {close}?}}",
    uz: "--template «{name}» — bunday andoza yoʻq: {templates} dan birini koʻrsating.{close, select, none {} other { Balki {close} nazarda tutilgandir?}}",
  },
  missing: {
    en: "{option} is missing, and there is no terminal to ask in: give {option} (micic-plan init --help)",
    ru: "не указан {option}, а терминала, чтобы спросить, нет: укажите {option} (`micic-plan init --help`)",
    uz: "{option} koʻrsatilmagan, soʻrash uchun terminal esa yoʻq: {option} ni koʻrsating (`micic-plan init --help`)",
  },
  invalid: {
    en: "{option}: {problem}",
    ru: "{option}: {problem}",
    uz: "{option}: {problem}",
  },
  folder: {
    en: "''{file}'' names a folder: give the plan's file name, like {file}/plan.micic",
    ru: "«{file}» — это папка: укажите имя файла плана, например {file}/plan.micic",
    uz: "«{file}» — papka: reja faylining nomini koʻrsating, masalan, {file}/plan.micic",
  },
  exists: {
    en: "''{file}'' already exists, and init never writes over a file: choose another name, or add --force to replace it",
    ru: "«{file}» уже существует, а init никогда не перезаписывает файлы: выберите другое имя или добавьте --force, чтобы заменить его",
    uz: "«{file}» allaqachon mavjud, init esa hech qachon faylni ustidan yozmaydi: boshqa nom tanlang yoki uni almashtirish uchun `--force` ni qoʻshing",
  },
  cannotWrite: {
    en: "cannot write ''{file}'': {reason}",
    ru: "не удалось записать «{file}»: {reason}",
    uz: "«{file}» ni yozib boʻlmadi: {reason}",
  },
  written: {
    en: "wrote {file} from the template {template}: fill in each \"…\"; micic-plan check {file} lists them",
    ru: "план {file} создан по шаблону {template}: заполните каждое «…»; micic-plan check {file} перечисляет их",
    uz: "{file} reja `{template}` andozasi asosida yozildi: har bir «…» ni toʻldiring; `micic-plan check` {file} ularni koʻrsatadi",
  },
  askTemplate: {
    en: "Template (a number or a name)",
    ru: "Шаблон (номер или имя)",
    uz: "Andoza (raqam yoki nom)",
  },
  askCountry: {
    en: "Country (a name or an ISO code, like UZ)",
    ru: "Страна (название или код ISO, например UZ)",
    uz: "Mamlakat (nomi yoki ISO kodi, masalan, UZ)",
  },
  askHazards: {
    en: "Hazards, separated by commas ({hazards})",
    ru: "Опасности через запятую ({hazards})",
    uz: "Xavflar, vergul bilan ({hazards})",
  },
  askLead: {
    en: "Lead agency's id (a short name, like mes or мчс)",
    ru: "Идентификатор ведущего ведомства (короткое имя, например мчс или mes)",
    uz: "Yetakchi idoraning identifikatori (qisqa nom, masalan, fvv yoki mes)",
  },
  noTemplateNumber: {
    en: "''{answer}'' is neither a template's number (1 to {count, number}) nor its name",
    ru: "«{answer}» — не номер шаблона (от 1 до {count, number}) и не его имя",
    uz: "«{answer}» andoza raqami (1 dan {count, number} gacha) ham, nomi ham emas",
  },
  noAnswer: {
    en: "no answer to ''{question}'': the plan was not written",
    ru: "нет ответа на вопрос «{question}»: план не записан",
    uz: "«{question}» savoliga javob yoʻq: reja yozilmadi",
  },
  tooManyTries: {
    en: "no answer to ''{question}'' would do after {count, number} tries: the plan was not written",
    ru: "после {count, number} попыток не получен подходящий ответ на вопрос «{question}»: план не записан",
    uz: "{count, number} urinishdan keyin ham «{question}» savoliga mos javob olinmadi: reja yozilmadi",
  },
} satisfies Record<string, LocalizedMessage>;
