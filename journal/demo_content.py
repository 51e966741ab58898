"""The journal demo's texts (core.demo.T: Azerbaijani, English, Russian).

The seed (../shared/seed/) says only that the agency publishes the "Migration" journal
in three languages on the country's migration history, migration policy, the
regulation of migration processes and procedural rules; the issues, articles and
authors below are invented for the demo (the ORCID iDs and ISSNs are well-formed,
with correct check digits, and belong to no one). An article whose English or Russian
text is empty ("") exists in fewer languages, as some do in the real journal.
"""

from core.demo import P, T

JOURNAL = {
    "title": T(az="Miqrasiya", en="Migration", ru="Миграция"),
    "intro": T(
        az="Dövlət Miqrasiya Xidmətinin elmi-praktik jurnalı: Azərbaycanın miqrasiya tarixi, miqrasiya siyasəti, miqrasiya proseslərinin tənzimlənməsi və prosedur qaydaları.",
        en="The scholarly and practical journal of the State Migration Service: Azerbaijan's migration history, migration policy, the regulation of migration processes and procedural rules.",
        ru="Научно-практический журнал Государственной миграционной службы: история миграции Азербайджана, миграционная политика, регулирование миграционных процессов и процедурные правила.",
    ),
    "about": P(
        az="“Miqrasiya” jurnalı Azərbaycan, ingilis və rus dillərində mütəmadi olaraq nəşr olunur. Jurnal tədqiqatçıları, dövlət orqanlarının əməkdaşlarını və praktikləri bir araya gətirir.",
        en="The “Migration” journal is published regularly in Azerbaijani, English and Russian. It brings together researchers, staff of state bodies and practitioners.",
        ru="Журнал «Миграция» регулярно выходит на азербайджанском, английском и русском языках. Он объединяет исследователей, сотрудников государственных органов и практиков.",
    ),
    "aims": P(
        az="Jurnal miqrasiya tarixinə, dövlət miqrasiya siyasətinə, miqrasiya proseslərinin hüquqi tənzimlənməsinə və miqrasiya prosedurlarına dair orijinal məqalələr dərc edir.",
        en="The journal publishes original articles on migration history, state migration policy, the legal regulation of migration processes and migration procedures.",
        ru="Журнал публикует оригинальные статьи по истории миграции, государственной миграционной политике, правовому регулированию миграционных процессов и миграционным процедурам.",
    ),
    "board": T(
        az="<p><b>Baş redaktor:</b> hüquq elmləri doktoru, professor Kamran Rüstəmov</p><p><b>Redaksiya heyəti:</b> tarix elmləri doktoru Səbinə Nağıyeva; hüquq üzrə fəlsəfə doktoru Orxan İsmayılov; iqtisad elmləri namizədi Fərid Cəfərov</p>",
        en="<p><b>Editor-in-chief:</b> Professor Kamran Rustamov, Doctor of Law</p><p><b>Editorial board:</b> Sabina Nagiyeva, Doctor of History; Orkhan Ismayilov, PhD in Law; Farid Jafarov, PhD in Economics</p>",
        ru="<p><b>Главный редактор:</b> доктор юридических наук, профессор Камран Рустамов</p><p><b>Редакционная коллегия:</b> доктор исторических наук Сабина Нагиева; доктор философии по праву Орхан Исмайылов; кандидат экономических наук Фарид Джафаров</p>",
    ),
    "guidance": P(
        az="Məqalələr Azərbaycan, ingilis və ya rus dilində, 20 səhifədən çox olmayaraq, üç dildə xülasə və açar sözlərlə təqdim olunur. Hər məqalə iki müstəqil rəyçi tərəfindən qiymətləndirilir.",
        en="Articles are submitted in Azerbaijani, English or Russian, up to 20 pages, with an abstract and keywords in the three languages. Each article is reviewed by two independent reviewers.",
        ru="Статьи принимаются на азербайджанском, английском или русском языке объёмом до 20 страниц, с аннотацией и ключевыми словами на трёх языках. Каждую статью оценивают два независимых рецензента.",
    ),
    "publisher": T(
        az="Dövlət Miqrasiya Xidməti", en="State Migration Service", ru="Государственная миграционная служба"
    ),
    "issn_print": "2664-1127",
    "issn_online": "2664-1135",
    "contact_email": "journal@qapi.example",
}

SECTIONS = [
    {"code": "history", "order": 1, "name": T(az="Miqrasiya tarixi", en="Migration history", ru="История миграции")},
    {
        "code": "policy",
        "order": 2,
        "name": T(az="Miqrasiya siyasəti", en="Migration policy", ru="Миграционная политика"),
    },
    {
        "code": "regulation",
        "order": 3,
        "name": T(
            az="Miqrasiya proseslərinin tənzimlənməsi",
            en="Regulation of migration processes",
            ru="Регулирование миграционных процессов",
        ),
    },
    {
        "code": "procedure",
        "order": 4,
        "name": T(az="Prosedur qaydaları", en="Procedural rules", ru="Процедурные правила"),
    },
]

BSU = T(az="Bakı Dövlət Universiteti", en="Baku State University", ru="Бакинский государственный университет")
SMS = T(az="Dövlət Miqrasiya Xidməti", en="State Migration Service", ru="Государственная миграционная служба")
HISTORY_INSTITUTE = T(
    az="AMEA-nın A.A. Bakıxanov adına Tarix İnstitutu",
    en="A.A. Bakikhanov Institute of History, ANAS",
    ru="Институт истории имени А.А. Бакиханова НАНА",
)
ADA = T(az="ADA Universiteti", en="ADA University", ru="Университет АДА")

AUTHORS = {
    "aliyev": {
        "family": T(az="Əliyev", en="Aliyev", ru="Алиев"),
        "given": T(az="Rəşad", en="Rashad", ru="Рашад"),
        "affiliation": BSU,
        "orcid": "0000-0003-1482-7319",
    },
    "huseynova": {
        "family": T(az="Hüseynova", en="Huseynova", ru="Гусейнова"),
        "given": T(az="Leyla", en="Leyla", ru="Лейла"),
        "affiliation": SMS,
        "orcid": "0000-0002-8851-2646",
    },
    "mammadov": {
        "family": T(az="Məmmədov", en="Mammadov", ru="Мамедов"),
        "given": T(az="Elnur", en="Elnur", ru="Эльнур"),
        "affiliation": HISTORY_INSTITUTE,
        "orcid": "0000-0001-9032-4479",
    },
    "guliyeva": {
        "family": T(az="Quliyeva", en="Guliyeva", ru="Кулиева"),
        "given": T(az="Aygün", en="Aygun", ru="Айгюн"),
        "affiliation": ADA,
        "orcid": "0000-0003-4417-6289",
    },
    "hasanov": {
        "family": T(az="Həsənov", en="Hasanov", ru="Гасанов"),
        "given": T(az="Tural", en="Tural", ru="Турал"),
        "affiliation": SMS,
        "orcid": "",
    },
    "abbasova": {
        "family": T(az="Abbasova", en="Abbasova", ru="Аббасова"),
        "given": T(az="Nərgiz", en="Nargiz", ru="Наргиз"),
        "affiliation": BSU,
        "orcid": "0000-0002-2290-5738",
    },
}

EDITORIAL = {
    1: P(
        az="Bu nömrədə miqrasiya tarixinin mərhələlərinə, dövlət siyasətinin prinsiplərinə və olduğu yer üzrə qeydiyyatın praktikasına dair məqalələr toplanıb.",
        en="This issue gathers articles on the stages of migration history, the principles of state policy and the practice of registration at place of stay.",
        ru="В этом выпуске собраны статьи об этапах истории миграции, принципах государственной политики и практике регистрации по месту пребывания.",
    ),
    2: P(
        az="Nömrə əmək miqrasiyasının tənzimlənməsinə, Sovet dövrünün daxili miqrasiyasına və elektron xidmətlərə həsr olunub.",
        en="The issue is devoted to the regulation of labour migration, internal migration in the Soviet period and electronic services.",
        ru="Выпуск посвящён регулированию трудовой миграции, внутренней миграции советского периода и электронным услугам.",
    ),
    3: P(
        az="Miqrasiya Məcəlləsinin qəbulundan on il keçir: nömrənin əsas mövzusu onun tətbiqi təcrübəsidir.",
        en="Ten years have passed since the Migration Code was adopted: the issue's main theme is how it has been applied.",
        ru="Прошло десять лет с принятия Миграционного кодекса: главная тема выпуска — практика его применения.",
    ),
    4: P(
        az="Nömrədə beynəlxalq əməkdaşlıq, ailə birləşməsi və buraxılış məntəqələrində miqrasiya nəzarəti araşdırılır.",
        en="The issue examines international cooperation, family reunification and migration control at checkpoints.",
        ru="В выпуске рассматриваются международное сотрудничество, воссоединение семей и миграционный контроль в пунктах пропуска.",
    ),
}

ISSUES = [
    {"key": 1, "volume": 7, "number": 1, "year": 2024, "date": (2024, 3, 29)},
    {"key": 2, "volume": 7, "number": 2, "year": 2024, "date": (2024, 9, 30)},
    {"key": 3, "volume": 8, "number": 1, "year": 2025, "date": (2025, 3, 31)},
    {"key": 4, "volume": 8, "number": 2, "year": 2025, "date": (2025, 9, 30)},
]


def issue_title(issue):
    return T(
        az=f"{issue['year']}, № {issue['number']}",
        en=f"{issue['year']}, No. {issue['number']}",
        ru=f"{issue['year']}, № {issue['number']}",
    )


# Each article: its issue, section, authors, pages, dates, texts. "pdf" is a paragraph
# that only its PDF has (a reader finds the article by its words through search).
ARTICLES = [
    {
        "issue": 1,
        "section": "history",
        "authors": ["mammadov"],
        "pages": (5, 18),
        "received": (2023, 11, 2),
        "accepted": (2024, 1, 20),
        "doi": "10.58225/migr.2024.1.5",
        "title": T(
            az="Azərbaycanda miqrasiyanın tarixi mərhələləri (XIX–XX əsrlər)",
            en="Historical stages of migration in Azerbaijan (19th–20th centuries)",
            ru="Исторические этапы миграции в Азербайджане (XIX–XX века)",
        ),
        "abstract": T(
            az="Məqalədə XIX–XX əsrlərdə Azərbaycan ərazisində baş verən miqrasiya axınları dövrlərə bölünür. Neft sənayesinin inkişafı ilə Bakıya gələn işçi axını xüsusi olaraq araşdırılır.",
            en="The article divides the migration flows on the territory of Azerbaijan in the 19th and 20th centuries into periods. The inflow of workers to Baku that followed the growth of the oil industry is examined in detail.",
            ru="В статье миграционные потоки на территории Азербайджана в XIX–XX веках разделены на периоды. Подробно рассматривается приток рабочих в Баку, вызванный развитием нефтяной промышленности.",
        ),
        "keywords": T(
            az="miqrasiya tarixi, neft sənayesi, Bakı, əhali",
            en="migration history, oil industry, Baku, population",
            ru="история миграции, нефтяная промышленность, Баку, население",
        ),
        "body": T(
            az="Neft sənayesinin sürətli inkişafı XIX əsrin sonunda Bakını regionun ən böyük miqrasiya mərkəzinə çevirdi. Əhalinin siyahıyaalınması məlumatları şəhər əhalisinin bir neçə onillikdə dəfələrlə artdığını göstərir.",
            en="The rapid growth of the oil industry turned Baku into the region's largest centre of migration at the end of the 19th century. Census data show that the city's population grew several times over in a few decades.",
            ru="Быстрое развитие нефтяной промышленности к концу XIX века превратило Баку в крупнейший миграционный центр региона. Данные переписей показывают, что население города за несколько десятилетий выросло в разы.",
        ),
        "pdf": T(
            az="Arxiv sənədləri göstərir ki, mədənlərdə çalışan fəhlələrin çoxu mövsümi miqrantlar idi: onlar payızda kəndlərinə qayıdırdılar.",
            en="Archival records show that most workers in the oilfields were seasonal migrants who returned to their villages every autumn.",
            ru="Архивные документы показывают, что большинство рабочих на промыслах были сезонными мигрантами и осенью возвращались в свои сёла.",
        ),
    },
    {
        "issue": 1,
        "section": "policy",
        "authors": ["huseynova", "aliyev"],
        "pages": (19, 34),
        "received": (2023, 12, 5),
        "accepted": (2024, 2, 12),
        "doi": "10.58225/migr.2024.1.19",
        "title": T(
            az="Dövlət miqrasiya siyasətinin konsepsiyası: əsas prinsiplər",
            en="The concept of state migration policy: core principles",
            ru="Концепция государственной миграционной политики: основные принципы",
        ),
        "abstract": T(
            az="Məqalə dövlət miqrasiya siyasətinin əsas prinsiplərini — qanunçuluğu, insan hüquqlarına hörməti və dövlət orqanlarının əlaqələndirilməsini təhlil edir.",
            en="The article analyses the core principles of state migration policy: legality, respect for human rights and the coordination of state bodies.",
            ru="В статье анализируются основные принципы государственной миграционной политики: законность, уважение прав человека и координация государственных органов.",
        ),
        "keywords": T(
            az="miqrasiya siyasəti, insan hüquqları, dövlət orqanları",
            en="migration policy, human rights, state bodies",
            ru="миграционная политика, права человека, государственные органы",
        ),
        "body": T(
            az="Miqrasiya siyasəti ölkənin iqtisadi maraqlarını və miqrantların hüquqlarını tarazlaşdırmalıdır. Bu tarazlıq qanunvericilikdə və inzibati təcrübədə eyni dərəcədə əks olunmalıdır.",
            en="Migration policy has to balance the country's economic interests and the rights of migrants. That balance must show in legislation and in administrative practice alike.",
            ru="Миграционная политика должна уравновешивать экономические интересы страны и права мигрантов. Это равновесие должно отражаться и в законодательстве, и в административной практике.",
        ),
        "pdf": T(
            az="Müəlliflər siyasətin təsirini ölçmək üçün illik göstəricilər sistemi təklif edirlər.",
            en="The authors propose a system of yearly indicators to measure the policy's effect.",
            ru="Авторы предлагают систему ежегодных показателей для оценки действия политики.",
        ),
    },
    {
        "issue": 1,
        "section": "procedure",
        "authors": ["hasanov"],
        "pages": (35, 46),
        "received": (2024, 1, 10),
        "accepted": (2024, 2, 28),
        "doi": "",
        "title": T(
            az="Əcnəbilərin olduğu yer üzrə qeydiyyatı: praktik məsələlər",
            en="",
            ru="Регистрация иностранцев по месту пребывания: практические вопросы",
        ),
        "abstract": T(
            az="Məqalədə əcnəbilərin və vətəndaşlığı olmayan şəxslərin olduğu yer üzrə qeydiyyatının müddətləri və ən çox rast gəlinən səhvlər izah olunur.",
            en="",
            ru="В статье разъясняются сроки регистрации иностранцев и лиц без гражданства по месту пребывания и самые частые ошибки.",
        ),
        "keywords": T(
            az="olduğu yer üzrə qeydiyyat, əcnəbilər, müddətlər",
            en="",
            ru="регистрация по месту пребывания, иностранцы, сроки",
        ),
        "body": T(
            az="Qeydiyyat üçün müraciət elektron qaydada da edilə bilər. Müddətin pozulması inzibati məsuliyyətə səbəb olur.",
            en="",
            ru="Заявление о регистрации можно подать и в электронном виде. Нарушение срока влечёт административную ответственность.",
        ),
        "pdf": T(
            az="Mehmanxanalar qonaqlarını qeydiyyata özləri aldırır; kirayə mənzildə isə bunu ev sahibi edir.",
            en="",
            ru="Гостиницы регистрируют своих гостей сами; в съёмной квартире это делает владелец жилья.",
        ),
    },
    {
        "issue": 2,
        "section": "regulation",
        "authors": ["guliyeva"],
        "pages": (5, 22),
        "received": (2024, 4, 3),
        "accepted": (2024, 7, 15),
        "doi": "10.58225/migr.2024.2.5",
        "title": T(
            az="Əmək miqrasiyasının tənzimlənməsi: iş icazəsi və kvotalar",
            en="Regulating labour migration: work permits and quotas",
            ru="Регулирование трудовой миграции: разрешения на работу и квоты",
        ),
        "abstract": T(
            az="Məqalə əmək miqrasiyasının kvota ilə tənzimlənməsini və iş icazəsinin verilməsi qaydasını müqayisəli şəkildə nəzərdən keçirir.",
            en="The article compares the regulation of labour migration by quotas with the procedure for issuing work permits.",
            ru="В статье сравниваются регулирование трудовой миграции квотами и порядок выдачи разрешений на работу.",
        ),
        "keywords": T(
            az="əmək miqrasiyası, iş icazəsi, kvota",
            en="labour migration, work permit, quota",
            ru="трудовая миграция, разрешение на работу, квота",
        ),
        "body": T(
            az="Kvota əmək bazarının ehtiyaclarına uyğun olaraq hər il müəyyən edilir. İşəgötürən iş icazəsi üçün müraciət edərkən yerli kadrların olmadığını əsaslandırır.",
            en="The quota is set every year to meet the needs of the labour market. An employer applying for a work permit shows that no local staff are available.",
            ru="Квота устанавливается ежегодно в соответствии с потребностями рынка труда. Работодатель, обращаясь за разрешением на работу, обосновывает отсутствие местных кадров.",
        ),
        "pdf": T(
            az="Sorğuda iştirak edən işəgötürənlərin üçdə biri müraciət prosesini sadə hesab edib.",
            en="A third of the employers surveyed found the application process simple.",
            ru="Треть опрошенных работодателей сочли процедуру подачи заявления простой.",
        ),
    },
    {
        "issue": 2,
        "section": "history",
        "authors": ["mammadov", "abbasova"],
        "pages": (23, 40),
        "received": (2024, 3, 18),
        "accepted": (2024, 6, 30),
        "doi": "10.58225/migr.2024.2.23",
        "title": T(
            az="Sovet dövründə Bakıya daxili miqrasiya",
            en="Internal migration to Baku in the Soviet period",
            ru="",
        ),
        "abstract": T(
            az="Məqalədə 1940–1980-ci illərdə respublikanın rayonlarından Bakıya köçün səbəbləri və nəticələri öyrənilir.",
            en="The article studies the causes and consequences of moves from the republic's districts to Baku between the 1940s and the 1980s.",
            ru="",
        ),
        "keywords": T(
            az="daxili miqrasiya, urbanizasiya, Sovet dövrü",
            en="internal migration, urbanization, Soviet period",
            ru="",
        ),
        "body": T(
            az="Sənayeləşmə və ali təhsil imkanları gəncləri paytaxta cəlb edirdi. Propiska sistemi isə bu axını məhdudlaşdırırdı.",
            en="Industrialization and higher education drew young people to the capital, while the propiska system restricted that flow.",
            ru="",
        ),
        "pdf": T(
            az="Müsahibə aparılan ailələrin əksəriyyəti qohumlarının köməyi ilə şəhərdə məskunlaşdığını bildirib.",
            en="Most of the families interviewed said they settled in the city with the help of relatives.",
            ru="",
        ),
    },
    {
        "issue": 2,
        "section": "procedure",
        "authors": ["hasanov"],
        "pages": (41, 52),
        "received": (2024, 5, 6),
        "accepted": (2024, 8, 1),
        "doi": "",
        "title": T(
            az="Elektron xidmətlər və “ASAN Viza” sistemi",
            en="Electronic services and the “ASAN Visa” system",
            ru="Электронные услуги и система «ASAN Виза»",
        ),
        "abstract": T(
            az="Məqalə elektron viza sisteminin işini və miqrasiya sahəsində elektron xidmətlərin vətəndaşlara verdiyi rahatlığı təsvir edir.",
            en="The article describes how the electronic visa system works and what electronic migration services make easier for people.",
            ru="В статье описывается работа системы электронных виз и то, что электронные миграционные услуги упрощают для людей.",
        ),
        "keywords": T(
            az="elektron viza, elektron xidmətlər, ASAN",
            en="electronic visa, electronic services, ASAN",
            ru="электронная виза, электронные услуги, ASAN",
        ),
        "body": T(
            az="Elektron viza üç iş günü ərzində verilir və sərhəddə kağız sənəd tələb etmir.",
            en="An electronic visa is issued within three working days and needs no paper document at the border.",
            ru="Электронная виза выдаётся в течение трёх рабочих дней и не требует бумажного документа на границе.",
        ),
        "pdf": T(
            az="Müraciətlərin doxsan faizdən çoxu mobil telefonla göndərilir.",
            en="More than ninety per cent of applications are sent from a mobile phone.",
            ru="Более девяноста процентов заявлений отправляются с мобильного телефона.",
        ),
    },
    {
        "issue": 3,
        "section": "policy",
        "authors": ["aliyev"],
        "pages": (5, 20),
        "received": (2024, 10, 1),
        "accepted": (2025, 1, 14),
        "doi": "10.58225/migr.2025.1.5",
        "title": T(
            az="Miqrasiya Məcəlləsi: on illik təcrübə",
            en="The Migration Code: ten years of practice",
            ru="Миграционный кодекс: десять лет практики",
        ),
        "abstract": T(
            az="Məqalədə Miqrasiya Məcəlləsinin on illik tətbiqi ümumiləşdirilir və qanunvericiliyin təkmilləşdirilməsi üçün təkliflər verilir.",
            en="The article sums up ten years of applying the Migration Code and makes proposals for improving the legislation.",
            ru="В статье обобщается десятилетний опыт применения Миграционного кодекса и даются предложения по совершенствованию законодательства.",
        ),
        "keywords": T(
            az="Miqrasiya Məcəlləsi, qanunvericilik, hüquq tətbiqi",
            en="Migration Code, legislation, law enforcement",
            ru="Миграционный кодекс, законодательство, правоприменение",
        ),
        "body": T(
            az="Məcəllə miqrasiya sahəsindəki normaları bir sənəddə birləşdirdi. Təcrübə göstərir ki, bir sıra müddətlər və anlayışlar dəqiqləşdirilməlidir.",
            en="The Code brought the rules on migration together in one act. Practice shows that several time limits and definitions need to be made more precise.",
            ru="Кодекс объединил нормы о миграции в одном акте. Практика показывает, что ряд сроков и понятий нуждается в уточнении.",
        ),
        "pdf": T(
            az="Məhkəmə qərarlarının təhlili göstərir ki, mübahisələrin əksəriyyəti müddətlərin hesablanması ilə bağlıdır.",
            en="An analysis of court decisions shows that most disputes concern how time limits are counted.",
            ru="Анализ судебных решений показывает, что большинство споров связано с исчислением сроков.",
        ),
    },
    {
        "issue": 3,
        "section": "regulation",
        "authors": ["abbasova"],
        "pages": (21, 36),
        "received": (2024, 9, 20),
        "accepted": (2025, 1, 30),
        "doi": "10.58225/migr.2025.1.21",
        "title": T(
            az="Vətəndaşlığı olmayan şəxslərin hüquqi vəziyyəti",
            en="The legal status of stateless persons",
            ru="Правовое положение лиц без гражданства",
        ),
        "abstract": T(
            az="Məqalə vətəndaşlığı olmayan şəxslərin hüquqlarını, onların sənədləşdirilməsini və vətəndaşlığın azaldılmasına dair beynəlxalq standartları araşdırır.",
            en="The article examines the rights of stateless persons, how they are given documents, and the international standards on reducing statelessness.",
            ru="В статье рассматриваются права лиц без гражданства, их документирование и международные стандарты сокращения безгражданства.",
        ),
        "keywords": T(
            az="vətəndaşlığı olmayan şəxslər, sənədləşdirmə, beynəlxalq standartlar",
            en="stateless persons, documentation, international standards",
            ru="лица без гражданства, документирование, международные стандарты",
        ),
        "body": T(
            az="Vətəndaşlığı olmayan şəxs ölkədə qanuni yaşayırsa, təhsil və səhiyyə xidmətlərindən vətəndaşlarla bərabər istifadə edir.",
            en="A stateless person who lives in the country lawfully uses education and health services on the same terms as citizens.",
            ru="Лицо без гражданства, законно проживающее в стране, пользуется услугами образования и здравоохранения наравне с гражданами.",
        ),
        "pdf": T(
            az="Müəllif şəxsiyyəti təsdiq edən sənədin verilməsi üçün vahid reyestrin yaradılmasını tövsiyə edir.",
            en="The author recommends a single register for issuing identity documents.",
            ru="Автор рекомендует создать единый реестр для выдачи удостоверений личности.",
        ),
    },
    {
        "issue": 3,
        "section": "history",
        "authors": ["mammadov"],
        "pages": (37, 50),
        "received": (2024, 11, 11),
        "accepted": (2025, 2, 3),
        "doi": "",
        "title": T(
            az="Böyük İpək Yolu və regionda miqrasiya axınları",
            en="",
            ru="Великий шёлковый путь и миграционные потоки в регионе",
        ),
        "abstract": T(
            az="Məqalədə Böyük İpək Yolu üzərində ticarət şəhərlərinin yaranması və tacirlərin məskunlaşması miqrasiya tarixi baxımından izlənilir.",
            en="",
            ru="В статье с точки зрения истории миграции прослеживаются возникновение торговых городов на Великом шёлковом пути и оседание купцов.",
        ),
        "keywords": T(
            az="Böyük İpək Yolu, ticarət, Şamaxı, Gəncə",
            en="",
            ru="Великий шёлковый путь, торговля, Шамахы, Гянджа",
        ),
        "body": T(
            az="Şamaxı və Gəncə karvan yollarının kəsişməsində yerləşirdi; burada müxtəlif ölkələrdən gələn tacirlərin məhəllələri yaranmışdı.",
            en="",
            ru="Шамахы и Гянджа стояли на пересечении караванных путей; здесь возникли кварталы купцов из разных стран.",
        ),
        "pdf": T(
            az="Karvansaraların sayı şəhərin ticarət əhəmiyyətinin ən etibarlı göstəricisidir.",
            en="",
            ru="Число караван-сараев — самый надёжный показатель торгового значения города.",
        ),
    },
    {
        "issue": 3,
        "section": "procedure",
        "authors": ["huseynova", "hasanov"],
        "pages": (51, 64),
        "received": (2024, 12, 2),
        "accepted": (2025, 2, 20),
        "doi": "10.58225/migr.2025.1.51",
        "title": T(
            az="Müvəqqəti yaşamaq üçün icazənin verilməsi qaydası",
            en="How a temporary residence permit is issued",
            ru="Порядок выдачи разрешения на временное проживание",
        ),
        "abstract": T(
            az="Məqalədə müvəqqəti yaşamaq üçün icazə almaq üçün əsaslar, tələb olunan sənədlər və müraciətə baxılma müddətləri izah edilir.",
            en="The article explains the grounds for a temporary residence permit, the documents required and how long an application takes.",
            ru="В статье разъясняются основания для получения разрешения на временное проживание, необходимые документы и сроки рассмотрения заявления.",
        ),
        "keywords": T(
            az="müvəqqəti yaşamaq üçün icazə, sənədlər, müddətlər",
            en="temporary residence permit, documents, time limits",
            ru="разрешение на временное проживание, документы, сроки",
        ),
        "body": T(
            az="Müraciətə iyirmi gün ərzində baxılır. İcazə bir il müddətinə verilir və uzadıla bilər.",
            en="An application is considered within twenty days. The permit is issued for one year and may be extended.",
            ru="Заявление рассматривается в течение двадцати дней. Разрешение выдаётся на один год и может быть продлено.",
        ),
        "pdf": T(
            az="Ən çox müraciət edilən əsas ailə üzvü ilə birlikdə yaşamaq istəyidir.",
            en="The ground cited most often is the wish to live with a family member.",
            ru="Чаще всего заявители ссылаются на желание жить вместе с членом семьи.",
        ),
    },
    {
        "issue": 4,
        "section": "policy",
        "authors": ["guliyeva", "aliyev", "huseynova"],
        "pages": (5, 24),
        "received": (2025, 4, 8),
        "accepted": (2025, 7, 2),
        "doi": "10.58225/migr.2025.2.5",
        "title": T(
            az="Qeyri-qanuni miqrasiyaya qarşı mübarizədə beynəlxalq əməkdaşlıq",
            en="International cooperation against irregular migration",
            ru="Международное сотрудничество в борьбе с незаконной миграцией",
        ),
        "abstract": T(
            az="Məqalə qeyri-qanuni miqrasiyaya qarşı mübarizədə readmissiya sazişlərinin və məlumat mübadiləsinin rolunu qiymətləndirir.",
            en="The article assesses the role of readmission agreements and information exchange in countering irregular migration.",
            ru="В статье оценивается роль соглашений о реадмиссии и обмена информацией в борьбе с незаконной миграцией.",
        ),
        "keywords": T(
            az="qeyri-qanuni miqrasiya, readmissiya, beynəlxalq əməkdaşlıq",
            en="irregular migration, readmission, international cooperation",
            ru="незаконная миграция, реадмиссия, международное сотрудничество",
        ),
        "body": T(
            az="Readmissiya sazişləri qonşu dövlətlərlə məlumat mübadiləsini sürətləndirir və qaytarılma prosedurlarını aydınlaşdırır.",
            en="Readmission agreements speed up information exchange with neighbouring states and make return procedures clear.",
            ru="Соглашения о реадмиссии ускоряют обмен информацией с соседними государствами и делают процедуры возврата понятными.",
        ),
        "pdf": T(
            az="Birgə təlimlər sərhəd xidmətləri arasında etimadı artırır.",
            en="Joint training builds trust between border services.",
            ru="Совместные учения укрепляют доверие между пограничными службами.",
        ),
    },
    {
        "issue": 4,
        "section": "regulation",
        "authors": ["abbasova"],
        "pages": (25, 38),
        "received": (2025, 3, 27),
        "accepted": (2025, 6, 16),
        "doi": "",
        "title": T(
            az="Ailə birləşməsi: hüquqi əsaslar və təcrübə",
            en="Family reunification: legal grounds and practice",
            ru="",
        ),
        "abstract": T(
            az="Məqalədə ailə birləşməsi hüququnun hüquqi əsasları və bu əsasla verilən icazələrin statistikası təhlil olunur.",
            en="The article analyses the legal grounds of the right to family reunification and the figures for permits issued on that ground.",
            ru="",
        ),
        "keywords": T(
            az="ailə birləşməsi, yaşamaq üçün icazə, statistika",
            en="family reunification, residence permit, statistics",
            ru="",
        ),
        "body": T(
            az="Ailə birləşməsi uşaqların hüquqlarının qorunması baxımından xüsusi əhəmiyyət daşıyır.",
            en="Family reunification matters especially for protecting the rights of children.",
            ru="",
        ),
        "pdf": T(
            az="Müraciət edənlərin yarıdan çoxu həyat yoldaşının yanına köçmək istəyən qadınlardır.",
            en="More than half of the applicants are women who wish to join their spouses.",
            ru="",
        ),
    },
    {
        "issue": 4,
        "section": "procedure",
        "authors": ["hasanov"],
        "pages": (39, 50),
        "received": (2025, 5, 5),
        "accepted": (2025, 7, 28),
        "doi": "10.58225/migr.2025.2.39",
        "title": T(
            az="Buraxılış məntəqələrində miqrasiya nəzarəti",
            en="Migration control at checkpoints",
            ru="Миграционный контроль в пунктах пропуска",
        ),
        "abstract": T(
            az="Məqalədə buraxılış məntəqələrində miqrasiya nəzarətinin mərhələləri və sərnişinlərin hüquqları təsvir olunur.",
            en="The article describes the stages of migration control at checkpoints and the rights of travellers.",
            ru="В статье описываются этапы миграционного контроля в пунктах пропуска и права пассажиров.",
        ),
        "keywords": T(
            az="buraxılış məntəqəsi, miqrasiya nəzarəti, sərnişin",
            en="checkpoint, migration control, traveller",
            ru="пункт пропуска, миграционный контроль, пассажир",
        ),
        "body": T(
            az="Sərnişinin sənədləri yoxlanılır, giriş məqsədi soruşulur və məlumatlar vahid sistemə daxil edilir.",
            en="The traveller's documents are checked, the purpose of entry is asked and the data enter a single system.",
            ru="Документы пассажира проверяются, цель въезда уточняется, а данные вносятся в единую систему.",
        ),
        "pdf": T(
            az="Biometrik göstəricilərin tətbiqi yoxlamanın orta müddətini qısaldıb.",
            en="Biometric checks have shortened the average time of a check.",
            ru="Применение биометрии сократило среднее время проверки.",
        ),
    },
]

REFERENCES = [
    "Miqrasiya Məcəlləsi. Bakı, 2013.",
    "Castles S., de Haas H., Miller M. J. The Age of Migration. 6th ed. London: Palgrave, 2020.",
    "Ивахнюк И. В. Евразийская миграционная система. Москва: МАКС Пресс, 2008.",
]

PDF_LABELS = {
    "source": T(az="“Miqrasiya” jurnalı", en="“Migration” journal", ru="Журнал «Миграция»"),
    "abstract": T(az="Xülasə", en="Abstract", ru="Аннотация"),
    "keywords": T(az="Açar sözlər", en="Keywords", ru="Ключевые слова"),
    "contents": T(az="Mündəricat", en="Contents", ru="Содержание"),
    "volume": T(az="Cild", en="Vol.", ru="Т."),
    "number": T(az="№", en="No.", ru="№"),
}
