"""Which language a resident wrote in: the script first, then common words (wordfreq).

Arabic, Cyrillic and Ethiopic script tell the language at once (Ukrainian, unless the
letters only Russian uses show; Tigrinya for Ge'ez). Latin text is scored word by word on
how common each word is in Dutch, English, Turkish and Polish (wordfreq's Zipf scale), with
the letters only Turkish or Polish use, and a short list of Somali words (wordfreq has no
Somali). Dutch wins ties and anything too short to tell, as CONTRACT section 2 asks.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from wordfreq import zipf_frequency

LATIN = ("nl", "en", "tr", "pl")
_WORD = re.compile(r"[^\W\d_]+")
_TURKISH = set("ğışİ")
_POLISH = set("ąęłńśźżć")
_UKRAINIAN = set("іїєґ")
_RUSSIAN = set("ыэъё")
# Somali function words and everyday words that are rare in the other languages.
_SOMALI = frozenset("""
waxaan waxaa waxay wuxuu waa iyo ayaa ayuu ayay aan kuma kama waan maxaan sidee xaggee halkee
haddii laakiin hooyo hooyadey hooyaday aabe aabbe aabahay carruurta caruurta ilmaha ilmahayga
lacag lacagta shaqo shaqada guri gurigeyga gurigayga dugsiga iskuulka soomaali gabadhayda
wiilkayga wiilkeyga ninkayga ninkeyga xaaskeyga xaaskayga dhibaato deyn deynta kirada jiro
xanuun murugo garaacay garaaco garaacaa dhaawac baahanahay ahay tahay yahay jiraa aqaan
degmada dowladda luqadda barasho baranayaa inaan inay loo lagu laga aniga adiga isaga iyada
waxba caawimaad caawin caawiyo caawiya rabaa doonayaa kaligay keligey kaligey walaashey
walaalkey habeenkii maanta hadda sanad sannad naftayda naftaada isdilo dilo dilay
""".split())
_MIN_WORDS = 2  # one word is too short to tell (CONTRACT: then "nl")


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language of a message; "nl" when it is Dutch or unclear."""
    by_script = _script(text)
    if by_script:
        return by_script
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < _MIN_WORDS:
        return "nl"
    letters = set(text)
    somali = sum(w in _SOMALI for w in words)
    if somali >= 2 and somali >= 0.2 * len(words):
        return "so"
    votes = _votes(words)
    if letters & _TURKISH:
        votes["tr"] += 2.0
    if letters & _POLISH:
        votes["pl"] += 2.0
    best, score = max(votes.items(), key=lambda kv: (kv[1], kv[0] == "nl"))
    return best if score > votes["nl"] + 0.5 else "nl"


def _script(text: str) -> str | None:
    if text.isascii():  # most messages: every letter is Latin
        return None
    counts: Counter[str] = Counter()
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        counts[name.split(" ")[0]] += 1
    if not counts:
        return None
    script, n = counts.most_common(1)[0]
    if n < 2 or script == "LATIN":
        return None
    if script == "ARABIC":
        return "ar"
    if script == "ETHIOPIC":
        return "ti"
    if script == "CYRILLIC":
        letters = set(text.lower())
        return "ru" if letters & _RUSSIAN and not letters & _UKRAINIAN else "uk"
    return None


def _votes(words: list[str]) -> Counter[str]:
    """Per word, a vote for the language in which it is clearly most common."""
    votes: Counter[str] = Counter({lang: 0.0 for lang in LATIN})
    for word in words:
        vote = _vote(word)
        if vote is not None:
            votes[vote[0]] += vote[1]
    return votes


@lru_cache(maxsize=65536)
def _vote(word: str) -> tuple[str, float] | None:
    """The language a word is clearly most common in, and by how much (None: rare everywhere)."""
    z = {lang: zipf_frequency(word, lang) for lang in LATIN}
    ranked = sorted(z.items(), key=lambda kv: kv[1], reverse=True)
    (first, z1), (_, z2) = ranked[0], ranked[1]
    return (first, min(2.0, z1 - z2) + 0.25) if z1 >= 1.0 else None
