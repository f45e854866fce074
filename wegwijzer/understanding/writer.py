"""Is the writer a child or a teenager? Then the answer says "je" and names De Kindertelefoon.

Only signs the writer gives about themselves count: an age under 18 ("ik ben 14",
"I'm 15", also in the six newcomers' languages), or their school life ("mijn mentor", "brugklas") together with their parents
as the people in charge ("mn ouders", "van mijn moeder mag ik niet") or the way
teenagers type ("idk", "kzit", "gwn"). An adult who writes "mijn moeder (82) heeft dementie" gives an
age, but not their own, so it does not count.
"""

from __future__ import annotations

import re

_OWN_AGE = re.compile(
    r"\b(?:ik\s+ben|ben\s+pas|ik\s+bn|kben|k\s+ben|i\s*'?\s*a?m|i\s+am|im)\s+(?:pas\s+|nog\s+maar\s+|only\s+|just\s+)?"
    r"(\d{1,2})(?!\s*(?:weken|maanden|kilo|keer|uur|euro|%))\b"
    r"|\b(?:ik|me|mij|i)\s*\((\d{1,2})\)"
    r"|\b(?:mijn|ik)\s+(?:ben|word)\s+(?:volgende\s+(?:week|maand)\s+)?(\d{1,2})\s+jaar\b"
    r"|\b(\d{1,2})\s+jaar\s+oud\s+en\s+ik\b"
    r"|\bben\s+(?:pas\s+)?(\d{1,2})\b|\bals\s+(?:je|ik)\s+(\d{1,2})\s+(?:bent|ben)\b"
    # Arabic, Ukrainian, Turkish, Polish, Somali, Tigrinya: "I am 14 (years old)"
    r"|عمري\s*(\d{1,2})|\bмені\s+(\d{1,2})|\b(\d{1,2})\s+ya[sş][iı]nday[iı]m|\bmam\s+(\d{1,2})\s+lat"
    r"|\b(\d{1,2})\s+jir\s+(?:baan|ayaan)\s+ahay|\bahay\s+(\d{1,2})\s+jir\b|ዕድመይ\s*(\d{1,2})")
# "ik ben 12 jaar getrouwd", "ik ben 16 weken zwanger": a duration or amount, not an age.
_DURATION = re.compile(r"\s*(?:weken|maanden|dagen|kilo|kg|keer|uur|euro|%)|\s+jaar\s+(?!oud\b|en\b|maar\b|want\b|dus\b|ik\b|mijn\b|m[ny]n?\b|old\b)[a-z]")
_SCHOOL = re.compile(
    r"\b(?:brugklas|mijn\s+klas|m[ny]\s+klas|klasgenoten|mijn\s+mentor|m[ny]\s+mentor|mijn\s+juf|mijn\s+meester"
    r"|groep\s+[678]|middelbare|onderbouw|bovenbouw|(?:vmbo|havo|vwo|mavo)\s*\d?|mijn\s+school|m[ny]\s+school"
    r"|op\s+school|naar\s+school|huiswerk|proefwerk|toets(?:en)?|schoolreis|zakgeld|bijbaantje"
    r"|my\s+school|at\s+school|my\s+teacher|my\s+class|in\s+de\s+klas|uit\s+m[ijny]+n?\s+klas|bij\s+gym)\b")
_PARENTS = re.compile(
    r"\b(?:m[ny]|mijn|me)\s+(?:ouders|ma|pa|mama|papa|stiefvader|stiefmoeder)\b"
    r"|\b(?:mag\s+(?:ik\s+)?niet\s+van|van\s+m[ny]n?\s+(?:moeder|vader|ouders)\s+mag)"
    r"|\bmy\s+(?:parents|mom|mum|dad)\b|\bthuis\s+wonen\s+bij\s+mijn\s+(?:moeder|vader)")
_DIGIT = re.compile(r"\d")
_TEEN = re.compile(r"\b(?:idk|wtf|kzit|kheb|kweet|kben|omg|ngl|gwn|fr)\b")


def young_writer(text: str) -> bool:
    """True when the writer says or shows they are a child or teenager (under 18)."""
    lowered = text.lower()
    for match in _OWN_AGE.finditer(lowered) if _DIGIT.search(lowered) else ():  # an age needs a digit
        age = int(next(g for g in match.groups() if g))
        if 8 <= age <= 17 and not _DURATION.match(lowered, match.end()):
            return True
    # School life is the one sign adults rarely give about themselves; it needs a second.
    if _SCHOOL.search(lowered) and (_PARENTS.search(lowered) or _TEEN.search(lowered)):
        return True
    return len(set(_TEEN.findall(lowered))) >= 2 or bool(_PARENTS.search(lowered) and _TEEN.search(lowered))
