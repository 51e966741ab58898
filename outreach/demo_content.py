"""The outreach module's demo texts (core.demo.T: Azerbaijani, English, Russian).

Facts come from the agency's article (../shared/seed/): leaflets in three languages at the
border checkpoints, 11 e-services on the e-government portal, 8 regional migration
departments and the Nakhchivan service with awareness corners, the Call Center (012) 919,
the visa purposes of Migration Code Article 24.5. Sentences are written anew; addresses,
phone numbers, e-mail addresses and names of heads are made up for the demo.
"""

from core.demo import P, T

PORTAL = "https://www.e-gov.az/en/services/"

LEAFLET_INDEX = {
    "title": T(az="Sərhəddə məlumat vərəqələri", en="Leaflets at the border", ru="Памятки на границе"),
    "intro": T(
        az="Sərhəd buraxılış məntəqələrində əcnəbilərə və vətəndaşlığı olmayan şəxslərə verilən vərəqələr: ilk "
        "günlərdə nə etməli, harada soruşmalı.",
        en="The leaflets handed to foreigners and stateless persons at the border checkpoints: what to do in the "
        "first days, and where to ask.",
        ru="Памятки, которые выдают иностранцам и лицам без гражданства в пунктах пропуска через границу: что "
        "сделать в первые дни и куда обратиться.",
    ),
}

ESERVICE_INDEX = {
    "title": T(az="Elektron xidmətlər", en="E-services", ru="Электронные услуги"),
    "intro": T(
        az="Xidmətin 11 elektron xidməti “Elektron hökumət” portalında göstərilir: müraciəti evdən göndərin, "
        "nəticəni onlayn izləyin.",
        en="The Service's 11 e-services run on the e-government portal: apply from home and follow your "
        "application online.",
        ru="11 электронных услуг Службы работают на портале «Электронное правительство»: подайте заявление из "
        "дома и следите за ним онлайн.",
    ),
    "portal_note": T(
        az="“Başla” düyməsi sizi “Elektron hökumət” portalına aparır; orada ASAN İmza, SİMA və ya portal "
        "parolu ilə daxil olursunuz.",
        en="The “Start” button takes you to the e-government portal, where you sign in with ASAN Imza, SIMA or "
        "a portal password.",
        ru="Кнопка «Начать» ведёт на портал «Электронное правительство», где вы входите через ASAN İmza, SİMA "
        "или пароль портала.",
    ),
}

DEPARTMENT_INDEX = {
    "title": T(
        az="Regional miqrasiya idarələri",
        en="Regional migration departments",
        ru="Региональные миграционные управления",
    ),
    "intro": T(
        az="Mərkəzi aparat Bakıda, 8 regional miqrasiya idarəsi və Naxçıvan Muxtar Respublikasının miqrasiya "
        "xidməti: hər birində qəbul, məlumat və hüquqi maarifləndirmə guşəsi var.",
        en="The headquarters in Baku, 8 regional migration departments and the migration service of the "
        "Nakhchivan Autonomous Republic: each has a reception and an information and legal awareness corner.",
        ru="Центральный аппарат в Баку, 8 региональных миграционных управлений и миграционная служба "
        "Нахчыванской Автономной Республики: в каждом есть приёмная и уголок информации и правового просвещения.",
    ),
}

# --- checkpoints ------------------------------------------------------------------------

CHECKPOINTS = [
    {
        "key": "gyd",
        "kind": "air",
        "region": "baku",
        "name": T(
            az="Heydər Əliyev Beynəlxalq Aeroportu",
            en="Heydar Aliyev International Airport",
            ru="Международный аэропорт Гейдар Алиев",
        ),
        "address": T(az="Bakı, Binə qəsəbəsi", en="Bina settlement, Baku", ru="Баку, посёлок Бина"),
    },
    {
        "key": "kvd",
        "kind": "air",
        "region": "ganja-dashkasan",
        "name": T(
            az="Gəncə Beynəlxalq Aeroportu", en="Ganja International Airport", ru="Международный аэропорт Гянджа"
        ),
        "address": T(az="Gəncə şəhəri", en="Ganja", ru="Гянджа"),
    },
    {
        "key": "naj",
        "kind": "air",
        "region": "nakhchivan",
        "name": T(
            az="Naxçıvan Beynəlxalq Aeroportu",
            en="Nakhchivan International Airport",
            ru="Международный аэропорт Нахчыван",
        ),
        "address": T(az="Naxçıvan şəhəri", en="Nakhchivan", ru="Нахчыван"),
    },
    {
        "key": "samur",
        "kind": "land",
        "region": "guba-khachmaz",
        "name": T(
            az="Samur avtomobil buraxılış məntəqəsi",
            en="Samur road checkpoint",
            ru="Автомобильный пункт пропуска «Самур»",
        ),
        "address": T(
            az="Xaçmaz rayonu, Rusiya ilə sərhəd",
            en="Khachmaz district, border with Russia",
            ru="Хачмазский район, граница с Россией",
        ),
    },
    {
        "key": "red-bridge",
        "kind": "land",
        "region": "gazakh-tovuz",
        "name": T(
            az="Qırmızı Körpü buraxılış məntəqəsi", en="Red Bridge checkpoint", ru="Пункт пропуска «Красный мост»"
        ),
        "address": T(
            az="Qazax rayonu, Gürcüstan ilə sərhəd",
            en="Gazakh district, border with Georgia",
            ru="Газахский район, граница с Грузией",
        ),
    },
    {
        "key": "astara",
        "kind": "land",
        "region": "lankaran-astara",
        "name": T(az="Astara buraxılış məntəqəsi", en="Astara checkpoint", ru="Пункт пропуска «Астара»"),
        "address": T(
            az="Astara rayonu, İranla sərhəd",
            en="Astara district, border with Iran",
            ru="Астаринский район, граница с Ираном",
        ),
    },
    {
        "key": "port",
        "kind": "sea",
        "region": "baku",
        "name": T(
            az="Bakı Beynəlxalq Dəniz Ticarət Limanı",
            en="Baku International Sea Trade Port",
            ru="Бакинский международный морской торговый порт",
        ),
        "address": T(az="Bakı, Ələt qəsəbəsi", en="Alat settlement, Baku", ru="Баку, посёлок Алят"),
    },
    {
        "key": "boyuk-kesik",
        "kind": "rail",
        "region": "gazakh-tovuz",
        "name": T(
            az="Böyük Kəsik dəmir yolu məntəqəsi",
            en="Boyuk Kesik railway checkpoint",
            ru="Железнодорожный пункт пропуска «Беюк-Кесик»",
        ),
        "address": T(az="Ağstafa rayonu", en="Agstafa district", ru="Агстафинский район"),
    },
    {
        "key": "yalama",
        "kind": "rail",
        "region": "guba-khachmaz",
        "name": T(
            az="Yalama dəmir yolu məntəqəsi",
            en="Yalama railway checkpoint",
            ru="Железнодорожный пункт пропуска «Ялама»",
        ),
        "address": T(az="Xaçmaz rayonu", en="Khachmaz district", ru="Хачмазский район"),
    },
]

# --- Migration Code: visa purposes (24.5) and duties of foreigners (76.3) -------------------

VISA_PURPOSES = [
    (
        T(az="İşgüzar", en="Business", ru="Деловая"),
        T(
            az="danışıqlar, müqavilələr, sərgilər",
            en="talks, contracts, trade fairs",
            ru="переговоры, договоры, выставки",
        ),
    ),
    (
        T(az="Elmi", en="Science", ru="Научная"),
        T(az="tədqiqat, konfranslar", en="research and conferences", ru="исследования и конференции"),
    ),
    (
        T(az="Təhsil", en="Education", ru="Учебная"),
        T(az="təhsil müəssisəsində oxumaq", en="studying at a school or university", ru="учёба в учебном заведении"),
    ),
    (
        T(az="Əmək", en="Employment", ru="Трудовая"),
        T(az="iş icazəsi ilə işləmək", en="working with a work permit", ru="работа по разрешению на работу"),
    ),
    (
        T(az="Turizm", en="Tourism", ru="Туристическая"),
        T(az="istirahət və səyahət", en="holidays and sightseeing", ru="отдых и путешествие"),
    ),
    (
        T(az="Mədəniyyət", en="Culture", ru="Культурная"),
        T(
            az="konsertlər, festivallar, sərgilər",
            en="concerts, festivals, exhibitions",
            ru="концерты, фестивали, выставки",
        ),
    ),
    (
        T(az="İdman", en="Sports", ru="Спортивная"),
        T(az="yarışlar və məşqlər", en="competitions and training", ru="соревнования и сборы"),
    ),
    (
        T(az="Humanitar", en="Humanitarian", ru="Гуманитарная"),
        T(az="yardım proqramları", en="aid programmes", ru="программы помощи"),
    ),
    (
        T(az="Müalicə", en="Treatment", ru="Лечебная"),
        T(
            az="tibb müəssisəsində müalicə",
            en="treatment at a clinic or hospital",
            ru="лечение в медицинском учреждении",
        ),
    ),
    (
        T(az="Şəxsi", en="Personal travel", ru="Частная"),
        T(az="qohumlara və dostlara səfər", en="visiting family and friends", ru="поездка к родным и друзьям"),
    ),
]

DUTIES = [
    T(
        az="Azərbaycan Respublikasının Konstitusiyasına və qanunlarına əməl etmək.",
        en="Respect the Constitution and the laws of the Republic of Azerbaijan.",
        ru="Соблюдать Конституцию и законы Азербайджанской Республики.",
    ),
    T(
        az="15 gündən çox qalırsınızsa, olduğu yer üzrə qeydiyyata düşmək.",
        en="Register at your place of stay if you stay longer than 15 days.",
        ru="Встать на учёт по месту пребывания, если вы остаётесь дольше 15 дней.",
    ),
    T(
        az="Müvəqqəti qalma müddəti bitənədək ölkəni tərk etmək və ya müddəti uzatmaq.",
        en="Leave the country before your permitted stay ends, or have it extended in time.",
        ru="Выехать из страны до окончания разрешённого срока пребывания или вовремя продлить его.",
    ),
    T(
        az="Pasportunuzu və ya digər şəxsiyyət sənədinizi yanınızda saxlamaq və tələb olunduqda təqdim etmək.",
        en="Carry your passport or other identity document and show it when asked.",
        ru="Иметь при себе паспорт или иной документ, удостоверяющий личность, и предъявлять его по требованию.",
    ),
    T(
        az="Yalnız viza və ya icazədə göstərilən məqsəd üçün qalmaq; işləmək üçün iş icazəsi almaq.",
        en="Stay only for the purpose of your visa or permit; work only with a work permit.",
        ru="Находиться в стране только с целью, указанной в визе или разрешении; работать только по разрешению.",
    ),
]

# --- leaflets -----------------------------------------------------------------------------

REGISTRATION = P(
    az="Azərbaycanda <b>15 gündən çox</b> qalacaqsınızsa, gəldiyiniz gündən 15 gün ərzində olduğu yer üzrə "
    "qeydiyyata düşün. Otelə yerləşirsinizsə, otel sizi qeydiyyata alır. Mənzildə qalırsınızsa, mənzilin sahibi "
    "və ya siz “Elektron hökumət” portalında, ASAN xidmət mərkəzində və ya regional miqrasiya idarəsində müraciət "
    "edirsiniz. Qeydiyyat ödənişsizdir.",
    en="If you will stay in Azerbaijan <b>longer than 15 days</b>, register at your place of stay within 15 days "
    "of arrival. A hotel registers its guests itself. If you stay in a flat, you or the owner apply on the "
    "e-government portal, at an ASAN service centre or at a regional migration department. Registration is free.",
    ru="Если вы пробудете в Азербайджане <b>дольше 15 дней</b>, встаньте на учёт по месту пребывания в течение 15 "
    "дней после приезда. Гостиница регистрирует своих гостей сама. Если вы живёте в квартире, вы или владелец "
    "подаёте заявление на портале «Электронное правительство», в центре «ASAN xidmət» или в региональном "
    "миграционном управлении. Регистрация бесплатна.",
)
STAY = P(
    az="Vizanızda göstərilən müddət qədər qala bilərsiniz. Vizasız gəlmisinizsə, adətən 90 gün ərzində ən çoxu "
    "90 gün. Daha uzun qalmaq lazımdırsa, müddət bitməzdən əvvəl müvəqqəti qalma müddətinin uzadılması üçün "
    "müraciət edin. Müddəti keçirmək cərimə və ölkəyə gəlişin məhdudlaşdırılması ilə nəticələnə bilər.",
    en="You may stay as long as your visa says. If you came without a visa, usually up to 90 days in a period of "
    "90 days. If you need longer, apply to extend your temporary stay before it ends. Overstaying can mean a fine "
    "and a ban on coming back.",
    ru="Вы можете находиться в стране столько, сколько указано в визе. Если вы приехали без визы, обычно до 90 "
    "дней в течение 90 дней. Если нужно дольше, подайте заявление о продлении срока временного пребывания до его "
    "окончания. Превышение срока может повлечь штраф и запрет на въезд.",
)
WHERE_TO_ASK = P(
    az="Suallarınızı Çağrı Mərkəzinə verin: Azərbaycan, ingilis və rus dillərində cavab verilir. Regional "
    "miqrasiya idarələrinin qəbulunda və məlumat guşələrində də kömək alacaqsınız.",
    en="Ask the Call Center: it answers in Azerbaijani, English and Russian. You can also get help at the "
    "reception and information corner of any regional migration department.",
    ru="Задайте вопрос колл-центру: он отвечает на азербайджанском, английском и русском языках. Помощь можно "
    "получить и в приёмной и информационном уголке любого регионального миграционного управления.",
)
EMERGENCY = T(
    az="<ul><li>Vahid təcili xidmət: <b>112</b></li><li>Polis: <b>102</b></li><li>Təcili tibbi yardım: "
    "<b>103</b></li></ul>",
    en="<ul><li>Emergency (all services): <b>112</b></li><li>Police: <b>102</b></li><li>Ambulance: "
    "<b>103</b></li></ul>",
    ru="<ul><li>Единая служба экстренной помощи: <b>112</b></li><li>Полиция: <b>102</b></li><li>Скорая помощь: "
    "<b>103</b></li></ul>",
)
AUDIENCE = T(
    az="Azərbaycana yeni gəlmiş əcnəbilər və vətəndaşlığı olmayan şəxslər",
    en="Foreigners and stateless persons who have just arrived in Azerbaijan",
    ru="Иностранцы и лица без гражданства, только что прибывшие в Азербайджан",
)

LEAFLETS = [
    {
        "key": "leaflet-air",
        "title": T(az="Hava yolu ilə gələnlər üçün", en="Arriving by air", ru="Прибывающим самолётом"),
        "summary": T(
            az="Hava limanından keçdiniz: ilk iki həftədə bilməli olduqlarınız.",
            en="You have passed the airport's border control: what to know in your first two weeks.",
            ru="Вы прошли пограничный контроль в аэропорту: что важно знать в первые две недели.",
        ),
        "valid_as_of": (2026, 3, 1),
        "checkpoints": ["gyd", "kvd", "naj"],
        "changes": [
            (
                (2026, 3, 1),
                T(
                    az="Qeydiyyat müraciətinin ASAN xidmət mərkəzlərində də qəbul edildiyi əlavə olundu.",
                    en="Added that ASAN service centres also take registration applications.",
                    ru="Добавлено, что заявления о регистрации принимают и центры «ASAN xidmət».",
                ),
            ),
            (
                (2025, 9, 15),
                T(
                    az="Çağrı Mərkəzinin iş saatları yeniləndi.",
                    en="The Call Center's hours were updated.",
                    ru="Обновлены часы работы колл-центра.",
                ),
            ),
        ],
    },
    {
        "key": "leaflet-land",
        "title": T(az="Quru yolu ilə gələnlər üçün", en="Arriving by road or rail", ru="Прибывающим по суше"),
        "summary": T(
            az="Avtomobil və ya qatarla sərhədi keçdiniz: qeydiyyat, qalma müddəti və kömək.",
            en="You have crossed the border by road or rail: registration, how long you may stay, and help.",
            ru="Вы пересекли границу на автомобиле или поезде: регистрация, срок пребывания и помощь.",
        ),
        "valid_as_of": (2026, 2, 1),
        "checkpoints": ["samur", "red-bridge", "astara", "boyuk-kesik", "yalama"],
        "changes": [
            (
                (2026, 2, 1),
                T(
                    az="Böyük Kəsik və Yalama dəmir yolu məntəqələri siyahıya əlavə olundu.",
                    en="The Boyuk Kesik and Yalama railway checkpoints were added to the list.",
                    ru="В список добавлены железнодорожные пункты пропуска «Беюк-Кесик» и «Ялама».",
                ),
            ),
        ],
    },
    {
        "key": "leaflet-sea",
        "title": T(az="Dəniz yolu ilə gələnlər üçün", en="Arriving by sea", ru="Прибывающим морем"),
        "summary": T(
            az="Bakı limanında sahilə çıxdınız: dənizçilər və sərnişinlər üçün ilk addımlar.",
            en="You have come ashore at the port of Baku: first steps for passengers and seafarers.",
            ru="Вы сошли на берег в Бакинском порту: первые шаги для пассажиров и моряков.",
        ),
        "valid_as_of": (2026, 1, 15),
        "checkpoints": ["port"],
        "changes": [
            (
                (2026, 1, 15),
                T(
                    az="Vərəqə ilk dəfə dərc olundu.",
                    en="First published.",
                    ru="Памятка опубликована впервые.",
                ),
            ),
        ],
    },
]

# --- e-services -----------------------------------------------------------------------------

DOCS_PASSPORT = T(az="pasportun surəti", en="a copy of your passport", ru="копия паспорта")
DOCS_PHOTO = T(az="3x4 sm ölçüdə foto", en="a 3×4 cm photo", ru="фото 3×4 см")


def _docs(*items):
    return T(
        az="<ul>" + "".join(f"<li>{i['az']}</li>" for i in items) + "</ul>",
        en="<ul>" + "".join(f"<li>{i['en']}</li>" for i in items) + "</ul>",
        ru="<ul>" + "".join(f"<li>{i['ru']}</li>" for i in items) + "</ul>",
    )


FREE = T(az="Ödənişsiz", en="Free", ru="Бесплатно")
FIVE_DAYS = T(az="5 iş günü", en="5 working days", ru="5 рабочих дней")
TWENTY_DAYS = T(az="20 iş günü", en="20 working days", ru="20 рабочих дней")
CODE = T(
    az="Azərbaycan Respublikasının Miqrasiya Məcəlləsi",
    en="Migration Code of the Republic of Azerbaijan",
    ru="Миграционный кодекс Азербайджанской Республики",
)

ESERVICES = [
    {
        "slug": "place-of-stay",
        "title": T(
            az="Olduğu yer üzrə qeydiyyat", en="Registration at place of stay", ru="Регистрация по месту пребывания"
        ),
        "summary": T(
            az="15 gündən çox qalan əcnəbinin olduğu ünvan üzrə qeydiyyatı.",
            en="Registers a foreigner staying longer than 15 days at the address where they live.",
            ru="Регистрация иностранца, находящегося в стране дольше 15 дней, по адресу проживания.",
        ),
        "life_event": "arriving",
        "audiences": ("foreigner", "stateless", "citizen"),
        "documents": _docs(
            DOCS_PASSPORT,
            T(az="ünvan sahibinin razılığı", en="the owner's consent for the address", ru="согласие владельца жилья"),
        ),
        "fee": FREE,
        "time_limit": T(
            az="Gəlişdən sonra 15 gün ərzində", en="Within 15 days of arrival", ru="В течение 15 дней после въезда"
        ),
        "duration": T(az="1 iş günü", en="1 working day", ru="1 рабочий день"),
        "legal_basis": T(
            az="Miqrasiya Məcəlləsi, maddə 52", en="Migration Code, Article 52", ru="Миграционный кодекс, статья 52"
        ),
        "languages": ("az", "en", "ru"),
    },
    {
        "slug": "extend-stay",
        "title": T(
            az="Müvəqqəti qalma müddətinin uzadılması",
            en="Extending a temporary stay",
            ru="Продление срока временного пребывания",
        ),
        "summary": T(
            az="Qalma müddətiniz bitməzdən əvvəl onu uzatmaq üçün müraciət.",
            en="Applies to stay longer than your visa or visa-free period allows.",
            ru="Заявление о продлении срока пребывания до его окончания.",
        ),
        "life_event": "staying",
        "audiences": ("foreigner", "stateless"),
        "documents": _docs(
            DOCS_PASSPORT,
            T(
                az="uzadılmanın səbəbini təsdiq edən sənəd",
                en="a document showing why you need longer",
                ru="документ, подтверждающий причину продления",
            ),
        ),
        "fee": T(az="Dövlət rüsumu: 20 manat", en="State duty: AZN 20", ru="Госпошлина: 20 манатов"),
        "time_limit": T(az="Müddət bitənədək", en="Before your stay ends", ru="До окончания срока пребывания"),
        "duration": FIVE_DAYS,
        "legal_basis": T(
            az="Miqrasiya Məcəlləsi, maddə 58", en="Migration Code, Article 58", ru="Миграционный кодекс, статья 58"
        ),
        "languages": ("az", "en", "ru"),
    },
    {
        "slug": "temporary-residence",
        "title": T(
            az="Müvəqqəti yaşamaq üçün icazə", en="Temporary residence permit", ru="Разрешение на временное проживание"
        ),
        "summary": T(
            az="Azərbaycanda bir ilədək yaşamaq üçün icazə; iş, təhsil və ailə əsasları ilə verilir.",
            en="Permission to live in Azerbaijan for up to a year, for work, study or family.",
            ru="Разрешение жить в Азербайджане до года: для работы, учёбы или по семейным причинам.",
        ),
        "life_event": "residence",
        "audiences": ("foreigner", "stateless"),
        "documents": _docs(
            DOCS_PASSPORT,
            DOCS_PHOTO,
            T(
                az="əsas sənəd (iş icazəsi, qəbul arayışı, nikah şəhadətnaməsi)",
                en="the ground (a work permit, admission letter or marriage certificate)",
                ru="основание (разрешение на работу, справка о зачислении, свидетельство о браке)",
            ),
        ),
        "fee": T(az="Dövlət rüsumu: 60 manat", en="State duty: AZN 60", ru="Госпошлина: 60 манатов"),
        "time_limit": T(
            az="Qalma müddəti bitməzdən ən azı 15 gün əvvəl",
            en="At least 15 days before your stay ends",
            ru="Не позднее чем за 15 дней до окончания пребывания",
        ),
        "duration": TWENTY_DAYS,
        "legal_basis": T(
            az="Miqrasiya Məcəlləsi, maddə 46", en="Migration Code, Article 46", ru="Миграционный кодекс, статья 46"
        ),
        "languages": ("az", "en", "ru"),
    },
    {
        "slug": "extend-temporary-residence",
        "title": T(
            az="Müvəqqəti yaşamaq üçün icazənin uzadılması",
            en="Extending a temporary residence permit",
            ru="Продление разрешения на временное проживание",
        ),
        "summary": T(
            az="Mövcud icazənin müddətini eyni əsasla uzatmaq.",
            en="Extends your current permit on the same ground.",
            ru="Продление действующего разрешения по тому же основанию.",
        ),
        "life_event": "residence",
        "audiences": ("foreigner", "stateless"),
        "documents": _docs(
            DOCS_PASSPORT, DOCS_PHOTO, T(az="mövcud icazə", en="your current permit", ru="действующее разрешение")
        ),
        "fee": T(az="Dövlət rüsumu: 60 manat", en="State duty: AZN 60", ru="Госпошлина: 60 манатов"),
        "time_limit": T(
            az="İcazənin bitməsinə 30 gün qalmış",
            en="30 days before the permit ends",
            ru="За 30 дней до окончания разрешения",
        ),
        "duration": TWENTY_DAYS,
        "legal_basis": T(
            az="Miqrasiya Məcəlləsi, maddə 47", en="Migration Code, Article 47", ru="Миграционный кодекс, статья 47"
        ),
        "languages": ("az", "ru"),
    },
    {
        "slug": "permanent-residence",
        "title": T(
            az="Daimi yaşamaq üçün icazə", en="Permanent residence permit", ru="Разрешение на постоянное проживание"
        ),
        "summary": T(
            az="Ən azı iki il müvəqqəti yaşamış şəxslər üçün beş illik icazə.",
            en="A five-year permit for people who have lived here on a temporary permit for at least two years.",
            ru="Разрешение на пять лет для тех, кто прожил в стране по временному разрешению не менее двух лет.",
        ),
        "life_event": "residence",
        "audiences": ("foreigner", "stateless"),
        "documents": _docs(
            DOCS_PASSPORT,
            DOCS_PHOTO,
            T(
                az="gəlir və ya yaşayış vəsaiti haqqında arayış",
                en="proof of income or means of support",
                ru="справка о доходах или средствах к существованию",
            ),
        ),
        "fee": T(az="Dövlət rüsumu: 100 manat", en="State duty: AZN 100", ru="Госпошлина: 100 манатов"),
        "time_limit": T(
            az="Müvəqqəti icazə qüvvədə olarkən",
            en="While your temporary permit is valid",
            ru="Пока действует временное разрешение",
        ),
        "duration": T(az="30 iş günü", en="30 working days", ru="30 рабочих дней"),
        "legal_basis": T(
            az="Miqrasiya Məcəlləsi, maddə 49", en="Migration Code, Article 49", ru="Миграционный кодекс, статья 49"
        ),
        "languages": ("az", "ru"),
    },
    {
        "slug": "work-permit",
        "title": T(az="İş icazəsi", en="Work permit", ru="Разрешение на работу"),
        "summary": T(
            az="İşəgötürən əcnəbi işçi üçün iş icazəsi almaq üçün müraciət edir.",
            en="An employer applies for a work permit for a foreign employee.",
            ru="Работодатель подаёт заявление о разрешении на работу для иностранного работника.",
        ),
        "life_event": "working",
        "audiences": ("employer",),
        "documents": _docs(
            T(az="işçinin pasportunun surəti", en="a copy of the employee's passport", ru="копия паспорта работника"),
            T(
                az="diplom və ya ixtisas sənədi",
                en="a diploma or proof of qualifications",
                ru="диплом или документ о квалификации",
            ),
            T(az="tibbi arayış", en="a medical certificate", ru="медицинская справка"),
        ),
        "fee": T(
            az="Dövlət rüsumu: müddətdən asılı olaraq 250–1000 manat",
            en="State duty: AZN 250–1,000 depending on the period",
            ru="Госпошлина: 250–1000 манатов в зависимости от срока",
        ),
        "time_limit": T(az="İşə başlamazdan əvvəl", en="Before the employee starts work", ru="До начала работы"),
        "duration": TWENTY_DAYS,
        "legal_basis": T(
            az="Miqrasiya Məcəlləsi, maddə 63", en="Migration Code, Article 63", ru="Миграционный кодекс, статья 63"
        ),
        "languages": ("az", "en", "ru"),
    },
    {
        "slug": "extend-work-permit",
        "title": T(az="İş icazəsinin uzadılması", en="Extending a work permit", ru="Продление разрешения на работу"),
        "summary": T(
            az="Əmək müqaviləsi davam edirsə, işəgötürən iş icazəsini uzadır.",
            en="The employer extends a work permit when the employment goes on.",
            ru="Работодатель продлевает разрешение, если трудовой договор продолжается.",
        ),
        "life_event": "working",
        "audiences": ("employer",),
        "documents": _docs(
            T(az="mövcud iş icazəsi", en="the current work permit", ru="действующее разрешение"),
            T(az="əmək müqaviləsinin surəti", en="a copy of the employment contract", ru="копия трудового договора"),
        ),
        "fee": T(
            az="Dövlət rüsumu: müddətdən asılı olaraq",
            en="State duty: depends on the period",
            ru="Госпошлина: в зависимости от срока",
        ),
        "time_limit": T(
            az="İcazənin bitməsinə 20 gün qalmış",
            en="20 days before the permit ends",
            ru="За 20 дней до окончания разрешения",
        ),
        "duration": FIVE_DAYS,
        "legal_basis": T(
            az="Miqrasiya Məcəlləsi, maddə 66", en="Migration Code, Article 66", ru="Миграционный кодекс, статья 66"
        ),
        "languages": ("az", "ru"),
    },
    {
        "slug": "employment-ended",
        "title": T(
            az="Əcnəbi işçi ilə əmək müqaviləsinə xitam barədə məlumat",
            en="Reporting the end of a foreign employee's contract",
            ru="Уведомление о прекращении договора с иностранным работником",
        ),
        "summary": T(
            az="İşəgötürən əmək müqaviləsinin bitdiyini Xidmətə bildirir.",
            en="The employer tells the Service that a foreign employee's contract has ended.",
            ru="Работодатель сообщает Службе о прекращении трудового договора с иностранцем.",
        ),
        "life_event": "working",
        "audiences": ("employer",),
        "documents": _docs(
            T(az="xitam haqqında əmr", en="the order ending the contract", ru="приказ о прекращении договора")
        ),
        "fee": FREE,
        "time_limit": T(
            az="Xitamdan sonra 5 iş günü ərzində",
            en="Within 5 working days of the end",
            ru="В течение 5 рабочих дней после прекращения",
        ),
        "duration": T(az="Dərhal qeydə alınır", en="Recorded at once", ru="Регистрируется сразу"),
        "legal_basis": T(
            az="Miqrasiya Məcəlləsi, maddə 70", en="Migration Code, Article 70", ru="Миграционный кодекс, статья 70"
        ),
        "languages": ("az",),
    },
    {
        "slug": "citizenship-check",
        "title": T(
            az="Vətəndaşlığın müəyyənləşdirilməsi",
            en="Confirming citizenship",
            ru="Определение принадлежности к гражданству",
        ),
        "summary": T(
            az="Azərbaycan Respublikasının vətəndaşlığına mənsubluğun təsdiqi.",
            en="Confirms whether a person is a citizen of the Republic of Azerbaijan.",
            ru="Подтверждение принадлежности к гражданству Азербайджанской Республики.",
        ),
        "life_event": "citizenship",
        "audiences": ("citizen", "stateless"),
        "documents": _docs(
            T(az="doğum haqqında şəhadətnamə", en="a birth certificate", ru="свидетельство о рождении"),
            T(
                az="valideynlərin vətəndaşlığını təsdiq edən sənədlər",
                en="documents on the parents' citizenship",
                ru="документы о гражданстве родителей",
            ),
        ),
        "fee": FREE,
        "time_limit": "",
        "duration": T(az="30 gün", en="30 days", ru="30 дней"),
        "legal_basis": T(az="“Vətəndaşlıq haqqında” Qanun", en="Law on Citizenship", ru="Закон «О гражданстве»"),
        "languages": ("az", "ru"),
    },
    {
        "slug": "citizenship-admission",
        "title": T(
            az="Vətəndaşlığa qəbul üçün müraciət", en="Applying for citizenship", ru="Заявление о приёме в гражданство"
        ),
        "summary": T(
            az="Azərbaycanda ən azı beş il qanuni yaşamış şəxslər üçün.",
            en="For people who have lived in Azerbaijan lawfully for at least five years.",
            ru="Для тех, кто законно прожил в Азербайджане не менее пяти лет.",
        ),
        "life_event": "citizenship",
        "audiences": ("foreigner", "stateless"),
        "documents": _docs(
            DOCS_PASSPORT,
            DOCS_PHOTO,
            T(
                az="daimi yaşamaq üçün icazə",
                en="a permanent residence permit",
                ru="разрешение на постоянное проживание",
            ),
            T(
                az="dövlət dilini bildiyini təsdiq edən sənəd",
                en="proof that you know the state language",
                ru="документ о знании государственного языка",
            ),
        ),
        "fee": T(az="Dövlət rüsumu: 100 manat", en="State duty: AZN 100", ru="Госпошлина: 100 манатов"),
        "time_limit": "",
        "duration": T(
            az="Qanunla müəyyən olunmuş müddətdə",
            en="Within the period the law sets",
            ru="В установленный законом срок",
        ),
        "legal_basis": T(
            az="“Vətəndaşlıq haqqında” Qanun, maddə 14",
            en="Law on Citizenship, Article 14",
            ru="Закон «О гражданстве», статья 14",
        ),
        "languages": ("az", "ru"),
    },
    {
        "slug": "check-application",
        "title": T(
            az="Müraciətin vəziyyətinin yoxlanılması",
            en="Checking an application's status",
            ru="Проверка статуса заявления",
        ),
        "summary": T(
            az="Müraciət nömrəsi ilə müraciətinizin hansı mərhələdə olduğunu öyrənin.",
            en="Find out, with your application number, where your application stands.",
            ru="Узнайте по номеру заявления, на каком этапе оно находится.",
        ),
        "life_event": "staying",
        "audiences": ("foreigner", "stateless", "citizen", "employer"),
        "documents": _docs(T(az="müraciət nömrəsi", en="your application number", ru="номер заявления")),
        "fee": FREE,
        "time_limit": "",
        "duration": T(az="Dərhal", en="At once", ru="Сразу"),
        "legal_basis": CODE,
        "languages": ("az", "en", "ru"),
    },
]

# --- departments -----------------------------------------------------------------------------


def D(az, en, ru):
    """A district's name in the three languages."""
    return T(az=az, en=en, ru=ru)


HOURS_STANDARD = [("citizens", 1, 5, "09:00", "13:00"), ("foreigners", 1, 5, "14:00", "18:00")]
HOURS_HQ = [
    ("citizens", 1, 5, "09:00", "18:00"),
    ("foreigners", 1, 5, "09:00", "18:00"),
    ("foreigners", 6, 6, "10:00", "14:00"),
]

CORNER = T(
    az="Məlumat və hüquqi maarifləndirmə guşəsində miqrasiya qaydaları barədə vərəqələr, elektron xidmətlərdən "
    "istifadə üçün kompüter və məsləhət verən əməkdaş var.",
    en="The information and legal awareness corner has leaflets on the migration rules, a computer for the "
    "e-services and an officer who gives advice.",
    ru="В уголке информации и правового просвещения есть памятки о миграционных правилах, компьютер для "
    "электронных услуг и сотрудник, который консультирует.",
)

# Every district and city of the country, by economic region (2021); each department serves whole
# economic regions, so "Which office serves me?" answers for every place. Former and other
# spellings (Nukha, Kirovabad, Zakataly...) are ``outreach.districts.OTHER_NAMES``.
BAKU = [
    D("Bakı", "Baku", "Баку"),
    D("Binəqədi", "Binagadi", "Бинагади"),
    D("Xətai", "Khatai", "Хатаи"),
    D("Xəzər", "Khazar", "Хазар"),
    D("Qaradağ", "Garadagh", "Гарадаг"),
    D("Nərimanov", "Narimanov", "Нариманов"),
    D("Nəsimi", "Nasimi", "Насими"),
    D("Nizami", "Nizami", "Низами"),
    D("Pirallahı", "Pirallahi", "Пираллахы"),
    D("Sabunçu", "Sabunchu", "Сабунчу"),
    D("Səbail", "Sabail", "Сабаил"),
    D("Suraxanı", "Surakhani", "Сураханы"),
    D("Yasamal", "Yasamal", "Ясамал"),
]
ABSHERON_KHIZI = [
    D("Sumqayıt", "Sumgayit", "Сумгаит"),
    D("Abşeron", "Absheron", "Абшерон"),
    D("Xızı", "Khizi", "Хызы"),
]
MOUNTAINOUS_SHIRVAN = [
    D("Şamaxı", "Shamakhi", "Шамахы"),
    D("İsmayıllı", "Ismayilli", "Исмаиллы"),
    D("Ağsu", "Agsu", "Агсу"),
    D("Qobustan", "Gobustan", "Гобустан"),
]
GANJA_DASHKASAN = [
    D("Gəncə", "Ganja", "Гянджа"),
    D("Naftalan", "Naftalan", "Нафталан"),
    D("Göygöl", "Goygol", "Гёйгёль"),
    D("Samux", "Samukh", "Самух"),
    D("Daşkəsən", "Dashkasan", "Дашкесан"),
    D("Goranboy", "Goranboy", "Геранбой"),
]
GAZAKH_TOVUZ = [
    D("Qazax", "Gazakh", "Газах"),
    D("Ağstafa", "Agstafa", "Агстафа"),
    D("Tovuz", "Tovuz", "Товуз"),
    D("Gədəbəy", "Gadabay", "Гедабек"),
    D("Şəmkir", "Shamkir", "Шамкир"),
]
SHAKI_ZAGATALA = [
    D("Şəki", "Shaki", "Шеки"),
    D("Oğuz", "Oghuz", "Огуз"),
    D("Qəbələ", "Gabala", "Габала"),
    D("Qax", "Gakh", "Гах"),
    D("Zaqatala", "Zagatala", "Загатала"),
    D("Balakən", "Balakan", "Балакен"),
]
GUBA_KHACHMAZ = [
    D("Quba", "Guba", "Губа"),
    D("Qusar", "Gusar", "Гусар"),
    D("Xaçmaz", "Khachmaz", "Хачмаз"),
    D("Şabran", "Shabran", "Шабран"),
    D("Siyəzən", "Siyazan", "Сиазань"),
]
LANKARAN_ASTARA = [
    D("Lənkəran", "Lankaran", "Ленкорань"),
    D("Astara", "Astara", "Астара"),
    D("Lerik", "Lerik", "Лерик"),
    D("Yardımlı", "Yardimli", "Ярдымлы"),
    D("Masallı", "Masalli", "Масаллы"),
    D("Cəlilabad", "Jalilabad", "Джалилабад"),
]
CENTRAL_ARAN = [
    D("Mingəçevir", "Mingachevir", "Мингячевир"),
    D("Yevlax", "Yevlakh", "Евлах"),
    D("Ağdaş", "Agdash", "Агдаш"),
    D("Göyçay", "Goychay", "Гёйчай"),
    D("Ucar", "Ujar", "Уджар"),
    D("Zərdab", "Zardab", "Зардаб"),
    D("Kürdəmir", "Kurdamir", "Кюрдамир"),
]
SHIRVAN_SALYAN = [
    D("Şirvan", "Shirvan", "Ширван"),
    D("Salyan", "Salyan", "Сальяны"),
    D("Neftçala", "Neftchala", "Нефтечала"),
    D("Hacıqabul", "Hajigabul", "Гаджигабул"),
    D("Biləsuvar", "Bilasuvar", "Билясувар"),
]
MIL_MUGAN = [
    D("İmişli", "Imishli", "Имишли"),
    D("Saatlı", "Saatli", "Саатлы"),
    D("Sabirabad", "Sabirabad", "Сабирабад"),
    D("Beyləqan", "Beylagan", "Бейлаган"),
]
KARABAKH = [
    D("Xankəndi", "Khankendi", "Ханкенди"),
    D("Şuşa", "Shusha", "Шуша"),
    D("Ağdam", "Aghdam", "Агдам"),
    D("Ağcabədi", "Aghjabadi", "Агджабеди"),
    D("Bərdə", "Barda", "Барда"),
    D("Tərtər", "Tartar", "Тертер"),
    D("Ağdərə", "Aghdara", "Агдере"),
    D("Xocalı", "Khojaly", "Ходжалы"),
    D("Xocavənd", "Khojavend", "Ходжавенд"),
    D("Füzuli", "Fuzuli", "Физули"),
]
EAST_ZANGEZUR = [
    D("Kəlbəcər", "Kalbajar", "Кельбаджар"),
    D("Laçın", "Lachin", "Лачин"),
    D("Qubadlı", "Gubadli", "Губадлы"),
    D("Zəngilan", "Zangilan", "Зангилан"),
    D("Cəbrayıl", "Jabrayil", "Джебраил"),
]
NAKHCHIVAN = [
    D("Naxçıvan", "Nakhchivan", "Нахчыван"),
    D("Babək", "Babek", "Бабек"),
    D("Culfa", "Julfa", "Джульфа"),
    D("Kəngərli", "Kangarli", "Кенгерли"),
    D("Ordubad", "Ordubad", "Ордубад"),
    D("Sədərək", "Sadarak", "Садарак"),
    D("Şahbuz", "Shahbuz", "Шахбуз"),
    D("Şərur", "Sharur", "Шарур"),
]

DEPARTMENTS = [
    {
        "key": "hq",
        "hq": True,
        "region": "baku",
        "title": T(az="Mərkəzi aparat (Bakı)", en="Headquarters (Baku)", ru="Центральный аппарат (Баку)"),
        "address": T(
            az="Bakı, Binəqədi şossesi 202", en="202 Binagadi highway, Baku", ru="Баку, Бинагадинское шоссе, 202"
        ),
        "phone": "+994 12 565 00 00",
        "email": "info@qapi.example",
        "head": T(az="Xidmətin rəisi", en="Head of the Service", ru="Начальник Службы"),
        "hours": HOURS_HQ,
        "districts": BAKU,
    },
    {
        "key": "ganja",
        "region": "ganja-dashkasan",
        "title": T(
            az="Gəncə regional miqrasiya idarəsi",
            en="Ganja regional migration department",
            ru="Гянджинское региональное миграционное управление",
        ),
        "address": T(
            az="Gəncə, Atatürk prospekti 12", en="12 Ataturk avenue, Ganja", ru="Гянджа, проспект Ататюрка, 12"
        ),
        "phone": "+994 22 256 10 10",
        "head": T(az="Rəşad Məmmədov", en="Rashad Mammadov", ru="Рашад Мамедов"),
        "districts": GANJA_DASHKASAN,
    },
    {
        "key": "sumgayit",
        "region": "absheron-khizi",
        "title": T(
            az="Sumqayıt regional miqrasiya idarəsi",
            en="Sumgayit regional migration department",
            ru="Сумгаитское региональное миграционное управление",
        ),
        "address": T(az="Sumqayıt, Sülh küçəsi 5", en="5 Sulh street, Sumgayit", ru="Сумгаит, улица Сульх, 5"),
        "phone": "+994 18 642 10 10",
        "head": T(az="Elnur Həsənov", en="Elnur Hasanov", ru="Эльнур Гасанов"),
        "districts": ABSHERON_KHIZI + MOUNTAINOUS_SHIRVAN,
    },
    {
        "key": "shaki",
        "region": "shaki-zagatala",
        "title": T(
            az="Şəki regional miqrasiya idarəsi",
            en="Shaki regional migration department",
            ru="Шекинское региональное миграционное управление",
        ),
        "address": T(
            az="Şəki, M. F. Axundzadə prospekti 30",
            en="30 M. F. Akhundzada avenue, Shaki",
            ru="Шеки, проспект М. Ф. Ахундзаде, 30",
        ),
        "phone": "+994 24 244 10 10",
        "head": T(az="Vüqar Əliyev", en="Vugar Aliyev", ru="Вугар Алиев"),
        "districts": SHAKI_ZAGATALA,
    },
    {
        "key": "lankaran",
        "region": "lankaran-astara",
        "title": T(
            az="Lənkəran regional miqrasiya idarəsi",
            en="Lankaran regional migration department",
            ru="Ленкоранское региональное миграционное управление",
        ),
        "address": T(
            az="Lənkəran, Həzi Aslanov küçəsi 8",
            en="8 Hazi Aslanov street, Lankaran",
            ru="Ленкорань, улица Гази Асланова, 8",
        ),
        "phone": "+994 25 255 10 10",
        "head": T(az="Samir Quliyev", en="Samir Guliyev", ru="Самир Гулиев"),
        "districts": LANKARAN_ASTARA,
    },
    {
        "key": "guba",
        "region": "guba-khachmaz",
        "title": T(
            az="Quba regional miqrasiya idarəsi",
            en="Guba regional migration department",
            ru="Губинское региональное миграционное управление",
        ),
        "address": T(
            az="Quba, Heydər Əliyev prospekti 140",
            en="140 Heydar Aliyev avenue, Guba",
            ru="Губа, проспект Гейдара Алиева, 140",
        ),
        "phone": "+994 23 335 10 10",
        "head": T(az="Tural İsmayılov", en="Tural Ismayilov", ru="Турал Исмаилов"),
        "districts": GUBA_KHACHMAZ,
    },
    {
        "key": "shirvan",
        "region": "shirvan-salyan",
        "title": T(
            az="Şirvan regional miqrasiya idarəsi",
            en="Shirvan regional migration department",
            ru="Ширванское региональное миграционное управление",
        ),
        "address": T(
            az="Şirvan, Azərbaycan prospekti 20",
            en="20 Azerbaijan avenue, Shirvan",
            ru="Ширван, проспект Азербайджан, 20",
        ),
        "phone": "+994 21 215 10 10",
        "head": T(az="Kamran Nəbiyev", en="Kamran Nabiyev", ru="Камран Набиев"),
        "districts": SHIRVAN_SALYAN + MIL_MUGAN,
    },
    {
        "key": "mingachevir",
        "region": "central-aran",
        "title": T(
            az="Mingəçevir regional miqrasiya idarəsi",
            en="Mingachevir regional migration department",
            ru="Мингячевирское региональное миграционное управление",
        ),
        "address": T(
            az="Mingəçevir, H. Əliyev prospekti 15",
            en="15 H. Aliyev avenue, Mingachevir",
            ru="Мингячевир, проспект Г. Алиева, 15",
        ),
        "phone": "+994 24 274 10 10",
        "head": T(az="Fuad Rzayev", en="Fuad Rzayev", ru="Фуад Рзаев"),
        "districts": CENTRAL_ARAN + KARABAKH + EAST_ZANGEZUR,
    },
    {
        "key": "gazakh",
        "region": "gazakh-tovuz",
        "title": T(
            az="Qazax regional miqrasiya idarəsi",
            en="Gazakh regional migration department",
            ru="Газахское региональное миграционное управление",
        ),
        "address": T(az="Qazax, Azadlıq küçəsi 3", en="3 Azadlig street, Gazakh", ru="Газах, улица Азадлыг, 3"),
        "phone": "+994 22 295 10 10",
        "head": T(az="Orxan Səfərov", en="Orkhan Safarov", ru="Орхан Сафаров"),
        "districts": GAZAKH_TOVUZ,
    },
    {
        "key": "nakhchivan",
        "region": "nakhchivan",
        "title": T(
            az="Naxçıvan Muxtar Respublikasının Miqrasiya Xidməti",
            en="Migration Service of the Nakhchivan Autonomous Republic",
            ru="Миграционная служба Нахчыванской Автономной Республики",
        ),
        "address": T(
            az="Naxçıvan, Atatürk küçəsi 4", en="4 Ataturk street, Nakhchivan", ru="Нахчыван, улица Ататюрка, 4"
        ),
        "phone": "+994 36 545 10 10",
        "head": T(az="Elşən Kərimov", en="Elshan Karimov", ru="Эльшан Керимов"),
        "districts": NAKHCHIVAN,
    },
]

# The contacts page links the departments list (added once to its body).
CONTACTS_LINK = {
    "title": T(az="Regional idarələr", en="Regional offices", ru="Региональные управления"),
    "text": T(
        az="Bakıdan kənarda yaşayırsınızsa, sizə ən yaxın regional miqrasiya idarəsini tapın.",
        en="Living outside Baku? Find the regional migration department that serves your district.",
        ru="Живёте не в Баку? Найдите региональное миграционное управление, которое обслуживает ваш район.",
    ),
    "button_label": T(
        az="Hansı idarə mənə xidmət edir?", en="Which office serves me?", ru="Какое управление меня обслуживает?"
    ),
}

# The legal information page (standard demo) had its own copy of the visa purposes as a table;
# it links the leaflets page instead, which lists them (and the duties) from the snippets.
LEGAL_LINK = {
    "title": T(
        az="Viza məqsədləri və əcnəbilərin vəzifələri",
        en="Visa purposes and the duties of foreigners",
        ru="Цели виз и обязанности иностранцев",
    ),
    "text": T(
        az="Adi vizaların məqsədləri (Miqrasiya Məcəlləsi, maddə 24.5) və əcnəbilərin vəzifələri (maddə 76.3) "
        "vərəqələr səhifəsində, sərhəddə verilən vərəqələrdəki kimi göstərilir.",
        en="The purposes of ordinary visas (Migration Code, Article 24.5) and the duties of foreigners "
        "(Article 76.3) are listed on the leaflets page, as on the leaflets handed out at the border.",
        ru="Цели обычных виз (Миграционный кодекс, статья 24.5) и обязанности иностранцев (статья 76.3) "
        "приведены на странице памяток, так же как в памятках, которые выдают на границе.",
    ),
    "button_label": T(az="Viza məqsədlərinə baxın", en="See the visa purposes", ru="Посмотреть цели виз"),
}
