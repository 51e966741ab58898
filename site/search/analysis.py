"""The one text-analysis pipeline of Qapı's search.

Used when indexing and when querying, whatever the backend (SQLite FTS5,
PostgreSQL, Elasticsearch): the backends only ever see the tokens this module
makes, so they all match the same documents.

For every language:
1. split into words (letters and digits of any script);
2. lower-case with Turkic rules (İ → i, I → ı), then fold the Azerbaijani letters
   the way people type without them (ə→e, ı→i, ş→s, ç→c, ğ→g, ö→o, ü→u) and drop
   other accents (ё→е, й→и, é→e);
3. drop the language's stop words;
4. stem: Snowball for English and Russian (on the lower-cased word, before
   folding, as the algorithms expect); for Azerbaijani, a small set of
   conservative suffix rules on the folded word (Snowball has no Azerbaijani,
   and Turkish rules assume Turkish vowel harmony on unfolded letters).
"""

import functools
import re
import unicodedata

import snowballstemmer

from core.i18n import AZ_LETTER_FOLD

WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_QUERY_LENGTH = 200


STOP_WORDS = {
    "az": {"ve", "ile", "bu", "o", "da", "de", "ki", "ucun", "uzre", "her", "bir", "ya", "hem", "amma", "ama"},
    "en": {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "was",
        "were",
        "its",
        "this",
        "that",
    },
    "ru": {
        "и",
        "в",
        "во",
        "на",
        "с",
        "со",
        "по",
        "к",
        "о",
        "об",
        "от",
        "из",
        "за",
        "для",
        "не",
        "что",
        "это",
        "как",
        "а",
        "но",
        "или",
        "у",
        "же",
        "бы",
    },
}

# Azerbaijani suffixes, folded, longest first. Stripped repeatedly while at least
# AZ_MIN_STEM letters remain, so "Sumqayıtda" and "sumqayit" meet at "sumqayit".
AZ_SUFFIXES = (
    "larindan",
    "lerinden",
    "larinda",
    "lerinde",
    "larinin",
    "lerinin",
    "lari",
    "leri",
    "larin",
    "lerin",
    "lar",
    "ler",
    "nin",
    "nun",
    "dan",
    "den",
    "tan",
    "ten",
    "sinin",
    "sunun",
    "si",
    "su",
    "in",
    "un",
    "da",
    "de",
    "ta",
    "te",
    "ya",
    "ye",
    "na",
    "ne",
    "ni",
    "nu",
)
AZ_MIN_STEM = 4


def turkic_lower(text: str) -> str:
    """Lower-case with Turkic dotted/dotless i: İ → i, I → ı."""
    return text.replace("İ", "i").replace("I", "ı").lower()


def fold(word: str) -> str:
    """Fold Azerbaijani letters and strip accents (after lower-casing)."""
    word = word.translate(AZ_LETTER_FOLD)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def _snowball(language: str):
    return snowballstemmer.stemmer({"en": "english", "ru": "russian"}[language])


def stem_az(word: str) -> str:
    changed = True
    while changed:
        changed = False
        for suffix in AZ_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= AZ_MIN_STEM:
                word = word[: -len(suffix)]
                changed = True
                break
    return word


def words(text: str) -> list[str]:
    """Lower-cased words of ``text`` (Turkic casing), in order."""
    return WORD.findall(turkic_lower(text or ""))


@functools.lru_cache(maxsize=50_000)
def analyze_word(word: str, language: str) -> str:
    """One lower-cased word → its index token in ``language`` ("" for a stop word)."""
    folded = fold(word)
    if folded in STOP_WORDS.get(language, ()) or word in STOP_WORDS.get(language, ()):
        return ""
    if language == "az":
        return stem_az(folded)
    if language in ("en", "ru") and not word.isdigit():
        return fold(_snowball(language).stemWord(word))
    return folded


def analyze(text: str, language: str) -> list[str]:
    """``text`` → index tokens for ``language``, in order (stop words removed)."""
    tokens = (analyze_word(word, language) for word in words(text))
    return [token for token in tokens if token]


def folded_text(text: str) -> str:
    """Lower-cased, folded, unstemmed text: what autocomplete matches prefixes against."""
    return " ".join(fold(word) for word in words(text))


def clean_query(raw: str) -> str:
    """A reader's query, trimmed to MAX_QUERY_LENGTH characters, control characters removed."""
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or "")[: MAX_QUERY_LENGTH * 4])
    return " ".join(text.split())[:MAX_QUERY_LENGTH]
