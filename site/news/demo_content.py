"""The news section's demo texts in az, en and ru (the step is in news/demo.py).

Each article's body is data: StreamField blocks whose texts are ``T``/``P`` values;
``Ref("inline-image")`` marks the picture the step makes for the article.
"""

import datetime

from core.demo import P, Ref, T
from core.demo_content import NINE_MONTHS, SOURCE, VIOLATIONS

INDEX = {
    "key": "news",
    "title": T(az="Xəbərlər", en="News", ru="Новости"),
    "intro": T(
        az="Xidmətin tədbirləri, yenilikləri və statistikası.",
        en="The Service's events, updates and figures.",
        ru="Мероприятия, новости и статистика Службы.",
    ),
}

TOPICS = {
    "open-door": T(az="Açıq qapı günü", en="Open Door Day", ru="День открытых дверей"),
    "statistics": T(az="Statistika", en="Statistics", ru="Статистика"),
    "e-services": T(az="Elektron xidmətlər", en="E-services", ru="Электронные услуги"),
    "awareness": T(az="Maarifləndirmə", en="Awareness", ru="Просвещение"),
    "legislation": T(az="Qanunvericilik", en="Legislation", ru="Законодательство"),
}

LEAD_IMAGE_ALT = T(az="Xəbərin illüstrasiyası", en="Illustration for the article", ru="Иллюстрация к статье")
INLINE_IMAGE_ALT = T(az="Tədbirdən görüntü", en="A scene from the event", ru="Кадр с мероприятия")

SUMGAYIT_TITLE = T(
    az="Sumqayıtda “Açıq qapı günü” keçirildi",
    en="Open Door Day held in Sumgayit",
    ru="В Сумгаите прошёл «День открытых дверей»",
)

ARTICLES = [
    {
        "key": "open-door-day-sumgayit",
        "date": datetime.date(2017, 10, 25),
        "topics": ["open-door", "awareness", "e-services"],
        "title": SUMGAYIT_TITLE,
        "intro": T(
            az="Xidmət Sumqayıtdakı Heydər Əliyev Mərkəzində vətəndaşlar, əcnəbilər, dövlət qurumları, ictimai "
            "təşkilatlar, işəgötürənlər və media üçün açıq qapı günü təşkil etdi.",
            en="At the Heydar Aliyev Center in Sumgayit the Service opened its doors to citizens, foreigners, state "
            "bodies, public organizations, employers and the media.",
            ru="В Центре Гейдара Алиева в Сумгаите Служба провела день открытых дверей для граждан, иностранцев, "
            "государственных органов, общественных организаций, работодателей и СМИ.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="25 oktyabrda keçirilən vətəndaş forumu “2016–2018-ci illər üçün Açıq Hökumətin təşviqinə "
                    "dair Milli Fəaliyyət Planı”na uyğun təşkil olunub. Tədbirdə Xidmətin rəhbər şəxsləri və "
                    "İctimai Şuranın üzvləri iştirak ediblər.",
                    en="The civil forum on 25 October followed the National Action Plan for Promotion of Open "
                    "Government 2016–2018. Senior officials of the Service and members of its Public Council took "
                    "part.",
                    ru="Гражданский форум 25 октября прошёл в рамках Национального плана действий по содействию "
                    "открытому правительству на 2016–2018 годы. В нём участвовали руководители Службы и члены её "
                    "Общественного совета.",
                ),
            ),
            ("image", {"image": Ref("inline-image"), "alt_text": INLINE_IMAGE_ALT, "caption": SUMGAYIT_TITLE}),
            (
                "paragraph",
                P(
                    az="İştirakçılara 11 elektron xidmətdən istifadə qaydaları izah olunub, sərhəd buraxılış "
                    "məntəqələrində üç dildə paylanan məlumat vərəqələri və “Miqrasiya” jurnalı təqdim edilib.",
                    en="Visitors learned how to use the Service's 11 e-services and were shown the three-language "
                    "leaflets handed out at border checkpoints and the “Migration” journal.",
                    ru="Участникам рассказали, как пользоваться 11 электронными услугами, показали трёхъязычные "
                    "листовки, которые раздают в пунктах пропуска, и журнал «Миграция».",
                ),
            ),
            (
                "paragraph",
                P(
                    az="Tədbirin sonunda suallar cavablandırılıb və fikir mübadiləsi aparılıb.",
                    en="The meeting closed with questions from the audience and an open discussion.",
                    ru="Встреча завершилась ответами на вопросы и обменом мнениями.",
                ),
            ),
            (
                "quote",
                {
                    "quote": T(
                        az="Məqsədimiz ictimaiyyəti Xidmətin fəaliyyəti və müasir xidmətləri ilə yaxından tanış "
                        "etməkdir.",
                        en="Our aim is to bring the public and the media closer to the Service's work and modern "
                        "services.",
                        ru="Наша цель — ближе познакомить общественность и СМИ с работой и современными услугами "
                        "Службы.",
                    ),
                    "attribution": SOURCE,
                },
            ),
            ("statistics", NINE_MONTHS),
        ],
    },
    {
        "key": "nine-month-figures-2017",
        "date": datetime.date(2017, 10, 26),
        "topics": ["statistics"],
        "title": T(
            az="2017-ci ilin 9 ayının miqrasiya göstəriciləri",
            en="Migration figures for the first nine months of 2017",
            ru="Миграционные показатели за 9 месяцев 2017 года",
        ),
        "intro": T(
            az="Doqquz ayda əcnəbilərdən və vətəndaşlığı olmayan şəxslərdən 66 828 müraciət daxil olub.",
            en="In nine months the Service received 66,828 applications from foreigners and stateless persons.",
            ru="За девять месяцев в Службу поступило 66 828 заявлений иностранцев и лиц без гражданства.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Hər müraciət qanunvericiliyə uyğun araşdırılıb və müvafiq qərarlar qəbul edilib. Olduğu "
                    "yer üzrə qeydiyyata alınma ilə bağlı 633 827 müraciət qeydə alınıb.",
                    en="Each application was examined under the law and decided. A further 633,827 registrations "
                    "at place of stay were recorded.",
                    ru="Каждое заявление рассмотрено в соответствии с законом, по нему принято решение. Кроме того, "
                    "зарегистрировано 633 827 заявлений о регистрации по месту пребывания.",
                ),
            ),
            ("statistics", NINE_MONTHS),
            ("statistics", VIOLATIONS),
        ],
    },
    {
        "key": "call-center-renewed",
        "date": datetime.date(2017, 10, 20),
        "topics": ["e-services"],
        "title": T(
            az="Çağrı Mərkəzi yenilənib: 9 ayda 79 614 zəng",
            en="Call Center renewed: 79,614 calls in nine months",
            ru="Колл-центр обновлён: 79 614 звонков за девять месяцев",
        ),
        "intro": T(
            az="(012) 919 nömrəli Çağrı Mərkəzi Azərbaycan, ingilis və rus dillərində cavab verir.",
            en="The Call Center on (012) 919 answers in Azerbaijani, English and Russian.",
            ru="Колл-центр (012) 919 отвечает на азербайджанском, английском и русском языках.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Mərkəzin texniki imkanları artırılıb, iş qaydası Nazirlər Kabinetinin 2015-ci il 25 fevral "
                    "tarixli 50 nömrəli qərarı ilə təsdiq edilmiş qaydalara uyğunlaşdırılıb.",
                    en="Its technical capacity was increased and its work brought in line with the rules for state "
                    "call centers approved by Cabinet of Ministers Decision No. 50 of 25 February 2015.",
                    ru="Технические возможности центра расширены, а работа приведена в соответствие с правилами, "
                    "утверждёнными решением Кабинета министров № 50 от 25 февраля 2015 года.",
                ),
            ),
        ],
    },
    {
        "key": "eleven-e-services",
        "date": datetime.date(2017, 9, 14),
        "topics": ["e-services"],
        "title": T(
            az="11 elektron xidmət elektron hökumət portalında",
            en="Eleven e-services on the e-government portal",
            ru="Одиннадцать электронных услуг на портале электронного правительства",
        ),
        "intro": T(
            az="Əcnəbilər və vətəndaşlığı olmayan şəxslər müraciətlərini artıq elektron qaydada verə bilərlər.",
            en="Foreigners and stateless persons can now send their applications electronically.",
            ru="Иностранцы и лица без гражданства теперь могут подавать заявления в электронном виде.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Elektron xidmətlər növbəsiz, sürətli və şəffaf xidmət üçün yaradılıb; istifadə qaydaları "
                    "regional idarələrin məlumat guşələrində də izah olunur.",
                    en="The e-services spare applicants the queue and make each step visible; the information "
                    "corners of the regional departments explain how to use them.",
                    ru="Электронные услуги избавляют от очередей и делают каждый шаг прозрачным; как ими "
                    "пользоваться, объясняют и в информационных уголках региональных управлений.",
                ),
            ),
        ],
    },
    {
        "key": "checkpoint-leaflets",
        "date": datetime.date(2017, 8, 9),
        "topics": ["awareness"],
        "title": T(
            az="Sərhəd buraxılış məntəqələrində üç dildə məlumat vərəqələri",
            en="Three-language leaflets at border checkpoints",
            ru="Трёхъязычные листовки в пунктах пропуска",
        ),
        "intro": T(
            az="Ölkəyə gələn əcnəbilər elə məntəqədəcə Azərbaycan, rus və ingilis dillərində vərəqə alırlar.",
            en="Foreigners entering the country receive a leaflet in Azerbaijani, Russian and English at the "
            "checkpoint.",
            ru="Въезжающие иностранцы получают листовку на азербайджанском, русском и английском языках прямо в пункте "
            "пропуска.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Vərəqədə qeydiyyat qaydaları, qalma müddəti və Çağrı Mərkəzinin nömrəsi göstərilir.",
                    en="It sets out the registration rules, the permitted length of stay and the Call Center number.",
                    ru="В ней изложены правила регистрации, разрешённый срок пребывания и номер колл-центра.",
                ),
            ),
        ],
    },
    {
        "key": "migration-journal-issue",
        "date": datetime.date(2017, 7, 4),
        "topics": ["awareness"],
        "title": T(
            az="“Miqrasiya” jurnalının yeni sayı çıxıb",
            en="New issue of the “Migration” journal",
            ru="Вышел новый номер журнала «Миграция»",
        ),
        "intro": T(
            az="Jurnal Azərbaycan, ingilis və rus dillərində nəşr olunur.",
            en="The journal is published in Azerbaijani, English and Russian.",
            ru="Журнал издаётся на азербайджанском, английском и русском языках.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Yeni sayda Azərbaycanın miqrasiya tarixi, miqrasiya siyasəti və prosedur qaydalarına dair "
                    "məqalələr yer alıb.",
                    en="This issue covers Azerbaijan's migration history, migration policy and procedural rules.",
                    ru="В номере — статьи об истории миграции в Азербайджане, миграционной политике и процедурных "
                    "правилах.",
                ),
            ),
        ],
    },
    {
        "key": "regional-awareness-events",
        "date": datetime.date(2017, 10, 4),
        "topics": ["awareness"],
        "title": T(
            az="Regionlarda 52 maarifləndirmə tədbiri və səyyar xidmət",
            en="52 awareness events and mobile services in the regions",
            ru="52 просветительских мероприятия и выездные услуги в регионах",
        ),
        "intro": T(
            az="Doqquz ayda ölkənin müxtəlif bölgələrində 52 tədbir keçirilib.",
            en="In nine months the Service held 52 events across the country's regions.",
            ru="За девять месяцев Служба провела 52 мероприятия в разных регионах страны.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Tədbirlərdə olduğu yer üzrə qeydiyyat, vətəndaşlığı olmama hallarının aradan qaldırılması, "
                    "qanunsuz miqrasiyaya qarşı mübarizə və əcnəbilərin əmək fəaliyyətinə cəlb edilməsi izah "
                    "olunub.",
                    en="They explained registration at place of stay, ending statelessness, fighting illegal "
                    "migration and the rules for employing foreigners.",
                    ru="На них разъясняли регистрацию по месту пребывания, сокращение безгражданства, борьбу с "
                    "незаконной миграцией и правила привлечения иностранцев к труду.",
                ),
            ),
        ],
    },
    {
        "key": "visa-purposes",
        "date": datetime.date(2017, 6, 12),
        "topics": ["legislation"],
        "title": T(
            az="Gəliş məqsədi vizadakı məqsədə uyğun olmalıdır",
            en="The purpose of a visit must match the visa",
            ru="Цель приезда должна совпадать с целью, указанной в визе",
        ),
        "intro": T(
            az="Miqrasiya Məcəlləsinin 24.5-ci maddəsi adi vizaların hansı məqsədlər üçün verildiyini müəyyən edir.",
            en="Article 24.5 of the Migration Code lists the purposes for which ordinary visas are issued.",
            ru="Статья 24.5 Миграционного кодекса перечисляет цели, для которых выдаются обычные визы.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Bunlar işgüzar, elmi, təhsil, əmək, turizm, mədəniyyət, idman, humanitar, müalicə və şəxsi "
                    "səfər məqsədləridir.",
                    en="They are business, science, education, employment, tourism, culture, sports, humanitarian, "
                    "treatment and personal travel.",
                    ru="Это деловая, научная, учебная, трудовая, туристическая, культурная, спортивная, гуманитарная, "
                    "лечебная и частная цели.",
                ),
            ),
        ],
    },
    {
        "key": "regional-buildings",
        "date": datetime.date(2017, 5, 19),
        "topics": [],
        "title": T(
            az="8 regional miqrasiya idarəsi yeni binalarda",
            en="Eight regional migration departments in new buildings",
            ru="Восемь региональных миграционных управлений в новых зданиях",
        ),
        "intro": T(
            az="Qəbul bölmələri müasir avadanlıqla təchiz olunub.",
            en="Their reception divisions have modern equipment.",
            ru="Их приёмные оснащены современным оборудованием.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Yeni inzibati binalar Naxçıvan Muxtar Respublikasının Dövlət Miqrasiya Xidməti üçün də "
                    "tikilib.",
                    en="A new administrative building was also built for the State Migration Service of Nakhchivan.",
                    ru="Новое административное здание построено и для Государственной миграционной службы Нахчывана.",
                ),
            ),
        ],
    },
    {
        "key": "legal-awareness-corners",
        "date": datetime.date(2017, 4, 18),
        "topics": ["awareness"],
        "title": T(
            az="Hər regional idarədə hüquqi maarifləndirmə guşəsi",
            en="A legal awareness corner in every regional department",
            ru="Уголок правового просвещения в каждом региональном управлении",
        ),
        "intro": T(
            az="Guşələr əcnəbilərin və vətəndaşların miqrasiya sahəsində hüquqi biliklərini artırır.",
            en="The corners help foreigners and citizens learn their rights and duties in migration matters.",
            ru="Уголки помогают иностранцам и гражданам узнать свои права и обязанности в миграционной сфере.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Burada məlumat vərəqələri, qanunvericilik çıxarışları və elektron xidmətlərə dair təlimatlar "
                    "var.",
                    en="They offer leaflets, extracts from the law and guides to the e-services.",
                    ru="Там есть листовки, выдержки из законодательства и инструкции по электронным услугам.",
                ),
            ),
        ],
    },
    {
        "key": "umis-integration",
        "date": datetime.date(2017, 3, 14),
        "topics": ["e-services"],
        "title": T(
            az="Vahid Miqrasiya Məlumat Sistemi digər dövlət sistemlərinə inteqrasiya olunub",
            en="Unified Migration Information System linked with other state systems",
            ru="Единая миграционная информационная система интегрирована с другими государственными системами",
        ),
        "intro": T(
            az="VMMS ölkədəki miqrasiya proseslərinin dinamikasının tam mənzərəsini yaradır.",
            en="UMIS gives a full picture of how migration in the country develops.",
            ru="ЕМИС даёт полную картину динамики миграционных процессов в стране.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Sistem “Giriş-çıxış və qeydiyyat” idarələrarası sistemi və Əhalinin Dövlət Reyestri ilə "
                    "əlaqələndirilib; informasiya təhlükəsizliyinə ciddi nəzarət edilir.",
                    en="It is linked with the “Entry-exit and registration” interagency system and the State "
                    "Population Register, under strict information security controls.",
                    ru="Система связана с межведомственной системой «Въезд-выезд и регистрация» и Государственным "
                    "регистром населения; информационная безопасность строго контролируется.",
                ),
            ),
        ],
    },
    {
        "key": "public-council-meeting",
        "date": datetime.date(2017, 2, 9),
        "topics": ["open-door"],
        "title": T(
            az="İctimai Şura açıq hökumət prinsiplərini müzakirə etdi",
            en="Public Council discusses open government principles",
            ru="Общественный совет обсудил принципы открытого правительства",
        ),
        "intro": T(
            az="Şəffaflıq və vətəndaş iştirakının genişləndirilməsi üçün görüşlər davam edəcək.",
            en="Meetings to widen transparency and civic engagement will continue.",
            ru="Встречи для расширения прозрачности и участия граждан продолжатся.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="İclasda il ərzində keçiriləcək açıq qapı günlərinin planı müzakirə olunub.",
                    en="The meeting discussed the year's plan of Open Door Days.",
                    ru="На заседании обсудили план дней открытых дверей на год.",
                ),
            ),
        ],
    },
    {
        "key": "labour-immigration",
        "date": datetime.date(2017, 9, 28),
        "topics": ["legislation"],
        "title": T(
            az="Əmək immiqrasiyası: iş icazəsi necə alınır",
            en="Labour immigration: how to get a work permit",
            ru="Трудовая иммиграция: как получить разрешение на работу",
        ),
        "intro": T(
            az="Əcnəbini işə götürmək istəyən işəgötürən əvvəlcə iş icazəsi almalıdır.",
            en="An employer who wants to hire a foreigner first needs a work permit for them.",
            ru="Работодатель, который хочет нанять иностранца, сначала получает для него разрешение на работу.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Əmək immiqrasiyası qaydaları əcnəbilərin ödənişli əmək fəaliyyətinə cəlb edilməsini "
                    "tənzimləyir. İcazənin müddəti bitməzdən əvvəl onu uzatmaq olar; müraciət elektron qaydada da "
                    "qəbul edilir.",
                    en="The rules of labour immigration govern how foreigners take up paid work. A permit can be "
                    "extended before it expires, and the application can be made online.",
                    ru="Правила трудовой иммиграции определяют, как трудовые мигранты приступают к оплачиваемой "
                    "работе. Разрешение можно продлить до истечения срока, заявление принимается и в электронном "
                    "виде.",
                ),
            ),
        ],
    },
    {
        "key": "website-renewed",
        "date": datetime.date(2017, 11, 1),
        "topics": ["e-services"],
        "title": T(
            az="Xidmətin rəsmi saytı tamamilə yenilənib",
            en="The Service's official website fully renewed",
            ru="Официальный сайт Службы полностью обновлён",
        ),
        "intro": T(
            az="Sayt funksionallıq və dizayn baxımından müasirləşdirilib, üç dildə işləyir.",
            en="The site has new features and a new design, in three languages.",
            ru="Сайт получил новые функции и дизайн и работает на трёх языках.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Xəbərlər, xidmətlər və statistika indi telefonda da rahat oxunur.",
                    en="News, services and statistics now read comfortably on a phone.",
                    ru="Новости, услуги и статистику теперь удобно читать и с телефона.",
                ),
            ),
        ],
    },
]
