"""Search under hostile input, on every database the suite runs on (SQLite and PostgreSQL).

The analysis pipeline must only ever emit tokens of one shape (``analysis.is_token``:
letters and ASCII digits, no space, bracket, mark or symbol), whatever Unicode it is
given, and the database query must accept any token, so that no input reaches the
full-text syntax of a backend (FTS5 ``MATCH``, PostgreSQL ``tsquery``).
"""

import unicodedata

import pytest
from django.db import connection

from search.analysis import analyze, folded_text, is_token
from search.models import SearchEntry
from search.query import _database_index_query, _matching_ids
from tests.factories import StandardPageFactory

LANGUAGES = ("az", "en", "ru")

# Blocks rich in compatibility characters, combining marks, digits of other scripts
# and letters whose decomposition is not a single letter.
BLOCKS = {
    "Latin-1 Supplement": (0x0080, 0x00FF),
    "Latin Extended-A": (0x0100, 0x017F),
    "Latin Extended-B": (0x0180, 0x024F),
    "Spacing Modifier Letters": (0x02B0, 0x02FF),
    "Combining Diacritical Marks": (0x0300, 0x036F),
    "Greek and Coptic": (0x0370, 0x03FF),
    "Cyrillic": (0x0400, 0x04FF),
    "Cyrillic Supplement": (0x0500, 0x052F),
    "Arabic": (0x0600, 0x06FF),
    "Devanagari": (0x0900, 0x097F),
    "Tamil": (0x0B80, 0x0BFF),
    "Thai": (0x0E00, 0x0E7F),
    "Lao": (0x0E80, 0x0EFF),
    "Tibetan": (0x0F00, 0x0FFF),
    "Myanmar": (0x1000, 0x109F),
    "Balinese": (0x1B00, 0x1B7F),
    "Combining Diacritical Marks Extended": (0x1AB0, 0x1AFF),
    "Combining Diacritical Marks Supplement": (0x1DC0, 0x1DFF),
    "Latin Extended Additional": (0x1E00, 0x1EFF),
    "Greek Extended": (0x1F00, 0x1FFF),
    "General Punctuation": (0x2000, 0x206F),
    "Superscripts and Subscripts": (0x2070, 0x209F),
    "Combining Diacritical Marks for Symbols": (0x20D0, 0x20FF),
    "Letterlike Symbols": (0x2100, 0x214F),
    "Number Forms": (0x2150, 0x218F),
    "Enclosed Alphanumerics": (0x2460, 0x24FF),
    "Kangxi Radicals": (0x2F00, 0x2FDF),
    "Enclosed CJK Letters and Months": (0x3200, 0x32FF),
    "CJK Compatibility": (0x3300, 0x33FF),
    "Alphabetic Presentation Forms": (0xFB00, 0xFB4F),
    "Arabic Presentation Forms-A": (0xFB50, 0xFDFF),
    "Variation Selectors": (0xFE00, 0xFE0F),
    "Vertical Forms": (0xFE10, 0xFE1F),
    "Combining Half Marks": (0xFE20, 0xFE2F),
    "CJK Compatibility Forms": (0xFE30, 0xFE4F),
    "Small Form Variants": (0xFE50, 0xFE6F),
    "Arabic Presentation Forms-B": (0xFE70, 0xFEFF),
    "Halfwidth and Fullwidth Forms": (0xFF00, 0xFFEF),
    "Mathematical Alphanumeric Symbols": (0x1D400, 0x1D7FF),
    "Arabic Mathematical Alphabetic Symbols": (0x1EE00, 0x1EEFF),
    "Enclosed Alphanumeric Supplement": (0x1F100, 0x1F1FF),
    "Enclosed Ideographic Supplement": (0x1F200, 0x1F2FF),
    "Symbols for Legacy Computing (digits)": (0x1FBF0, 0x1FBF9),
}


def code_points():
    for start, end in BLOCKS.values():
        for cp in range(start, end + 1):
            if unicodedata.category(chr(cp)) != "Cn":  # assigned only
                yield chr(cp)


def samples(ch):
    """The character alone, inside a word, after an accented letter, and doubled."""
    return (ch, f"a{ch}b", f"ə{ch}", f"İ{ch}\u0301x", ch * 2, f"{ch} 2017")


def test_every_token_has_the_documented_shape():
    bad = {}
    for ch in code_points():
        for text in samples(ch):
            emitted = folded_text(text).split()
            for lang in LANGUAGES:
                emitted += analyze(text, lang)
            wrong = [token for token in emitted if not is_token(token)]
            if wrong:
                bad[f"U+{ord(ch):04X}"] = wrong
    assert not bad, f"{len(bad)} code points give malformed tokens, e.g. {dict(list(bad.items())[:10])}"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("\ufdfa", ["صلى", "الله", "عليه", "وسلم"]),  # one character, four words
        ("\u2474 \u2475", ["1", "2"]),  # ⑴ ⑵
        ("\u2460\u2461", ["12"]),  # ①②
        ("²⁰¹⁷", ["2017"]),
        ("٢٠١٧ ۲۰۱۷ २०१७", ["2017", "2017", "2017"]),  # Arabic-Indic, Persian, Devanagari digits
        ("ＱＡＰＩ", ["qapi"]),  # fullwidth, Turkic casing (I → ı → i)
        ("\u017f\u0307", ["s"]),  # long s with a dot: compatibility + combining
        ("ﬁ", ["fi"]),
        ("q\u0259\u0301bul", ["qebul"]),  # ə with a combining acute accent
        ("e\u0301\u0302\u0303\u0304", ["e"]),  # stacked combining marks
        ("\u0301\u0302", []),  # combining marks alone
        ("Ŀ", ["l"]),  # L with middle dot: compatibility decomposition has punctuation
        ("½", ["1", "2"]),  # fraction slash
        ("㍱", ["hpa"]),
        ("ஔ", ["ஒ"]),  # Tamil AU: a spacing vowel sign after decomposition
        ("⓬ ㉈ 🄋", ["12", "10", "0"]),  # numbers without a compatibility decomposition
        ("༪", []),  # a half
    ],
)
def test_compatibility_characters_and_marks_fold_into_words(text, tokens):
    assert analyze(text, "az") == tokens


def _sample_text():
    return " ".join(" ".join(samples(ch)) for ch in code_points())


@pytest.mark.django_db
def test_the_backend_accepts_and_finds_every_token_the_pipeline_emits(home):
    """Index a page holding every sample in every language, then ask the backend's
    full-text index for every token it emitted: no error, and the page is found."""
    text = _sample_text()
    page = StandardPageFactory(parent=home, title_en="Unicode", title_ru="Юникод", intro_az=text)
    page.intro_en = page.intro_ru = text
    page.save_revision().publish()
    missing = {}
    for lang in LANGUAGES:
        entries = SearchEntry.objects.filter(language=lang)
        entry = entries.get(page=page)
        tokens = sorted(set(entry.tokens.split()))
        assert len(tokens) > 1000
        for i in range(0, len(tokens), 12):  # a query holds at most 12 tokens
            batch = tokens[i : i + 12]
            if entry.pk not in _matching_ids(entries, batch):
                missing.setdefault(lang, []).extend(t for t in batch if entry.pk not in _matching_ids(entries, [t]))
    assert not missing, f"tokens not found by the backend on {connection.vendor}: {missing}"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "token",
    [
        "a b",
        "(1)",
        "صلى الله",
        "'",
        "''",
        '"',
        'a"b',
        "\\",
        "a\\",
        ":*",
        "a:*",
        "a:b",
        "!",
        "!a",
        "&",
        "|",
        "a & b",
        "a | b",
        "<->",
        "<2>",
        "a <-> b",
        "*",
        "^",
        "-",
        "+a",
        "AND",
        "OR",
        "NOT",
        "NEAR(a b)",
        "a:ABCD",
        "{a}",
        "x" * 3000,
        " ",
        "",
    ],
)
def test_the_database_query_is_safe_whatever_the_token(home, token):
    """Defence in depth: even a token of another shape is a word to look for, never query syntax."""
    page = StandardPageFactory(parent=home, title_az="Sınaq", intro_az="sinaq")
    page.save_revision().publish()
    entries = SearchEntry.objects.filter(language="az")
    assert _matching_ids(entries, [token]) == [] or token.strip() == ""
    page_entry = list(entries.filter(page=page).values_list("pk", flat=True))
    assert _matching_ids(entries, ["sinaq", token]) in ([], page_entry)


def test_the_database_query_is_a_subquery_on_the_configured_backend(db):
    from wagtail.search.backends import get_search_backend

    from search.engine import is_engine

    backend = get_search_backend()
    query = _database_index_query(backend, ["a b", "(1)"])
    if is_engine(backend):
        assert query is None  # OpenSearch and Elasticsearch answer through their own API
    else:
        assert connection.vendor in ("sqlite", "postgresql")
        assert query is not None  # the full-text index drives the search (docs/search.md)


HOSTILE_QUERIES = [
    "\ufdfa",
    "\ufdfa" * 60,
    "\u2474",
    "(1) \u2474 \u2475 ⒜ ⒝",
    "①②③ ⓐⓑ 🄐",
    "²⁰¹⁷ ₂₀₁₇",
    "٢٠١٧ ۲۰۱۷",
    "ＡＢＣ ｱｲｳ",
    "e\u0301\u0302\u0303",
    "\u0301\u0302\u0303",
    "a" + "\u0301" * 150,
    "\u200b\u200c\u200d\u2060\ufeff",
    "\u202e\u202d evil",
    "𝐀𝐁𝐂 𝟏𝟐𝟑",
    "㍱ ㎏ ㏒ ㋀",
    "ﷲ ﷺ ﷻ",
    "ǅ ǈ ǋ Ⅻ ⅻ",
    "ŀ Ŀ ŉ",
    "ffi ﬃ ﬅ",
    "ஔ ொ ௌ",
    "\ufe0f\U000e0100",
    "a:* & !b | (c <-> d)",
    '"a" AND "b" NEAR(c d) ^e -f +g',
    "' OR 1=1 --",
    "\\ \\\\ '' \"",
]


@pytest.fixture
def hostile_pages(home):
    """Pages whose text holds the same characters, so that the queries find something."""
    text = " ".join(HOSTILE_QUERIES)
    for n in range(3):
        page = StandardPageFactory(
            parent=home,
            title_az=f"Səhifə {n} {HOSTILE_QUERIES[n]}",
            title_en=f"Page {n} {HOSTILE_QUERIES[n]}",
            title_ru=f"Страница {n} {HOSTILE_QUERIES[n]}",
            intro_az=text,
            intro_en=text,
            intro_ru=text,
        )
        page.save_revision().publish()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_hostile_queries_give_a_page_on_every_database(client, hostile_pages, lang):
    failures = {}
    for query in HOSTILE_QUERIES:
        for params in ({"q": query}, {"q": query, "sort": "date"}, {"q": query, "page": "2"}):
            response = client.get(f"/{lang}/search/", params)
            if response.status_code != 200:
                failures[repr(query)] = response.status_code
        response = client.get(f"/{lang}/search/suggest/", {"q": query})
        if response.status_code != 200 or "suggestions" not in response.json():
            failures[f"suggest {query!r}"] = response.status_code
    assert not failures


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_compatibility_character_finds_the_page_that_holds_it(client, hostile_pages, lang):
    response = client.get(f"/{lang}/search/", {"q": "\ufdfa"})
    assert response.status_code == 200
    assert response.content.decode().count('class="search-result__title"') == 3
