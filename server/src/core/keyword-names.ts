/**
 * What drafters call the plan language's keywords in Russian and in Uzbek
 * (Latin script): a keyword typed in one of them (`языки:`, `tillar:`) is
 * answered with the English keyword the language takes ("keywords are
 * written in English: did you mean `languages`?"), and hover and completion
 * can show a keyword's names beside it. The terms follow docs/glossary.md,
 * which keeps them consistent with the Russian edition of the MICIC
 * Guidelines where its wording is known.
 *
 * Several names per keyword: the word a drafter is most likely to type
 * first. Names are written as one word or joined by hyphens, as the plan's
 * names are; lookups ignore case, hyphens against underscores, and the
 * apostrophe an Uzbek oʻ or gʻ is typed with.
 */
export interface KeywordNames {
  ru: readonly string[];
  uz: readonly string[];
}

export const KEYWORD_NAMES: Readonly<Record<string, KeywordNames>> = {
  // Blocks.
  plan: { ru: ["план"], uz: ["reja"] },
  stakeholder: { ru: ["участник", "сторона", "заинтересованная-сторона", "партнёр"], uz: ["ishtirokchi", "manfaatdor-tomon", "hamkor"] },
  population: { ru: ["население", "группа", "группа-населения"], uz: ["aholi", "guruh", "aholi-guruhi"] },
  evacuation: { ru: ["эвакуация"], uz: ["evakuatsiya"] },
  "assembly-point": { ru: ["пункт-сбора", "сборный-пункт"], uz: ["yigʻilish-punkti", "toʻplanish-joyi"] },
  route: { ru: ["маршрут"], uz: ["marshrut", "yoʻnalish"] },
  "alert-level": { ru: ["уровень-оповещения", "уровень-тревоги"], uz: ["ogohlantirish-darajasi", "xavf-darajasi"] },
  communication: { ru: ["коммуникация", "связь", "информирование"], uz: ["aloqa", "kommunikatsiya", "xabardor-qilish"] },
  channel: { ru: ["канал"], uz: ["kanal"] },
  referral: { ru: ["перенаправление", "направление"], uz: ["yoʻnaltirish"] },
  pathway: { ru: ["путь-перенаправления", "механизм-перенаправления"], uz: ["yoʻnaltirish-yoʻli"] },
  coordination: { ru: ["координация"], uz: ["muvofiqlashtirish"] },
  recovery: { ru: ["восстановление"], uz: ["tiklash", "tiklanish"] },
  // Attributes.
  country: { ru: ["страна"], uz: ["mamlakat", "davlat"] },
  area: { ru: ["территория", "район", "область"], uz: ["hudud", "tuman", "viloyat"] },
  hazards: { ru: ["угрозы", "опасности", "риски"], uz: ["xavflar", "xatarlar"] },
  lead: { ru: ["ответственный", "руководитель", "ведущий"], uz: ["masʼul", "rahbar", "yetakchi"] },
  version: { ru: ["версия", "редакция"], uz: ["versiya", "tahrir"] },
  reviewed: { ru: ["пересмотрен", "дата-пересмотра"], uz: ["koʻrib-chiqilgan", "qayta-koʻrilgan"] },
  kind: { ru: ["вид", "тип"], uz: ["tur", "turi"] },
  contact: { ru: ["контакт", "контакты", "телефон"], uz: ["kontakt", "aloqa-maʼlumoti", "telefon"] },
  role: { ru: ["роль"], uz: ["rol", "vazifa"] },
  languages: { ru: ["языки", "язык"], uz: ["tillar", "til"] },
  size: { ru: ["численность", "число", "количество"], uz: ["soni", "miqdori"] },
  nationalities: { ru: ["гражданство", "национальности"], uz: ["fuqarolik", "fuqaroligi", "millatlar"] },
  status: { ru: ["статус"], uz: ["maqom", "maqomi"] },
  locations: { ru: ["места", "местонахождение", "местоположение"], uz: ["joylar", "joylashuv"] },
  vulnerabilities: { ru: ["уязвимости", "уязвимость"], uz: ["zaifliklar", "zaiflik"] },
  employers: { ru: ["работодатели", "работодатель"], uz: ["ish-beruvchilar", "ish-beruvchi"] },
  trigger: { ru: ["условие", "основание", "триггер"], uz: ["sabab", "asos"] },
  stages: { ru: ["этапы", "стадии"], uz: ["bosqichlar"] },
  covers: { ru: ["охват", "охватывает"], uz: ["qamrov", "qamraydi"] },
  "regardless-of-status": { ru: ["независимо-от-статуса"], uz: ["maqomidan-qatʼi-nazar"] },
  consent: { ru: ["согласие"], uz: ["rozilik"] },
  "non-refoulement-screening": { ru: ["проверка-невысылки", "невысылка"], uz: ["qaytarib-yubormaslik"] },
  "identity-documents": { ru: ["документы", "удостоверения-личности"], uz: ["hujjatlar", "shaxsni-tasdiqlovchi-hujjatlar"] },
  "document-replacement": { ru: ["замена-документов", "восстановление-документов"], uz: ["hujjatlarni-tiklash"] },
  "consular-liaison": { ru: ["консульская-связь", "консульства"], uz: ["konsullik-aloqasi", "konsulliklar"] },
  "cross-border": { ru: ["трансграничная", "через-границу"], uz: ["chegaradan-oʻtish", "transchegaraviy"] },
  "exit-permits": { ru: ["разрешения-на-выезд", "выездные-визы"], uz: ["chiqish-ruxsatnomalari"] },
  "transit-agreements": { ru: ["транзитные-соглашения", "транзит"], uz: ["tranzit-kelishuvlari", "tranzit"] },
  "costs-covered-by": { ru: ["расходы-несёт", "оплата"], uz: ["xarajatlarni-qoplaydi", "toʻlov"] },
  "employer-duties": { ru: ["обязанности-работодателей"], uz: ["ish-beruvchi-majburiyatlari"] },
  priority: { ru: ["приоритет", "в-первую-очередь"], uz: ["ustuvorlik", "birinchi-navbatda"] },
  "family-unity": { ru: ["единство-семьи"], uz: ["oila-birligi"] },
  "detention-release": { ru: ["освобождение-задержанных"], uz: ["hibsdagilarni-ozod-qilish"] },
  location: { ru: ["место", "адрес"], uz: ["joy", "manzil"] },
  capacity: { ru: ["вместимость", "ёмкость"], uz: ["sigʻim", "sigʻimi"] },
  accessible: { ru: ["доступен", "доступность"], uz: ["qulay", "foydalanish-mumkin"] },
  from: { ru: ["откуда", "от"], uz: ["qayerdan", "dan"] },
  to: { ru: ["куда", "до"], uz: ["qayerga", "ga"] },
  transport: { ru: ["транспорт"], uz: ["transport"] },
  order: { ru: ["порядок", "номер"], uz: ["tartib", "raqam"] },
  action: { ru: ["действие", "действия"], uz: ["harakat", "chora"] },
  feedback: { ru: ["обратная-связь"], uz: ["qayta-aloqa", "fikr-mulohaza"] },
  "trusted-messengers": { ru: ["доверенные-лица", "доверенные-посредники"], uz: ["ishonchli-vakillar", "ishonchli-shaxslar"] },
  "information-on": { ru: ["темы-сообщений", "информация-о"], uz: ["xabar-mavzulari", "maʼlumot-mavzulari"] },
  "rumour-tracking": { ru: ["отслеживание-слухов"], uz: ["mish-mishlarni-kuzatish"] },
  "pre-crisis-outreach": { ru: ["информирование-до-кризиса"], uz: ["inqirozgacha-xabardor-qilish"] },
  medium: { ru: ["средство", "носитель", "вид-связи"], uz: ["vosita", "aloqa-vositasi"] },
  reaches: { ru: ["охватывает", "для-групп"], uz: ["yetib-boradi", "qamraydi"] },
  "two-way": { ru: ["двусторонний", "двусторонняя"], uz: ["ikki-tomonlama"] },
  anonymous: { ru: ["анонимный", "анонимно"], uz: ["anonim", "nomsiz"] },
  hours: { ru: ["часы", "часы-работы", "время-работы"], uz: ["ish-vaqti", "soatlar"] },
  "accessible-formats": { ru: ["доступные-форматы"], uz: ["qulay-formatlar"] },
  screening: { ru: ["скрининг", "выявление"], uz: ["saralash", "aniqlash"] },
  "shares-with-immigration-enforcement": { ru: ["передача-миграционным-органам"], uz: ["migratsiya-organlariga-berish"] },
  "data-retention": { ru: ["хранение-данных", "срок-хранения"], uz: ["maʼlumotlarni-saqlash", "saqlash-muddati"] },
  need: { ru: ["потребность", "нужда"], uz: ["ehtiyoj"] },
  provider: { ru: ["исполнитель", "поставщик", "оказывает"], uz: ["xizmat-koʻrsatuvchi", "taʼminotchi"] },
  serves: { ru: ["обслуживает", "для"], uz: ["xizmat-qiladi", "uchun"] },
  mechanism: { ru: ["механизм"], uz: ["mexanizm"] },
  members: { ru: ["члены", "участники", "состав"], uz: ["aʼzolar", "tarkib"] },
  meets: { ru: ["заседания", "встречи"], uz: ["yigʻilishlar", "yigʻiladi"] },
  exercises: { ru: ["учения"], uz: ["mashqlar", "mashgʻulotlar"] },
  "return-support": { ru: ["помощь-в-возвращении"], uz: ["qaytishga-koʻmak"] },
  reintegration: { ru: ["реинтеграция"], uz: ["reintegratsiya"] },
  "wage-recovery": { ru: ["возврат-зарплаты", "взыскание-зарплаты"], uz: ["ish-haqini-undirish"] },
  "lessons-learned": { ru: ["извлечённые-уроки", "уроки"], uz: ["olingan-saboqlar", "saboqlar"] },
};

/** A name as lookups compare it: lower case, `_` as `-`, Uzbek apostrophes as ʻ, ё as е. */
function comparable(word: string): string {
  return word
    .normalize("NFC")
    .toLowerCase()
    .replace(/_/g, "-")
    .replace(/['‘’ʼ`]/g, "ʻ")
    .replace(/ё/g, "е");
}

/** Every keyword each name may stand for (охватывает: covers, or a channel's reaches). */
let byName: Map<string, { keyword: string; language: "ru" | "uz" }[]> | undefined;

/**
 * The English keyword a Russian or Uzbek name stands for (`языки` →
 * languages, Russian), if any; only keywords in `among` when given (the
 * attributes of the block the name stands in).
 */
export function englishKeyword(word: string, among?: readonly string[]): { keyword: string; language: "ru" | "uz" } | undefined {
  if (!byName) {
    byName = new Map();
    for (const [keyword, names] of Object.entries(KEYWORD_NAMES)) {
      for (const language of ["ru", "uz"] as const) {
        for (const name of names[language]) {
          const key = comparable(name);
          const list = byName.get(key);
          if (list) list.push({ keyword, language });
          else byName.set(key, [{ keyword, language }]);
        }
      }
    }
  }
  return byName.get(comparable(word))?.find((candidate) => !among || among.includes(candidate.keyword));
}
