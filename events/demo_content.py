"""The events module's demo texts (core.demo.T: Azerbaijani, English, Russian).

Facts of the Sumgayit Open Door Day come from the agency's article (../shared/seed/); the
sentences are written anew. Upcoming events are dated relative to the day of seeding
(``days`` from today), so they stay upcoming.
"""

from core.demo import P, T

REGIONS = [
    {"key": "sumqayit", "name": T(az="Sumqayıt", en="Sumgayit", ru="Сумгаит")},
    {"key": "gence", "name": T(az="Gəncə", en="Ganja", ru="Гянджа")},
    {"key": "lenkeran", "name": T(az="Lənkəran", en="Lankaran", ru="Ленкорань")},
    {"key": "seki", "name": T(az="Şəki", en="Shaki", ru="Шеки")},
    {"key": "quba", "name": T(az="Quba", en="Guba", ru="Губа")},
    {"key": "baki", "name": T(az="Bakı", en="Baku", ru="Баку")},
]

INDEX = {
    "title": T(az="Tədbirlər", en="Events", ru="Мероприятия"),
    "intro": T(
        az="Açıq qapı günləri, maarifləndirmə tədbirləri və regionlarda səyyar xidmətlər. Qeydiyyatdan keçin və suallarınızı əvvəlcədən göndərin.",
        en="Open Door Days, awareness events and mobile services in the regions. Register and send your questions in advance.",
        ru="Дни открытых дверей, просветительские мероприятия и выездное обслуживание в регионах. Зарегистрируйтесь и пришлите вопросы заранее.",
    ),
}

AUDIENCE = T(
    az="Vətəndaşlar, əcnəbilər və vətəndaşlığı olmayan şəxslər, dövlət orqanları, ictimai təşkilatlar, işəgötürənlər və sahibkarlar, kütləvi informasiya vasitələrinin nümayəndələri.",
    en="Citizens, foreigners and stateless persons, state bodies, public organizations, employers and entrepreneurs, and the media.",
    ru="Граждане, иностранцы и лица без гражданства, государственные органы, общественные организации, работодатели и предприниматели, представители СМИ.",
)
LANGUAGES = T(
    az="Azərbaycan, rus və ingilis dilləri",
    en="Azerbaijani, Russian and English",
    ru="Азербайджанский, русский и английский",
)
INTERPRETATION = T(
    az="rus və ingilis dillərinə, işarət dili",
    en="into Russian and English; sign language",
    ru="на русский и английский; жестовый язык",
)

OPEN_DOOR_PROGRAMME = [
    (
        "item",
        {
            "time": "11:00",
            "item": T(
                az="Qeydiyyat və məlumat guşəsi",
                en="Registration and the information corner",
                ru="Регистрация и информационный уголок",
            ),
            "speaker": "",
        },
    ),
    (
        "item",
        {
            "time": "11:30",
            "item": T(
                az="“Bir pəncərə” prinsipi: Xidmətin göstərdiyi xidmətlər",
                en="The one-stop shop: what the Service does for you",
                ru="Принцип «единого окна»: услуги Службы",
            ),
            "speaker": T(
                az="Regional miqrasiya idarəsinin rəisi",
                en="Head of the regional migration department",
                ru="Начальник регионального миграционного управления",
            ),
        },
    ),
    (
        "item",
        {
            "time": "12:15",
            "item": T(
                az="Elektron xidmətlərdən necə istifadə etməli",
                en="How to use the e-services",
                ru="Как пользоваться электронными услугами",
            ),
            "speaker": "",
        },
    ),
    (
        "item",
        {
            "time": "13:00",
            "item": T(az="Suallar və cavablar", en="Questions and answers", ru="Вопросы и ответы"),
            "speaker": "",
        },
    ),
]

SUMGAYIT = {
    "key": "open-door-day-sumgayit-2017",
    "title": T(az="Sumqayıtda Açıq qapı günü", en="Open Door Day in Sumgayit", ru="День открытых дверей в Сумгаите"),
    "kind": "open_door_day",
    "region": "sumqayit",
    "date": (2017, 10, 25, 11, 0),
    "hours": 3,
    "summary": T(
        az="Açıq Hökumətin Təşviqinə dair Milli Fəaliyyət Planı çərçivəsində vətəndaş forumu: Xidmətin işi, elektron xidmətlər və sakinlərin sualları.",
        en="A civil forum under the National Action Plan for the Promotion of Open Government: the Service's work, its e-services and residents' questions.",
        ru="Гражданский форум в рамках Национального плана действий по продвижению открытого правительства: работа Службы, электронные услуги и вопросы жителей.",
    ),
    "venue_name": T(az="Heydər Əliyev Mərkəzi", en="Heydar Aliyev Centre", ru="Центр Гейдара Алиева"),
    "venue_address": T(az="Sumqayıt şəhəri", en="Sumgayit", ru="город Сумгаит"),
    "participants": P(
        az="Xidmətin Baş idarəsinin rəisi, III dərəcəli dövlət miqrasiya müşaviri Vahid Qəhrəmanov, Xidmət yanında İctimai Şuranın üzvləri və Sumqayıt Şəhər İcra Hakimiyyəti başçısının birinci müavini Faiq Kərimov.",
        en="Vahid Qahramanov, Chief of a Head Department of the Service and state migration counsellor of the third rank; members of the Public Council under the Service; and Faig Kerimov, First Deputy Head of the Sumgayit Executive Power.",
        ru="Начальник Главного управления Службы, государственный советник миграционной службы III ранга Вахид Гахраманов, члены Общественного совета при Службе и первый заместитель главы Исполнительной власти Сумгаита Фаиг Керимов.",
    ),
    "report": P(
        az="Forumda Xidmətin miqrasiya sahəsində “bir pəncərə” prinsipi ilə işlədiyi izah olundu: yaşayış yeri üzrə qeydiyyat, müvəqqəti yaşamaq üçün icazə və daimi yaşamaq üçün icazə, iş icazəsi, vətəndaşlıq və qaçqın statusu məsələləri bir qurumda həll edilir. Elektron hökumət portalına qoşulmuş 11 elektron xidmətin qaydaları göstərildi; əcnəbilərin müraciətləri artıq elektron qaydada da qəbul olunur. 2017-ci ilin 9 ayında 66 828 müraciət daxil olub, Çağrı Mərkəzinə (012) 919 isə 79 614 zəng edilib.",
        en="The forum explained how the Service works as a one-stop shop: registration at place of stay, temporary and permanent residence permits, work permits, citizenship and refugee status are all handled by one body. The rules of the 11 e-services connected to the e-government portal were shown; foreigners' applications are now also received electronically. In the first nine months of 2017 the Service received 66,828 applications, and its Call Center, (012) 919, took 79,614 calls.",
        ru="На форуме рассказали, как Служба работает по принципу «единого окна»: регистрация по месту пребывания, разрешения на временное и постоянное проживание, разрешения на работу, гражданство и статус беженца решаются в одном органе. Показали правила 11 электронных услуг, подключённых к порталу электронного правительства; заявления иностранцев теперь принимаются и в электронном виде. За девять месяцев 2017 года в Службу поступило 66 828 заявлений, а колл-центр (012) 919 принял 79 614 звонков.",
    ),
    "questions": [
        (
            "question",
            {
                "question": T(
                    az="Əcnəbi ölkəyə hansı məqsədlə gəldiyini vizada göstərməlidirmi?",
                    en="Must a foreigner's purpose of visit match the one on the visa?",
                    ru="Должна ли цель приезда иностранца совпадать с указанной в визе?",
                ),
                "answer": P(
                    az="Bəli. Miqrasiya Məcəlləsinin 24.5-ci maddəsinə görə adi vizalar işgüzar, elmi, təhsil, əmək, turizm, mədəniyyət, idman, humanitar, müalicə və şəxsi səfər məqsədləri üçün verilir və əcnəbi ölkədə vizada göstərilən məqsəd və müddətlə qala bilər (24.7-ci maddə).",
                    en="Yes. Under Article 24.5 of the Migration Code ordinary visas are issued for business, science, education, employment, tourism, culture, sports, humanitarian purposes, treatment and personal travel, and a foreigner may stay for the purpose and period shown on the visa (Article 24.7).",
                    ru="Да. По статье 24.5 Миграционного кодекса обычные визы выдаются для деловых, научных, учебных, трудовых, туристических, культурных, спортивных, гуманитарных, лечебных и частных поездок, и иностранец может находиться в стране с целью и на срок, указанные в визе (статья 24.7).",
                ),
            },
        ),
        (
            "question",
            {
                "question": T(
                    az="Müraciəti elektron qaydada vermək olarmı?",
                    en="Can I apply online?",
                    ru="Можно ли подать заявление онлайн?",
                ),
                "answer": P(
                    az="Bəli. Xidmətin 11 elektron xidməti elektron hökumət portalına qoşulub və əcnəbilərlə vətəndaşlığı olmayan şəxslərin müraciətləri elektron qaydada da qəbul edilir.",
                    en="Yes. The Service's 11 e-services are connected to the e-government portal, and applications from foreigners and stateless persons are also accepted electronically.",
                    ru="Да. 11 электронных услуг Службы подключены к порталу электронного правительства, и заявления иностранцев и лиц без гражданства принимаются также в электронном виде.",
                ),
            },
        ),
        (
            "question",
            {
                "question": T(
                    az="Çağrı Mərkəzi hansı dillərdə işləyir?",
                    en="In which languages does the Call Center answer?",
                    ru="На каких языках работает колл-центр?",
                ),
                "answer": P(
                    az="Çağrı Mərkəzi (012) 919 Azərbaycan, ingilis və rus dillərində cavab verir.",
                    en="The Call Center, (012) 919, answers in Azerbaijani, English and Russian.",
                    ru="Колл-центр (012) 919 отвечает на азербайджанском, английском и русском языках.",
                ),
            },
        ),
    ],
}

SUMGAYIT_PHOTOS = [
    T(
        az="Forumun iştirakçıları Heydər Əliyev Mərkəzinin zalında",
        en="Participants of the forum in the hall of the Heydar Aliyev Centre",
        ru="Участники форума в зале Центра Гейдара Алиева",
    ),
    T(
        az="Xidmətin əməkdaşı sakinlərin suallarını cavablandırır",
        en="A member of the Service's staff answers residents' questions",
        ru="Сотрудник Службы отвечает на вопросы жителей",
    ),
]

UPCOMING = [
    {
        "key": "open-door-day-ganja",
        "title": T(az="Gəncədə Açıq qapı günü", en="Open Door Day in Ganja", ru="День открытых дверей в Гяндже"),
        "kind": "open_door_day",
        "region": "gence",
        "days": 21,
        "hours": 3,
        "capacity": 60,
        "quotas": {"media": 5},
        "summary": T(
            az="Xidmətin əməkdaşları ilə görüş: yaşayış yeri üzrə qeydiyyat, yaşamaq və iş icazələri, elektron xidmətlər. Suallarınızı qeydiyyat formasında da göndərə bilərsiniz.",
            en="Meet the Service's staff: registration at place of stay, residence and work permits, e-services. You can send your questions with the registration form.",
            ru="Встреча с сотрудниками Службы: регистрация по месту пребывания, разрешения на проживание и работу, электронные услуги. Вопросы можно прислать вместе с регистрацией.",
        ),
        "venue_name": T(
            az="Gəncə Regional Miqrasiya İdarəsi",
            en="Ganja Regional Migration Department",
            ru="Гянджинское региональное миграционное управление",
        ),
        "venue_address": T(
            az="Gəncə şəhəri, Atatürk prospekti", en="Ataturk Avenue, Ganja", ru="город Гянджа, проспект Ататюрка"
        ),
        "registrations": 8,
    },
    {
        "key": "open-door-day-lankaran",
        "title": T(
            az="Lənkəranda Açıq qapı günü", en="Open Door Day in Lankaran", ru="День открытых дверей в Ленкорани"
        ),
        "kind": "open_door_day",
        "region": "lenkeran",
        "days": 45,
        "hours": 3,
        "capacity": 80,
        "opens_in_days": 10,
        "summary": T(
            az="Cənub bölgəsinin sakinləri və işəgötürənləri üçün açıq görüş. Qeydiyyat tədbirdən beş həftə əvvəl başlayır.",
            en="An open meeting for residents and employers of the southern region. Registration opens five weeks before the event.",
            ru="Открытая встреча для жителей и работодателей южного региона. Регистрация откроется за пять недель до мероприятия.",
        ),
        "venue_name": T(
            az="Lənkəran Regional Miqrasiya İdarəsi",
            en="Lankaran Regional Migration Department",
            ru="Ленкоранское региональное миграционное управление",
        ),
        "venue_address": T(az="Lənkəran şəhəri", en="Lankaran", ru="город Ленкорань"),
        "registrations": 0,
    },
    {
        "key": "awareness-shaki-place-of-stay",
        "title": T(
            az="Şəkidə maarifləndirmə: yaşayış yeri üzrə qeydiyyat",
            en="Awareness session in Shaki: registration at place of stay",
            ru="Просветительская встреча в Шеки: регистрация по месту пребывания",
        ),
        "kind": "awareness",
        "region": "seki",
        "days": 9,
        "hours": 2,
        "capacity": 10,
        "summary": T(
            az="Əcnəbilər, onları qəbul edən mehmanxana və ev sahibləri üçün: yaşayış yeri üzrə qeydiyyatın qaydaları və müddətləri. Yerlər tükənib, gözləmə siyahısı açıqdır.",
            en="For foreigners and the hotels and landlords who host them: the rules and deadlines of registration at place of stay. The places are taken; the waiting list is open.",
            ru="Для иностранцев, а также гостиниц и арендодателей, которые их принимают: правила и сроки регистрации по месту пребывания. Места заняты, открыт лист ожидания.",
        ),
        "venue_name": T(
            az="Şəki Regional Miqrasiya İdarəsinin hüquqi maarifləndirmə guşəsi",
            en="Legal awareness corner, Shaki Regional Migration Department",
            ru="Уголок правового просвещения Шекинского регионального миграционного управления",
        ),
        "venue_address": T(az="Şəki şəhəri", en="Shaki", ru="город Шеки"),
        "registrations": 13,  # ten places: three on the waiting list
    },
    {
        "key": "mobile-service-guba",
        "title": T(az="Qubada səyyar xidmət", en="Mobile service in Guba", ru="Выездное обслуживание в Губе"),
        "kind": "mobile_service",
        "region": "quba",
        "days": 14,
        "hours": 6,
        "capacity": None,
        "summary": T(
            az="Xidmətin səyyar qrupu müraciətləri yerində qəbul edir və məsləhət verir. Qeydiyyat istəyə bağlıdır, amma növbəni qısaldır.",
            en="The Service's mobile team takes applications and gives advice on the spot. Registering is optional but shortens the queue.",
            ru="Выездная группа Службы принимает заявления и консультирует на месте. Регистрация необязательна, но сокращает очередь.",
        ),
        "venue_name": T(az="Quba Mədəniyyət Mərkəzi", en="Guba Culture Centre", ru="Губинский центр культуры"),
        "venue_address": T(az="Quba şəhəri", en="Guba", ru="город Губа"),
        "registrations": 4,
    },
    {
        "key": "awareness-labour-migration-online",
        "title": T(
            az="Əmək miqrasiyası: iş icazəsi necə alınır",
            en="Labour migration: how to get a work permit",
            ru="Трудовая миграция: как получить разрешение на работу",
        ),
        "kind": "awareness",
        "region": "baki",
        "days": 30,
        "hours": 2,
        "capacity": 200,
        "status": "moved_online",
        "online_url": "https://video.qapi.example/labour-migration",
        "summary": T(
            az="İşəgötürənlər və əcnəbi işçilər üçün: iş icazəsinin verilməsi və uzadılması. Tədbir onlayn keçiriləcək.",
            en="For employers and foreign workers: issuing and extending work permits. The event has moved online.",
            ru="Для работодателей и иностранных работников: выдача и продление разрешений на работу. Мероприятие переведено в онлайн.",
        ),
        "venue_name": T(
            az="Dövlət Miqrasiya Xidməti", en="State Migration Service", ru="Государственная миграционная служба"
        ),
        "venue_address": T(az="Bakı şəhəri", en="Baku", ru="город Баку"),
        "registrations": 5,
    },
]

# Demo registrants (made-up names; addresses on the reserved example domain).
PEOPLE = [
    ("citizen", "Leyla Məmmədova", {}),
    ("foreigner", "Mehmet Yılmaz", {"citizenship": "TR"}),
    ("stateless", "Aram Petrosov", {}),
    ("state_body", "Elçin Hüseynov", {"organization": "Gəncə Şəhər İcra Hakimiyyəti", "position": "Şöbə müdiri"}),
    (
        "public_organization",
        "Günel Əliyeva",
        {"organization": "Miqrantlara Dəstək İctimai Birliyi", "position": "Sədr"},
    ),
    ("employer", "Rauf Quliyev", {"organization": "Kür Tikinti MMC", "position": "Direktor"}),
    ("media", "Nigar Həsənova", {"outlet": "Regional Xəbərlər"}),
    ("citizen", "Tural Babayev", {}),
    ("foreigner", "Anna Ivanova", {"citizenship": "RU"}),
    ("citizen", "Səbinə Rzayeva", {}),
    ("employer", "Kamran Nəsirov", {"organization": "Şəki İpək ASC", "position": "Kadrlar üzrə menecer"}),
    ("foreigner", "Giorgi Beridze", {"citizenship": "GE"}),
    ("citizen", "Orxan Cəfərov", {}),
]
