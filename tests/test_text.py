"""Dutch normalisation: folding, contractions, lemmas, compounds, typos, synonyms, stopwords."""

from __future__ import annotations

from wegwijzer.text import STOPWORDS, Normaliser, clauses, everyday, fold, lemma, tokenize


def terms(normaliser: Normaliser, text: str) -> list[str]:
    return [t.term for t in normaliser.query_terms(text)]


def test_fold_lowercases_and_removes_accents() -> None:
    assert fold("Één Café, ÄRGER") == "een cafe, arger"
    assert fold("financiële") == "financiele"


def test_fold_straightens_curly_quotes() -> None:
    assert fold("m\u2019n") == "m'n"


def test_tokenize_expands_contractions() -> None:
    assert tokenize("m'n schulden") == ["mijn", "schulden"]
    assert tokenize("Z'n moeder") == ["zijn", "moeder"]
    assert tokenize("m\u2019n zoon") == ["mijn", "zoon"]
    assert "dat" in tokenize("da's lastig")


def test_tokenize_drops_punctuation() -> None:
    assert tokenize("Hulp?! Nu, graag.") == ["hulp", "nu", "graag"]


def test_lemmas() -> None:
    assert lemma("schulden") == "schuld"
    assert lemma("kinderen") == "kind"
    assert lemma("112") == "112"
    assert lemma("ik") == "ik"  # short words are left alone


def test_compound_split_against_vocabulary() -> None:
    norm = Normaliser({}, {"schuld", "hulp", "verlening"})
    assert terms(norm, "schuldhulpverlening") == ["schuld", "hulp", "verlening"]
    assert all(t.how == "samenstelling" and t.source == "schuldhulpverlening"
               for t in norm.query_terms("schuldhulpverlening"))


def test_compound_split_with_linking_s() -> None:
    norm = Normaliser({}, {"mantelzorg", "ondersteuning", "woning", "aanpassing"})
    assert terms(norm, "mantelzorgondersteuning") == ["mantelzorg", "ondersteuning"]
    assert terms(norm, "woningaanpassing") == ["woning", "aanpassing"]
    linked = Normaliser({}, {"leeftijd", "grens"})
    assert terms(linked, "leeftijdsgrens") == ["leeftijd", "grens"]


def test_no_split_without_the_parts_in_the_vocabulary() -> None:
    norm = Normaliser({}, {"schuld"})
    assert "schuld" not in terms(norm, "schuldhulpverlening")


def test_typo_is_corrected_against_the_vocabulary() -> None:
    norm = Normaliser({}, {"schuldhulpverlening", "mantelzorg"})
    found = norm.query_terms("schuldhulpverleneng")
    assert found[0].term == "schuldhulpverlening"
    assert found[0].how == "spelling" and 0 < found[0].quality < 1
    assert terms(norm, "mantelzrog")[0] == "mantelzorg"


def test_a_typo_of_a_written_form_finds_its_vocabulary_word() -> None:
    # The index holds lemmas ("schuld"); "shculden" is two letters from the form "schulden".
    assert terms(Normaliser({}, {"schuld"}), "shculden") == ["shculden"]
    assert terms(Normaliser({}, {"schuld"}, forms={"schulden": "schuld"}), "shculden") == ["schuld"]


def test_a_real_dutch_word_is_no_typo() -> None:
    norm = Normaliser({}, {"open", "begeleiding"})
    assert terms(norm, "kopen") == ["kopen"]  # not "open": kopen is a word of its own
    assert terms(norm, "begeleidt") == ["begeleiding"]  # another form of a vocabulary word


def test_lemma_fixes_where_simplemma_changes_the_meaning() -> None:
    assert lemma("meer") == "meer"  # "niet meer" is not "niet veel"
    assert lemma("peuter") == "peuter"
    assert lemma("afvallen") == "afvallen"  # losing weight, not rubbish


def test_prepositions_and_fillers_are_stopwords() -> None:
    # In a long story they matched whichever service happened to use them.
    assert {"achter", "sinds", "zoals", "steeds", "alles"} <= STOPWORDS
    assert "heen" not in STOPWORDS  # "waar moet ik heen" asks for the front door


def test_no_correction_for_far_or_short_words() -> None:
    norm = Normaliser({}, {"schuldhulpverlening"})
    assert terms(norm, "qwertyx") == ["qwertyx"]  # unknown: kept, it matches nothing
    assert terms(norm, "abc") == ["abc"]


def test_synonyms_replace_words() -> None:
    norm = Normaliser({"poen": "geld", "blut": "geen geld"}, {"geld"})
    found = norm.query_terms("ik heb geen poen")
    assert [t.term for t in found] == ["geld"] and found[0].how == "synoniem"
    assert terms(norm, "ik ben blut") == ["geld"]  # 'geen' is a stopword


def test_base_terms_apply_synonyms_lemmas_and_drop_stopwords() -> None:
    norm = Normaliser({"poen": "geld"})
    assert norm.base_terms("Waar kan ik terecht met mijn schulden?") == ["schuld"]
    assert norm.base_terms("ik heb geen poen") == ["geld"]


def test_question_frame_is_stopwords() -> None:
    for word in ("waar", "kan", "ik", "terecht", "mijn", "hoe", "the", "where", "u"):
        assert word in STOPWORDS
    assert terms(Normaliser({}), "waar kan ik terecht?") == []


def test_query_terms_without_vocabulary_are_lemmas() -> None:
    assert terms(Normaliser({}), "de kinderen en de schulden") == ["kind", "schuld"]


def test_clauses_split_at_punctuation_and_drop_empty_ones() -> None:
    assert clauses("Ik rook me dood, wil stoppen!! ...") == [["ik", "rook", "me", "dood"], ["wil", "stoppen"]]
    assert clauses("") == []


def test_everyday_measures_how_common_a_word_is() -> None:
    assert everyday("jaar") > everyday("scootmobiel") > 0  # Dutch
    assert everyday("help") > everyday("deurwaarder")  # English counts too
    assert everyday("qwertyx") == 0


def test_a_typo_between_two_words_is_corrected_the_same_way_in_every_process() -> None:
    import os
    import subprocess
    import sys

    script = ("from wegwijzer.text import Normaliser; "
              "print(Normaliser({}, ['paspoort', 'passport', 'schuld']).query_terms('pasport')[0].term)")
    seen = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env=dict(os.environ, PYTHONHASHSEED=str(seed))).stdout.strip() for seed in range(6)}
    assert len(seen) == 1 and seen <= {"paspoort", "passport"}
