"""Word pairs and signal scores: the crisis rules for what is told as a story, as data.

Pairs are two word groups that must both occur in one message, in any order: they catch
signals that are told as a story ("hij drinkt ... en dan gooit hij met dingen") rather than
in one phrase. A pair can name words that cancel it ("gevallen" for bruises after a fall).
The phrase rules are in wegwijzer.safety.rules; wegwijzer.safety.check applies both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wegwijzer.safety.rules import AT_THINGS, BREAKS_THINGS, NOT_AT_HOME


@dataclass(frozen=True)
class Pair:
    """Two phrase groups that together signal a crisis; `unless` phrases cancel it."""

    first: re.Pattern[str]
    second: re.Pattern[str]
    unless: re.Pattern[str] | None = None


def _any(phrases: str) -> re.Pattern[str]:
    """One pattern for a list of words or phrases separated by ", ", as whole words.

    (A comma with a space: a phrase may hold a regex count such as "(\\w+ ){0,3}".)
    """
    return re.compile(r"\b(" + "|".join(p.strip() for p in re.split(r",\s+", phrases)) + r")\b")


def _not_denied(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern, unless the words are denied: "niemand slaat", "slaat niemand", "slaan doen ze niet"."""
    return re.compile(r"(?<!\bniet )(?<!\bniemand )(?<!\bnooit )(?<!\bgeen )(?<!\bnot )(?<!\bnever )(?<!\bno )"
                      + pattern.pattern + r"(?! (\w+ )?(niet|nooit|niemand|nobody)\b| doen (\w+ )?(ze|hij|zij) (\w+ )?niet\b)")


_AGGRESSION = _any("schreeuwen, schreeuwt, schreeuwde, geschreeuw, tiert, tieren, scheldt, schelden, krijsen, "
                   "brullen, screaming, yelling, shouting")
# ("als ik hem help met douchen" is care, not a cry for help)
_DISTRESS = _any("klappen, klap, bonken, gebonk, gillen, gil, gegil, "
                 "help(?! (hem|haar|met|mijn|mn|m n|ze|zijn|bij|je|jou|ons|iemand)\\b), gerommel, hitting, smijten")
_SLAMMED = _any("(smijt|smijten|smeet|slaat|slaan) (\\w+ )?(de )?(deur|deuren), (deur|deuren) (\\w+ )?(dicht)?(smijt|smijten|slaat|slaan)")
# ... or the writer says no one was touched ("de buurman bonkt op de muur, hij heeft me nooit aangeraakt")
_NOT_TOUCHED = re.compile(_SLAMMED.pattern + r"|\b(nooit|niet) aangeraakt\b|\braakt (me|mij|ons) (nooit|niet) aan\b")
_CRYING = _any("huilen, huilt, huilden, gehuil, crying")
# A parent telling about their own young child's tantrums: a question for the CJG.
# Parents who fight at the handover after a divorce: a question for the CJG (the children's side of it).
_OWN_CHILD = _any("peuter, baby, kleuter, driftbui\\w*, woedeaanval\\w*, puber\\w*, tandjes, "
                  "mijn (kind|zoon|dochter|kinderen), overdracht\\w*, omgangsregeling\\w*, vechtscheiding\\w*")
# "sloeg een gat in de muur": a wall, not a person
_HOLE = r"(?! (\w+ )?(\w+ )?(\w+ )?(gat|gaten|deuk) in\b)"
_DRINK = _any("dronken, drinkt, drinken, zuipt, zuipen, drank, drugs, drunk, drinks")
# a drunk driver who hit someone on the road: a victim of a crime (juridische-hulp), not violence at home
# nor fear for the drinker ("zuipt zich kapot, ik ben bang dat het een keer fout afloopt")
_ROAD = _any("driver, automobilist, bestuurder, aangereden, verkeersongeluk, car accident, hit by a car, "
             "dronken achter het stuur, drunk driving, "
             "bang dat (het|ze|hij|zij) (\\w+ )?(\\w+ )?(\\w+ )?(misgaat|misloopt|(fout|mis|slecht) (afloopt|gaat|loopt|eindigt))")
_DANGER = _not_denied(_any(f"slaan{_HOLE}, slaat{_HOLE}, sloeg{_HOLE}, schoppen, schopt, bang, gooit, gooien, duwt, duwen, agressief, "
                           "opgesloten, sluit, sluiten, hits, hit, scared, afraid"))
# marks of a blow or a grip, read both by the pair below and by the "letsel" group
_MARKS = "blauw oog, grijpplek\\w*, knijpplek\\w*, black eye, dikke lip, kapotte lip"
_INJURY = _any(f"blauwe plekken, blauwe plek, {_MARKS}, bruises, bruised, brandwonden")
_INJURED = _any("ik, mij, me, kind, kinderen, dochter, zoon, nichtje, neefje, kleinkind, baby, oma, opa, moeder, "
                "vader, vriend, vriendin, vrouw, buurmeisje, buurjongen, kleinkind\\w*, jongste, oudste, child, kid, kids, i, my")
_ACCIDENT = _any("gevallen, valt, vallen, viel, struikel\\w*, ongeluk, sport\\w*, voetbal\\w*, fiets\\w*, trap, "
                 "operatie, bloedverdunner\\w*, medicijn\\w*, ziekte, school, klas, pest\\w*, gepest, "
                 "bully\\w*, picking on, fell, football, judo, karate, kickboks\\w*, boks\\w*, hockey, rugby, "
                 "handbal, \\w*wedstrijd\\w*, \\w*training\\w*, match, gym\\w*, een bal, de bal")

_DEATH = _any("dood, overleden, overlijden, gestorven, sterven, begrafenis, died, death")
_PILLS = _any("pillen, doosje pillen, medicijnen, pills")
_SORRY = _any("sorry, het spijt me, vaarwel, goodbye")
_JOIN = _any("bij (haar|hem|oma|opa|mama|papa|mijn \\w+) (wil |wilt )?zijn, naar (haar|hem) toe, "
             "(geeft|gaf|weggeven|weggegeven) (\\w+ )?(\\w+ )?(\\w+ )?spullen, spullen (\\w+ )?weg, "
             "(ben|zijn) ik (weer )?bij (haar|hem), ik (\\w+ )?bij (haar|hem) ben, alles (al )?klaar ?(liggen|gelegd|liggend), "
             "be with (her|him)")

PAIRS = {
    "zelfmoordpreventie": [
        Pair(_DEATH, _JOIN),
        Pair(_PILLS, _SORRY),
    ],
    "veilig-thuis": [
        Pair(_AGGRESSION, _DISTRESS, _NOT_TOUCHED),
        Pair(_AGGRESSION, _CRYING, _OWN_CHILD),
        Pair(_DRINK, _DANGER, _ROAD),
        Pair(_INJURY, _INJURED, _ACCIDENT),
    ],
}


# --- signal scores ------------------------------------------------------------------
# Phrases miss what people say in their own words. Each group below is one kind of
# sign (harm, fear, control, ...); a message that shows several kinds adds up their
# weights. A crisis needs the threshold and at least one of the core groups, so fear or
# despair alone (an exam, a bad week) never raises the alarm.

@dataclass(frozen=True)
class Group:
    """One kind of sign, its weight, and whether it can carry a crisis on its own terms."""

    name: str
    weight: float
    pattern: re.Pattern[str]
    core: bool = False


SCORE_THRESHOLD = 5.0
# a blow at someone at home: not things broken or hit, not a hole in a wall, not another child or a carer
_AT_SOMEONE = f"(?!{BREAKS_THINGS}){AT_THINGS}{_HOLE}{NOT_AT_HOME}"

GROUPS = {
    "veilig-thuis": [
        Group("geweld", 3, _not_denied(_any(
            f"slaan{_AT_SOMEONE}, slaat{_AT_SOMEONE}, sloeg{_AT_SOMEONE}, geslagen, schoppen{AT_THINGS}, schopt{AT_THINGS}, geschopt, "
            "stompen, duwen, duwt, knijpen, knijpt, wurgen, bijten, trappen, trapt, klap, klappen, mishandel\\w*, "
            "pijn (doen|gedaan|doet), hand (op|opgeheven), verwond\\w*, hit\\w*, beat\\w*")), True),
        Group("seksueel", 3, _any("seks, sex, aanraken, aangeraakt, betast\\w*, naakt, ongewenst\\w*, "
                                  "aan (me|mij|haar|hem) (zitten|zit|zat), touch(ed|es)? me"), True),
        Group("controle", 2, _any("controleert, controleren, opsluiten, sluit (me|mij|ons|haar) op, afpakken, pakt af, "
                                  "verbiedt, mag (ik |ze |hij )?(niet|niks|nooit|geen), dwingt, dwingen, gedwongen, "
                                  "chanteert, chantage, bedreigt, dreigt, dreigen, kleineert, vernedert, isoleert, "
                                  "scheldt (me|mij|haar) uit"), True),
        Group("verwaarlozing", 2, _any("verwaarloo\\w*, honger, geen eten, vies, alleen gelaten, alleen thuis gelaten, "
                                       "niet verzorgd, zorgt niet voor"), True),
        Group("letsel", 2, _any(f"blauwe plek\\w*, {_MARKS}, striemen, brandwond\\w*, wond\\w*, gebroken arm, "
                                "bloedneus, bruises?"), True),
        Group("angst", 2, _any("bang, angst\\w*, doodsbang, onveilig, durf niet, durft niet, trillen, beven, scared, "
                               "afraid, fear")),
        Group("boosheid", 1, _any("boos, woedend, agressie\\w*, agressief, driftig, drank, dronken, drinkt, drugs, "
                                  "schreeuwt, schreeuwen, tekeer\\w*, angry, drunk")),
        Group("thuis", 1, _any("thuis, huis, man, vrouw, partner, vriend, vriendin, vader, moeder, stiefvader, "
                               "stiefmoeder, ouders, oom, opa, oma, ex, broer, zus, zoon, dochter, kind, kinderen, "
                               "husband, wife, boyfriend, father, mother, home")),
        Group("geheim", 1, _any("niemand vertellen, aan niemand, geheim, nooit verteld, durf het niet te zeggen, "
                                "mag het niet zeggen, secret")),
    ],
    "zelfmoordpreventie": [
        Group("dood", 2, _any("dood, sterven, doodgaan, einde(?! van (de|het) (maand|week|dag|jaar|middag|avond|zomer|schooljaar)), er niet meer zijn, niet meer wakker, eindelijk rust, "
                              "niet meer leven, to die, dying, dead"), True),  # not "die": Dutch for "that"
        Group("plan", 3, _any("pillen, slaappillen, medicijnen (sparen|verzamelen|gespaard|verzameld), touw, brug, "
                              "spoor, trein, van (de|een) flat, (?<!geen )dak(?! boven), springen, afscheid\\w*, spullen weg\\w*, "
                              "alles geregeld, pills, bridge, goodbye"), True),
        Group("zelfbeschadiging", 3, _any("snijden, snijd, sneed, krassen, kras, mezelf pijn doen, mezelf iets aandoen, "
                                          "cutting, hurt myself"), True),
        Group("wanhoop", 2, _any("hopeloos, uitzichtloos, zinloos, geen zin, geen uitweg, geen toekomst, leeg(?! (veld\\w*|huis|pand|terrein|stuk|koelkast|portemonnee|rekening|woning)), "
                                 "kan niet meer, een last, tot last, waardeloos, mislukt, niemand mist, beter af, op is, "
                                 "opgebrand, hopeless, pointless, worthless, burden")),
        Group("voorgoed", 1, _any("voor altijd, nooit meer, voorgoed, eeuwig, rust, forever")),
        Group("alleen", 1, _any("niemand, alleen, eenzaam, nobody, alone")),
    ],
}
