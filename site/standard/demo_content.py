"""The standard pages' demo texts in az, en and ru (the step is in standard/demo.py).

Each page's body is data: a list of StreamField blocks whose texts are ``T``/``P``
values; ``Ref("...")`` marks what the step supplies (the visa document, another page).
"""

import datetime

from core.demo import P, Ref, T
from core.demo_content import NINE_MONTHS, VIOLATIONS

# Article 24.5 of the Migration Code; the legal page's table and the PDF list them.
VISA_PURPOSES = T(
    az=["işgüzar", "elmi", "təhsil", "əmək", "turizm", "mədəniyyət", "idman", "humanitar", "müalicə", "şəxsi"],
    en=[
        "business",
        "science",
        "education",
        "employment",
        "tourism",
        "culture",
        "sports",
        "humanitarian",
        "treatment",
        "personal travel",
    ],
    # Adjectives, as the Code words them ("цель": деловая, туристическая…).
    ru=[
        "деловая",
        "научная",
        "учебная",
        "трудовая",
        "туристическая",
        "культурная",
        "спортивная",
        "гуманитарная",
        "лечебная",
        "частная",
    ],
)
VISA_TABLE_HEAD = T(az=["№", "Məqsəd"], en=["No.", "Purpose"], ru=["№", "Цель"])

# The legal page's PDF, one file per language (standard/demo_documents.py writes it):
# each language's body links the file in its own language.
DOCUMENT = {
    "title": T(
        az="Miqrasiya Məcəlləsi: adi vizaların məqsədləri",
        en="Migration Code: purposes of ordinary visas",
        ru="Миграционный кодекс: цели обычных виз",
    ),
    "filename": T(az="viza-meqsedleri-az.pdf", en="visa-purposes-en.pdf", ru="celi-viz-ru.pdf"),
    "subtitle": T(
        az="24.5-ci maddənin qısa xülasəsi",
        en="A short summary of Article 24.5",
        ru="Краткое изложение статьи 24.5",
    ),
    "intro": T(
        az="Miqrasiya Məcəlləsinin 24.5-ci maddəsinə əsasən, adi giriş vizaları Azərbaycan Respublikasına aşağıdakı "
        "məqsədlərlə gələn əcnəbilərə və vətəndaşlığı olmayan şəxslərə verilir:",
        en="Under Article 24.5 of the Migration Code, ordinary entry visas are issued to foreigners and stateless "
        "persons who come to the Republic of Azerbaijan for one of these purposes:",
        ru="Согласно статье 24.5 Миграционного кодекса, обычные въездные визы выдаются иностранцам и лицам без "
        "гражданства, которые прибывают в Азербайджанскую Республику со следующими целями:",
    ),
    "rules": T(
        az="Əcnəbilər ölkədə vizada göstərilən müddətə və məqsədə uyğun qala bilərlər (maddə 24.7) və bəyan "
        "etdikləri gəliş məqsədinə əməl etməlidirlər (maddə 76.3).",
        en="Foreigners may stay for the period and purpose shown on the visa (Article 24.7) and must keep to the "
        "purpose of arrival they declared (Article 76.3).",
        ru="Иностранцы могут находиться в стране в течение срока и с целью, указанными в визе (статья 24.7), и "
        "обязаны соблюдать заявленную цель приезда (статья 76.3).",
    ),
    "note": T(
        az="Bu, qısa xülasədir; hüquqi qüvvəyə Miqrasiya Məcəlləsinin mətni malikdir.",
        en="This is a summary; the text of the Migration Code itself is what has legal force.",
        ru="Это краткое изложение; юридическую силу имеет текст Миграционного кодекса.",
    ),
    "footer": T(
        az="Dövlət Miqrasiya Xidməti, Çağrı Mərkəzi (012) 919",
        en="State Migration Service, Call Center (012) 919",
        ru="Государственная миграционная служба, колл-центр (012) 919",
    ),
}

SERVICES_FAQ = {
    "heading": T(az="Tez-tez verilən suallar", en="Frequently asked questions", ru="Частые вопросы"),
    "items": [
        {
            "question": T(
                az="Olduğu yer üzrə qeydiyyat",
                en="Registration at place of stay",
                ru="Регистрация по месту пребывания",
            ),
            "answer": P(
                az="Ölkəyə gələn əcnəbilər və vətəndaşlığı olmayan şəxslər qaldıqları ünvan üzrə qeydiyyata alınır. "
                "Müraciəti elektron qaydada da vermək olar.",
                en="Foreigners and stateless persons who arrive in the country are registered at the address where "
                "they stay. The application can also be made online.",
                ru="Прибывающие в страну иностранцы и лица без гражданства регистрируются по адресу пребывания. "
                "Заявление можно подать и в электронном виде.",
            ),
        },
        {
            "question": T(
                az="Müvəqqəti qalma müddətinin uzadılması",
                en="Extending a temporary stay",
                ru="Продление срока временного пребывания",
            ),
            "answer": P(
                az="Qalma müddəti bitməzdən əvvəl uzadılması üçün müraciət edin; əsaslar və sənədlər siyahısı "
                "Xidmətin regional idarələrində də təqdim olunur.",
                en="Apply before your permitted stay ends; the grounds and the list of documents are also available "
                "at the regional migration departments.",
                ru="Подайте заявление до окончания разрешённого срока; основания и перечень документов можно "
                "узнать и в региональных управлениях.",
            ),
        },
        {
            "question": T(
                az="Müvəqqəti və daimi yaşamaq üçün icazələr",
                en="Temporary and permanent residence permits",
                ru="Разрешения на временное и постоянное проживание",
            ),
            "answer": P(
                az="İcazələrin verilməsi və uzadılması “bir pəncərə” prinsipi ilə həyata keçirilir.",
                en="Permits are issued and extended on the one-stop-shop principle.",
                ru="Разрешения выдаются и продлеваются по принципу «одного окна».",
            ),
        },
        {
            "question": T(az="İş icazəsi", en="Work permits", ru="Разрешения на работу"),
            "answer": P(
                az="İşəgötürənlər əcnəbini ödənişli əmək fəaliyyətinə cəlb etmək üçün iş icazəsi alır və onu uzadır.",
                en="Employers obtain and extend work permits to engage a foreigner in paid work.",
                ru="Работодатели получают и продлевают разрешения на работу для привлечения иностранца к "
                "оплачиваемой трудовой деятельности.",
            ),
        },
        {
            "question": T(
                az="Vətəndaşlıq və qaçqın statusu",
                en="Citizenship and refugee status",
                ru="Гражданство и статус беженца",
            ),
            "answer": P(
                az="Vətəndaşlığa qəbul, ondan çıxma, bərpa, vətəndaşlığın müəyyənləşdirilməsi və qaçqın statusunun "
                "müəyyən edilməsi üzrə müraciətlər qanunvericiliyə uyğun araşdırılır.",
                en="Applications for admission to, renunciation and restoration of citizenship, for establishing "
                "citizenship and for refugee status are examined under the law.",
                ru="Заявления о приёме в гражданство, выходе из него, восстановлении и определении гражданства, "
                "а также о статусе беженца рассматриваются в соответствии с законом.",
            ),
        },
    ],
}

# In menu order; "key" is how other apps' steps find the page (ctx.pages[key]).
PAGES = [
    {
        "key": "about",
        "title": T(az="Xidmət haqqında", en="About the Service", ru="О Службе"),
        "intro": T(
            az="Dövlət Miqrasiya Xidməti miqrasiya proseslərinin tənzimlənməsi və idarə olunması sahəsində "
            "vahid dövlət orqanıdır.",
            en="The State Migration Service is the single state body that regulates and manages migration.",
            ru="Государственная миграционная служба — единый государственный орган в сфере регулирования и "
            "управления миграционными процессами.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Xidmət “bir pəncərə” prinsipi ilə işləyir: qeydiyyat, qalma müddətinin uzadılması, yaşamaq "
                    "üçün icazələr və iş icazələri, vətəndaşlıq və qaçqın statusu məsələləri bir yerdə həll olunur.",
                    en="The Service works on the one-stop-shop principle: registration, extension of stay, residence "
                    "and work permits, citizenship and refugee status are handled in one place.",
                    ru="Служба работает по принципу «одного окна»: регистрация, продление пребывания, разрешения на "
                    "проживание и работу, вопросы гражданства и статуса беженца решаются в одном месте.",
                ),
            ),
            (
                "paragraph",
                P(
                    az="Mərkəzi aparatdan əlavə, Naxçıvan Muxtar Respublikasının Dövlət Miqrasiya Xidməti və 8 "
                    "regional miqrasiya idarəsi müasir inzibati binalarda fəaliyyət göstərir.",
                    en="Besides the headquarters, the State Migration Service of the Nakhchivan Autonomous Republic "
                    "and 8 regional migration departments work from modern administrative buildings.",
                    ru="Помимо центрального аппарата, в современных административных зданиях работают "
                    "Государственная миграционная служба Нахчыванской Автономной Республики и 8 региональных "
                    "миграционных управлений.",
                ),
            ),
        ],
    },
    {
        "key": "services",
        "title": T(az="Xidmətlər", en="Services", ru="Услуги"),
        "intro": T(
            az="Əcnəbilər, vətəndaşlığı olmayan şəxslər, vətəndaşlar və işəgötürənlər üçün xidmətlər.",
            en="Services for foreigners, stateless persons, citizens and employers.",
            ru="Услуги для иностранцев, лиц без гражданства, граждан и работодателей.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Xidmətin 11 elektron xidməti elektron hökumət portalına qoşulub: müraciətləri onlayn vermək "
                    "olar.",
                    en="Eleven of the Service's e-services are connected to the e-government portal, so applications "
                    "can be made online.",
                    ru="Одиннадцать электронных услуг Службы подключены к порталу электронного правительства: "
                    "заявления можно подавать онлайн.",
                ),
            ),
            ("accordion", SERVICES_FAQ),
        ],
    },
    {
        "key": "statistics",
        "title": T(az="Statistika", en="Statistics", ru="Статистика"),
        "intro": T(
            az="Xidmətin fəaliyyətinə dair əsas göstəricilər.",
            en="Key figures on the Service's work.",
            ru="Основные показатели работы Службы.",
        ),
        "body": [("statistics", NINE_MONTHS), ("statistics", VIOLATIONS)],
    },
    {
        "key": "legal",
        "title": T(az="Hüquqi məlumat", en="Legal information", ru="Правовая информация"),
        "intro": T(
            az="Miqrasiya Məcəlləsinin əcnəbilərin gəliş məqsədinə dair müddəaları.",
            en="What the Migration Code says about the purpose of a foreigner's visit.",
            ru="Положения Миграционного кодекса о цели приезда иностранцев.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Miqrasiya Məcəlləsinin 24.7-ci maddəsinə əsasən, əcnəbilər ölkədə vizada göstərilən müddətə "
                    "və məqsədə uyğun qala bilərlər; 76.3-cü maddə isə bəyan edilmiş gəliş məqsədinə əməl etməyi "
                    "tələb edir.",
                    en="Under Article 24.7 of the Migration Code, foreigners may stay for the period and purpose "
                    "shown on the visa; Article 76.3 requires them to keep to the purpose of arrival they declared.",
                    ru="Согласно статье 24.7 Миграционного кодекса, иностранцы могут находиться в стране в течение "
                    "срока и с целью, указанными в визе; статья 76.3 обязывает соблюдать заявленную цель приезда.",
                ),
            ),
            (
                "table",
                {
                    "data": {
                        lang: [VISA_TABLE_HEAD[lang], *([str(i), purpose] for i, purpose in enumerate(purposes, 1))]
                        for lang, purposes in VISA_PURPOSES.items()
                    },
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": T(
                        az="Adi vizaların məqsədləri (maddə 24.5)",
                        en="Purposes of ordinary visas (Article 24.5)",
                        ru="Цели обычных виз (статья 24.5)",
                    ),
                },
            ),
            (
                "document",
                {
                    # Each language's file; the link says which language it is in.
                    "document": T(
                        az=Ref("visa-purposes-document-az"),
                        en=Ref("visa-purposes-document-en"),
                        ru=Ref("visa-purposes-document-ru"),
                    ),
                    "language": T(az="az", en="en", ru="ru"),
                    "label": T(
                        az="Viza məqsədləri: qısa xülasə",
                        en="Visa purposes: a short summary",
                        ru="Цели виз: краткое изложение",
                    ),
                },
            ),
        ],
    },
    {
        "key": "contacts",
        "title": T(az="Əlaqə", en="Contacts", ru="Контакты"),
        "intro": T(
            az="Bizə zəng edin, yazın və ya qəbula gəlin: Çağrı Mərkəzi Azərbaycan, ingilis və rus dillərində cavab "
            "verir.",
            en="Call, write or come to see us: the Call Center answers in Azerbaijani, English and Russian.",
            ru="Позвоните, напишите или приходите на приём: колл-центр отвечает на азербайджанском, английском и "
            "русском языках.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Müraciətləri Bakıdakı mərkəzi aparatda, Naxçıvanda və 8 regional miqrasiya idarəsində qəbul "
                    "edirik.",
                    en="We receive applications at the headquarters in Baku, in Nakhchivan and at 8 regional "
                    "migration departments.",
                    ru="Заявления принимаются в центральном аппарате в Баку, в Нахчыване и в 8 региональных "
                    "миграционных управлениях.",
                ),
            ),
            (
                "paragraph",
                P(
                    az="Telefon nömrəsi, ünvan, qəbul saatları və xəritə keçidi yuxarıda göstərilib. Sənədlərinizi "
                    "gətirməzdən əvvəl hansı sənədlərin lazım olduğunu Çağrı Mərkəzindən soruşa bilərsiniz.",
                    en="The phone number, address, reception hours and a map link are shown above. Before you bring "
                    "your documents, the Call Center can tell you which ones you need.",
                    ru="Номер телефона, адрес, часы приёма и ссылка на карту указаны выше. Прежде чем принести "
                    "документы, уточните в колл-центре, какие из них понадобятся.",
                ),
            ),
        ],
    },
]


# The pages every official site has (issue 9, point 14); the footer menu links them.
ACCESSIBILITY = {
    "key": "accessibility",
    "title": T(az="Əlçatanlıq bəyanatı", en="Accessibility statement", ru="Заявление о доступности"),
    "intro": T(
        az="Saytdan hər kəsin, o cümlədən görmə, eşitmə və hərəkət məhdudiyyəti olan insanların istifadə edə bilməsinə "
        "çalışırıq.",
        en="We want everyone to be able to use this site, including people with visual, hearing or motor impairments.",
        ru="Мы стремимся к тому, чтобы сайтом могли пользоваться все, в том числе люди с нарушениями зрения, слуха "
        "и двигательных функций.",
    ),
    "body": [
        ("heading", {"text": T(az="Uyğunluq", en="Compliance", ru="Соответствие требованиям"), "level": "h2"}),
        (
            "paragraph",
            P(
                az="Sayt Veb Məzmunun Əlçatanlığı Təlimatlarının (WCAG) 2.2 versiyasının AA səviyyəsinə uyğun "
                "hazırlanıb. Bütün səhifələr Azərbaycan, ingilis və rus dillərində eyni qaydada işləyir.",
                en="The site is built to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.2. Every "
                "page works the same way in Azerbaijani, English and Russian.",
                ru="Сайт создан в соответствии с уровнем AA Руководства по обеспечению доступности веб-контента "
                "(WCAG) 2.2. Все страницы одинаково работают на азербайджанском, английском и русском языках.",
            ),
        ),
        (
            "heading",
            {"text": T(az="Saytda nə edə bilərsiniz", en="What you can do", ru="Что вы можете сделать"), "level": "h2"},
        ),
        (
            "paragraph",
            T(
                az="<p>Bu saytda siz:</p><ul><li>bütün səhifələrdən yalnız klaviatura ilə istifadə edə;</li>"
                "<li>mətni 200%-ə qədər böyüdə bilərsiniz: məzmun itmir, səhifəni yana sürüşdürmək lazım gəlmir;</li>"
                "<li>ekran oxuyucusu ilə başlıqlar, menyular və “Əsas məzmuna keçin” keçidi üzrə hərəkət edə;</li>"
                "<li>hər diaqramdakı rəqəmləri cədvəl şəklində oxuya;</li>"
                "<li>səhifələri JavaScript olmadan aça və çap edə bilərsiniz.</li></ul>",
                en="<p>On this site you can:</p><ul><li>use every page with a keyboard alone;</li>"
                "<li>zoom text up to 200% without losing content or scrolling sideways;</li>"
                "<li>move through headings, menus and the “Skip to main content” link with a screen reader;</li>"
                "<li>read the figures of every chart as a table;</li>"
                "<li>open and print pages without JavaScript.</li></ul>",
                ru="<p>На этом сайте вы можете:</p><ul><li>пользоваться всеми страницами только с клавиатуры;</li>"
                "<li>увеличивать текст до 200% без потери содержимого и горизонтальной прокрутки;</li>"
                "<li>переходить по заголовкам, меню и ссылке «Перейти к основному содержанию» с помощью программы "
                "экранного доступа;</li>"
                "<li>читать цифры любой диаграммы в виде таблицы;</li>"
                "<li>открывать и печатать страницы без JavaScript.</li></ul>",
            ),
        ),
        (
            "heading",
            {"text": T(az="Necə yoxlayırıq", en="How we test the site", ru="Как мы проверяем сайт"), "level": "h2"},
        ),
        (
            "paragraph",
            P(
                az="Saytda edilən hər dəyişiklikdən sonra bütün səhifələr üç dildə avtomatik yoxlanılır: "
                "əlçatanlıq axe-core, HTML kodunun düzgünlüyü isə Nu HTML Checker vasitəsilə. Bundan əlavə, "
                "səhifələri klaviatura ilə və eni 375 piksel olan telefon ekranında özümüz yoxlayırıq.",
                en="After every change to the site, every page is checked automatically in all three languages: "
                "accessibility with axe-core and the HTML with the Nu HTML Checker. We also try the pages ourselves "
                "with a keyboard and on a phone screen 375 pixels wide.",
                ru="После каждого изменения сайта все страницы автоматически проверяются на трёх языках: доступность "
                "— с помощью axe-core, корректность HTML — с помощью Nu HTML Checker. Кроме того, мы сами проверяем "
                "страницы с клавиатуры и на экране телефона шириной 375 пикселей.",
            ),
        ),
        (
            "heading",
            {"text": T(az="Məlum məhdudiyyətlər", en="Known limitations", ru="Известные ограничения"), "level": "h2"},
        ),
        (
            "paragraph",
            P(
                az="Bəzi köhnə PDF sənədləri skan edilmiş şəkillərdir: onların mətnini seçmək və ya ekran oxuyucusu "
                "ilə oxumaq mümkün deyil. Belə sənədləri mətnli variantlarla əvəz edirik. Hələ əvəz olunmamış "
                "sənədin əlçatan variantı sizə lazımdırsa, bizə yazın.",
                en="Some older PDF documents are scanned images: their text cannot be selected or read by a screen "
                "reader. We are replacing them with text versions. If you need an accessible version of one that "
                "has not been replaced yet, write to us.",
                ru="Некоторые старые PDF-документы представляют собой отсканированные изображения: их текст нельзя "
                "выделить или прочитать программой экранного доступа. Мы заменяем их текстовыми версиями. Если вам "
                "нужна доступная версия документа, который ещё не заменён, напишите нам.",
            ),
        ),
        (
            "heading",
            {
                "text": T(az="Problem barədə xəbər verin", en="Report a problem", ru="Сообщить о проблеме"),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            P(
                az='Saytdan istifadə edərkən çətinliklə üzləşsəniz, <a href="mailto:info@qapi.example">'
                "info@qapi.example</a> ünvanına yazın və ya Çağrı Mərkəzinə (012) 919 nömrəsi ilə zəng edin. "
                "Hansı səhifədə nə baş verdiyini qeyd edin; beş iş günü ərzində cavab verməyə çalışırıq.",
                en='If something on the site is hard to use, write to <a href="mailto:info@qapi.example">'
                "info@qapi.example</a> or call the Call Center on (012) 919. Tell us the page and what happened; "
                "we aim to reply within five working days.",
                ru='Если каким-либо разделом сайта трудно пользоваться, напишите на <a href="mailto:info@qapi.example">'
                "info@qapi.example</a> или позвоните в колл-центр по номеру (012) 919. Укажите страницу и опишите, "
                "что произошло; мы стараемся отвечать в течение пяти рабочих дней.",
            ),
        ),
    ],
}

PRIVACY = {
    "key": "privacy",
    "title": T(az="Məxfilik siyasəti", en="Privacy notice", ru="Политика конфиденциальности"),
    "intro": T(
        az="Sayt oxuculardan hansı məlumatları toplayır, nə üçün və nə qədər saxlayır.",
        en="What this site collects from its readers, why, and for how long.",
        ru="Какие сведения сайт собирает о читателях, зачем и как долго их хранит.",
    ),
    "body": [
        (
            "heading",
            {"text": T(az="Saytı oxuyanda", en="When you read the site", ru="Когда вы читаете сайт"), "level": "h2"},
        ),
        (
            "paragraph",
            P(
                az="Sayt oxucuların cihazına kuki (cookie) yazmır, analitika və reklam xidmətlərindən istifadə etmir, "
                "şriftləri, skriptləri və şəkilləri başqa saytlardan yükləmir. Səhifəni sizə göndərmək üçün "
                "serverlər cihazınızın internet ünvanını emal edir, lakin sayt bu ünvanı saxlamır.",
                en="The site sets no cookies on readers' devices, uses no analytics or advertising services, and "
                "loads no fonts, scripts or images from other sites. To send you a page, the servers have to "
                "process your device's internet address, but the site does not store it.",
                ru="Сайт не записывает файлы cookie на устройства читателей, не использует сервисы аналитики и "
                "рекламы и не загружает шрифты, скрипты и изображения с других сайтов. Чтобы отправить вам "
                "страницу, серверы обрабатывают интернет-адрес вашего устройства, но сайт его не сохраняет.",
            ),
        ),
        ("heading", {"text": T(az="Axtarış", en="Search", ru="Поиск"), "level": "h2"}),
        (
            "paragraph",
            P(
                az="Axtarış sorğularını yalnız sadələşdirilmiş şəkildə saxlayırıq: kiçik hərflərlə və Azərbaycan "
                "hərfləri olmadan (məsələn, “aciq qapi”), hər gün üçün sorğuların sayı və nəticəsiz qalanların "
                "sayı ilə birlikdə. Sorğunu kimin etdiyi barədə heç nə saxlanılmır. Bu məlumatlar oxucuların nə "
                "axtardığını və saytda nəyin çatışmadığını göstərir.",
                en="We keep search queries only in a simplified form, in lower case and without Azerbaijani letters "
                "(for example “aciq qapi”), with the number of searches per day and how many of them found nothing. "
                "Nothing is kept about who searched. This tells us what readers look for and what the site is "
                "missing.",
                ru="Поисковые запросы хранятся только в упрощённом виде — строчными буквами и без азербайджанских "
                "букв (например, «aciq qapi»), вместе с числом запросов за день и числом запросов без результатов. "
                "О том, кто искал, ничего не сохраняется. Эти данные показывают, что ищут читатели и чего не "
                "хватает на сайте.",
            ),
        ),
        (
            "heading",
            {
                "text": T(
                    az="“Bu səhifə faydalı oldumu?” sualı",
                    en="“Was this page useful?”",
                    ru="Вопрос «Была ли эта страница полезной?»",
                ),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            P(
                az="Bu suala cavab verəndə yalnız “bəli” və ya “xeyr” cavabınızı, istəsəniz yazdığınız qısa şərhi, "
                "səhifəni, dili və tarixi saxlayırıq. İnternet ünvanınız, brauzeriniz və cavab vaxtı saxlanılmır. "
                "Şərhdə yazılmış e-poçt ünvanları və uzun rəqəmlər (telefon, sənəd nömrələri) saxlanılmazdan əvvəl "
                "silinir. Cavabları səhifələri yaxşılaşdırmaq üçün Xidmətin redaktorları oxuyur. Bir cihazdan qısa "
                "müddətdə çoxlu cavab göndərilməsin deyə internet ünvanınızdan hesablanan və ünvanın özünü bərpa "
                "etməyə imkan verməyən kod on dəqiqə müvəqqəti yaddaşda qalır.",
                en="When you answer, we keep only your “yes” or “no”, the short comment you may add, the page, the "
                "language and the date. Your internet address, your browser and the time of your answer are not "
                "kept. E-mail addresses and long numbers (phone or document numbers) written in a comment are "
                "removed before it is saved. The Service's editors read the answers to improve the pages. So that "
                "one device cannot send many answers in a short time, a code computed from your internet address, "
                "from which the address itself cannot be recovered, is held in temporary memory for ten minutes.",
                ru="Когда вы отвечаете на этот вопрос, мы сохраняем только ответ «да» или «нет», короткий "
                "комментарий, если вы его оставили, страницу, язык и дату. Ваш интернет-адрес, браузер и время "
                "ответа не сохраняются. Адреса электронной почты и длинные номера (телефонов, документов), "
                "написанные в комментарии, удаляются до сохранения. Ответы читают редакторы Службы, чтобы улучшать "
                "страницы. Чтобы с одного устройства нельзя было отправить много ответов за короткое время, код, "
                "вычисленный из вашего интернет-адреса и не позволяющий восстановить сам адрес, хранится во "
                "временной памяти десять минут.",
            ),
        ),
        (
            "heading",
            {
                "text": T(az="Tədbirlərdə qeydiyyat", en="Event registration", ru="Регистрация на мероприятия"),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            P(
                az="Tezliklə saytda “Açıq qapı günü” və digər tədbirlərdə iştirak üçün qeydiyyat açılacaq. Qeydiyyat "
                "forması adınızı və sizinlə əlaqə saxlamaq üçün məlumatları soruşacaq. Bu məlumatlardan yalnız "
                "tədbirin təşkili üçün istifadə olunacaq və onlar müəyyən müddətdən sonra silinəcək. Qeydiyyat "
                "açılanadək bu səhifəyə ətraflı məlumat əlavə edəcəyik.",
                en="Registration for Open Door Days and other events will open on this site soon. Its form will ask "
                "for your name and how to contact you. These details will be used only to organise the event and "
                "will be deleted after a set period. We will add the details to this page before registration "
                "opens.",
                ru="Вскоре на сайте откроется регистрация на «Дни открытых дверей» и другие мероприятия. Форма "
                "регистрации попросит ваше имя и контактные данные. Они будут использоваться только для "
                "организации мероприятия и удаляться по истечении установленного срока. Подробности мы добавим на "
                "эту страницу до открытия регистрации.",
            ),
        ),
        (
            "heading",
            {
                "text": T(az="Hüquqlarınız və əlaqə", en="Your rights and how to reach us", ru="Ваши права и контакты"),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            P(
                az="Fərdi məlumatlar “Fərdi məlumatlar haqqında” Azərbaycan Respublikasının Qanununa uyğun olaraq "
                'emal edilir. Sualınız və ya müraciətiniz olarsa, <a href="mailto:info@qapi.example">'
                "info@qapi.example</a> ünvanına yazın və ya Çağrı Mərkəzinə (012) 919 nömrəsi ilə zəng edin.",
                en="Personal data is processed under the Law of the Republic of Azerbaijan “On Personal Data”. For "
                'questions or requests, write to <a href="mailto:info@qapi.example">info@qapi.example</a> or call '
                "the Call Center on (012) 919.",
                ru="Персональные данные обрабатываются в соответствии с Законом Азербайджанской Республики «О "
                'персональных данных». С вопросами и обращениями пишите на <a href="mailto:info@qapi.example">'
                "info@qapi.example</a> или звоните в колл-центр по номеру (012) 919.",
            ),
        ),
    ],
}

OFFICIAL_PAGES = [ACCESSIBILITY, PRIVACY]


# When each page last had a real change (shown as "Last updated" and as its date in search
# results), instead of the day the demo was loaded.
LAST_CHANGED = {
    "about": datetime.date(2017, 3, 14),
    "services": datetime.date(2017, 9, 4),
    "statistics": datetime.date(2017, 10, 26),
    "legal": datetime.date(2017, 6, 30),
    "contacts": datetime.date(2017, 11, 2),
    "accessibility": datetime.date(2026, 11, 20),
    "privacy": datetime.date(2026, 11, 20),
}
