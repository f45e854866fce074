"""A message about the topic, not about someone in it, in the newcomers' languages: a workshop about
domestic violence, the number of "suicide prevention" for a community guide.

The crisis words of wegwijzer.safety.lexicon then name the topic, not a person in danger. Only the
bare name of the topic, after "about" or as the name of the prevention line, and only where the
message also asks for a workshop, a course, leaflets or information, is left out; "I want to kill
myself" beside it still counts. The Dutch and English rules do the same (check._about_the_topic).

In Dutch and English, `about_the_work` finds a whole question about the work: learning how to spot or
talk about violence or suicidal thoughts in someone else, a protocol, a course or an information
evening ("hoe je merkt dat iemand aan zelfmoord denkt, is daar een training voor?").
"""

from __future__ import annotations

import re
from functools import lru_cache

from wegwijzer.safety.lexicon import fold

# Per language: (what the message asks for, the topic named as a topic). Written with diacritics,
# matched on the folded message (lexicon.fold).
_TOPICS: dict[str, tuple[str, str]] = {
    "ar": (r"ورشة|ورشه|دورة|دوره|منشورات|محاضرة|محاضره|توعية|توعيه|دليل|معلومات|كتيب|نشرة|مواد",
           r"(عن|حول) (ال)?(عنف الاسري|عنف الأسري|عنف المنزلي|عنف منزلي|انتحار)|(منع|الوقاية من) (ال)?انتحار"),
    "pl": (r"\b(warsztat\w*|szkoleni\w*|ulotk\w*|informacj\w*|broszur\w*|kurs\w*|material\w*)\b",
           r"\bo (przemocy domowej|samobójstw\w*)\b|\bzapobiegani\w* samobójstw\w*"),
    "tr": (r"\b(atölye\w*|eğitim\w*|broşür\w*|bilgi\w*|seminer\w*|kurs\w*)\b",
           r"\b(aile içi şiddet|intihar) hakkında\b|\bintiharı? önleme\w*"),
    "uk": (r"\b(семінар\w*|тренінг\w*|брошур\w*|інформаці\w*|листівк\w*|курс\w*|матеріал\w*)\b",
           r"\bпро (домашнє насильство|самогубств\w*|суїцид\w*)|\bзапобігання (самогубств\w*|суїцид\w*)"),
}


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    return [(re.compile(fold(asks)), re.compile(fold(named))) for asks, named in _TOPICS.values()]


def without_topic(text: str) -> str:
    """The message with the topic of a workshop, leaflet or information asked for left out (folded),
    or the message itself when it asks for none."""
    folded = kept = fold(text)
    for asks, named in _compiled():
        if asks.search(kept):
            kept = named.sub(" ", kept)
    # Unchanged, the message itself: lexicon.find then finds its folded form in fold's cache.
    return text if kept == folded else kept


# What someone who works or volunteers asks for: to learn how to spot or talk about it, a course, a protocol
_LEARNING = re.compile(
    r"\b(leren hoe|leer hoe|hoe (je|we|ze|jullie) (\w+ ){0,4}(herken\w*|merk\w*|aanspreek\w*|bespreek\w*|het gesprek|"
    r"reageer\w*|handel\w*)|signalen (\w+ ){0,4}herken\w*|herkennen van|informatie over|voorlichting|"
    r"(een |de )?training(en)? (\w+ )?(voor|over|om|volgen|geven)|trainingen|cursus\w*|workshop\w*|scholing|protocol|"
    r"meldcode|informatieavond|lesmateriaal|les (\w+ ){0,2}over|welke stappen|"
    r"how to (recogni[sz]e|spot|talk|support|respond)|signs of|training (for|on|about)|course (on|about|for)|"
    r"information (about|on))\b")
# ... about someone in general, not a person the writer names ("een meisje vertelde ..." stays a crisis)
_ANYONE = re.compile(r"\b(iemand|een kind|kinderen|een collega|een cliënt|een client|een leerling|leerlingen|mensen|"
                     r"je denkt|je vermoedt|je merkt|als het thuis|someone|a child|children|people|a colleague|"
                     r"students|pupils|a client)\b")


def about_the_work(text: str) -> bool:
    """Whether a Dutch or English question asks how to spot or talk about a crisis in someone in
    general (a course, a protocol, an information evening): the service's information, not its number first."""
    lowered = text.lower()
    return bool(_LEARNING.search(lowered) and _ANYONE.search(lowered))
