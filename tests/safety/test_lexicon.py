"""Crisis and 112 words in the newcomers' languages, and the idioms that must stay calm."""

from __future__ import annotations

import pytest

from wegwijzer.assistant import Assistant
from wegwijzer.safety.lexicon import emergency, find, fold

# Written from the languages' plain words for the Meldcode's and 113's signals, not copied
# from an evaluation set.
CRISES = [
    ("زوجي يضربني كل يوم", "veilig-thuis", "ar"),
    ("بفكر انتحر، ما بدي عيش", "zelfmoordpreventie", "ar"),
    ("بنتي عم تجرح حالها", "zelfmoordpreventie", "ar"),
    ("Чоловік б'є мене, коли п'є", "veilig-thuis", "uk"),
    ("Я хочу вбити себе", "zelfmoordpreventie", "uk"),
    ("не хочу більше жити", "zelfmoordpreventie", "uk"),
    ("kocam beni dövüyor", "veilig-thuis", "tr"),
    ("kendimi öldürmek istiyorum", "zelfmoordpreventie", "tr"),
    ("bazen kendimi nasıl öldüreceğimi düşünüyorum", "zelfmoordpreventie", "tr"),  # how I would kill myself
    ("keşke uyuyup bir daha hiç uyanmasam", "zelfmoordpreventie", "tr"),  # never wake up again
    ("myślę o tym, żeby skoczyć z dachu", "zelfmoordpreventie", "pl"),  # to jump off the roof
    ("mój mąż mnie bije", "veilig-thuis", "pl"),
    ("moj maz mnie bije", "veilig-thuis", "pl"),
    ("chcę się zabić", "zelfmoordpreventie", "pl"),
    ("corka tnie sie po rekach", "zelfmoordpreventie", "pl"),
    ("ሰብኣየይ ይወቕዓኒ እዩ", "veilig-thuis", "ti"),
    ("ንርእሰይ ክቐትል እሓስብ", "zelfmoordpreventie", "ti"),
    ("ሕጂ ክነብር ድሌት የብለይን", "zelfmoordpreventie", "ti"),  # I have no wish to live
    ("ninkaygu wuu i garaacaa", "veilig-thuis", "so"),
    ("waxaan rabaa inaan is dilo", "zelfmoordpreventie", "so"),
    # coercive control: kept in, phone and money watched
    ("زوجي ما بيخليني اطلع من البيت", "veilig-thuis", "ar"),
    ("він контролює кожну копійку", "veilig-thuis", "uk"),
    ("gelini ona yemek vermiyor", "veilig-thuis", "tr"),
    ("maz nie pozwala mi wychodzic z domu", "veilig-thuis", "pl"),
    ("seygeygu ma ogola inaan guriga ka baxo", "veilig-thuis", "so"),
    # married off by force; a friend who cuts her arm; "you will never see me again"
    ("ኣቦይ ብግዲ ከመርዕዉኒ ደልዩ", "veilig-thuis", "ti"),
    ("ሓፍተይ ቅልጽማ ትቖርጽ እያ", "zelfmoordpreventie", "ti"),
    ("walaalkay wuxuu qoray: weligiin dambe ima arki doontaan", "zelfmoordpreventie", "so"),
    # said in other common words (a sample; the lexicon has more)
    ("myślę, żeby ze sobą skończyć", "zelfmoordpreventie", "pl"),
    ("syn zamyka ją w pokoju", "veilig-thuis", "pl"),
    ("أشعر أن عيلتي أحسن بدوني", "zelfmoordpreventie", "ar"),
    ("أبوي بدو يزوجني غصب عني", "veilig-thuis", "ar"),
    ("я вже не бачу сенсу жити", "zelfmoordpreventie", "uk"),
    ("чоловік підняв на мене руку", "veilig-thuis", "uk"),
    ("herkes bensiz daha mutlu olur", "zelfmoordpreventie", "tr"),
    ("babam namusumuzu temizleriz dedi", "veilig-thuis", "tr"),
    # stalking
    ("mój były mnie prześladuje", "veilig-thuis", "pl"),
    ("طليقي بيطاردني", "veilig-thuis", "ar"),
    ("eski kocam beni her yerde takip ediyor", "veilig-thuis", "tr"),
    ("колишній чоловік переслідує мене", "veilig-thuis", "uk"),
    # never waking up, dying would be better, a jump from a balcony, a brother who hits
    ("كل ليلة بتمنى انام وما اصحى", "zelfmoordpreventie", "ar"),
    ("الموت احسن من هالحياة", "zelfmoordpreventie", "ar"),
    ("bazen balkondan atlamayı düşünüyorum", "zelfmoordpreventie", "tr"),
    ("ölsem daha iyi olur", "zelfmoordpreventie", "tr"),
    ("ምሞት ይሓይሸኒ ኢለ እሓስብ", "zelfmoordpreventie", "ti"),
    ("ሓወይ ንኣደይ ይሃርማ", "veilig-thuis", "ti"),
    ("ሓፍተይ ንነብሳ ክትጎድእ ትደሊ", "zelfmoordpreventie", "ti"),
    # a child who wants to die (he, not I), better not to exist at all, a threat aimed at the family
    ("мій брат пише, що хоче вмерти", "zelfmoordpreventie", "uk"),
    ("احس انه افضل ما كون موجود ابدا", "zelfmoordpreventie", "ar"),
    ("ninkaygii hore ayaa carruurta u hanjabaya", "veilig-thuis", "so"),
    # a farewell to everyone, wounds on the arms, food only when she signs, a host who touches a daughter
    ("صاحبي كتب انه بده يودع الجميع", "zelfmoordpreventie", "ar"),
    ("شفت جروح على ذراعها وهي بتلبس كم طويل", "zelfmoordpreventie", "ar"),
    ("ابنها ما بيعطيها اكل الا اذا عطته المصاري", "veilig-thuis", "ar"),
    ("сусід весь час торкається до моєї доньки", "veilig-thuis", "uk"),
    # Tigrinya: better off without me (written as one word), a last message, a jump from a bridge
    ("ብዘይብኣይ ኩሎም ይሓይሹ", "zelfmoordpreventie", "ti"),
    ("ናይ መወዳእታ መልእኽቲ ጽሒፋ", "zelfmoordpreventie", "ti"),
    ("ኣብ ድልድል ኮይኑ ክዘልል እየ ይብል", "zelfmoordpreventie", "ti"),
    # cutting herself, death better for me (Somali), scratches on the arms (Turkish), throwing at me (Polish)
    ("gabadhaydu waxay iska jartaa bowdada", "zelfmoordpreventie", "so"),
    ("wuxuu yiri dhimashadu way ii fiican tahay", "zelfmoordpreventie", "so"),
    ("kızımın bileklerinde kesikler gördüm", "zelfmoordpreventie", "tr"),
    ("partner rzuca we mnie kubkami", "veilig-thuis", "pl"),
]

CALM = [
    "ልበይ ይሃርም ኣሎ",  # my heart is beating
    "الأكل هنا أفضل من المطعم",  # the food here is better than the restaurant
    "köprüden geçen otobüs hangisi",  # which bus crosses the bridge
    "الوحدة عم تقتلني",  # the loneliness is killing me
    "serce mi bije bardzo szybko",  # my heart beats fast
    "intihar gibi bir düşüncem yok, sadece üzgünüm",  # no thought of suicide
    "እዚ ዕዳ ክቐትለኒ እዩ",  # this debt will kill me
    "ወደይ ይሓርቕ ግን ንሰብ ኣይወቕዕን",  # my son gets angry but does not hit anyone
    "albaabka ayuu garaacaa markuu xanaaqo",  # he bangs the door when he is angry
    "biilasha way i dilayaan",  # the bills are killing me
    "het is een dilemma",
    "na mijn scheiding woon ik tijdelijk bij mijn zus, dat is jaren geleden begonnen",  # Dutch "is jaren", not Somali
    "ik heb een kopie van mijn paspoort nodig",
    "hij reed naar Dover",
    "instagramda beni takip ediyor",  # follows me on Instagram
    "śledzę wiadomości z Polski",  # I follow the news from Poland
    "Dziadek krzyczy w nocy, ale nikogo nie bije",  # grandad shouts at night but hits nobody
    "moja córka znowu pobiła się z koleżanką na przerwie",  # got into a fight at break
    "tata z alzheimerem uderzył opiekuna z domu opieki",  # a father with Alzheimer's hit his carer
    "ወደይ ኩሉ ግዜ ማዕጾ ይወቕዕ",  # my son keeps banging the door
    "nin ayaa dadka suuqa ugu hanjabaya",  # a man threatens the people at the market (112, not Veilig Thuis)
    "ابوي عم يقتل نفسه بالدخان",  # my father is killing himself with smoking
    "ወደይ ኣብ ክፍሊ ንሓደ ቆልዓ ወቒዑዎ",  # my son hit a child in class
    "kolumda bir kesik var, doktora gitmeli miyim",  # one cut on my arm (a GP question)
]


def test_money_deducted_from_wages_is_no_car_accident() -> None:
    assert emergency("agencja potrąciła mi z wypłaty za mieszkanie") == []
    assert emergency("samochód potrącił chłopca na ulicy")


@pytest.mark.parametrize(("text", "kind", "language"), CRISES)
def test_crisis_words_in_each_language(text: str, kind: str, language: str) -> None:
    hits = find(text)
    assert hits and hits[0].kind == kind and hits[0].language == language


@pytest.mark.parametrize("text", CALM)
def test_idioms_and_dutch_stay_calm(text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize("text", ["Na ulicy leży facet, nie oddycha", "Людина без свідомості на вулиці",
                                  "sokakta bir adam bayıldı", "Nin ayaa dhacay, ma neefsanayo",
                                  "حريق بالبناية جنبنا", "ሓፍተይ ብዙሕ ከኒና ውሒጣ",
                                  "wuxuu buundada korkeeda taagan yahay",
                                  "annem nefes alamıyor, dudakları mor"])
def test_emergency_words_in_each_language(text: str) -> None:
    assert emergency(text)


def test_fold_drops_marks_and_unifies_apostrophes() -> None:
    assert fold("Mąż б’є İstanbul أحمد") == "maz б'є istanbul احمد"


@pytest.mark.parametrize(("text", "number"), [("mój mąż mnie bije", "0800-2000"),
                                             ("ninkaygu wuu i garaacaa", "0800-2000"),
                                             ("Я хочу вбити себе", "113")])
def test_the_assistant_answers_them_with_the_number_first(shipped_assistant: Assistant, text: str,
                                                         number: str) -> None:
    answer = shipped_assistant.ask(text)
    assert answer.crisis and number in answer.answer.splitlines()[0]
    assert "(" in answer.reason  # the reason names the words and their language


@pytest.mark.parametrize("text", ["kolega rozdaje swoje rzeczy i mówi, że niedługo go już nie będzie",
                                  "walaalkay wuxuu leeyahay waan isku tuurayaa"])
def test_giving_things_away_and_throwing_oneself_off_are_suicide_signals(text: str) -> None:
    assert any(hit.kind == "zelfmoordpreventie" for hit in find(text))


def test_a_friend_on_the_roof_who_says_she_will_jump_is_a_suicide_signal() -> None:
    assert any(hit.kind == "zelfmoordpreventie" for hit in find("Моя подруга стоїть на даху і каже, що стрибне"))


@pytest.mark.parametrize("text", [
    "صار لي شهر عم اجمع حبوب النوم، اذا قطعوا المساعدة رح ابلعها كلها",  # pills collected, all swallowed
    "بفكر ارمي حالي بالنهر وخلص من الديون",  # throwing myself into the river
    "Мама каже, що не хоче більше жити через ці борги",  # she does not want to live any more
    "Я вже накопичив таблетки, бо виходу з боргів немає",  # pills saved up
    "mam tyle długów, że lepiej by mnie już nie było",  # better if I were not there
    "ከኒና ኣኪበ ኣለኹ፡ ዕዳ ክኸፍል ኣይክእልን",  # pills collected
])
def test_despair_told_as_debts_is_a_suicide_signal(text: str) -> None:
    assert any(hit.kind == "zelfmoordpreventie" for hit in find(text))



@pytest.mark.parametrize("text", [
    "У хлопчика з першого поверху знову синяк, мати каже, що впав",  # a bruise, "he fell"
    "Brat zabiera mamy emeryturę, a mama boi się mu cokolwiek powiedzieć",  # a pension taken, she is afraid
    "Walaashay gacanta nabar ayaa ku yaal, waxay tiri way dhacday",  # a bruise, "she fell"
])
def test_injuries_explained_away_and_a_pension_taken_are_veilig_thuis_signals(text: str) -> None:
    assert any(hit.kind == "veilig-thuis" for hit in find(text))


def test_a_husband_beating_with_a_knife_now_is_112_in_somali() -> None:
    assert emergency("hadda ayuu i garaacayaa oo mindi buu wataa")


@pytest.mark.parametrize("text", [
    "ابني عمره ٤ سنين بيضرب أخته لما يعصب، شو بعمل؟",  # my 4-year-old hits his sister when angry
    "ወደይ ንሓብቱ ይወቕዓ፡ እንታይ ክገብር?",  # my son hits his sister
])
def test_a_young_child_who_hits_a_sibling_is_no_crisis_word(text: str) -> None:
    assert not find(text)


@pytest.mark.parametrize("text", [
    "ابنها بياخد معاشها كل شهر وهي خايفة منه",  # her son takes her pension; she is afraid of him
    "على إيدها علامات زرقا وبتقول إنها وقعت",  # blue marks on her arm, she says she fell
    "الولاد تيابهم وسخة وكل يوم بيطلبوا أكل",  # the children's clothes are dirty, they ask for food every day
    "زوجي ما بيخليني اطلع من البيت لحالي",  # my husband does not let me leave the house alone
    "Ma siniaki na plecach i mówi, że się przewrócił",  # bruises on his back, he says he fell
    "Çocuklar evde yalnız bırakılıyor",  # the children are left alone at home
    "ንእሽቶ ወዲ ናብ ገዛ ክኣቱ ይፈርህ",  # the little boy is afraid to go home
])
def test_violence_told_quietly_in_other_languages(text: str) -> None:
    assert any(hit.kind == "veilig-thuis" for hit in find(text)), text


@pytest.mark.parametrize("text", [
    "ابوي ما بيخليني روح على الحفلة",  # my father does not let me go to the party
    "جوزي ما بيخليني سوق لحالي قبل الشهادة",  # my husband does not let me drive alone before the licence
    "ابني عليه بقع زرقا من الفوتبول",  # my son has blue marks from football
])
def test_a_strict_parent_and_marks_from_sport_are_no_crisis_words(text: str) -> None:
    assert not find(text), text


def test_a_farewell_to_everyone_in_turkish_is_a_suicide_word() -> None:
    assert [hit.kind for hit in find("annem beni affet, hoşça kalın hepiniz")] == ["zelfmoordpreventie"]


def test_a_child_who_will_not_go_home_and_is_afraid_in_arabic() -> None:
    # he does not want to go home; he is afraid of his uncle at night
    assert any(hit.kind == "veilig-thuis" for hit in find("ما بدو يروح عالبيت وبيخاف من عمه بالليل"))


@pytest.mark.parametrize("text", [
    "كل ليلة بسمع صوت ضرب من شقة الجيران والبنت الصغيرة عم تعيط",  # every night the sound of beating next door
    "عندو زرقة تحت عينو وقلي ما تخبر حدا",  # a bruise under his eye, and he said: tell no one
])
def test_beating_heard_and_a_bruise_kept_secret_in_arabic(text: str) -> None:
    assert any(hit.kind == "veilig-thuis" for hit in find(text)), text


def test_hammering_next_door_is_no_beating() -> None:
    assert not find("الجيران عم يصلحوا المطبخ وصوت ضرب الشاكوش من الصبح")  # the sound of a hammer


def test_pills_swallowed_and_not_waking_is_a_suicide_word_and_112_in_arabic() -> None:
    text = "امي بلعت علبة اقراص النوم وهلق ما عم تفيق"  # mum swallowed a box of sleeping pills, won't wake
    assert [hit.kind for hit in find(text)] == ["zelfmoordpreventie"]
    assert emergency(text)


def test_a_child_who_does_not_wake_up_for_school_is_no_112_in_arabic() -> None:
    assert not emergency("ابني ما عم يفيق الصبح للمدرسة، شو بعمل؟")  # my son won't wake up for school


def test_saving_up_pills_in_polish_is_a_suicide_word() -> None:
    assert [hit.kind for hit in find("od tygodni zbieram tabletki nasenne")] == ["zelfmoordpreventie"]
    assert not find("zbieram butelki na kaucję")  # collecting bottles for the deposit


def test_an_elders_medicines_withheld_in_turkish_is_veilig_thuis() -> None:
    # my grandmother lives with my uncle; they do not give her medicines
    assert [hit.kind for hit in find("ninem dayımın yanında, ilaçlarını hiç vermiyorlar")] == ["veilig-thuis"]
    assert not find("annem için eczane ilaçlarını vermiyor, reçete eksikmiş")  # the pharmacy, a prescription


@pytest.mark.parametrize(("text", "kind"), [
    ("عمي يلمسني بطريقة غريبة وانا خايفة", "veilig-thuis"),  # my uncle touches me in a strange way
    ("ابوها بدو يجوزها بالصيف وهي رافضة", "veilig-thuis"),  # her father wants to marry her off; she refuses
    ("مرة اخوي بتقفل علي الباب", "veilig-thuis"),  # my brother's wife locks the door on me
    ("wallah bghit nmout, safi", "zelfmoordpreventie"),  # I want to die (Moroccan, Latin letters)
    ("ana 3ayza amout", "zelfmoordpreventie"),  # I want to die (Egyptian, Latin letters)
    ("ghadi nrmi rasi mn lbalcon", "zelfmoordpreventie"),  # I will throw myself from the balcony
    ("rajli kayderbni kol nhar", "veilig-thuis"),  # my husband hits me every day
])
def test_arabic_in_other_words_and_in_latin_letters(text: str, kind: str) -> None:
    hits = find(text)
    assert hits and hits[0].kind == kind and hits[0].language == "ar", text


@pytest.mark.parametrize("text", ["bghit nmchi l souk", "3ayez a3raf el mawa3id", "kayakhod lflouss mn lbanka"])
def test_everyday_arabic_in_latin_letters_stays_calm(text: str) -> None:
    assert find(text) == []
