""" "Which office serves me?" answers for every district and city of Azerbaijan.

The list below is written here, independently of ``outreach.demo_content``: the country's 66
districts (59 on the mainland, 7 in Nakhchivan), the 11 cities of republican subordination,
Baku's 12 districts and Aghdara, each with its economic region. The demo's departments must
serve every one of them, under each of its three names, exactly once; former and other
spellings a reader may type (Nukha, Kirovabad, Zakataly, Stepanakert...) find the same office.
"""

import datetime

import pytest
from bs4 import BeautifulSoup

from outreach import demo_content
from outreach.districts import find_district
from outreach.models import DepartmentDistrict, ReceptionHours
from tests.outreach.conftest import published
from tests.outreach.factories import DepartmentIndexPageFactory, DepartmentPageFactory
from tests.shared_db import make_home, per_module

# (Azerbaijani, English, Russian, economic region)
PLACES = [
    # Baku and its districts
    ("Bakı", "Baku", "Баку", "baku"),
    ("Binəqədi", "Binagadi", "Бинагади", "baku"),
    ("Xətai", "Khatai", "Хатаи", "baku"),
    ("Xəzər", "Khazar", "Хазар", "baku"),
    ("Qaradağ", "Garadagh", "Гарадаг", "baku"),
    ("Nərimanov", "Narimanov", "Нариманов", "baku"),
    ("Nəsimi", "Nasimi", "Насими", "baku"),
    ("Nizami", "Nizami", "Низами", "baku"),
    ("Pirallahı", "Pirallahi", "Пираллахы", "baku"),
    ("Sabunçu", "Sabunchu", "Сабунчу", "baku"),
    ("Səbail", "Sabail", "Сабаил", "baku"),
    ("Suraxanı", "Surakhani", "Сураханы", "baku"),
    ("Yasamal", "Yasamal", "Ясамал", "baku"),
    # Absheron-Khizi
    ("Sumqayıt", "Sumgait", "Сумгайыт", "absheron-khizi"),
    ("Abşeron", "Absheron", "Апшерон", "absheron-khizi"),
    ("Xızı", "Khizi", "Хызы", "absheron-khizi"),
    # Mountainous Shirvan
    ("Şamaxı", "Shamakhi", "Шемахы", "mountainous-shirvan"),
    ("İsmayıllı", "Ismayilli", "Исмаиллы", "mountainous-shirvan"),
    ("Ağsu", "Agsu", "Агсу", "mountainous-shirvan"),
    ("Qobustan", "Gobustan", "Гобустан", "mountainous-shirvan"),
    # Ganja-Dashkasan
    ("Gəncə", "Ganja", "Гянджа", "ganja-dashkasan"),
    ("Naftalan", "Naftalan", "Нафталан", "ganja-dashkasan"),
    ("Daşkəsən", "Dashkasan", "Дашкесан", "ganja-dashkasan"),
    ("Goranboy", "Goranboy", "Геранбой", "ganja-dashkasan"),
    ("Göygöl", "Goygol", "Гёйгёль", "ganja-dashkasan"),
    ("Samux", "Samukh", "Самух", "ganja-dashkasan"),
    # Gazakh-Tovuz
    ("Ağstafa", "Agstafa", "Агстафа", "gazakh-tovuz"),
    ("Gədəbəy", "Gadabay", "Гедабей", "gazakh-tovuz"),
    ("Qazax", "Qazakh", "Газах", "gazakh-tovuz"),
    ("Şəmkir", "Shamkir", "Шамкир", "gazakh-tovuz"),
    ("Tovuz", "Tovuz", "Товуз", "gazakh-tovuz"),
    # Guba-Khachmaz
    ("Quba", "Quba", "Куба", "guba-khachmaz"),
    ("Qusar", "Qusar", "Кусар", "guba-khachmaz"),
    ("Xaçmaz", "Khachmaz", "Хачмас", "guba-khachmaz"),
    ("Şabran", "Shabran", "Шабран", "guba-khachmaz"),
    ("Siyəzən", "Siyazan", "Сиязань", "guba-khachmaz"),
    # Shaki-Zagatala
    ("Şəki", "Sheki", "Шеки", "shaki-zagatala"),
    ("Balakən", "Balakan", "Белоканы", "shaki-zagatala"),
    ("Qax", "Qakh", "Гах", "shaki-zagatala"),
    ("Oğuz", "Oguz", "Огуз", "shaki-zagatala"),
    ("Qəbələ", "Qabala", "Габала", "shaki-zagatala"),
    ("Zaqatala", "Zaqatala", "Закатала", "shaki-zagatala"),
    # Lankaran-Astara
    ("Lənkəran", "Lankaran", "Ленкорань", "lankaran-astara"),
    ("Astara", "Astara", "Астара", "lankaran-astara"),
    ("Cəlilabad", "Jalilabad", "Джалилабад", "lankaran-astara"),
    ("Lerik", "Lerik", "Лерик", "lankaran-astara"),
    ("Masallı", "Masally", "Масаллы", "lankaran-astara"),
    ("Yardımlı", "Yardymli", "Ярдымлы", "lankaran-astara"),
    # Central Aran
    ("Mingəçevir", "Mingachevir", "Мингечевир", "central-aran"),
    ("Yevlax", "Yevlakh", "Евлах", "central-aran"),
    ("Ağdaş", "Agdash", "Агдаш", "central-aran"),
    ("Göyçay", "Goychay", "Гёйчай", "central-aran"),
    ("Kürdəmir", "Kurdamir", "Кюрдамир", "central-aran"),
    ("Ucar", "Ujar", "Уджар", "central-aran"),
    ("Zərdab", "Zardab", "Зардоб", "central-aran"),
    # Shirvan-Salyan
    ("Şirvan", "Shirvan", "Ширван", "shirvan-salyan"),
    ("Biləsuvar", "Bilasuvar", "Билясувар", "shirvan-salyan"),
    ("Hacıqabul", "Hajigabul", "Гаджигабул", "shirvan-salyan"),
    ("Neftçala", "Neftchala", "Нефтечала", "shirvan-salyan"),
    ("Salyan", "Salyan", "Сальяны", "shirvan-salyan"),
    # Mil-Mughan
    ("Beyləqan", "Beylagan", "Бейлаган", "mil-mugan"),
    ("İmişli", "Imishli", "Имишли", "mil-mugan"),
    ("Saatlı", "Saatly", "Саатлы", "mil-mugan"),
    ("Sabirabad", "Sabirabad", "Сабирабад", "mil-mugan"),
    # Karabakh
    ("Xankəndi", "Khankendi", "Ханкенди", "karabakh"),
    ("Ağcabədi", "Aghjabadi", "Агджабеди", "karabakh"),
    ("Ağdam", "Aghdam", "Агдам", "karabakh"),
    ("Ağdərə", "Aghdara", "Агдере", "karabakh"),
    ("Bərdə", "Barda", "Барда", "karabakh"),
    ("Füzuli", "Fuzuli", "Физули", "karabakh"),
    ("Xocalı", "Khojaly", "Ходжалы", "karabakh"),
    ("Xocavənd", "Khojavend", "Ходжавенд", "karabakh"),
    ("Şuşa", "Shusha", "Шуша", "karabakh"),
    ("Tərtər", "Tartar", "Тертер", "karabakh"),
    # East Zangezur
    ("Cəbrayıl", "Jabrayil", "Джебраил", "east-zangezur"),
    ("Kəlbəcər", "Kalbajar", "Кельбаджар", "east-zangezur"),
    ("Qubadlı", "Gubadly", "Губадлы", "east-zangezur"),
    ("Laçın", "Lachin", "Лачин", "east-zangezur"),
    ("Zəngilan", "Zangilan", "Зангилан", "east-zangezur"),
    # Nakhchivan
    ("Naxçıvan", "Nakhchivan", "Нахичевань", "nakhchivan"),
    ("Babək", "Babek", "Бабек", "nakhchivan"),
    ("Culfa", "Julfa", "Джульфа", "nakhchivan"),
    ("Kəngərli", "Kangarli", "Кенгерли", "nakhchivan"),
    ("Ordubad", "Ordubad", "Ордубад", "nakhchivan"),
    ("Sədərək", "Sadarak", "Садарак", "nakhchivan"),
    ("Şahbuz", "Shahbuz", "Шахбуз", "nakhchivan"),
    ("Şərur", "Sharur", "Шарур", "nakhchivan"),
]

# Which office the agency has serve each economic region.
OFFICE = {
    "baku": "hq",
    "absheron-khizi": "sumgayit",
    "mountainous-shirvan": "sumgayit",
    "ganja-dashkasan": "ganja",
    "gazakh-tovuz": "gazakh",
    "guba-khachmaz": "guba",
    "shaki-zagatala": "shaki",
    "lankaran-astara": "lankaran",
    "central-aran": "mingachevir",
    "karabakh": "mingachevir",
    "east-zangezur": "mingachevir",
    "shirvan-salyan": "shirvan",
    "mil-mugan": "shirvan",
    "nakhchivan": "nakhchivan",
}

# Spellings held out of both lists: Soviet-era names, Russian-style Latin, no Azerbaijani letters.
HELD_OUT = [
    ("Nukha", "shaki"),
    ("Нуха", "shaki"),
    ("Geokchay", "mingachevir"),
    ("Геокчай", "mingachevir"),
    ("Divichi", "guba"),
    ("Дивичи", "guba"),
    ("Kutkashen", "shaki"),
    ("Kasum-Ismailov", "ganja"),
    ("Ali-Bayramly", "shirvan"),
    ("Али-Байрамлы", "shirvan"),
    ("Stepanakert", "mingachevir"),
    ("Степанакерт", "mingachevir"),
    ("Zhdanov", "shirvan"),
    ("Kirovabad", "ganja"),
    ("Кировабад", "ganja"),
    ("Sumgait", "sumgayit"),
    ("Сумгаит", "sumgayit"),
    ("Kakh", "shaki"),
    ("Kazakh", "gazakh"),
    ("Zakatala", "shaki"),
    ("Zakataly", "shaki"),
    ("Закаталы", "shaki"),
    ("Khanlar", "ganja"),
    ("Mingechaur", "mingachevir"),
    ("Shemakha", "sumgayit"),
    ("Lenkoran", "lankaran"),
    ("Kelbajar", "mingachevir"),
    ("Dzhebrail", "mingachevir"),
    ("Nakhichevan", "nakhchivan"),
    ("Imisli", "shirvan"),
    ("Ismayilli rayonu", "sumgayit"),
    ("ISMAYILLI", "sumgayit"),
    ("Qobustan", "sumgayit"),
    ("Kurdemir", "mingachevir"),
    ("Susa", "mingachevir"),
    ("Laçın rayonu", "mingachevir"),
    ("Xankendi", "mingachevir"),
    ("Fizuli", "mingachevir"),
    ("Agdere", "mingachevir"),
    ("Tertər", "mingachevir"),
    ("Naftalan şəhəri", "ganja"),
    ("Şirvan şəhəri", "shirvan"),
]


def test_the_list_is_the_whole_country():
    regions = {}
    for *_names, region in PLACES:
        regions[region] = regions.get(region, 0) + 1
    # Baku, its 12 districts, the 66 districts, Aghdara and the 7 other cities whose names are no
    # district's (Shaki, Lankaran and Yevlakh are a city and a district of the same name).
    assert len(PLACES) == 1 + 12 + 66 + 1 + 7
    assert len({place[0] for place in PLACES}) == len(PLACES)
    assert set(regions) == set(OFFICE)


@pytest.fixture(scope="module")
def demo_districts():
    """The demo's districts as the lookup sees them (unsaved rows, numbered), and which office has each."""
    districts, office = [], {}
    for spec in demo_content.DEPARTMENTS:
        for name in spec["districts"]:
            district = DepartmentDistrict(
                pk=len(districts) + 1, name_az=name["az"], name_en=name["en"], name_ru=name["ru"]
            )
            districts.append(district)
            office[district.pk] = spec["key"]
    return districts, office


@pytest.mark.parametrize("lang", [0, 1, 2], ids=["az", "en", "ru"])
def test_every_district_and_city_is_served_by_exactly_one_office(demo_districts, lang):
    districts, office = demo_districts
    wrong = {}
    for place in PLACES:
        name, region = place[lang], place[3]
        matches = find_district(name, districts)
        offices = [office[m.district.pk] for m in matches if m.exact]
        if offices != [OFFICE[region]]:
            wrong[name] = offices
    assert wrong == {}


@pytest.mark.parametrize(("spelling", "office_key"), HELD_OUT)
def test_held_out_spellings_find_the_office(demo_districts, spelling, office_key):
    districts, office = demo_districts
    matches = find_district(spelling, districts)
    assert [office[m.district.pk] for m in matches if m.exact] == [office_key]


def _demo_offices():
    """The demo's departments, with their districts, as published pages."""
    home = make_home()
    index = published(DepartmentIndexPageFactory(parent=home))
    offices = {}
    for spec in demo_content.DEPARTMENTS:
        page = DepartmentPageFactory.build(
            **{f"title_{lang}": spec["title"][lang] for lang in ("az", "en", "ru")},
            region=spec["region"],
            phone=spec["phone"],
        )
        page.districts = [
            DepartmentDistrict(name_az=n["az"], name_en=n["en"], name_ru=n["ru"]) for n in spec["districts"]
        ]
        page.hours = [
            ReceptionHours(audience="citizens", from_day=1, to_day=5, opens=datetime.time(9), closes=datetime.time(13))
        ]
        index.add_child(instance=page)
        offices[spec["key"]] = published(page)
    return index, offices


# Built once for the module's twelve cases (tests/shared_db.py): each starts from these pages.
demo_offices_once = per_module("demo_offices_once", _demo_offices)


@pytest.fixture
def demo_offices(db, demo_offices_once):
    return demo_offices_once


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
@pytest.mark.parametrize(
    ("spelling", "office_key"),
    [("Stepanakert", "mingachevir"), ("Nukha", "shaki"), ("Ağsu", "sumgayit"), ("Джебраил", "mingachevir")],
)
def test_the_page_names_the_one_office_in_the_readers_language(client, demo_offices, lang, spelling, office_key):
    index, offices = demo_offices
    response = client.get(index.url_in(lang), {"district": spelling})
    assert response.status_code == 200
    box = BeautifulSoup(response.content, "html.parser").select_one("#district-answer")
    text = " ".join(box.get_text(" ").split())
    named = [key for key, page in offices.items() if getattr(page, f"title_{lang}") in text]
    assert named == [office_key], text
