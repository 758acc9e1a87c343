/**
 * The schema's help in Uzbek, Latin script (schema-docs.ts): each block's
 * and attribute's description (core/schema.ts) and what each allowed value
 * means (core/value-docs.ts), in the terms of docs/glossary.md, with ʻ
 * (U+02BB) in oʻ and gʻ and ʼ (U+02BC) for the tutuq belgisi. The Cyrillic
 * script is derived from it (cyrillic.ts): words it would leave in Latin
 * (abbreviations in capitals, words with c or w) are written out instead.
 * The plan's own words stay between backticks, as the drafter types them.
 */
import type {
  ACCESSIBLE_FORMATS,
  EMPLOYER_DUTIES,
  EVACUATION_STAGES,
  HAZARDS,
  INFORMATION_TOPICS,
  MEDIA,
  MIGRATION_STATUSES,
  NEEDS,
  STAKEHOLDER_KINDS,
  VULNERABILITIES,
} from "../core/schema";
import type { ValueDoc } from "../core/value-docs";
import type { SchemaDocsTranslation } from "./schema-docs";

type Docs<W extends string> = Readonly<Record<W, ValueDoc>>;

const v = (gist: string, doc: string): ValueDoc => ({ gist, doc });
const yesNo = (yes: ValueDoc, no: ValueDoc): Docs<"yes" | "no"> => ({ yes, no });

const blocks = {
  plan: "Favqulodda vaziyatlar uchun harakatlar rejasi: u qaysi mamlakat va qaysi xavflarni qamrab oladi, unga kim javob beradi, migrantlar qanday hisobga olinadi, xavfsiz joyga qanday olib chiqiladi, sodir boʻlayotgan voqealar haqida qanday xabardor qilinadi va yordam uchun qayerga yoʻnaltiriladi. Bitta faylda bitta reja.",
  stakeholder: "Rejada ishtirok etadigan idora, konsullik, tashkilot, ish beruvchi yoki jamoat guruhi. Rejaning boshqa qismlari unga identifikatori orqali havola qiladi.",
  population: "Reja qamrab olgan hududdagi migrantlar guruhi: ular kimlar, qancha, qaysi tillarni tushunadi va inqiroz paytida ularni nima zaif qiladi.",
  evacuation: "Zarur boʻlganda migrantlar qanday koʻchiriladi yoki evakuatsiya qilinadi (MICIC qoʻllanmasi, tavsiyalar 10 va 13): kim qaror qabul qiladi, evakuatsiya kimlarni qamrab oladi, transportga chiqish uchun nima kerak va odamlar qayerga olib boriladi.",
  "assembly-point": "Odamlar xavfsiz joyga olib ketilishi yoki boshpanaga joylashtirilishi uchun yigʻiladigan joy.",
  route: "Migrantlar yashaydigan yoki ishlaydigan joydan yigʻilish punktigacha boʻlgan evakuatsiya yoʻnalishi.",
  "alert-level": "Ogohlantirish darajalari shkalasining bir pogʻonasi: u nimani anglatadi va unda nima qilinadi.",
  communication: "Migrantlarga xavflar, ogohlantirishlar va yordam haqida qanday xabar beriladi va ular qanday javob bera oladi (MICIC qoʻllanmasi, tavsiyalar 6 va 9).",
  channel: "Odamlarga axborot yetkazishning bir usuli: aloqa vositasi, u ishlatadigan tillar va u kimlarga yetib boradi.",
  referral: "Migrantlar kerakli yordamga qanday yoʻnaltiriladi va bunda ularning shaxsiy maʼlumotlari qanday himoya qilinadi (MICIC qoʻllanmasi, tavsiyalar 11, 12 va 2).",
  pathway: "Yoʻnaltirish mexanizmi: bitta ehtiyoj, uni qondiradigan ishtirokchi va u bilan bogʻlanish yoʻli.",
  coordination: "Ishtirokchilar inqirozdan oldin kelishilgan tartibda harakatlarini qanday muvofiqlashtiradi (MICIC qoʻllanmasi, tavsiya 7).",
  recovery: "Inqirozdan keyin nima boʻladi: qaytish, reintegratsiya, toʻlanmagan ish haqi va olingan saboqlar (MICIC qoʻllanmasi, tavsiyalar 14 va 8).",
};

const attributes = {
  "plan.country": 'Reja qamrab oladigan mamlakat, soʻz bilan ("Oʻzbekiston").',
  "plan.area": "Agar reja butun mamlakatni qamrab olmasa, u qamrab oladigan viloyat, shahar yoki tuman.",
  "plan.hazards": "Reja tayyorlanadigan xavflar. Har biri uchun choralarni boshlashning oʻz shartlari va oʻz xabarlari kerak; hudud duch keladigan barcha xavflarni sanab oʻting.",
  "plan.lead": "Rejaga egalik qiladigan va u uchun javob beradigan ishtirokchi: odatda favqulodda vaziyatlar boʻyicha milliy idora.",
  "plan.version": 'Vazirlik raqamlashi boʻyicha reja versiyasi ("2.1").',
  "plan.reviewed": "Reja oxirgi marta koʻrib chiqilgan sana (yyyy-oo-kk). Rejalar eskiradi: aholi guruhlari koʻchadi, aloqa maʼlumotlari oʻzgaradi, shuning uchun rejani kamida ikki yilda bir marta koʻrib chiqing.",
  "stakeholder.kind": "Ishtirokchining turi. U orqali butun jamiyat jalb qilingani va har bir kelib chiqish mamlakatining konsulligi borligi tekshiriladi.",
  "stakeholder.country": "Konsullik uchun: u vakillik qiladigan kelib chiqish mamlakati, ISO 3166-1 boʻyicha ikki harfli kod bilan (`KG` — Qirgʻiziston).",
  "stakeholder.contact": "Inqiroz paytida javob beradigan telefon raqami, elektron pochta yoki xizmat: boshqa ishtirokchilar murojaat qiladigan masʼul shaxs.",
  "stakeholder.role": "Bu ishtirokchi rejada nima qilishi, bir gap bilan.",
  "stakeholder.languages": "Uning xodimlari odamlarga xizmat koʻrsata oladigan tillar, ISO 639 kodlari bilan (`ru`, `tg`, `prs`).",
  "population.size": "Guruhdagi odamlar sonining eng aniq bahosi. Evakuatsiya uchun moʻljallangan sigʻim shu son bilan solishtiriladi.",
  "population.nationalities": "Kelib chiqish mamlakatlari, ISO 3166-1 boʻyicha ikki harfli kodlar bilan (`KG`, `TJ`). Har biri uchun evakuatsiya hamkorlik qiladigan konsullik kerak.",
  "population.languages": "Guruh aʼzolari tushunadigan tillar, ISO 639 kodlari bilan. Har biridan guruhga yetib boradigan aloqa kanali foydalanishi kerak.",
  "population.status": "Guruhdagi migratsiya maqomlari. Agar ayrimlarining maqomi tartibga solinmagan boʻlsa, rejada yordam maqomga bogʻliq emasligi aytilishi kerak.",
  "population.locations": "Guruh qayerda yashashi yoki ishlashi, soʻz bilan.",
  "population.vulnerabilities": "Guruh aʼzolarini alohida xavf ostiga qoʻyadigan holatlar. Har biri aniqlashni, birinchi navbatdagi yordamni yoki yoʻnaltirish mexanizmini talab qiladi.",
  "population.employers": "Guruhning ish beruvchilari yoki ishga yollovchi agentliklar: evakuatsiyada majburiyatlari bor ishtirokchilar.",
  "evacuation.lead": "Evakuatsiyaga rahbarlik qiladigan ishtirokchi.",
  "evacuation.trigger": "Evakuatsiyani nima boshlab beradi: ogohlantirish darajasi, buyruq, chegaraviy qiymat.",
  "evacuation.stages": "Qaror qabul qilish tartibi, bosqichma-bosqich: evakuatsiya joyida boshpana topish va yaqin atrofga koʻchishdan keyingi soʻnggi chora.",
  "evacuation.covers": "Evakuatsiya qamrab oladigan aholi guruhlari yoki `all`.",
  "evacuation.regardless-of-status": "`yes` — agar har bir migrant migratsiya maqomidan qatʼi nazar evakuatsiya qilinishi mumkin boʻlsa (MICIC qoʻllanmasi, tamoyil 1).",
  "evacuation.consent": "`informed` — agar evakuatsiya ixtiyoriy boʻlsa va odamlarga u ular uchun nimani anglatishi tushuntirilsa.",
  "evacuation.non-refoulement-screening": "`yes` — agar kelib chiqish mamlakatida xavf ostida qoladigan odamlar aniqlanib, boshpana berish tartib-taomillariga yoʻnaltirilsa va hech qachon ortga qaytarilmasa.",
  "evacuation.identity-documents": "Transportga chiqish uchun inson nimani koʻrsatishi kerak. `required` boʻlsa, hujjatlari yoʻqolgan yoki ish beruvchida ushlab turilgan barcha odamlar qolib ketadi.",
  "evacuation.document-replacement": "Favqulodda safar hujjatlari yoki shaxsni tasdiqlovchi hujjatlarni kim beradi (odatda konsulliklar).",
  "evacuation.consular-liaison": "Evakuatsiya hamkorlik qiladigan konsulliklar: rejadagi har bir kelib chiqish mamlakati uchun bittadan.",
  "evacuation.cross-border": "`yes` — agar evakuatsiya odamlarni mamlakatdan olib chiqsa.",
  "evacuation.exit-permits": "Ketayotganlar uchun chiqish vizalari, muddatidan ortiq qolganlik uchun jarimalar va chiqish ruxsatnomalari bekor qilinadimi.",
  "evacuation.transit-agreements": "Oʻtish oldindan kelishib olingan tranzit davlatlari yoki tashkilotlar.",
  "evacuation.costs-covered-by": "Yoʻl haqi va transport xarajatlarini kim toʻlaydi: xarajatlar va qarzlar odamlarning ketishiga toʻsqinlik qiladi.",
  "evacuation.employer-duties": "Evakuatsiyada ish beruvchilar oʻz ishchilari uchun nima qilishi shart: hujjatlarni qaytarish, axborotni yetkazish, boshpana va transport berish, ish haqini toʻlash.",
  "evacuation.priority": "Kimlar birinchi navbatda koʻchiriladi.",
  "evacuation.family-unity": "`yes` — agar aʼzolari turli fuqarolikka ega oilalar birga saqlansa.",
  "evacuation.detention-release": "Migratsiya maqomi sababli hibsda saqlanayotgan migrantlar qanday himoya qilinadi va koʻchiriladi.",
  "assembly-point.location": "U qayerda joylashgan: manzil yoki moʻljal.",
  "assembly-point.capacity": "U qancha odamni sigʻdiradi. Barcha yigʻilish punktlarining sigʻimi evakuatsiya qamrab olgan aholi guruhlaridagi odamlar soni bilan solishtiriladi.",
  "assembly-point.accessible": "`yes` — agar nogironligi bor odamlar va keksalar unga yetib bora olsa va undan foydalana olsa.",
  "route.from": "Yoʻnalish qayerdan boshlanadi.",
  "route.to": "U olib boradigan yigʻilish punkti.",
  "route.transport": "Odamlar qanday yoʻl yuradi: soʻz (`bus`, `train`, `foot`) yoki qoʻshtirnoqdagi matn.",
  "route.capacity": "Yoʻnalish bir qatnovda yoki bir kunda qancha odamni olib oʻta oladi.",
  "alert-level.order": "Darajaning shkaladagi oʻrni: eng pastkisi 1.",
  "alert-level.action": "Bu darajada nima qilinadi.",
  "communication.lead": "Inqiroz paytida axborot berishga rahbarlik qiladigan ishtirokchi.",
  "communication.feedback": "Migrantlarning savollari va xabarlari keladigan aloqa kanali. U ikki tomonlama aloqa kanali boʻlishi kerak.",
  "communication.trusted-messengers": "Xabarlarni yetkazadigan jamoa vakillari: diaspora birlashmalari, fuqarolik jamiyati, diniy yetakchilar, konsulliklar.",
  "communication.information-on": "Inqiroz paytidagi xabarlar nima haqida.",
  "communication.rumour-tracking": "`yes` — agar yolgʻon axborot kuzatilsa va unga javob berilsa.",
  "communication.pre-crisis-outreach": "`yes` — agar migrantlar har qanday inqirozdan oldin tayyorgarlik haqida maʼlumot olsa.",
  "channel.medium": "Kanal odamlarga qanday yetib boradi.",
  "channel.languages": "Kanal xabarlari beriladigan tillar, ISO 639 kodlari bilan.",
  "channel.reaches": "Kanal yetib boradigan aholi guruhlari; ular koʻrsatilmasa, kanal hammaga yetib boradi.",
  "channel.two-way": "`yes` — agar odamlar u orqali javob bera yoki savol bera olsa.",
  "channel.anonymous": "`yes` — agar undan shaxsini yoki maqomini aytmasdan foydalanish mumkin boʻlsa.",
  "channel.hours": 'U qachon ishlaydi ("24/7", "08:00-20:00").',
  "channel.accessible-formats": "Nogironligi bor yoki savodxonligi past odamlar uchun formatlar.",
  "referral.lead": "Yoʻnaltirishga rahbarlik qiladigan ishtirokchi.",
  "referral.screening": "Yoʻnaltirishdan oldin aniqlanadigan zaiflik turlari.",
  "referral.consent": "Shaxsiy maʼlumotlari ishtirokchilar oʻrtasida berilishidan oldin odamlar rozilik beradimi.",
  "referral.shares-with-immigration-enforcement": "`no` — agar yoʻnaltirishdagi shaxsiy maʼlumotlar hech qachon migratsiya nazorati organlariga yetib bormasa: yordam va migratsiya nazoratining bunday ajratilishi odamlarga xavfsiz yordam soʻrash imkonini beradi.",
  "referral.data-retention": "Shaxsiy maʼlumotlar qancha vaqt saqlanadi (`90d` yoki matn).",
  "pathway.need": "Bu mexanizm qondiradigan ehtiyoj.",
  "pathway.provider": "Yordam koʻrsatadigan ishtirokchi.",
  "pathway.contact": "Agar umumiy aloqa maʼlumoti orqali boʻlmasa, bu mexanizm boʻyicha xizmat koʻrsatuvchi bilan qanday bogʻlanish mumkin.",
  "pathway.languages": "Xizmat koʻrsatiladigan tillar.",
  "pathway.serves": "Mexanizm moʻljallangan aholi guruhlari yoki `all`; ular koʻrsatilmasa, mexanizm barcha aholi guruhlariga xizmat qiladi. Uning tillari ularning tillari bilan solishtiriladi.",
  "pathway.regardless-of-status": "`yes` — agar yordam insonning migratsiya maqomidan qatʼi nazar koʻrsatilsa.",
  "pathway.hours": "Xizmat qachon ishlaydi.",
  "coordination.mechanism": "Muvofiqlashtiruvchi organ yoki muvofiqlashtirish kelishuvi.",
  "coordination.members": "Unga kiradigan ishtirokchilar.",
  "coordination.meets": "U qanchalik tez-tez yoki qachon yigʻiladi.",
  "coordination.exercises": "Migrantlar ishtirok etgan oxirgi mashgʻulot sanasi.",
  "recovery.return-support": "Migrantlarga uyiga yoki avval yashagan joyiga qaytishda kim yordam beradi.",
  "recovery.reintegration": "`yes` — agar qaytgan migrantlar reintegratsiya uchun yordam olsa.",
  "recovery.wage-recovery": "Migrantlarga toʻlanmagan ish haqi va garov pullarini undirishda kim yordam beradi.",
  "recovery.lessons-learned": "`yes` — agar inqirozdan keyin koʻrilgan choralar migrantlar bilan birga tahlil qilinsa va reja yangilansa.",
};

const HAZARD_DOCS: Docs<(typeof HAZARDS)[number]> = {
  flood: v("Odatda quruq yerni suv bosishi", "Daryolar toshishi, kuchli yomgʻir, qor erishi yoki toʻgʻon buzilishi natijasida odatda quruq boʻlgan yerni suv bosishi."),
  earthquake: v("Binolarni qulatishi mumkin boʻlgan silkinish", "Binolarni qulatishi, yoʻllarni, elektr va telefon tarmoqlarini ogohlantirishsiz uzib qoʻyishi mumkin boʻlgan toʻsatdan yer silkinishi."),
  mudflow: v("Vodiy boʻylab oqadigan loy va tosh oqimi", "Koʻpincha kuchli yomgʻir yoki qor erishidan keyin vodiy yoki qiyalik boʻylab tez oqadigan loy, suv va tosh oqimi."),
  landslide: v("Qiyalik boʻylab surilgan tuproq yoki tosh", "Qiyalik boʻylab surilib, pastdagi uylar va yoʻllarni koʻmib yuboradigan tuproq yoki tosh massasi."),
  storm: v("Kuchli yomgʻir, qor yoki doʻl bilan kuchli shamol", "Momaqaldiroqdan siklongacha boʻlgan, kuchli yomgʻir, qor yoki doʻl bilan kechadigan kuchli shamol."),
  drought: v("Uzoq vaqt suv yetishmasligi", "Hosilni, ish joylarini va daromadlarni asta-sekin yoʻq qiladigan uzoq muddatli suv tanqisligi."),
  wildfire: v("Oʻrmon yoki dashtdagi nazoratsiz yongʻin", "Oʻrmon, butazor yoki dashtdagi nazoratsiz yongʻin: u odamlar ketib ulgurishidan tezroq tarqalishi mumkin."),
  heatwave: v("Bir necha kunlik xavfli issiq", "Bir necha kun davom etadigan xavfli issiq: u ochiq havoda ishlaydiganlar, keksalar va gavjum uylarda yashovchilar uchun eng halokatli."),
  epidemic: v("Kasallikning tez tarqalishi", "Kasallikning tez tarqalishi va u bilan birga keladigan yopilishlar va harakat cheklovlari: ular migrantlarni ishsiz va uyga qaytish imkoniyatisiz qoldirishi mumkin."),
  conflict: v("Qurolli zoʻravonlik yoki ommaviy tartibsizliklar", "Odamlarni xavf ostiga qoʻyadigan va chegaralar hamda yoʻllarning yopilishiga olib kelishi mumkin boʻlgan qurolli zoʻravonlik yoki ommaviy tartibsizliklar."),
  industrial: v("Korxonada kimyoviy sizib chiqish, portlash yoki yongʻin", "Zavod, kon, quvur yoki elektr stansiyasidagi avariya: kimyoviy moddalarning sizib chiqishi, portlash yoki yongʻin."),
};

const STAKEHOLDER_KIND_DOCS: Docs<(typeof STAKEHOLDER_KINDS)[number]> = {
  government: v("Vazirlik yoki milliy idora", "Vazirlik yoki milliy idora, masalan, favqulodda vaziyatlar, ichki ishlar, mehnat yoki tashqi ishlar vazirligi."),
  "local-authority": v("Viloyat, shahar yoki tuman hokimligi", "Oʻz favqulodda vaziyatlar xodimlariga ega va mahalliy sharoitni biladigan viloyat, shahar yoki tuman hokimligi."),
  consulate: v("Kelib chiqish mamlakatining elchixonasi yoki konsulligi", "Migrantlar kelgan mamlakatning elchixonasi yoki konsulligi: u oʻz fuqarolariga hujjatlar, axborot va qaytishda yordam beradi."),
  "international-organization": v("Xalqaro migratsiya tashkiloti kabi xalqaro tashkilot", "Xalqaro migratsiya tashkiloti, Birlashgan Millatlar Tashkilotining Qochqinlar ishlari boʻyicha Oliy komissarligi yoki Bolalar jamgʻarmasi kabi xalqaro tashkilot: u inqiroz paytida migrantlarga yordam uchun tajriba va resurslar beradi."),
  "civil-society": v("Nodavlat tashkilot, uyushma yoki koʻngillilar guruhi", "Nodavlat notijorat tashkilot, uyushma, kasaba uyushmasi yoki koʻngillilar guruhi, masalan, milliy Qizil Xoch yoki Qizil Yarim Oy jamiyati."),
  "faith-based": v("Diniy jamoa yoki xayriya tashkiloti", "Masjid, cherkov yoki boshqa diniy jamoa yoki xayriya tashkiloti: migrantlar koʻpincha unga ishonadi va u ularga boshpana bera oladi."),
  diaspora: v("Migrantlarning oʻz jamoat birlashmasi", "Bir kelib chiqish mamlakatidan kelgan odamlarning birlashmasi: u oʻz aʼzolari qayerdaligini biladi va ishonchli vositachi hisoblanadi."),
  "private-sector": v("Inqirozga qarshi choralarda yordam beradigan korxona", "Inqirozga qarshi choralarda yordam beradigan korxona, masalan, mobil aloqa operatori, transport kompaniyasi, bank yoki uy egasi."),
  employer: v("Migrantlarni ishga olgan korxona", "Migrantlarni ishga olgan va inqiroz paytida ular oldida majburiyatlari bor korxona: hujjatlar, axborot, boshpana, transport va ish haqi."),
  recruiter: v("Ishga yollash yoki joylashtirish agentligi", "Migrantlarni yollab, ishga joylashtiradigan agentlik: u koʻpincha ular qayerda yashashini va ular bilan qanday bogʻlanishni biladi."),
  media: v("Radio, televideniye, gazetalar yoki internet nashrlari", "Ogohlantirishlarni tarqatadigan radio yoki telestansiya, gazeta yoki internet nashri, jumladan, migrantlarning oʻz tillaridagi ommaviy axborot vositalari."),
};

const STATUS_DOCS: Docs<(typeof MIGRATION_STATUSES)[number]> = {
  regular: v("Hammaning amaldagi yashash ruxsatnomasi bor", "Guruhning barcha aʼzolari mamlakatda qolish va kerak boʻlsa, ishlash uchun amaldagi huquqqa ega."),
  irregular: v("Amaldagi ruxsatnomasiz yashaydi yoki ishlaydi", "Guruh aʼzolari amaldagi ruxsatnomasiz yashaydi yoki ishlaydi, shuning uchun inqiroz paytida hokimiyat bilan aloqadan qoʻrqishi mumkin."),
  mixed: v("Ayrimlarida amaldagi ruxsatnoma bor, ayrimlarida yoʻq", "Guruhda amaldagi ruxsatnomasi bor odamlar ham, u yoʻq odamlar ham bor."),
  unknown: v("Guruhdagi maqomlar nomaʼlum", "Guruhdagi maqomlarni hech kim bilmaydi, shuning uchun reja amaldagi ruxsatnomasi yoʻq odamlar uchun ham ishlashi kerak."),
};

const VULNERABILITY_DOCS: Docs<(typeof VULNERABILITIES)[number]> = {
  children: v("Oilasi bilan birga boʻlgan bolalar", "Oilasi bilan birga boʻlgan 18 yoshgacha bolalar: ularga tushunarli axborot va zarardan himoya kerak."),
  "unaccompanied-children": v("Ota-onasi yoki vasiysi yoʻq, kuzatuvchisiz bolalar", "Yonida ota-onasi yoki odatda ularga gʻamxoʻrlik qiladigan kishi boʻlmagan 18 yoshgacha bolalar: ularga himoya va oilasini topishda yordam kerak."),
  "older-persons": v("Keksalar", "Sekin harakatlanishi, dori-darmon yoki parvarishga muhtoj boʻlishi va evakuatsiyada qolib ketishi mumkin boʻlgan keksalar."),
  disabilities: v("Nogironligi bor odamlar", "Jismoniy, sezgi, aqliy yoki ruhiy nuqsoni bor odamlar: ularga oʻzlari foydalana oladigan ogohlantirishlar, transport va boshpana kerak."),
  pregnant: v("Homilador ayollar", "Homilador ayollar: ularga tibbiy yordam va xavfsiz, shoshilinchsiz evakuatsiya kerak."),
  "trafficking-victims": v("Odam savdosi qurbonlari", "Majburiy mehnat yoki ekspluatatsiya uchun odam savdosi qurbonlari: ular boshqalar nazoratida boʻlishi mumkin va ularga himoya hamda maxsus yordam kerak."),
  detained: v("Hibsda saqlanayotgan migrantlar", "Migratsiya maqomi sababli hibsda saqlanayotgan, oʻzi chiqib keta olmaydigan va xavfsiz joyga koʻchirilishi yoki ozod qilinishi kerak boʻlgan odamlar."),
  undocumented: v("Shaxsni tasdiqlovchi hujjatlari yoʻq odamlar", "Pasporti yoki hujjatlari yoʻqolgan, muddati oʻtgan yoki ish beruvchida ushlab turilgan, shu sababli transportga yoki chegaradan oʻtkazilmasligi mumkin boʻlgan odamlar."),
  "domestic-workers": v("Ish beruvchining uyida yashovchi uy xizmatchilari", "Ish beruvchining uyida yashaydigan, koʻpincha yakkalanib qolgan va ommaviy ogohlantirishlar yetib bormaydigan uy xizmatchilari."),
  "limited-local-language": v("Mahalliy tilni yomon biladigan odamlar", "Mahalliy tilni kam tushunadigan yoki umuman tushunmaydigan va faqat shu tilda berilgan ogohlantirishlarni bilmay qoladigan odamlar."),
  "asylum-seekers": v("Boshpana soʻraganlar va qochqinlar", "Boshpana soʻragan yoki taʼqibdan qochgan odamlar: ularni hech qachon xavf ostiga qaytarib yuborish mumkin emas."),
  stateless: v("Fuqaroligi boʻlmagan shaxslar", "Hech bir mamlakat oʻz fuqarosi deb tan olmaydigan odamlar: ularga hech bir konsullik yordam ham, hujjat ham bera olmaydi."),
};

const STAGE_DOCS: Docs<(typeof EVACUATION_STAGES)[number]> = {
  "shelter-in-place": v("Turgan joyida, bino ichida boshpana topish", "Odamlar xavf oʻtib ketguncha turgan joyida, bino ichida va himoyada qoladi."),
  relocate: v("Yaqin atrofdagi xavfsizroq joyga koʻchish", "Odamlar vaqtincha yaqin atrofdagi, oʻsha mamlakatning oʻzidagi xavfsizroq joyga koʻchadi."),
  evacuate: v("Hududdan yoki mamlakatdan chiqish: soʻnggi chora", "Odamlar zarar koʻrgan hududdan yoki mamlakatdan olib chiqiladi: bu joyida qolish yoki yaqin atrofga koʻchish xavfli boʻlganda qoʻllanadigan soʻnggi chora."),
};

const EMPLOYER_DUTY_DOCS: Docs<(typeof EMPLOYER_DUTIES)[number]> = {
  documents: v("Ishchilarning pasport va hujjatlarini qaytarish", "Ish beruvchilar oʻzlarida saqlanayotgan pasportlar, ruxsatnomalar va shartnomalarni qaytaradi, toki ishchilar keta olsin va shaxsini tasdiqlay olsin."),
  information: v("Ogohlantirishlarni ishchilarga yetkazish", "Ish beruvchilar ogohlantirishlar va evakuatsiya koʻrsatmalarini ishchilarga ular tushunadigan tillarda yetkazadi."),
  shelter: v("Ishchilarni xavfsiz boshpanada saqlash", "Ish beruvchilar oʻzlari joylashtirgan ishchilarni xavfsiz boshpanada saqlaydi yoki ularni u yerga koʻchiradi."),
  transport: v("Ishchilarni xavfsiz joyga olib borish", "Ish beruvchilar ishchilarini xavfsiz joyga olib borish uchun transport beradi yoki uning haqini toʻlaydi."),
  wages: v("Ketishdan oldin ish haqi qarzini toʻlash", "Ish beruvchilar ish haqi boʻyicha qarzlarini toʻlaydi va garov pullarini qaytaradi, toki ishchilar pulini kutib xavf ostida qolmasin."),
};

const TOPIC_DOCS: Docs<(typeof INFORMATION_TOPICS)[number]> = {
  hazard: v("Xavf nimada", "Nima sodir boʻlmoqda yoki yaqinlashmoqda va bu qanchalik xavfli."),
  "affected-areas": v("Qaysi joylar xavf ostida", "Qaysi hududlar xavf ostida yoki tashqi dunyodan uzilib qolgan, qaysilari esa xavfsiz."),
  evacuation: v("Qolish yoki ketish va qayerga borish", "Joyida qolish, koʻchish yoki ketish kerakmi, qaysi yoʻnalish boʻyicha va yigʻilish punktlari qayerda."),
  assistance: v("Qanday yordam bor va qayerda", "Boshpana, oziq-ovqat, tibbiy yordam yoki pul yordami kabi qanday yordam borligi va uni qayerdan olish mumkinligi."),
  contacts: v("Qayerga qoʻngʻiroq qilish yoki borish", "Yordam uchun telefon raqamlari va boriladigan joylar, jumladan, ishonch telefonlari va konsulliklar."),
  eligibility: v("Yordamni kim olishi mumkin: migrantlar ham", "Kim yordam olishi va evakuatsiya qilinishi mumkinligi, bunda migrantlar ham kirishi ochiq aytiladi."),
  "id-requirements": v("Qanday hujjatlar kerak va ularsiz nima qilish kerak", "Yordam olish yoki transportga chiqish uchun qanday hujjatlar kerakligi va ular boʻlmasa nima qilish kerakligi."),
  rights: v("Migrantlarning huquqlari", "Inqiroz paytida migrantlar ishchi va inson sifatida qanday huquqlarga ega ekanligi."),
  "consular-services": v("Konsulliklar qanday yordam bera oladi", "Konsulliklar qanday yordam bera olishi: favqulodda safar hujjatlari, axborot, evakuatsiya yoki uyga qaytish."),
  "no-immigration-enforcement": v("Maqomidan qatʼi nazar yordam soʻrash xavfsiz", "Yordam soʻrash hibsga olish, qamoqda saqlash yoki deportatsiyaga olib kelmasligi, toki hujjatsiz odamlar ham murojaat qilsin."),
};

const MEDIUM_DOCS: Docs<(typeof MEDIA)[number]> = {
  sms: v("Roʻyxatdagi raqamlarga SMS xabarlar", "Roʻyxatdagi telefon raqamlariga yuboriladigan SMS xabarlar: ular faqat raqami maʼlum odamlarga yetib boradi."),
  "cell-broadcast": v("Hududdagi har bir telefonga ogohlantirish", "Mobil aloqa operatorlari hududdagi barcha telefonlarga obunasiz, roʻyxatdan oʻtmasdan va mahalliy SIM-kartasiz yuboradigan ogohlantirish: shuning uchun u yangi kelganlarga ham yetib boradi."),
  radio: v("Radioeshittirishlar", "Elektr va internet oʻchganda ham batareyali radiolar orqali odamlarga yetib boradigan radioeshittirishlar."),
  tv: v("Televizion yangiliklar va eʼlonlar", "Uyida televizori va elektr bor odamlarga yetib boradigan televizion yangiliklar va eʼlonlar."),
  hotline: v("Odamlar qoʻngʻiroq qila oladigan telefon raqami", "Odamlar savol berish yoki muammo haqida xabar berish uchun qoʻngʻiroq qila oladigan telefon raqami, yaxshisi bepul va ularning tillarida."),
  "social-media": v("Ochiq ijtimoiy tarmoqlardagi xabarlar", "Ijtimoiy tarmoqlarning ochiq sahifalaridagi xabarlar: ular tez tarqaladi, ammo mish-mishlarni ham tarqatishi mumkin."),
  "messaging-app": v("WhatsApp, Telegram, IMO kabi messenjerlar", "WhatsApp, Telegram yoki IMO kabi messenjerlardagi xabarlar, koʻpincha migrantlar allaqachon foydalanadigan jamoa guruhlari orqali."),
  loudspeaker: v("Karnaylar yoki avtomobillardan eʼlonlar", "Koʻchadagi karnaylar, sirenalar yoki avtomobillar orqali ogʻzaki eʼlonlar: ularni telefoni bor-yoʻqligidan qatʼi nazar yaqindagi hamma eshitadi."),
  "community-meeting": v("Jamoa bilan yuzma-yuz uchrashuvlar", "Jamoa bilan yuzma-yuz uchrashuvlar: ularda odamlar savol bera oladi, yetakchilar esa xabarni boshqalarga yetkazadi."),
  website: v("Rasmiy veb-sahifa", "Toʻliq maʼlumotlar berilgan rasmiy veb-sahifa: internetdan foydalanadiganlar uchun va boshqalar unga havola berishi uchun."),
  printed: v("Varaqalar, plakatlar va eʼlonlar", "Migrantlar yashaydigan, ishlaydigan va xarid qiladigan joylarga osiladigan varaqalar, plakatlar va eʼlonlar."),
  "door-to-door": v("Uylar va ish joylariga shaxsan borish", "Xodimlar yoki koʻngillilar uylar, yotoqxonalar va ish joylariga shaxsan borib, boshqa hech bir kanal yetib bormaydigan odamlarga yetib boradi."),
};

const FORMAT_DOCS: Docs<(typeof ACCESSIBLE_FORMATS)[number]> = {
  audio: v("Yozma xabarlarning ovozli shakli", "Yozma xabarlarni koʻra yoki oʻqiy olmaydigan odamlar uchun ularning ovozli shakli."),
  braille: v("Koʻzi ojizlar uchun Brayl yozuvi", "Koʻzi ojiz odamlar uchun Brayl yozuvidagi xabarlar."),
  "easy-read": v("Rasmli qisqa va sodda gaplar", "Oʻrganishda qiyinchiligi bor yoki kam taʼlim olgan odamlar uchun rasmlar bilan berilgan, sodda soʻzlardagi qisqa gaplar."),
  "sign-language": v("Imo-ishora tiliga tarjima", "Kar odamlar uchun imo-ishora tiliga tarjima qilingan xabarlar."),
  pictograms: v("Oʻqishni talab qilmaydigan rasmlar", "Til va taʼlimdan qatʼi nazar xabarni soʻzsiz yetkazadigan belgilar va rasmlar."),
};

const NEED_DOCS: Docs<(typeof NEEDS)[number]> = {
  health: v("Tibbiy yordam", "Jarohatlanganlar va bemorlarga tibbiy yordam, jumladan, shoshilinch yordam va tugʻruq bilan bogʻliq yordam."),
  psychosocial: v("Ruhiy salomatlik va hissiy qoʻllab-quvvatlash", "Inqiroz tufayli ruhiy iztirob chekkan yoki ruhiy jarohat olgan odamlarni qoʻllab-quvvatlash."),
  protection: v("Zoʻravonlik, zugʻum va ekspluatatsiyadan himoya", "Zoʻravonlik, zugʻum yoki ekspluatatsiya xavfi ostidagi odamlarga yordam."),
  "child-protection": v("Bolalarga gʻamxoʻrlik va ularni himoya qilish", "Bolalarga, avvalo yolgʻiz qolgan yoki oilasidan ajralganlarga gʻamxoʻrlik va ularni himoya qilish."),
  "family-tracing": v("Ajralgan oilalarni qidirish va birlashtirish", "Ajralib qolgan oila aʼzolarini topish va ularni qayta birlashtirish."),
  gbv: v("Gender asosidagi zoʻravonlikdan keyin yordam", "Gender asosidagi zoʻravonlikdan, jumladan, jinsiy zoʻravonlikdan jabrlanganlarga tibbiy yordam, xavfsizlik va maslahat."),
  trafficking: v("Odam savdosi qurbonlariga yordam", "Odam savdosi qurbonlarini aniqlash, ularning xavfsizligi va ularga maxsus yordam."),
  asylum: v("Boshpana berish tartib-taomillaridan foydalanish", "Uyga qaytishdan qoʻrqadigan odamlar uchun boshpana berish tartib-taomillaridan foydalanish imkoniyati."),
  shelter: v("Yashash uchun xavfsiz joy", "Inqiroz paytida va undan keyin yashash uchun xavfsiz joy."),
  food: v("Oziq-ovqat va ichimlik suvi", "Oziq-ovqat va xavfsiz ichimlik suvi."),
  cash: v("Asosiy ehtiyojlar uchun pul yoki talonlar", "Odamlar kerakli narsalarni sotib olishi uchun pul yordami yoki talonlar."),
  documentation: v("Yoʻqolgan yoki ushlab turilgan hujjatlarni tiklash", "Yoʻqolgan yoki ushlab turilgan pasportlar va shaxsni tasdiqlovchi hujjatlarni, odatda konsulliklar orqali tiklash."),
  legal: v("Yuridik maslahat va vakillik", "Masalan, yashash, ishlash yoki toʻlanmagan ish haqi masalalari boʻyicha yuridik maslahat va vakillik."),
  return: v("Uyga xavfsiz qaytishga yordam", "Buni oʻzi xohlagan odamlarga kelib chiqish mamlakatiga xavfsiz qaytishda yordam."),
};

const values = {
  "plan.hazards": HAZARD_DOCS,
  "stakeholder.kind": STAKEHOLDER_KIND_DOCS,
  "population.status": STATUS_DOCS,
  "population.vulnerabilities": VULNERABILITY_DOCS,
  "evacuation.stages": STAGE_DOCS,
  "evacuation.covers": { all: v("Rejadagi barcha aholi guruhlari", "Evakuatsiya rejada eʼlon qilingan barcha aholi guruhlarini qamrab oladi.") },
  "evacuation.regardless-of-status": yesNo(
    v("Maqomidan qatʼi nazar har kim evakuatsiya qilinadi", "Har bir migrant migratsiya maqomidan qatʼi nazar evakuatsiya qilinishi mumkin."),
    v("Migratsiya maqomi sababli odamlar qolib ketishi mumkin", "Ayrim odamlarga migratsiya maqomi sababli evakuatsiya rad etilishi mumkin."),
  ),
  "evacuation.consent": {
    informed: v("Odamlar oqibatini bilib rozilik beradi", "Odamlar qayerga, qancha muddatga ketishini va bu ularning yashashi hamda ishi uchun nimani anglatishini oldindan bilib, ketishni oʻzlari tanlaydi."),
    "not-sought": v("Odamlar soʻralmasdan koʻchiriladi", "Odamlar ulardan soʻralmasdan va bu ular uchun nimani anglatishi tushuntirilmasdan koʻchiriladi."),
  },
  "evacuation.non-refoulement-screening": yesNo(
    v("Vatanida xavf ostidagilar hech qachon qaytarilmaydi", "Kelib chiqish mamlakatida xavf ostida qoladigan odamlar aniqlanib, boshpana berish tartib-taomillariga yoʻnaltiriladi va hech qachon ortga qaytarilmaydi."),
    v("Qaytarishdan oldin tekshirilmaydi", "Odamlar ortga qaytarilsa, xavf ostida qolish-qolmasligini hech kim tekshirmaydi."),
  ),
  "evacuation.identity-documents": {
    required: v("Faqat amaldagi hujjati borlar transportga chiqariladi", "Transportga faqat amaldagi shaxsni tasdiqlovchi hujjatlarini koʻrsatgan odamlar chiqariladi, shuning uchun hujjatlari yoʻqolgan yoki ushlab turilganlar qolib ketadi."),
    "not-required": v("Hujjatidan qatʼi nazar hamma transportga chiqariladi", "Hujjati bor-yoʻqligidan qatʼi nazar transportga hamma chiqariladi."),
    alternatives: v("Boshqa dalillar qabul qilinadi, hujjatlar tiklanadi", "Shaxsni tasdiqlovchi boshqa dalillar qabul qilinadi, yoʻqolgan hujjatlar esa, masalan, konsulliklar tomonidan tiklanadi."),
  },
  "evacuation.cross-border": yesNo(
    v("Odamlar mamlakatdan olib chiqiladi", "Evakuatsiya odamlarni mamlakatdan olib chiqadi."),
    v("Odamlar mamlakat ichida koʻchiriladi", "Evakuatsiya odamlarni faqat mamlakat ichida koʻchiradi."),
  ),
  "evacuation.exit-permits": {
    waived: v("Chiqish vizalari, ruxsatnomalar va jarimalar bekor", "Chiqish vizalari, chiqish ruxsatnomalari va muddatidan ortiq qolganlik uchun jarimalar bekor qilinadi, toki chegarada hech kim ushlab qolinmasin."),
    required: v("Chiqish vizasi yoki ruxsatnomasi hali ham kerak", "Odamlar ketishdan oldin hali ham chiqish vizasi yoki ruxsatnomasini olishi yoki jarima toʻlashi kerak."),
    "not-applicable": v("Mamlakat chiqish ruxsatnomasini talab qilmaydi", "Mamlakat chiqish vizasi yoki ruxsatnomasini talab qilmaydi."),
  },
  "evacuation.employer-duties": EMPLOYER_DUTY_DOCS,
  "evacuation.priority": VULNERABILITY_DOCS,
  "evacuation.family-unity": yesNo(
    v("Oilalar birga qoladi", "Aʼzolari turli fuqarolikka ega oilalar birga evakuatsiya qilinadi."),
    v("Oilalar fuqaroligi sababli ajratilishi mumkin", "Oila aʼzolari turli fuqarolikka ega boʻlgani uchun ajratilishi mumkin."),
  ),
  "assembly-point.accessible": yesNo(
    v("Nogironligi bor odamlar va keksalar foydalana oladi", "Nogironligi bor odamlar va keksalar unga yetib bora oladi va undan foydalana oladi."),
    v("Ayrim odamlar uchun yetib borish yoki foydalanish qiyin", "Nogironligi bor ayrim odamlar yoki keksalar unga yetib bora olmaydi yoki undan foydalana olmaydi."),
  ),
  "communication.information-on": TOPIC_DOCS,
  "communication.rumour-tracking": yesNo(
    v("Mish-mishlar kuzatiladi va ularga javob beriladi", "Yolgʻon mish-mishlar va notoʻgʻri axborot kuzatiladi va ularga javob beriladi."),
    v("Mish-mishlarga javob berilmaydi", "Yolgʻon mish-mishlarni hech kim kuzatmaydi va ularga javob bermaydi."),
  ),
  "communication.pre-crisis-outreach": yesNo(
    v("Migrantlar inqirozdan oldin tayyorlanadi", "Migrantlar har qanday inqirozdan oldin xavflar, ogohlantirishlar va qayerga borish haqida tayyorgarlik maʼlumotini oladi."),
    v("Maʼlumot faqat inqiroz boshlanganda beriladi", "Migrantlarga xavflar va yordam haqida faqat inqiroz boshlangandan keyin xabar beriladi."),
  ),
  "channel.medium": MEDIUM_DOCS,
  "channel.two-way": yesNo(
    v("U orqali savol berish va javob olish mumkin", "Odamlar kanal orqali nafaqat xabar oladi, balki savol beradi va muammolar haqida xabar qiladi."),
    v("Xabarlar faqat bir tomonga boradi", "Odamlar kanal orqali faqat xabar oladi."),
  ),
  "channel.anonymous": yesNo(
    v("Ism va maqomni aytmasdan foydalanish mumkin", "Odamlar kanaldan ismini yoki migratsiya maqomini aytmasdan foydalana oladi."),
    v("Odamlar kimligini aytishi kerak", "Kanaldan foydalanish uchun odamlar ismini yoki maqomini aytishi kerak."),
  ),
  "channel.accessible-formats": FORMAT_DOCS,
  "referral.screening": VULNERABILITY_DOCS,
  "referral.consent": {
    required: v("Maʼlumotlar faqat insonning roziligi bilan beriladi", "Shaxsiy maʼlumotlar ishtirokchilar oʻrtasida faqat inson rozilik berganidan keyin beriladi."),
    "not-required": v("Maʼlumotlar insondan soʻralmasdan beriladi", "Shaxsiy maʼlumotlar ishtirokchilar oʻrtasida insondan oldindan soʻralmasdan beriladi."),
  },
  "referral.shares-with-immigration-enforcement": yesNo(
    v("Maʼlumotlar migratsiya nazoratiga yetib borishi mumkin", "Yoʻnaltirishlardagi shaxsiy maʼlumotlar migratsiya nazorati organlariga yetib borishi mumkin, shuning uchun hujjatsiz odamlar yordam soʻramaydi."),
    v("Maʼlumotlar migratsiya nazoratiga yetib bormaydi", "Yoʻnaltirishlardagi shaxsiy maʼlumotlar hech qachon migratsiya nazorati organlariga yetib bormaydi, shuning uchun odamlar xavfsiz yordam soʻray oladi."),
  ),
  "pathway.need": NEED_DOCS,
  "pathway.serves": { all: v("Rejadagi barcha aholi guruhlari", "Yoʻnaltirish mexanizmi rejada eʼlon qilingan barcha aholi guruhlariga xizmat qiladi.") },
  "pathway.regardless-of-status": yesNo(
    v("Maqomidan qatʼi nazar yordam", "Yordam insonning migratsiya maqomidan qatʼi nazar koʻrsatiladi."),
    v("Migratsiya maqomi yordamdan mahrum qilishi mumkin", "Ayrim odamlarga migratsiya maqomi sababli yordam rad etilishi mumkin."),
  ),
  "recovery.reintegration": yesNo(
    v("Qaytganlarga qayta moslashishda yordam beriladi", "Uyiga qaytgan migrantlarga qayta moslashish, ish topish va tiklanishda yordam beriladi."),
    v("Qayta moslashishda yordam yoʻq", "Uyiga qaytgan migrantlar qayta moslashish uchun yordam olmaydi."),
  ),
  "recovery.lessons-learned": yesNo(
    v("Choralar migrantlar bilan birga tahlil qilinadi", "Inqirozdan keyin koʻrilgan choralar migrantlar bilan birga tahlil qilinadi va reja yangilanadi."),
    v("Migrantlar bilan birga tahlil qilinmaydi", "Inqirozdan keyin koʻrilgan choralar migrantlar bilan birga tahlil qilinmaydi."),
  ),
};

export const schemaDocsUz: SchemaDocsTranslation = { blocks, attributes, values };
