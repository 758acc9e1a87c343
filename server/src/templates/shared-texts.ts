/**
 * The words every template shares: the names it declares (`id.*`), the
 * titles it writes (`text.*`) and its comments (`note.*`), in English,
 * Russian and Uzbek (Latin; the Cyrillic is derived, messages/cyrillic.ts).
 * ICU messages, as the rules' are; a template's own words are in its file.
 *
 * The names are the locale's words (`mahalliy_hokimiyat`), as a drafter
 * writes them (docs/spec/LANGUAGE.md: a name is letters of any script). The
 * comments name the plan's keywords between backticks, as the messages do
 * (docs/glossary.md), and say what the MICIC Guidelines ask without
 * answering for the drafter.
 */
import type { LocalizedMessage } from "../core/rule";

export const sharedTexts: Readonly<Record<string, LocalizedMessage>> = {
  // --- Names the templates declare -------------------------------------------
  "id.localAuthority": { en: "local_authority", ru: "местная_власть", uz: "mahalliy_hokimiyat" },
  "id.civilSociety": { en: "civil_society", ru: "общественная_организация", uz: "jamoat_tashkiloti" },
  "id.internationalOrg": { en: "international_org", ru: "международная_организация", uz: "xalqaro_tashkilot" },
  "id.consulate": { en: "consulate", ru: "консульство", uz: "konsullik" },
  "id.community": { en: "community_group", ru: "община_мигрантов", uz: "migrantlar_jamoasi" },
  "id.migrants": { en: "migrants", ru: "мигранты", uz: "migrantlar" },
  "id.assemblyPoint": { en: "assembly_point", ru: "пункт_сбора", uz: "yigʻilish_punkti" },
  "id.route": { en: "main_route", ru: "основной_маршрут", uz: "asosiy_yoʻnalish" },
  "id.watch": { en: "watch", ru: "готовность", uz: "kuzatuv" },
  "id.warning": { en: "warning", ru: "угроза", uz: "xavf" },
  "id.emergency": { en: "emergency", ru: "чрезвычайная_ситуация", uz: "favqulodda_vaziyat" },
  "id.hotline": { en: "hotline", ru: "горячая_линия", uz: "ishonch_telefoni" },
  "id.sms": { en: "sms_alerts", ru: "смс_оповещения", uz: "sms_xabarnomalar" },
  "id.radio": { en: "radio", ru: "радио", uz: "radio" },
  "id.messenger": { en: "messenger", ru: "мессенджер", uz: "messenjer" },
  "id.loudspeakers": { en: "loudspeakers", ru: "громкоговорители", uz: "karnaylar" },
  "id.health": { en: "health_care", ru: "медицинская_помощь", uz: "tibbiy_yordam" },
  "id.psychosocial": { en: "psychosocial_support", ru: "психосоциальная_поддержка", uz: "psixologik_yordam" },
  "id.protection": { en: "protection", ru: "защита", uz: "himoya" },
  "id.shelter": { en: "shelter", ru: "временное_жильё", uz: "boshpana" },
  "id.documentation": { en: "documents", ru: "документы", uz: "hujjatlar" },

  // --- Titles ---------------------------------------------------------------
  "text.watch": { en: "Watch", ru: "Повышенная готовность", uz: "Kuzatuv" },
  "text.warning": { en: "Warning", ru: "Угроза", uz: "Xavf" },
  "text.emergency": { en: "Emergency", ru: "Чрезвычайная ситуация", uz: "Favqulodda vaziyat" },
  "text.hotline": { en: "Migrant hotline", ru: "Горячая линия для мигрантов", uz: "Migrantlar uchun ishonch telefoni" },
  "text.sms": { en: "SMS alerts", ru: "SMS-оповещения", uz: "SMS xabarnomalar" },
  "text.radio": { en: "Radio bulletins", ru: "Радиосообщения", uz: "Radio eshittirishlari" },
  "text.messenger": { en: "Messaging-app channel", ru: "Канал в мессенджере", uz: "Messenjerdagi kanal" },
  "text.loudspeakers": { en: "Loudspeaker announcements", ru: "Объявления через громкоговорители", uz: "Karnay orqali eʼlonlar" },

  // --- Comments -------------------------------------------------------------
  "note.generated": {
    en: "A new plan from the micic-plan template `{template}`. Each \"…\" is a place only you can fill: the checker reports every one until it is filled (micic-plan check, or the Problems panel in VS Code).",
    ru: "Новый план по шаблону micic-plan `{template}`. Каждое «…» — место, которое можете заполнить только вы: проверка сообщает о каждом, пока оно не заполнено (micic-plan check или панель «Проблемы» в VS Code).",
    uz: "`micic-plan` ning `{template}` andozasi asosidagi yangi reja. Har bir «…» faqat siz toʻldira oladigan joy: tekshiruv har biri haqida u toʻldirilmaguncha xabar beradi (`micic-plan check` yoki VS Code dagi «Muammolar» paneli).",
  },
  "note.policy": {
    en: "The template chooses no policy for you. Where the MICIC Guidelines ask a question (who is helped, who pays, what is shared), the answer is left to fill, with a note on what the guidelines recommend.",
    ru: "Шаблон не принимает решений за вас. Там, где Руководящие принципы MICIC ставят вопрос (кому помогают, кто платит, какими данными делятся), ответ оставлен для заполнения, с пояснением, что рекомендуют Руководящие принципы.",
    uz: "Andoza siz uchun hech qanday qaror qabul qilmaydi. MICIC qoʻllanmasi savol qoʻygan joyda (kimga yordam beriladi, kim toʻlaydi, qaysi maʼlumotlar ulashiladi) javob toʻldirish uchun qoldirilgan va qoʻllanma nimani tavsiya etishi izohda aytilgan.",
  },
  "note.reviewed": {
    en: "The date of the last review, as YYYY-MM-DD without quotes, once the plan has been reviewed.",
    ru: "Дата последнего пересмотра плана в виде ГГГГ-ММ-ДД, без кавычек, когда план будет пересмотрен.",
    uz: "Reja koʻrib chiqilgach, oxirgi koʻrib chiqilgan sana, yyyy-oo-kk koʻrinishida, qoʻshtirnoqsiz.",
  },
  "note.stakeholders": {
    en: "Who does what: each agency, consulate and organisation with a part in the plan, with its name and a contact that answers in a crisis (a phone, an e-mail or an office).",
    ru: "Кто что делает: каждое ведомство, консульство и организация, участвующие в плане, с названием и контактом, который отвечает во время кризиса (телефон, электронная почта или служба).",
    uz: "Kim nima qiladi: rejada ishtirok etadigan har bir idora, konsullik va tashkilot, uning nomi va inqiroz paytida javob beradigan aloqa maʼlumoti (telefon, elektron pochta yoki boʻlim).",
  },
  "note.consulate": {
    en: "A consulate for each nationality of the migrants below: `country` is the country it represents, as an ISO code (KG for Kyrgyzstan). Add a block for each.",
    ru: "Консульство для каждого гражданства мигрантов, указанных ниже: `country` — страна, которую оно представляет, в виде кода ISO (`KG` для Киргизии). Добавьте блок для каждого.",
    uz: "Quyidagi migrantlarning har bir fuqaroligi uchun konsullik: `country` u vakillik qiladigan mamlakat, ISO kodi bilan (Qirgʻiziston uchun `KG`). Har biri uchun alohida blok qoʻshing.",
  },
  "note.community": {
    en: "A diaspora, faith or community group that migrants trust: it passes messages on and hears their questions. Its `kind` may be `diaspora`, `faith-based` or `civil-society`.",
    ru: "Община, религиозная или общественная группа, которой доверяют мигранты: она передаёт сообщения и выслушивает вопросы. Её `kind` может быть `diaspora`, `faith-based` или `civil-society`.",
    uz: "Migrantlar ishonadigan diaspora, diniy yoki jamoat guruhi: u xabarlarni yetkazadi va savollarni tinglaydi. Uning `kind` qiymati `diaspora`, `faith-based` yoki `civil-society` boʻlishi mumkin.",
  },
  "note.population": {
    en: "A block for each group of migrants in the area: how many they are (a number), their countries of origin (ISO codes: `KG`, `TJ`), the languages they understand (ISO codes: `ky`, `ru`) and their migration status (`regular`, `irregular`, `mixed` or `unknown`). Add `vulnerabilities` where they apply: `children`, `older-persons`, `disabilities`, `undocumented`, `domestic-workers` and others.",
    ru: "Блок для каждой группы мигрантов в районе: их численность (число), страны происхождения (коды ISO: `KG`, `TJ`), языки, которые они понимают (коды ISO: `ky`, `ru`), и миграционный статус (`regular`, `irregular`, `mixed` или `unknown`). Добавьте `vulnerabilities`, где это применимо: `children`, `older-persons`, `disabilities`, `undocumented`, `domestic-workers` и другие.",
    uz: "Hududdagi har bir migrantlar guruhi uchun alohida blok: ularning soni (son), kelib chiqqan mamlakatlari (ISO kodlari: `KG`, `TJ`), tushunadigan tillari (ISO kodlari: `ky`, `ru`) va migratsiya maqomi (`regular`, `irregular`, `mixed` yoki `unknown`). Zarur boʻlsa, `vulnerabilities` ni qoʻshing: `children`, `older-persons`, `disabilities`, `undocumented`, `domestic-workers` va boshqalar.",
  },
  "note.trigger": {
    en: "What sets evacuation off (a warning level, an order, a threshold), and who decides.",
    ru: "Что запускает эвакуацию (уровень оповещения, приказ, пороговое значение) и кто принимает решение.",
    uz: "Evakuatsiyani nima boshlaydi (ogohlantirish darajasi, buyruq, chegaraviy qiymat) va kim qaror qabul qiladi.",
  },
  "note.stages": {
    en: "The decision ladder, in order: evacuation is the last resort. Remove a stage the plan does not use. `covers: all`: the evacuation applies to every group of migrants the plan names.",
    ru: "Порядок решений: эвакуация — крайняя мера. Удалите этап, который план не предусматривает. `covers: all`: эвакуация распространяется на все группы мигрантов, названные в плане.",
    uz: "Qarorlar tartibi: evakuatsiya soʻnggi chora. Rejada koʻzda tutilmagan bosqichni olib tashlang. `covers: all`: evakuatsiya rejada koʻrsatilgan barcha migrantlar guruhlariga tatbiq etiladi.",
  },
  "note.evacuationPolicy": {
    en: "Your answers: `yes` or `no`, or one of the words given. The MICIC Guidelines recommend that evacuation be open to every migrant whatever their status (Principle 1), voluntary and informed (`consent`: `informed` or `not-sought`), that people at risk of persecution in their country of origin be identified and never sent back (`non-refoulement-screening`), and that lost or withheld papers stop no one boarding (`identity-documents`: `required`, `not-required` or `alternatives`) (Guidelines 10 and 13).",
    ru: "Ваши ответы: `yes` или `no` либо одно из указанных слов. Руководящие принципы MICIC рекомендуют, чтобы эвакуация была открыта каждому мигранту независимо от миграционного статуса (принцип 1), была добровольной и осознанной (`consent`: `informed` или `not-sought`), чтобы людей, которым грозит преследование в стране происхождения, выявляли и не высылали (`non-refoulement-screening`) и чтобы утраченные или удерживаемые документы никому не мешали сесть в транспорт (`identity-documents`: `required`, `not-required` или `alternatives`) (рекомендации 10 и 13).",
    uz: "Sizning javoblaringiz: `yes` yoki `no` yoxud koʻrsatilgan soʻzlardan biri. MICIC qoʻllanmasi evakuatsiya har bir migrant uchun migratsiya maqomidan qatʼi nazar ochiq (1-tamoyil), ixtiyoriy va ongli (`consent`: `informed` yoki `not-sought`) boʻlishini, oʻz mamlakatida taʼqibga uchrash xavfi bor odamlar aniqlanishini va qaytarib yuborilmasligini (`non-refoulement-screening`), yoʻqolgan yoki ushlab qolingan hujjatlar hech kimning transportga chiqishiga toʻsqinlik qilmasligini (`identity-documents`: `required`, `not-required` yoki `alternatives`) tavsiya etadi (10 va 13-tavsiyalar).",
  },
  "note.costs": {
    en: "Who pays fares and transport (stakeholder ids, separated by commas), and whether families of mixed nationality stay together (`yes` or `no`).",
    ru: "Кто оплачивает проезд и транспорт (идентификаторы участников через запятую) и остаются ли вместе семьи, члены которых имеют разное гражданство (`yes` или `no`).",
    uz: "Yoʻl haqi va transportni kim toʻlaydi (ishtirokchilar identifikatorlari, vergul bilan) va turli fuqarolikdagi oila aʼzolari birga qoladimi (`yes` yoki `no`).",
  },
  "note.assembly": {
    en: "Where people gather and how they get there: a place, how many people it holds (a number), whether people with disabilities can use it (`yes` or `no`), and a route to it. Add a block for each.",
    ru: "Где собираются люди и как они туда добираются: место, сколько человек оно вмещает (число), доступно ли оно людям с инвалидностью (`yes` или `no`), и маршрут к нему. Добавьте блок для каждого.",
    uz: "Odamlar qayerda yigʻiladi va u yerga qanday yetib boradi: joy, u necha kishini sigʻdiradi (son), nogironligi bor odamlar undan foydalana oladimi (`yes` yoki `no`), va unga olib boradigan yoʻnalish. Har biri uchun alohida blok qoʻshing.",
  },
  "note.alerts": {
    en: "Alert levels, in order, and what happens at each. Use the names of the national warning system.",
    ru: "Уровни оповещения по порядку и что происходит на каждом из них. Используйте названия национальной системы оповещения.",
    uz: "Ogohlantirish darajalari tartib bilan va har birida nima qilinadi. Milliy ogohlantirish tizimidagi nomlardan foydalaning.",
  },
  "note.communication": {
    en: "Telling people what is happening. `feedback` is the channel where migrants' questions come in; `trusted-messengers` pass the messages on. Add to `information-on` `rights`, `consular-services`, and `no-immigration-enforcement` where some migrants are without status (Guidelines 6 and 9).",
    ru: "Информирование людей о происходящем. `feedback` — канал, по которому поступают вопросы мигрантов; `trusted-messengers` передают сообщения. Добавьте в `information-on` `rights`, `consular-services`, а также `no-immigration-enforcement`, если у части мигрантов нет статуса (рекомендации 6 и 9).",
    uz: "Odamlarga nima boʻlayotgani haqida axborot berish. `feedback` — migrantlarning savollari keladigan kanal; `trusted-messengers` xabarlarni yetkazadi. `information-on` ga `rights`, `consular-services` va, agar ayrim migrantlarning maqomi boʻlmasa, `no-immigration-enforcement` ni qoʻshing (6 va 9-tavsiyalar).",
  },
  "note.rumours": {
    en: "Whether someone watches for rumours and answers them (`yes` or `no`).",
    ru: "Отслеживаются ли слухи и даётся ли на них ответ (`yes` или `no`).",
    uz: "Mish-mishlar kuzatiladimi va ularga javob beriladimi (`yes` yoki `no`).",
  },
  "note.channels": {
    en: "Each channel with the languages it uses (ISO codes, separated by commas): every language of every group must be on a channel that reaches it. Keep one that works without power or internet (SMS, radio, loudspeakers, door-to-door visits).",
    ru: "Каждый канал связи с языками, на которых он работает (коды ISO через запятую): каждый язык каждой группы должен быть в канале, который до неё доходит. Оставьте канал, который работает без электричества и интернета (SMS, радио, громкоговорители, обход домов).",
    uz: "Har bir aloqa kanali va u foydalanadigan tillar (ISO kodlari, vergul bilan): har bir guruhning har bir tili unga yetib boradigan kanalda boʻlishi kerak. Elektr va internetsiz ishlaydigan kanalni qoldiring (SMS, radio, karnaylar, uyma-uy yurish).",
  },
  "note.referral": {
    en: "Before personal data moves between agencies: is consent asked (`required` or `not-required`), and does the data reach immigration enforcement (`yes` or `no`)? The MICIC Guidelines recommend consent, and a firewall between help and immigration enforcement (Guidelines 2 and 11). `data-retention`: how long the data is kept (`90d`, or a sentence).",
    ru: "Прежде чем персональные данные передаются между ведомствами: запрашивается ли согласие (`required` или `not-required`) и попадают ли данные в органы миграционного контроля (`yes` или `no`)? Руководящие принципы MICIC рекомендуют получать согласие и разделять помощь и миграционный контроль (рекомендации 2 и 11). `data-retention`: как долго хранятся данные (`90d` или фраза).",
    uz: "Shaxsiy maʼlumotlar idoralar oʻrtasida uzatilishidan oldin: rozilik soʻraladimi (`required` yoki `not-required`) va maʼlumotlar migratsiya nazorati organlariga yetib boradimi (`yes` yoki `no`)? MICIC qoʻllanmasi rozilik olishni hamda yordam va migratsiya nazoratining ajratilishini tavsiya etadi (2 va 11-tavsiyalar). `data-retention`: maʼlumotlar qancha vaqt saqlanadi (`90d` yoki jumla).",
  },
  "note.pathways": {
    en: "Where people are referred for each need: `provider` is the id of the stakeholder that provides it. Life-saving help (health care, shelter, food, protection) should be open to every migrant whatever their status (`regardless-of-status`, Principle 1).",
    ru: "Куда направляют людей по каждой потребности: `provider` — идентификатор участника, который оказывает помощь. Жизненно важная помощь (медицинская помощь, временное жильё, питание, защита) должна быть доступна каждому мигранту независимо от миграционного статуса (`regardless-of-status`, принцип 1).",
    uz: "Har bir ehtiyoj boʻyicha odamlar qayerga yoʻnaltiriladi: `provider` — yordam koʻrsatadigan ishtirokchining identifikatori. Hayotiy muhim yordam (tibbiy yordam, boshpana, oziq-ovqat, himoya) migratsiya maqomidan qatʼi nazar har bir migrant uchun ochiq boʻlishi kerak (`regardless-of-status`, 1-tamoyil).",
  },
  "note.coordination": {
    en: "The body where agencies, consulates and international organisations plan together, how often it meets, and the date of the last exercise that included migrants (YYYY-MM-DD, without quotes).",
    ru: "Орган, в котором ведомства, консульства и международные организации планируют совместно, как часто он собирается, и дата последних учений с участием мигрантов (ГГГГ-ММ-ДД, без кавычек).",
    uz: "Idoralar, konsulliklar va xalqaro tashkilotlar birgalikda rejalashtiradigan organ, u qanchalik tez-tez yigʻiladi va migrantlar ishtirok etgan oxirgi mashgʻulot sanasi (yyyy-oo-kk, qoʻshtirnoqsiz).",
  },
  "note.recovery": {
    en: "After the crisis: who helps people return or rebuild their lives (stakeholder ids), and whether lessons are learned with migrants taking part (`yes` or `no`).",
    ru: "После кризиса: кто помогает людям вернуться или восстановить жизнь (идентификаторы участников) и извлекаются ли уроки с участием мигрантов (`yes` или `no`).",
    uz: "Inqirozdan keyin: odamlarga qaytish yoki hayotini tiklashda kim yordam beradi (ishtirokchilar identifikatorlari) va migrantlar ishtirokida saboq olinadimi (`yes` yoki `no`).",
  },
  "note.crossBorderAnswer": {
    en: "Whether the evacuation takes people out of the country: `yes` or `no`.",
    ru: "Выводит ли эвакуация людей из страны: `yes` или `no`.",
    uz: "Evakuatsiya odamlarni mamlakatdan olib chiqadimi: `yes` yoki `no`.",
  },
  "note.crossBorder": {
    en: "If the evacuation leaves the country: whether exit visas and overstay fines are waived for people leaving (`exit-permits`: `waived`, `required` or `not-applicable`), and the transit states or organisations that agreed in advance to let people through (stakeholder ids) (Guidelines 7 and 10).",
    ru: "Если эвакуация выводит людей из страны: отменяются ли для уезжающих выездные визы и штрафы за просрочку пребывания (`exit-permits`: `waived`, `required` или `not-applicable`), и государства транзита или организации, заранее согласившиеся пропускать людей (идентификаторы участников) (рекомендации 7 и 10).",
    uz: "Agar evakuatsiya odamlarni mamlakatdan olib chiqsa: ketayotganlar uchun chiqish vizalari va muddatdan ortiq qolganlik uchun jarimalar bekor qilinadimi (`exit-permits`: `waived`, `required` yoki `not-applicable`), va odamlarni oʻtkazishga oldindan rozilik bergan tranzit davlatlari yoki tashkilotlar (ishtirokchilar identifikatorlari) (7 va 10-tavsiyalar).",
  },
};
