"""Plain-Dutch measures: Flesch-Douma and our sentence splitter."""

from __future__ import annotations

from wegwijzer.knowledge.readability import measure, sentences

PLAIN = "Heeft u schulden? Wacht niet te lang. Vraag hulp. Bel Incluzio. Zij helpen u."
BUREAUCRATIC = ("Ten behoeve van de implementatie van de gemeentelijke schuldhulpverleningsregeling dient "
                "de aanvrager zich overeenkomstig de geldende beleidsregels tot het daartoe aangewezen "
                "bestuursorgaan te wenden, teneinde een beoordeling van de ontvankelijkheid te verkrijgen.")


def test_plain_text_scores_higher_than_bureaucratic_text() -> None:
    plain, hard = measure(PLAIN), measure(BUREAUCRATIC)
    assert plain.flesch_douma > 80
    assert hard.flesch_douma < 30
    assert plain.flesch_douma > hard.flesch_douma + 40


def test_words_per_sentence_and_longest_sentence() -> None:
    r = measure(BUREAUCRATIC + " Bel ons.")
    assert r.sentences == 2
    assert r.longest_sentence.startswith("Ten behoeve")
    assert r.longest_words > 20
    assert r.words_per_sentence == round(r.words / 2, 1)


def test_very_short_sentences_are_counted() -> None:
    assert sentences("Bel 112. Nu.") == ["Bel 112.", "Nu."]
    assert measure("Bel 112. Nu.").sentences == 2
    assert measure("Bel 112. Nu.").words == 3


def test_line_breaks_end_sentences() -> None:
    assert len(sentences("Incluzio Leiderdorp\nTelefoon 071 123\nOpen op maandag")) == 3


def test_question_and_exclamation_marks_end_sentences() -> None:
    assert len(sentences("Heeft u vragen? Bel ons! Wij helpen u.")) == 3


def test_urls_are_not_words() -> None:
    without = measure("Kijk op de website.")
    with_url = measure("Kijk op de website https://www.leiderdorp.nl/zorg-en-welzijn/hulp-bij-geldzaken")
    assert with_url.words == without.words


def test_url_at_the_end_of_a_sentence_keeps_the_sentence_end() -> None:
    assert len(sentences("Kijk op https://www.leiderdorp.nl/zorg. Of bel ons.")) == 2


def test_empty_text() -> None:
    r = measure("")
    assert (r.sentences, r.words, r.flesch_douma) == (0, 0, 0.0)
    assert sentences("  \n ") == []
