"""Is the writer a child or a teenager? Then the answer says "je" and names De Kindertelefoon.

Only signs the writer gives about themselves count: an age under 18 ("ik ben 14",
"I'm 15", also in the six newcomers' languages), or their school life ("mijn mentor", "brugklas") together with their parents
as the people in charge ("mn ouders snappen er niks van", "zonder dat mijn ouders het weten"), what
teenagers do ("gamen", "de groepsapp") or the way they type ("idk", "kzit", "gwn"). An adult who writes
"mijn moeder (82) heeft dementie" gives an age, but not their own, so it does not count; "ik ben 19" does.
"""

from __future__ import annotations

import re
from typing import Sequence

from wegwijzer.text import tokenize
from wegwijzer.understanding.writer_model import WriterModel

_OWN_AGE = re.compile(
    r"\b(?:ik\s+ben|ben\s+pas|ik\s+bn|kben|k\s+ben|i\s*'?\s*a?m|i\s+am|im)\s+(?:pas\s+|nog\s+maar\s+|only\s+|just\s+)?"
    r"(\d{1,2})(?!\s*(?:weken|maanden|kilo|keer|uur|euro|%))\b"
    r"|\b(?:ik|me|mij|i)\s*\((\d{1,2})\)"
    r"|\b(?:mijn|ik)\s+(?:ben|word)\s+(?:volgende\s+(?:week|maand)\s+)?(\d{1,2})\s+jaar\b"
    r"|\b(\d{1,2})\s+jaar\s+oud\s+en\s+ik\b"
    r"|\bben\s+(?:pas\s+)?(\d{1,2})\b|\bals\s+(?:je|ik)\s+(\d{1,2})\s+(?:bent|ben)\b"
    # Arabic, Ukrainian, Turkish, Polish, Somali, Tigrinya: "I am 14 (years old)"
    r"|عمري\s*(\d{1,2})|\bмені\s+(\d{1,2})|\b(\d{1,2})\s+ya[sş][iı]nday[iı]m|\bmam\s+(\d{1,2})\s+lat"
    r"|\b(\d{1,2})\s+jir\s+(?:baan|ayaan)\s+ahay|\bahay\s+(\d{1,2})\s+jir\b|ዕድመይ\s*(\d{1,2})"
    r"|\bahay\s+(\d{1,2})\s+sano\b|\b(?:gabar|wiil)\s+(\d{1,2})\s+jir\b|(\d{1,2})\s*ዓመተይ"
    r"|\bals\s+(\d{1,2})[- ]?jarige\b")
# "ik ben 12 jaar getrouwd", "ik ben 16 weken zwanger": a duration or amount, not an age.
_DURATION = re.compile(r"\s*(?:weken|maanden|dagen|kilo|kg|keer|uur|euro|%)|\s+jaar\s+(?!oud\b|en\b|maar\b|want\b|dus\b|ik\b|mijn\b|m[ny]n?\b|old\b)[a-z]")
_SCHOOL = re.compile(
    r"\b(?:brugklas|mijn\s+klas|m[ny]\s+klas|klasgenoten|mijn\s+mentor|m[ny]\s+mentor|mijn\s+juf|mijn\s+meester"
    r"|groep\s+[678]|middelbare|onderbouw|bovenbouw|(?:vmbo|havo|vwo|mavo)\s*\d?|mijn\s+school|m[ny]\s+school"
    r"|op\s+school|naar\s+school|huiswerk|proefwerk|toets(?:en)?|schoolreis|zakgeld|bijbaantje"
    r"|my\s+school|at\s+school|my\s+teacher|my\s+class|in\s+de\s+klas|uit\s+m[ijny]+n?\s+klas|bij\s+gym"
    r"|(?:[1-6]e|eerste|tweede|derde|vierde)\s+klas|schakelklas|in\s+de\s+pauze|na\s+school|m[ijny]+n?\s+rapport"
    r"|onvoldoendes?|gymles|toetsweek|kleedkamer|strafwerk|schooldag|in\s+de\s+les)\b")
_PARENTS = re.compile(
    r"\b(?:m[ny]|mijn|me)\s+(?:ouders|ma|pa|mama|papa|stiefvader|stiefmoeder)\b"
    r"|\b(?:mag\s+(?:ik\s+)?niet\s+van|van\s+m[ny]n?\s+(?:moeder|vader|ouders)\s+mag)"
    r"|\bmy\s+(?:parents|mom|mum|dad)\b|\bthuis\s+wonen\s+bij\s+mijn\s+(?:moeder|vader)")
# "we zijn 14": an age said for the writer and a friend together.
_OUR_AGE = re.compile(r"\bwe\s+zijn\s+(\d{1,2})\b(?!\s*(?:jaar\s+(?:getrouwd|samen)|weken|maanden))")
# A child calls its parents papa and mama without "mijn" ("papa en mama zijn gescheiden").
_BARE_PARENT = re.compile(r"(?<!mijn )(?<!ben )(?<!als )(?<!een )\b(?:papa|mama)\b|\bpa\s+en\s+ma\b|\bbij\s+(?:pa|ma)\b")
# A little brother or sister beside the parents: the writer is one of the children at home.
_SIBLING = re.compile(r"\b(?:mijn|m[ny]n?)\s+(?:zusje|broertje)\b")
_OWN_PARENT = re.compile(r"\b(?:mijn|m[ny]n?)\s+(?:moeder|vader|ouders|stiefvader|stiefmoeder)\b")
_FIRST_PERSON = re.compile(r"\bik\b")
_SELF = re.compile(r"\b(?:ik|me|mij|m[ny]n?|kzit|kheb|kben|kweet)\b")  # the writer tells about their own life
# Signs of an adult: their own children or partner, teaching, adult education, a parent's age.
_ADULT = re.compile(
    r"\b(?:mijn|m[ny]|onze|ons)\s+(?:zoon|dochter|kind|kids|zoontje|dochtertje|baby|tiener|puber"
    r"|vrouw|man|partner|echtgeno\w+|kleinkind\w*)\b|\bmy\s+(?:son|daughter|child|kids)\b|\bkinderen\b"
    r"|\bik\s+(?:ben|werk\s+als)\s+(?:juf|meester|leraar|lerares|leerkracht|docent|mentor)\b"
    r"|\bik\s+sta\s+voor\s+(?:de\s+)?(?:groep|klas)|\bleerling|\bmijn\s+(?:moeder|vader)\s+is\s+[2-9]\d\b"
    r"|\b(?:mijn|m[ny]n?)\s+(?:moeder|vader)\s*\(\s*[2-9]\d\s*\)"
    r"|inburger|taalschool|hogeschool|universiteit|\bmbo\b|opleiding|cursus|\b(?:ik|mijn|m[ny]n?|op\s+m[ijny]+n?)\s+werk\b|collega")
_QUOTED = re.compile(r"['\"‘’“”][^'\"‘’“”]{0,60}['\"‘’“”]")  # "nee papa nee" quoted by a neighbour
_DIGIT = re.compile(r"\d")
_TEEN = re.compile(r"\b(?:idk|wtf|kzit|kheb|kweet|kben|omg|ngl|gwn|fr)\b")
# What teenagers do and where they talk ("ik zit de hele dag te gamen", "in de groepsapp").
_TEEN_LIFE = re.compile(r"\b(?:chillen|gamen|fifa|fortnite|snapchat|tiktok|groepsapp|memes)\b")
# "mn ouders snappen er niks van", "zonder dat mijn ouders het weten": the parents in charge of
# the writer at home. ("mijn ouders worden oud", "het graf van mijn ouders": an adult child.)
_OWN_PARENTS = re.compile(
    r"\b(?:mijn|m[ny]n?)\s+(?:ouders|stiefvader|stiefmoeder)\s+(?:\w+\s+){0,3}?(?:ruzie(?!\s+met\s+(?:de|het|een|hun)\b)"
    r"|scheiden|gescheiden|uit\s+elkaar|snappen|begrijpen|weten\s+(?:het|dit|er)\s+niet|weten\s+niet\s+(?:dat|van)|mogen"
    r"|vinden\s+(?:dat\s+ik|het)|zeggen\s+dat\s+ik|laten\s+me|willen\s+niet|verbieden|afgepakt|weggehaald|afgenomen"
    r"|werken\s+(?:allebei|tot|de\s+hele))\b"
    r"|\b(?:zonder\s+dat|niet\s+aan|niet\s+met|niet\s+tegen)\s+(?:mijn|m[ny]n?)\s+(?:ouders|stiefvader|stiefmoeder)\b")


def young_writer(text: str, model: WriterModel | None = None, threshold: float = 1.0,
                 tokens: Sequence[str] | None = None) -> bool:
    """True when the writer says or shows they are a child or teenager (under 18).

    The signs below decide first; where they see none, the word model (`model`, at `threshold`)
    may still hear a child's way of writing, unless the writer shows they are an adult.
    `tokens`: tokenize(text) when already read (wegwijzer.understanding.reading).
    """
    lowered = text.lower()
    age = _said_age(lowered)
    if age is not None:
        return age < 18
    # School life is the one sign adults rarely give about themselves; it needs a second.
    if _SCHOOL.search(lowered) and (_PARENTS.search(lowered) or _TEEN.search(lowered)):
        return True
    if len(set(_TEEN.findall(lowered))) >= 2 or bool(_PARENTS.search(lowered) and _TEEN.search(lowered)):
        return True
    if _child_voice(lowered):
        return True
    if model is None or _ADULT.search(lowered):
        return False
    # A way of writing needs some writing: "13" or "hulp" alone says nothing about the writer.
    tokens = tokenize(text) if tokens is None else tokens
    return sum(1 for t in tokens if t.isalpha()) >= 2 and model.probability(text, tokens) >= threshold


def _said_age(lowered: str) -> int | None:
    """The writer's own age: 'ik ben 14', 'we zijn 14', 'ik ben 19' and the same in other
    languages (not 'ik ben 12 weken zwanger'); None when not said."""
    if not _DIGIT.search(lowered):  # an age needs a digit
        return None
    for match in [*_OWN_AGE.finditer(lowered), *_OUR_AGE.finditer(lowered)]:
        age = int(next(g for g in match.groups() if g))
        if 8 <= age <= 99 and not _DURATION.match(lowered, match.end()):
            return age
    return None


def _child_voice(lowered: str) -> bool:
    """A child's way of telling, and no sign of an adult: its own school life, a little brother or
    sister beside the parents, parents who are in charge of the writer, teen life, or papa and mama."""
    if _ADULT.search(lowered):
        return False
    unquoted = _QUOTED.sub(" ", lowered)
    if _SCHOOL.search(unquoted) and _SELF.search(unquoted):
        return True
    if _SIBLING.search(unquoted) and _OWN_PARENT.search(unquoted):
        return True
    if _OWN_PARENTS.search(unquoted) or (_TEEN_LIFE.search(unquoted) and _SELF.search(unquoted)):
        return True
    return bool(_BARE_PARENT.search(unquoted) and (_FIRST_PERSON.search(unquoted) or _SCHOOL.search(unquoted)))
