"""A message about the topic, not someone in it, in the newcomers' languages (wegwijzer.safety.topic)."""

from __future__ import annotations

import pytest

from wegwijzer.safety.lexicon import find
from wegwijzer.safety.topic import about_the_work, without_topic


@pytest.mark.parametrize("text", [
    "هل عندكم منشورات بالعربي عن العنف الأسري لورشة الأمهات؟",  # leaflets in Arabic on domestic violence
    "بدي رقم خط منع الانتحار لدليل الجمعية",  # the suicide prevention line's number for a guide
    "okulda intihar hakkında bir seminer yapmak istiyoruz, broşür var mı?",  # a seminar about suicide
    "Потрібні брошури про домашнє насильство для курсу мови",  # leaflets about domestic violence
])
def test_the_topic_of_a_workshop_or_leaflet_is_no_crisis_word(text: str) -> None:
    assert find(text)  # the crisis word is there ...
    assert not find(without_topic(text))  # ... but only as the topic


@pytest.mark.parametrize("text", [
    "بدي معلومات عن الانتحار لأني بدي انتحر",  # information about suicide, because I want to kill myself
    "زوجي بيضربني، في معلومات عن العنف الأسري؟",  # my husband beats me; information on domestic violence?
])
def test_a_person_in_danger_beside_the_topic_still_counts(text: str) -> None:
    assert find(without_topic(text))


def test_the_topic_named_without_asking_for_material_still_counts() -> None:
    assert find(without_topic("صار في عنا عنف اسري بالبيت"))  # there is domestic violence in our home


@pytest.mark.parametrize("text", [
    "ik ben leerkracht en wil leren hoe je merkt dat een kind thuis niet veilig is",
    "bestaat er een training voor vrijwilligers over hoe je iemand aanspreekt die niet meer wil leven?",
    "our team wants a course on how to recognise signs of abuse in children",
])
def test_a_question_about_the_work_is_about_the_work(text: str) -> None:
    assert about_the_work(text)


@pytest.mark.parametrize("text", [
    "ik volg een cursus maar ik wil niet meer leven",  # no one in general: the writer
    "na de training vertelde een meisje dat haar oom haar slaat",  # a child who told, not a course
    "ik wil informatie over euthanasie, ik wil gewoon niet meer",
])
def test_a_person_in_it_is_not_a_question_about_the_work(text: str) -> None:
    assert not about_the_work(text)
