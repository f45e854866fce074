

def test_only_dutch_questions_teach_the_word_model() -> None:
    from wegwijzer.safety.train import dutch
    assert dutch({"q": "ik wil dood", "lang": "nl"}) and dutch({"q": "ik wil dood", "kind": "crisis"})
    assert not dutch({"q": "I want to die tonight", "kind": "english"})
    assert not dutch({"q": "хочу померти", "lang": "uk"})
