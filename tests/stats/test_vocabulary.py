"""Signal words: only allow-listed words survive, never names, places, dates, numbers or addresses."""

from __future__ import annotations

import re

import pytest
from faker.providers.address.nl_BE import Provider as AddressBE
from faker.providers.address.nl_NL import Provider as AddressNL
from faker.providers.date_time.nl_NL import Provider as DatesNL
from faker.providers.person.nl_BE import Provider as PersonBE
from faker.providers.person.nl_NL import Provider as PersonNL

from wegwijzer.knowledge.base import load_or_raise
from wegwijzer.settings import Settings
from wegwijzer.stats.vocabulary import Vocabulary, common_words, excluded_words, knowledge_words


@pytest.fixture(scope="module")
def kb():
    return load_or_raise(Settings().knowledge_dir)


@pytest.fixture(scope="module")
def vocabulary(kb):
    return Vocabulary(kb)


def test_the_shipped_list_is_a_few_thousand_plain_lowercase_words():
    words = common_words()
    assert len(words) >= 2500
    assert all(re.fullmatch(r"[a-zà-öø-ÿ]{3,}", w) for w in words)
    assert not words & excluded_words()


@pytest.mark.parametrize("question, expected", [
    ("Ik ben Jan de Vries en ik zoek werk", ("werk", "zoek")),
    ("bel me op 06-12345678 of mail jan.devries@example.nl", ("bel", "mail")),
    ("mijn BSN is 123456782 en IBAN NL91ABNA0417164300 voor de huur", ("huur",)),
    ("ik woon op de Hoofdstraat 12, 2352 AB Leiderdorp", ("woon",)),  # a place
    ("geboren op 12-03-1985 in het ziekenhuis", ("ziekenhuis",)),
    ("kijk op www.voorbeeld.nl of https://x.example", ("kijk",)),
    ("Waar haal ik een PASPOORT?", ("haal", "paspoort")),
])
def test_only_allowed_words_remain(vocabulary, question, expected):
    assert vocabulary.signal_words(question) == expected


def test_names_are_refused_even_when_they_are_also_words(vocabulary):
    for word in ("vries", "jan", "bakker", "visser", "jong", "bakkers"):
        assert not vocabulary.allows(word)


def test_function_words_are_never_signal_words(vocabulary):
    assert vocabulary.signal_words("waar kan ik dat doen, want het is niet voor mij") == ()


def test_inflected_forms_are_allowed_through_their_lemma(vocabulary):
    assert vocabulary.allows("parkeervergunningen")
    assert vocabulary.allows("verhuisde")


def test_the_knowledge_base_adds_its_own_lowercase_words(kb, vocabulary):
    own = knowledge_words(kb)
    assert "deurwaarder" in own and "deurwaarder" in vocabulary
    assert len(vocabulary) > len(common_words() - excluded_words())


def test_words_written_only_with_a_capital_in_the_knowledge_base_are_left_out(kb):
    own = knowledge_words(kb)
    texts = " ".join(t for s in kb.services for t in (s.title, s.summary, s.answer, s.next_step,
                                                       *s.words, *s.examples))
    # every place knowledge_words reads lowercase words from (a word written in lowercase anywhere,
    # like "vergoedt" in the out-of-scope topics, is no name)
    texts += " " + " ".join(t for topic in kb.municipality.out_of_scope for t in (topic.title, *topic.words))
    texts += " " + " ".join(kb.synonyms) + " " + " ".join(theme.title for theme in kb.themes)
    capital_only = {w.lower() for w in re.findall(r"\b[A-Z][a-z]{3,}\b", texts)} - set(
        re.findall(r"\b[a-z]+\b", texts))
    assert capital_only, "the knowledge base names organisations, so some exist"
    assert not capital_only & own


def test_digits_short_words_and_long_words_never_pass(vocabulary):
    assert vocabulary.signal_words("ik 06 12 ab de 2x a1 www") == ()
    assert not vocabulary.allows("a" * 31)


# Faker's Dutch and Flemish lists (a test dependency): one-word entries are what one signal
# word could reveal; a name of more words ("van den Berg") is no single word.
FAKER_LISTS = {
    "first names": [*PersonNL.first_names_male, *PersonNL.first_names_female,
                    *PersonBE.first_names_male, *PersonBE.first_names_female],
    "surnames": [*PersonNL.last_names, *PersonBE.last_names],
    "provinces": [*AddressNL.provinces, *AddressBE.provinces],
    "months and weekdays": [*DatesNL.MONTH_NAMES.values(), *DatesNL.DAY_NAMES.values()],
}
SOCIAL_WORDS = (
    "schuld schulden huur huurachterstand huurtoeslag eenzaam eenzaamheid mantelzorg mantelzorger "
    "dementie rolstoel uitkering bijstand werk werkloos woning dakloos verslaving geweld ruzie "
    "scheiding thuiszorg jeugdhulp opvoeding school taal inburgering vrijwilligerswerk depressie geld "
    "toeslag deurwaarder energie voedselbank pleegzorg kinderen ouders huisarts rekening belasting").split()


@pytest.mark.parametrize("kind", sorted(FAKER_LISTS))
def test_no_name_month_or_weekday_of_fakers_dutch_lists_is_a_signal_word(vocabulary, kind):
    one_word = {entry.lower() for entry in FAKER_LISTS[kind] if re.fullmatch(r"\w+", entry)}
    assert len(one_word) > 10
    assert sorted(w for w in one_word if vocabulary.allows(w)) == []


def test_a_name_and_birthday_leave_nothing(vocabulary):
    assert vocabulary.signal_words("Storm Winter geboren 3 april 1962") == ()
    assert vocabulary.signal_words("Zomer de Bakker, maandag drieëntwintig mei") == ()


@pytest.mark.parametrize("word", [
    "leiderdorp", "leiden", "haarlem", "best", "buren", "bergen", "hoorn", "huizen",  # municipalities
    "sterrentuin", "bloemerd", "diepeningenlaan", "ommedijk",  # places in Leiderdorp
    "drie", "tien", "twaalf", "twintig", "honderd", "duizend", "eerste", "derde",  # numbers
    "storm", "winter", "lente", "zomer", "april", "zondag",  # first names, months, weekdays
])
def test_places_numbers_and_names_that_are_also_words_are_refused(vocabulary, word):
    assert not vocabulary.allows(word)


def test_the_words_of_the_social_domain_remain_signal_words(vocabulary):
    assert len(SOCIAL_WORDS) >= 30
    assert [w for w in SOCIAL_WORDS if not vocabulary.allows(w)] == []


def test_the_generated_deny_list_says_where_it_came_from():
    from importlib import resources

    header = resources.files("wegwijzer.stats").joinpath("names_nl.txt").read_text(encoding="utf-8")[:1500]
    assert "GENERATED by tools/make_denylist.py" in header
    assert all(source in header for source in ("Faker", "deduce", "num2words", "Leiderdorp"))
