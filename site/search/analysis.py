"""The one text-analysis pipeline of Qapı's search.

Used when indexing and when querying, whatever the backend (SQLite FTS5,
PostgreSQL, Elasticsearch): the backends only ever see the tokens this module
makes, so they all match the same documents.

For every language:
1. normalise compatibility characters (NFKC: "ﬁ" → "fi", "²" → "2", "⑴" → "(1)",
   "ﷺ" → four Arabic words), drop the combining marks left over (so that "qə́bul"
   stays one word), then split into words (letters and digits of any script);
2. lower-case with Turkic rules (İ → i, I → ı), then fold the Azerbaijani letters
   the way people type without them (ə→e, ı→i, ş→s, ç→c, ğ→g, ö→o, ü→u), drop
   other accents and every combining mark (ё→е, й→и, é→e) and write numbers of any
   script in ASCII digits (٢٠١٧ → 2017, ⓬ → 12);
3. drop the language's stop words;
4. stem: Snowball for English and Russian (on the lower-cased word, before
   folding, as the algorithms expect); for Azerbaijani, a small set of
   conservative suffix rules on the folded word (Snowball has no Azerbaijani,
   and Turkish rules assume Turkish vowel harmony on unfolded letters).

Every token has one shape (``is_token``: lower-case letters of any script and ASCII digits; no
space, punctuation, symbol or mark), whatever the input: folding a word may leave
something else (an accent's decomposition, a stemmer's output), so the result is
split into words again. Every backend's word parser reads such a token as words.
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


def is_token(text: str) -> bool:
    """The shape of every token: one or more lower-case letters (any script) and ASCII digits."""
    return bool(text) and text == text.lower() and all(ch.isalpha() or "0" <= ch <= "9" for ch in text)


def turkic_lower(text: str) -> str:
    """Lower-case with Turkic dotted/dotless i: İ → i, I → ı."""
    return text.replace("İ", "i").replace("I", "ı").lower()


def _fold_char(ch: str) -> str:
    category = unicodedata.category(ch)
    if category[0] == "M":  # accents and other marks, spacing or not
        return ""
    if category[0] == "N" and not ch.isascii():  # ٢ → 2, ⓬ → 12; ༪ (a half) is no whole number
        value = unicodedata.numeric(ch, -1)
        return str(int(value)) if value >= 0 and value == int(value) else ""
    return ch


def fold(word: str) -> str:
    """Fold Azerbaijani letters, strip accents and marks, ASCII digits (after lower-casing).

    The result may hold more than one word (or none): split it with ``WORD``.
    """
    word = word.translate(AZ_LETTER_FOLD)
    return "".join(_fold_char(ch) for ch in unicodedata.normalize("NFKD", word))


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


def _without_marks(text: str) -> str:
    if text.isascii():
        return text
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("M"))


def words(text: str) -> list[str]:
    """Lower-cased words of ``text``, in order: compatibility characters normalised, combining
    marks that compose with no letter dropped (so they never split a word), Turkic casing."""
    return WORD.findall(turkic_lower(_without_marks(unicodedata.normalize("NFKC", text or ""))))


@functools.lru_cache(maxsize=50_000)
def analyze_word(word: str, language: str) -> tuple[str, ...]:
    """One lower-cased word → its index tokens in ``language`` (none for a stop word;
    usually one, more when folding splits it)."""
    folded = fold(word)
    stop_words = STOP_WORDS.get(language, ())
    if folded in stop_words or word in stop_words:
        return ()
    if language == "az":
        tokens = [stem_az(piece) for piece in WORD.findall(folded)]
    elif language in ("en", "ru") and not word.isdigit():
        tokens = WORD.findall(fold(_snowball(language).stemWord(word)))
    else:
        tokens = WORD.findall(folded)
    return tuple(token for token in tokens if token)


def analyze(text: str, language: str) -> list[str]:
    """``text`` → index tokens for ``language``, in order (stop words removed)."""
    return [token for word in words(text) for token in analyze_word(word, language)]


def folded_text(text: str) -> str:
    """Lower-cased, folded, unstemmed text: what autocomplete matches prefixes against."""
    return " ".join(piece for word in words(text) for piece in WORD.findall(fold(word)))


def clean_query(raw: str) -> str:
    """A reader's query, trimmed to MAX_QUERY_LENGTH characters, control characters removed."""
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or "")[: MAX_QUERY_LENGTH * 4])
    return " ".join(text.split())[:MAX_QUERY_LENGTH]
