""" "Which office serves me?": find a district by however a reader spells it.

People type district names with Azerbaijani letters ("Şəki"), without them ("Seki"),
as English writes them ("Sheki", "Shaki", "Khachmaz"), in Russian ("Шеки"), or with a
slip ("Lenkaran", "Qusr"). ``core.i18n`` folds the Azerbaijani letters one way
(ə→e, ş→s: how slugs and search fold them); here every spelling is brought to one
*skeleton* instead, because the English and Russian spellings of the same name differ
in more than letters: ə is "a" in English names (Lankaran) and "e" typed locally
(Lenkeran), x is "kh", q is "g" (and "k" in Russian-style spellings: Kakh, Kazakh), c is
"j", ş is "sh". The skeleton folds all of them
the same way, so exact matches are found by a dictionary look-up, and small slips by
``difflib`` on the skeletons.
"""

import difflib
import re
from dataclasses import dataclass

from core.i18n import ICAO_FOLD, LANGUAGE_CODES

# Digraphs of English and Russian transliteration first, then single letters.
_DIGRAPHS = (("shch", "s"), ("sh", "s"), ("ch", "c"), ("kh", "x"), ("gh", "g"), ("zh", "c"), ("ts", "s"))
_LETTERS = str.maketrans(
    {
        "ə": "a", "e": "a", "ä": "a", "ı": "i", "y": "i", "ş": "s", "ç": "c", "ğ": "g", "ö": "o", "ü": "u",
        "q": "g", "k": "g", "j": "c", "h": "x", "w": "v",
    }
)  # fmt: skip
_NOT_LETTER = re.compile(r"[^a-z]+")
_KIND_OF_PLACE = re.compile(r"\b(rayonu|rayon|raionu|raion|district|şəhəri|şəhər|seheri|seher|city|town|gorod)\b")

# Other names of a district, by its Azerbaijani name: Soviet-era and older names (Nukha, Kirovabad,
# Stepanakert...), Russian-style Latin (Zakataly, Sumgait) and their Cyrillic, wherever the
# skeleton alone does not bring them to the current name. Whatever office serves the district
# under its current name serves it under these too; editors only ever type the current name.
OTHER_NAMES = {
    "Gəncə": ("Kirovabad", "Кировабад", "Elisavetpol", "Елизаветполь", "Gandzha", "Gyandzha"),
    "Göygöl": ("Khanlar", "Xanlar", "Ханлар", "Helenendorf"),
    "Goranboy": ("Kasum-Ismailov", "Qasım İsmayılov", "Касум-Исмаилов", "Касумисмаилов", "Geranboy"),
    "Abşeron": ("Apsheron", "Апшерон"),
    "Zərdab": ("Zardob", "Зардоб"),
    "Sumqayıt": ("Sumgait", "Sumqait", "Sumgayyt"),
    "Mingəçevir": ("Mingechaur", "Мингечаур", "Mingechevir", "Мингечевир"),
    "Şəki": ("Nukha", "Nuxa", "Нуха", "Шеки"),
    "Qəbələ": ("Kutkashen", "Qutqaşen", "Куткашен", "Kutkashen"),
    "Oğuz": ("Vartashen", "Vartaşen", "Варташен"),
    "Qax": ("Kakh", "Ках"),
    "Zaqatala": ("Zakataly", "Zakatala", "Закаталы", "Закатала"),
    "Balakən": ("Belokany", "Belokan", "Белоканы"),
    "Qazax": ("Kazakh", "Kazah", "Казах"),
    "Ağstafa": ("Akstafa", "Акстафа"),
    "Gədəbəy": ("Kedabek", "Gedabek", "Кедабек"),
    "Şəmkir": ("Shamkhor", "Шамхор"),
    "Göyçay": ("Geokchay", "Geokchai", "Geokchaj", "Гёкчай", "Геокчай"),
    "Şabran": ("Divichi", "Dəvəçi", "Davachi", "Devechi", "Дивичи", "Дявячи", "Девечи"),
    "Siyəzən": ("Siazan", "Сиазань"),
    "Qusar": ("Kusary", "Кусары"),
    "Quba": ("Kuba", "Куба"),
    "Xaçmaz": ("Khachmas", "Хачмас"),
    "Şirvan": ("Ali-Bayramly", "Əli Bayramlı", "Ali-Bayramli", "Али-Байрамлы", "Алибайрамлы"),
    "Hacıqabul": ("Kazi-Magomed", "Qazıməmməd", "Казимагомед", "Кази-Магомед"),
    "Biləsuvar": ("Pushkino", "Пушкино"),
    "Neftçala": ("Neftechala",),
    "Salyan": ("Salyany", "Сальяны"),
    "Beyləqan": ("Zhdanov", "Жданов", "Beylakan", "Бейлаган"),
    "Sabirabad": ("Petropavlovka",),
    "İmişli": ("Imishly", "Имишли"),
    "Saatlı": ("Saatly",),
    "Cəlilabad": ("Astrakhanka", "Астраханка", "Dzhalilabad"),
    "Masallı": ("Masally", "Масаллы"),
    "Lənkəran": ("Lenkoran", "Ленкорань", "Lenkaran"),
    "Yardımlı": ("Yardymly",),
    "Şamaxı": ("Shemakha", "Шемаха", "Shamakhy"),
    "İsmayıllı": ("Ismailly", "Исмаиллы"),
    "Ağsu": ("Akhsu", "Ахсу"),
    "Qobustan": ("Maraza", "Мараза"),
    "Kürdəmir": ("Kyurdamir", "Кюрдамир"),
    "Ucar": ("Udzhary", "Уджары"),
    "Yevlax": ("Evlakh", "Евлах", "Yevlakh"),
    "Xankəndi": ("Stepanakert", "Степанакерт", "Khankendy", "Ханкенды"),
    "Şuşa": ("Shushi", "Шуши"),
    "Ağdərə": ("Mardakert", "Мардакерт"),
    "Xocavənd": ("Martuni", "Мартуни", "Khodzhavend"),
    "Xocalı": ("Askeran", "Аскеран", "Khodzhaly", "Khojali"),
    "Tərtər": ("Mir-Bashir", "Mirbəşir", "Мир-Башир", "Terter"),
    "Ağcabədi": ("Agjabedi", "Agdzhabedi", "Агджабеди"),
    "Ağdam": ("Agdam",),
    "Füzuli": ("Karyagino", "Карягино", "Fizuli", "Физули"),
    "Kəlbəcər": ("Kelbajar", "Kelbadzhar", "Кельбаджар"),
    "Laçın": ("Lachyn", "Лачин"),
    "Qubadlı": ("Kubatly", "Кубатлы"),
    "Zəngilan": ("Zangelan", "Зангелан"),
    "Cəbrayıl": ("Jabrail", "Dzhebrail", "Jebrail", "Джебраил", "Джабраил"),
    "Naxçıvan": ("Nakhichevan", "Нахичевань", "Nakhchyvan"),
    "Babək": ("Babek", "Бабек"),
    "Culfa": ("Dzhulfa", "Джульфа", "Djulfa"),
    "Şərur": ("Ilyichevsk", "Ильичёвск", "Ильичевск", "Norashen"),
    "Xətai": ("Shaumyan", "Шаумян", "Шаумяновский"),
    "Bakı": ("Baku", "Баку"),
}

CLOSE_ENOUGH = 0.8  # difflib ratio: one slip in a six-letter name passes, another name does not


def _lower(text: str) -> str:
    """Lower-case with Turkic rules (İ → i, I → ı), as Azerbaijani writes."""
    return (text or "").replace("İ", "i").replace("I", "ı").lower()


def skeleton(text: str) -> str:
    """One spelling for every way of writing a name: "Şəki", "Seki", "Sheki", "Шеки" → "saki"."""
    text = _lower(text).translate(ICAO_FOLD)
    # Words that name the kind of place, not the place ("rayonu", "district", "район" → "raion").
    text = _KIND_OF_PLACE.sub(" ", text)
    for digraph, letter in _DIGRAPHS:
        text = text.replace(digraph, letter)
    text = text.translate(_LETTERS)
    return _NOT_LETTER.sub("", text)


@dataclass(frozen=True)
class Match:
    district: object  # outreach.models.DepartmentDistrict
    exact: bool


def _other_names():
    table = {}
    for current, others in OTHER_NAMES.items():
        table.setdefault(skeleton(current), []).extend(others)
    return table


def _names(district, other_names):
    for lang in LANGUAGE_CODES:
        name = getattr(district, f"name_{lang}", None)
        if name:
            yield name
    yield from other_names.get(skeleton(getattr(district, "name_az", None) or district.name), ())


def find_district(query: str, districts) -> list[Match]:
    """The districts ``query`` names: one exact match, or the closest few, or none."""
    wanted = skeleton(query)
    if not wanted:
        return []
    keys, other_names = {}, _other_names()
    for district in districts:
        for name in _names(district, other_names):
            keys.setdefault(skeleton(name), []).append(district)
    if wanted in keys:
        return [Match(d, exact=True) for d in _unique(keys[wanted])]
    close = difflib.get_close_matches(wanted, list(keys), n=3, cutoff=CLOSE_ENOUGH)
    return [Match(d, exact=False) for d in _unique(d for key in close for d in keys[key])]


def _unique(districts):
    seen, result = set(), []
    for district in districts:
        if district.pk not in seen:
            seen.add(district.pk)
            result.append(district)
    return result
