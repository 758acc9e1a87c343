/**
 * `micic-plan --help` in each language the tool speaks. The texts are whole
 * pages, not sentences, so they are kept here as pages rather than as
 * catalog messages: a translator sees the page as the user will. Options,
 * file names and examples stay as typed. In the Uzbek page they stand
 * between backticks, so that the page in Cyrillic script can be derived
 * from the Latin without touching them; the backticks are not shown.
 */
import { uzbekToCyrillic } from "./cyrillic";
import type { Locale } from "./locales";

export interface HelpValues {
  version: string;
  /** The output formats, comma-separated. */
  formats: string;
  maxFindings: string;
}

const en = (v: HelpValues) => `micic-plan ${v.version}: check emergency plans against the MICIC Guidelines

Usage:
  micic-plan check [paths...] [options]
  micic-plan report PLAN [-o report.md]
  micic-plan diff OLD NEW, or micic-plan diff --base REV [paths...]
                           what a revision changed (micic-plan diff --help)
  micic-plan init          a new plan from a template (micic-plan init --help)

Paths may be files, folders (searched for .micic plans and for .md notes
with \`\`\`micic blocks) and glob patterns ("plans/**/*.micic"). Without a
path, the current folder is checked. Folders skip node_modules, .git and
what .gitignore and .micicignore files ignore (a .micicignore names
Markdown that shows plans as examples, such as a README).

Options:
  -f, --format NAME        the format on stdout: ${v.formats} (default: stylish)
  -o, --output-file FORMAT=PATH
                           also write FORMAT to PATH; repeatable, so one run
                           writes several (-o sarif=results.sarif -o junit=report.xml)
      --ignore GLOB        never check files matching GLOB; repeatable
      --no-gitignore       check files that .gitignore ignores too
      --workers N          worker threads (default: one per core but one, for many files)
      --fix                apply the fixes in place, list each edit on stderr, then
                           report what is left
      --fix-dry-run        print the fixes as a unified diff instead, writing nothing
                           (the exit code is the one --fix would give)
      --fix-type KINDS     what --fix and --fix-dry-run apply: fix (the default:
                           mechanical fixes), suggestion (edits that commit the plan
                           to something, one per finding that offers exactly one),
                           or fix,suggestion
  -c, --config FILE        use this configuration instead of the nearest .micicrc.json
                           ("-" reads it from standard input)
      --rule CODE=LEVEL    set a rule's severity (off, info, warning, error) by code
                           or name; repeatable; stronger than the configuration
      --fail-level LEVEL   exit 1 when a finding of this severity or above is
                           reported: error (default), warning or info
      --max-warnings N     exit 1 when more than N warnings are reported
      --max-findings N     report at most N findings per file, the most severe
                           first, and count the rest (default: ${v.maxFindings})
      --no-inline-config   ignore "# micic-disable" comments in plans
      --baseline FILE      report only the findings FILE does not record
                           (a baseline)
      --update-baseline    record every finding of this run in the baseline
      --prune-baseline     remove from the baseline the findings that no
                           longer occur
      --color              colour the output even when it is not a terminal
      --no-color           never colour the output (so does NO_COLOR=1)
      --locale LANG        the language of the findings, the summary, the report
                           and this help: en, ru, uz or uz-Cyrl (default: LC_ALL,
                           LC_MESSAGES or LANG, else en)
  -h, --help               show this help
  -v, --version            show the version

Configuration: the nearest .micicrc.json in a plan's folder or above it, e.g.
  { "extends": "recommended", "rules": { "EVAC010": "off" }, "staleAfterMonths": 24 }

The report: a Markdown verdict on one plan for reviewers (scorecard by
section, the 15 guidelines, languages by channels, needs by providers, every
finding with its fix, and Mermaid flowcharts), on stdout or to a file.

Exit codes:
  0  no finding at or above the fail level (default: no error), and no more
     warnings than --max-warnings
  1  a finding at or above the fail level, or too many warnings
  2  the check could not run as asked, or not all of it: a bad option or
     configuration, an unreadable file or folder, a path that matches
     nothing, fixes or an output that could not be written

Rules and their documentation: docs/rules/ in the micic-plan repository.
`;

const ru = (v: HelpValues) => `micic-plan ${v.version}: проверка планов действий в чрезвычайных ситуациях на соответствие Руководящим принципам MICIC

Использование:
  micic-plan check [пути...] [параметры]
  micic-plan report ПЛАН [-o report.md]
  micic-plan diff СТАРЫЙ НОВЫЙ или micic-plan diff --base РЕВИЗИЯ [пути...]
                           что изменила новая редакция (micic-plan diff --help)
  micic-plan init          новый план по шаблону (micic-plan init --help)

Путями могут быть файлы, папки (в них ищутся планы .micic и заметки .md
с блоками \`\`\`micic) и шаблоны glob ("plans/**/*.micic"). Без пути
проверяется текущая папка. В папках пропускаются node_modules, .git и то,
что исключают файлы .gitignore и .micicignore (в .micicignore указывают
Markdown, где планы приведены как примеры, например README).

Параметры:
  -f, --format ИМЯ         формат вывода: ${v.formats} (по умолчанию stylish)
  -o, --output-file ФОРМАТ=ПУТЬ
                           также записать ФОРМАТ в файл ПУТЬ; можно повторять, чтобы
                           за один запуск получить несколько (-o sarif=results.sarif -o junit=report.xml)
      --ignore GLOB        никогда не проверять файлы, подходящие под GLOB; можно повторять
      --no-gitignore       проверять и файлы, которые исключает .gitignore
      --workers N          число потоков (по умолчанию на один меньше числа ядер, если файлов много)
      --fix                применить исправления в файлах, перечислить каждое изменение
                           в stderr и сообщить об оставшихся замечаниях
      --fix-dry-run        вместо этого вывести исправления как unified diff, ничего не записывая
                           (код завершения тот же, что дал бы --fix)
      --fix-type ВИДЫ      что применяют --fix и --fix-dry-run: fix (по умолчанию:
                           механические исправления), suggestion (правки, которые
                           закрепляют в плане обязательства; по одной на замечание,
                           у которого она ровно одна) или fix,suggestion
  -c, --config ФАЙЛ        использовать эти настройки вместо ближайшего .micicrc.json
                           ("-" читает их из стандартного ввода)
      --rule КОД=УРОВЕНЬ   задать уровень правила (off, info, warning, error) по коду
                           или имени; можно повторять; сильнее файла настроек
      --fail-level УРОВЕНЬ завершаться с кодом 1, если есть замечание этого уровня
                           или выше: error (по умолчанию), warning или info
      --max-warnings N     завершаться с кодом 1, если предупреждений больше N
      --max-findings N     сообщать не более N замечаний на файл, сначала самые
                           серьёзные, и подсчитывать остальные (по умолчанию ${v.maxFindings})
      --no-inline-config   не учитывать комментарии "# micic-disable" в планах
      --baseline ФАЙЛ      сообщать только о замечаниях, которых нет
                           в ФАЙЛЕ (базовом списке)
      --update-baseline    записать в базовый список все замечания этой проверки
      --prune-baseline     убрать из базового списка замечания, которых больше нет
      --color              выводить в цвете, даже если вывод не в терминал
      --no-color           никогда не выводить в цвете (так же действует NO_COLOR=1)
      --locale ЯЗЫК        язык замечаний, итогов, отчёта и этой справки:
                           en, ru, uz или uz-Cyrl (по умолчанию LC_ALL,
                           LC_MESSAGES или LANG, иначе en)
  -h, --help               показать эту справку
  -v, --version            показать версию

Настройки: ближайший .micicrc.json в папке плана или выше, например
  { "extends": "recommended", "rules": { "EVAC010": "off" }, "staleAfterMonths": 24 }

Отчёт: заключение по одному плану в формате Markdown для рецензентов (оценка по
разделам, 15 рекомендаций, языки по каналам связи, потребности по поставщикам
услуг, каждое замечание с его исправлением и схемы Mermaid), в stdout или в файл.

Коды завершения:
  0  нет замечаний на пороговом уровне или выше (по умолчанию: нет ошибок)
     и предупреждений не больше, чем --max-warnings
  1  есть замечание на пороговом уровне или выше, или слишком много предупреждений
  2  проверку не удалось выполнить так, как запрошено, или целиком: неверный
     параметр или файл настроек, недоступный файл или папка, путь, под который
     ничего не подходит, исправления или вывод, которые не удалось записать

Правила и их описание: docs/rules/ в репозитории micic-plan.
`;

const uz = (v: HelpValues) => `\`micic-plan ${v.version}\`: favqulodda vaziyatlar rejalarini MICIC qoʻllanmasiga muvofiqligini tekshirish

Foydalanish:
  \`micic-plan check\` [yoʻllar...] [parametrlar]
  \`micic-plan report\` REJA \`[-o report.md]\`
  \`micic-plan diff\` ESKI YANGI yoki \`micic-plan diff --base\` TAHRIR [yoʻllar...]
                           yangi tahrir nimani oʻzgartirgani (\`micic-plan diff --help\`)
  \`micic-plan init\`          andoza asosida yangi reja (\`micic-plan init --help\`)

Yoʻllar fayllar, papkalar (ularda \`.micic\` rejalari va \`micic\` kod bloklari bor
\`.md\` yozuvlari qidiriladi) va glob andozalari (\`"plans/**/*.micic"\`) boʻlishi mumkin.
Yoʻl berilmasa, joriy papka tekshiriladi. Papkalarda \`node_modules\`, \`.git\` va
\`.gitignore\` hamda \`.micicignore\` fayllari chiqarib tashlagan narsalar oʻtkazib
yuboriladi (\`.micicignore\` da rejalar misol sifatida keltirilgan Markdown,
masalan \`README\`, koʻrsatiladi).

Parametrlar:
  -f, --format NOM         chiqish formati: \`${v.formats}\` (standart: \`stylish\`)
  -o, --output-file FORMAT=FAYL
                           \`FORMAT\`ni \`FAYL\` ga ham yozish; takrorlash mumkin, bir
                           ishga tushirishda bir nechtasi (\`-o sarif=results.sarif -o junit=report.xml\`)
      --ignore GLOB        \`GLOB\`ga mos fayllarni hech qachon tekshirmaslik; takrorlash mumkin
      --no-gitignore       \`.gitignore\` chiqarib tashlagan fayllarni ham tekshirish
      --workers N          oqimlar soni (standart: fayllar koʻp boʻlsa, yadrolar sonidan bitta kam)
      --fix                tuzatishlarni fayllarda qoʻllash, har bir oʻzgarishni \`stderr\` ga
                           yozish, soʻng qolgan eslatmalarni koʻrsatish
      --fix-dry-run        buning oʻrniga tuzatishlarni \`unified diff\` sifatida chiqarish,
                           hech narsa yozmasdan (chiqish kodi \`--fix\` berganidek)
      --fix-type TURLAR    \`--fix\` va \`--fix-dry-run\` nimani qoʻllaydi: \`fix\` (standart:
                           mexanik tuzatishlar), \`suggestion\` (rejaga majburiyat
                           kiritadigan tahrirlar; aynan bittasini taklif qiladigan
                           har bir eslatma uchun bitta) yoki \`fix,suggestion\`
  -c, --config FAYL        eng yaqin \`.micicrc.json\` oʻrniga shu sozlamalardan foydalanish
                           (\`"-"\` ularni standart kirishdan oʻqiydi)
      --rule KOD=DARAJA    qoidaning darajasini (\`off, info, warning, error\`) kod yoki
                           nom boʻyicha belgilash; takrorlash mumkin; sozlamalardan ustun
      --fail-level DARAJA  shu darajadagi yoki undan yuqori eslatma boʻlsa, 1 kodi bilan
                           chiqish: \`error\` (standart), \`warning\` yoki \`info\`
      --max-warnings N     ogohlantirishlar \`N\` tadan koʻp boʻlsa, 1 kodi bilan chiqish
      --max-findings N     har bir fayl uchun koʻpi bilan \`N\` ta eslatma, avval eng
                           jiddiylari, qolganlari sanaladi (standart: \`${v.maxFindings}\`)
      --no-inline-config   rejalardagi \`"# micic-disable"\` izohlarini hisobga olmaslik
      --baseline FAYL      faqat FAYLda (bazaviy roʻyxatda) qayd etilmagan
                           eslatmalarni koʻrsatish
      --update-baseline    ushbu tekshiruvning barcha eslatmalarini bazaviy
                           roʻyxatga yozish
      --prune-baseline     bazaviy roʻyxatdan endi uchramaydigan eslatmalarni
                           olib tashlash
      --color              chiqish terminal boʻlmasa ham rangli chiqarish
      --no-color           hech qachon rangli chiqarmaslik (\`NO_COLOR=1\` ham shunday qiladi)
      --locale TIL         eslatmalar, yakun, hisobot va ushbu yordam tili:
                           \`en, ru, uz\` yoki \`uz-Cyrl\` (standart: \`LC_ALL,
                           LC_MESSAGES\` yoki \`LANG\`, aks holda \`en\`)
  -h, --help               ushbu yordamni koʻrsatish
  -v, --version            versiyani koʻrsatish

Sozlamalar: reja papkasidagi yoki undan yuqoridagi eng yaqin \`.micicrc.json\`, masalan
  \`{ "extends": "recommended", "rules": { "EVAC010": "off" }, "staleAfterMonths": 24 }\`

Hisobot: taqrizchilar uchun bitta reja boʻyicha Markdown xulosa (boʻlimlar boʻyicha
baho, 15 ta tavsiya, aloqa kanallari boʻyicha tillar, xizmat koʻrsatuvchilar boʻyicha
ehtiyojlar, har bir eslatma va uning tuzatishi, Mermaid sxemalari), \`stdout\` ga yoki faylga.

Chiqish kodlari:
  0  chegaraviy darajada yoki undan yuqori eslatma yoʻq (standart: xato yoʻq)
     va ogohlantirishlar \`--max-warnings\` dan koʻp emas
  1  chegaraviy darajada yoki undan yuqori eslatma bor yoki ogohlantirishlar juda koʻp
  2  tekshiruvni soʻralgandek yoki toʻliq bajarib boʻlmadi: notoʻgʻri parametr yoki
     sozlamalar, oʻqib boʻlmaydigan fayl yoki papka, hech narsaga mos kelmaydigan
     yoʻl, yozib boʻlmagan tuzatishlar yoki chiqish

Qoidalar va ularning tavsifi: \`micic-plan\` repozitoriysidagi \`docs/rules/\`.
`;

/** The help page in the locale's language. */
export function helpText(locale: Locale, values: HelpValues): string {
  return helpPageIn(locale, en(values), ru(values), uz(values));
}

/** `micic-plan diff --help` in the locale's language. */
export function diffHelpText(locale: Locale): string {
  return helpPageIn(locale, diffEn, diffRu, diffUz);
}

/**
 * A help page in the locale's language, given the English, the Russian and
 * the Uzbek in Latin script (its options, file names and examples between
 * backticks): the Uzbek in Cyrillic script is derived from the Latin, each
 * option line's option left as typed and its description transliterated.
 */
export function helpPageIn(locale: Locale, english: string, russian: string, uzbek: string): string {
  switch (locale) {
    case "ru":
      return russian;
    case "uz":
      return uzbek.replace(/`/g, "");
    case "uz-Cyrl":
      return uzbek
        .split("\n")
        .map((line) => {
          // An option line: the option and its argument stay as typed, the description is transliterated.
          const option = /^( {2}-\S.*?| {6}--\S.*?)( {2,})(\S.*)$/.exec(line);
          if (option) return option[1] + option[2] + uzbekToCyrillic(option[3]);
          return /^( {2}-| {6}--)/.test(line) ? line : uzbekToCyrillic(line);
        })
        .join("\n")
        .replace(/`/g, "");
    default:
      return english;
  }
}

const diffEn = `Usage:
  micic-plan diff OLD NEW [options]         compare two files
  micic-plan diff --base REV [paths...] [options]
                                            compare the plans in paths (default: the
                                            current folder) with git revision REV

Findings introduced, resolved and still open, matched by rule and by the block
they stand on, not by line: moving a block or adding lines above it changes
nothing. Then what the plan now commits to that it did not before.

Options:
  -f, --format NAME        stylish (default), json or markdown (a pull-request comment)
  -o, --output-file FORMAT=PATH
                           also write FORMAT to PATH; repeatable (-o markdown=summary.md)
      --fail-level LEVEL   exit 1 when a finding of this severity or above was
                           introduced: info (default: any finding), warning or error
  -c, --config FILE        use this configuration for both revisions
      --rule CODE=LEVEL    set a rule's severity; repeatable
      --max-findings N     match at most N findings per file (default: 2000)
      --locale LANG        en, ru, uz or uz-Cyrl
      --color              colour the output even when it is not a terminal
      --no-color           never colour the output
  -h, --help               show this help

Exit codes: 0 nothing introduced, 1 a finding introduced, 2 the comparison
could not run (a bad option, an unreadable file, an unknown revision).
`;

const diffRu = `Использование:
  micic-plan diff СТАРЫЙ НОВЫЙ [параметры]  сравнить два файла
  micic-plan diff --base РЕВИЗИЯ [пути...] [параметры]
                                            сравнить планы по путям (по умолчанию —
                                            текущая папка) с ревизией git

Замечания добавленные, устранённые и оставшиеся сопоставляются по правилу и по
блоку, к которому относятся, а не по номеру строки: перенос блока или новые
строки над ним ничего не меняют. Затем — что план теперь предусматривает, чего
не предусматривал раньше.

Параметры:
  -f, --format ИМЯ         stylish (по умолчанию), json или markdown (комментарий
                           к запросу на слияние)
  -o, --output-file ФОРМАТ=ПУТЬ
                           также записать ФОРМАТ в файл ПУТЬ; можно повторять
      --fail-level УРОВЕНЬ завершаться с кодом 1, если добавлено замечание этого
                           уровня или выше: info (по умолчанию — любое), warning, error
  -c, --config ФАЙЛ        использовать эти настройки для обеих редакций
      --rule КОД=УРОВЕНЬ   задать важность правила; можно повторять
      --max-findings N     сопоставлять не более N замечаний на файл (по умолчанию 2000)
      --locale ЯЗЫК        en, ru, uz или uz-Cyrl
      --color              выводить в цвете, даже если вывод не в терминал
      --no-color           никогда не выводить в цвете
  -h, --help               показать эту справку

Коды завершения: 0 — ничего не добавлено, 1 — добавлено замечание, 2 — сравнение
не удалось (неверный параметр, нечитаемый файл, неизвестная ревизия).
`;

const diffUz = `Foydalanish:
  \`micic-plan diff\` ESKI YANGI [parametrlar]  ikki faylni solishtirish
  \`micic-plan diff --base\` TAHRIR [yoʻllar...] [parametrlar]
                                            yoʻllardagi rejalarni (standart: joriy
                                            papka) \`git\` tahriri bilan solishtirish

Qoʻshilgan, bartaraf etilgan va qolgan eslatmalar qatori boʻyicha emas, qoida
va ular turgan blok boʻyicha moslashtiriladi: blokni koʻchirish yoki uning
ustiga qator qoʻshish hech narsani oʻzgartirmaydi. Soʻng reja avval nazarda
tutmagan, endi esa nazarda tutadigan narsalar.

Parametrlar:
  -f, --format NOM         \`stylish\` (standart), \`json\` yoki \`markdown\` (birlashtirish
                           soʻroviga izoh)
  -o, --output-file FORMAT=YOʻL
                           FORMATni YOʻLga ham yozish; takrorlash mumkin
      --fail-level DARAJA  shu yoki undan yuqori darajadagi eslatma qoʻshilsa, 1 kodi
                           bilan chiqish: \`info\` (standart: har qanday), \`warning\`, \`error\`
  -c, --config FAYL        ikkala tahrir uchun shu sozlamalardan foydalanish
      --rule KOD=DARAJA    qoida muhimligini belgilash; takrorlash mumkin
      --max-findings N     har bir faylda koʻpi bilan \`N\` ta eslatmani moslashtirish (standart: 2000)
      --locale TIL         \`en, ru, uz\` yoki \`uz-Cyrl\`
      --color              chiqish terminal boʻlmasa ham rangli chiqarish
      --no-color           hech qachon rangli chiqarmaslik
  -h, --help               ushbu yordamni koʻrsatish

Chiqish kodlari: 0 — hech narsa qoʻshilmadi, 1 — eslatma qoʻshildi, 2 — solishtirib
boʻlmadi (notoʻgʻri parametr, oʻqib boʻlmaydigan fayl, nomaʼlum tahrir).
`;
