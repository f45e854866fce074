"""Short texts in residents' own languages (knowledge/languages/<code>.yaml).

A reply to a question in English, Arabic, Ukrainian, Turkish, Polish or Tigrinya opens with
two or three sentences in that language, then the Dutch text follows. Each text says whether
a native speaker has reviewed it. What a text may not do is checked here: be in the wrong
script (an error), hold a number the Dutch text does not give (an error: never an invented
phone number), or, for a crisis, leave out the crisis number (an error).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Literal

from pydantic import Field

from wegwijzer.knowledge.base import Service, _Model
from wegwijzer.knowledge.yamlfile import Problem, read_yaml, validate

LANGUAGES = ("en", "ar", "uk", "tr", "pl", "ti")  # the languages each service should have
SCRIPTS = {"en": "LATIN", "tr": "LATIN", "pl": "LATIN", "ar": "ARABIC", "uk": "CYRILLIC", "ti": "ETHIOPIC"}
GENERAL = ("dutch_follows", "fallback", "out_of_scope", "clarify", "emergency", "veilig-thuis",
           "zelfmoordpreventie", "about")
# The number each safety text must hold (CONTRACT: the number first, in any language).
REQUIRED_NUMBER = {"emergency": "112", "veilig-thuis": "0800-2000", "zelfmoordpreventie": "0800-0113"}
ALWAYS_ALLOWED = frozenset({"112", "113", "0800-2000", "0800-0113", "113.nl"})
_NUMBER = re.compile(r"\d[\d\-. ]*\d|\d")


class Translation(_Model):
    """One text in one language, and whether a native speaker has reviewed it."""

    text: str = Field(min_length=1)
    reviewed: bool = False


class LanguagePack(_Model):
    """Everything in one language: general texts (fallback, crisis, ...) and one per service."""

    code: str = Field(pattern=r"^[a-z]{2}$")
    name: str
    name_nl: str
    direction: Literal["ltr", "rtl"] = "ltr"
    general: dict[str, Translation]
    services: dict[str, Translation] = {}
    # Example questions in this language per service: the language model compares a question
    # with these too (a question is closer to a question than to a description).
    examples: dict[str, tuple[str, ...]] = {}


def load_languages(root: Path) -> tuple[dict[str, LanguagePack], dict[tuple[str, str], tuple[str, int]], list[Problem]]:
    """Every language file, with (code, key) -> (file, line) for messages, and the problems."""
    packs: dict[str, LanguagePack] = {}
    where: dict[tuple[str, str], tuple[str, int]] = {}
    problems: list[Problem] = []
    for path in sorted((root / "languages").glob("*.yaml")):
        display = f"{root.name}/languages/{path.name}"
        data, lines, found = read_yaml(path, display)
        problems += found
        if data is None:
            continue
        pack, found = validate(LanguagePack, data, display, lines)
        problems += found
        if pack is None:
            continue
        if path.stem != pack.code:
            problems.append(Problem(display, lines.get(("code",), 1), f"de bestandsnaam hoort '{pack.code}.yaml' te zijn"))
            continue
        for section in ("general", "services", "examples"):
            for key in getattr(pack, section):
                where[(pack.code, f"{section}.{key}")] = (display, lines.get((section, key), 1))
        problems += _pack_problems(pack, display, where)
        packs[pack.code] = pack
    return packs, where, problems


def _pack_problems(pack: LanguagePack, display: str,
                   where: dict[tuple[str, str], tuple[str, int]]) -> list[Problem]:
    out = []
    for key in GENERAL:
        if key not in pack.general:
            out.append(Problem(display, 1, f"onder 'general' ontbreekt '{key}'; tot die er is, leest de "
                                           "inwoner alleen Nederlands", "waarschuwing"))
    for key, number in REQUIRED_NUMBER.items():
        text = pack.general.get(key)
        if text is not None and number not in text.text:
            file, line = where[(pack.code, f"general.{key}")]
            out.append(Problem(file, line, f"general.{key}: het nummer {number} moet in deze tekst staan"))
    texts = [(f"{section}.{key}", t.text) for section in ("general", "services")
             for key, t in getattr(pack, section).items()]
    texts += [(f"examples.{key}", " ".join(questions)) for key, questions in pack.examples.items()]
    for key, text in texts:
        wrong = wrong_script(text, pack.code)
        if wrong:
            file, line = where[(pack.code, key)]
            out.append(Problem(file, line, f"{key}: deze tekst is niet in het {pack.name_nl} geschreven ({wrong})"))
    return out


def wrong_script(text: str, code: str) -> str:
    """Why a text is not in its language's script ('' when it is)."""
    expected = SCRIPTS.get(code)
    if expected is None:
        return ""
    letters = [unicodedata.name(ch, "?").split(" ")[0] for ch in text if ch.isalpha()]
    if not letters:
        return "er staan geen letters in"
    share = sum(s == expected for s in letters) / len(letters)
    # Names of Dutch organisations (Incluzio, Wmo, DigiD, Sport Servicepunt) stay in Latin
    # letters, so another script needs only to carry a good part of the text.
    needed = 0.9 if expected == "LATIN" else 0.3
    return "" if share >= needed else f"maar {share:.0%} van de letters is {expected.lower()}"


def translation_problems(services: tuple[Service, ...], packs: dict[str, LanguagePack],
                         where: dict[tuple[str, str], tuple[str, int]]) -> list[Problem]:
    """Missing translations (one warning per service) and numbers the Dutch text does not give."""
    out = []
    for service in services:
        missing = [code for code in LANGUAGES if code not in packs or service.id not in packs[code].services]
        if missing:
            out.append(Problem(f"services/{service.id}.yaml", 1, "nog geen vertaling in: " + ", ".join(missing),
                               "waarschuwing"))
        dutch = " ".join([service.answer, service.next_step, *service.contact.filled().values(),
                          *(line.phone.value for line in service.contact.lines)])
        for code, pack in packs.items():
            translation = pack.services.get(service.id)
            if translation is None:
                continue
            for number in _NUMBER.findall(translation.text):
                if number not in ALWAYS_ALLOWED and number not in dutch:
                    file, line = where[(code, f"services.{service.id}")]
                    out.append(Problem(file, line, f"services.{service.id}: het nummer '{number}' staat niet in "
                                                   "de Nederlandse tekst van deze dienst; verzin geen nummers"))
    known = {s.id for s in services}
    for code, pack in packs.items():
        for section in ("services", "examples"):
            for key in getattr(pack, section):
                if key not in known:
                    file, line = where[(code, f"{section}.{key}")]
                    out.append(Problem(file, line, f"{section}.{key}: deze dienst bestaat niet"))
    return out
