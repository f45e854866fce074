"""The crisis rules that wegwijzer.safety.check applies, as data: phrases (word pairs and signal
scores are in wegwijzer.safety.signs, the rules for self-harm and suicide (113) in
wegwijzer.safety.selfharm, the rules for 112 outside a crisis in wegwijzer.safety.urgent, and violence
told in other words (control, stalking, neglect, abuse told quietly) in wegwijzer.safety.quiet).

Phrases are regular expressions on the folded text and on its lemmas; each list below is
one kind of signal, and a message matching any phrase of a list shows that signal.

Sources for the signal families: the Meldcode huiselijk geweld en kindermishandeling
(physical, psychological and sexual violence, neglect, financial abuse of older people,
coercive control, stalking, honour-related violence, forced marriage, female genital
mutilation, exploitation) and 113 Zelfmoordpreventie's warning signs (talking about
death or being a burden, no way out, a plan, farewell, self-harm).
"""

from __future__ import annotations

from wegwijzer.safety.selfharm import NOT_FORGOTTEN

PERSON = (r"(?:man|vrouw|partner|vriend|vriendin|vader|moeder|papa|mama|pa|ma|ouders?|stiefvader|"
          r"stiefmoeder|zoon|dochter|broer|zus|oom|tante|opa|oma|ex|echtgenoot|echtgenote|"
          r"schoonvader|schoonmoeder|vent|verzorger|verzorgster|thuiszorg|buurman|hij|zij|familie|"
          r"husband|wife|boyfriend|girlfriend|father|mother|dad|mum|mom|stepfather|he|she|uncle)")
# Adults who can harm a child at night; "mijn zoon komt in mijn bed" is no signal.
ADULT = (r"(?:man|vader|papa|pa|stiefvader|oom|opa|broer|neef|vriend|buurman|moeder|stiefmoeder|"
         r"tante|hij|stepfather|uncle|father|dad)")
CHILD = (r"(?:kind|kinderen|kids?|dochter|zoon|nichtje|neefje|zusje|broertje|kleindochter|kleinzoon|"
         r"meisje|jongen|baby|pleegkind|daughter|son|children)")
# What companies and landlords "threaten" with: a money worry, not violence.
_NOT_A_THREAT = (r" (\w+ ){0,3}(af te sluiten|afsluiten|te ontslaan|ontslaan|te korten|te schorsen|uit (huis |het huis |ons huis )?te (zet(ten)?|gooien)|"
                 r"stop(pen)? te zet(ten)?|stopzetten|in te trek(ken)?|te onterven|onterven|"  # (and their lemmas)
                 r"eruit te (zet(ten)?|gooien|schoppen)|op straat te zetten|te ontruimen|"
                 r"(voor|naar) de rechter te (slepen|slijpen|dagen|brengen)|aan te klagen|aan te geven|"  # a court case
                 r"(\w+ )?(spullen|spul|meubels|meubel|auto|inboedel) (\w+ )?(mee te nemen|in beslag te nemen|te verkopen|op te halen))")
# "dreigt dat hij de kinderen niet meer wil zien": a threat to stay away, not to harm (for "dreigen" only)
_STAYS_AWAY = r"(\w+ ){0,3}niet meer (\w+ )?(wil |willen )?(zien|komen|betalen|ophalen)\b"
# "slaat dingen kapot": breaking things, not hitting someone
BREAKS_THINGS = r" (\w+ )?(\w+ )?(kapot|stuk)\b"
# "mn vrouw slaat me elke week met klaverjassen": beaten at a game
_GAMES = (r"klaverjassen|kaarten|schaken|dammen|sjoelen|scrabble|darten|biljart\w*|tennis|tafeltennis|pingpong|"
          r"monopoly|rummikub|een spelletje|het spelletje|padel")
# the body parts a relative's hands do not belong on ("zit aan mijn borsten", "aan haar billen zat")
_INTIMATE = "borsten|borst|billen|kont|kruis|onderbroek"
# "zit aan haar haren", "zit aan mijn spullen": her hair or things, not her
_HER_THINGS_WORDS = "spullen|haren|tas|kleren|fiets|telefoon"
_HER_THINGS = rf"(?! (haar|hand|handen|bed|{_HER_THINGS_WORDS})\b)"
_IDIOMS_SLAAN = rf"(?!{BREAKS_THINGS}| (\w+ ){{0,6}}(gat|gaten|deuk) in\b| (\w+ ){{0,6}}op (de |het )?(tafel|bureau|stuur|aanrecht)\b| met (de )?deur| (\w+ ){{0,2}}door elkaar| (helemaal|compleet|totaal|echt) door\b| (?!(me|mij|haar|hem|ons|mama|papa|de kinderen)\b)(\w+ ){{0,4}}over\b| alarm| op de vlucht| op tilt| wartaal| nergens| door\b| aan\b| toe\b| om\b| dicht\b| (\w+ ){{0,2}}(deur|deuren) (\w+ )?dicht\b| (de |een )?(deur|deuren)\b| de spijker| (\w+ ){{0,4}}met ({_GAMES})\b| (\w+ )?om (zich|me|haar|hem) heen\b| als (ze|zij) haar zin\b| (me |mij |ons )?op (het|de|mijn|m n) (hart|maag|keel|zenuwen)\b)"
# "slaat soms naar me als ik haar wil aankleden": care resisted (dementia), not violence at home
_CARE = (r" als (ik|we|wij|de thuiszorg|de verzorg\w*|de zuster) (haar|hem) (?!(\w+ )?niet\b)(\w+ ){0,3}(aankleden|aan te kleden|wassen|was|"
         r"te wassen|verschonen|douchen|verzorgen|uitkleden)\b")  # ("was": the lemma of "wassen")
# Who is hurt, when it is not someone at home: "slaat andere kindjes", "slaat terug", "slaat me niet".
# "hij slaat niemand ofzo": denied; "slaat en schopt graag, op judo": a sport.
NOT_AT_HOME = (r"(?! (\w+ )?(\w+ )?(andere|anderen|kindjes|klasgenoten)\b)"
                # "slaat soms naar de verzorgers in het verpleeghuis": staff at work, not someone at home
                r"(?! (soms |vaak |weleens )?naar (de|het) (verzorgers|verzorger|verzorgster|verzorgsters|verpleging|personeel|"
                r"begeleiders)\b)(?! (\w+ )?(niet|niemand|nooit|nobody|anyone|anybody)\b)"
                r"(?! (\w+ ){0,3}op (het )?schoolplein\b| (\w+ ){0,3}op school\b)"
                rf"(?! (soms |vaak |weleens )?naar (me|mij|ons){_CARE})"
                r"(?!(\w| |\|)*\b(judo|karate|boksen|kickboksen|taekwondo|vechtsport|worstelen|in de ring)\b)"
                r"(?! (ander|andere|terug|elkaar|zijn zusje|zijn broertje|haar zusje|haar broertje|zijn zus|zijn broer|"
                r"haar zus|haar broer|another|other)\b)"
                # "... maar hij raakt ons niet": told as anger that hits no one
                r"(?!(\w| |\|)*\b(raakt|raakte|raken) ((ons|mij|me|haar|hem|de kinderen) (\w+ )?(niet|nooit)|niemand)\b)")
_TODDLER = r"(?! van [1-9] )"  # "onze zoon van 3 slaat andere kindjes": a young child's anger is a CJG question
# "is bij het uitgaan in elkaar geslagen": a crime in the street, not violence at home (Slachtofferhulp)
_STREET = (r"(?! ?(\w+ ){0,4}(op straat|bij het uitgaan|in de stad|in de kroeg|op het station|bij het station|in de trein|"
           r"in de bus|bij de bushalte|in het park|in de winkel|op het werk|op mijn werk)\b)")
# What a creditor or landlord "dreigt met": a claim, not violence ("dreigt met beslag op mijn loon")
_CLAIMS = r"boete|deurwaarder|incasso|beslag|loonbeslag|ontruiming|uitzetting"
# "hij dreigt met een advocaat": a legal step, not violence
_NOT_LEGAL = (rf"(?! (\w+ )?met (een |de |het |zijn |haar )?(advocaat|rechter|rechtszaak|politie|ontslag|brief|klacht|{_CLAIMS}))"
              rf"(?! dat (hij|zij|ze) (\w+ )?{_STAYS_AWAY}|{_NOT_A_THREAT})")
# "schopt tegen de bank", "slaat met de deur": anger at things, no one hurt (signs uses it too)
AT_THINGS = r"(?! met (de )?deur| (de |een )?(deur|deuren)\b| tegen (de |het |een )?(deur|deuren|muur|muren|bank|kast|kasten|tafel|stoel|stoelen|bal|grond|vuilnisbak|auto|raam|ramen)\b)"
HURT = (rf"(?:slaan{_IDIOMS_SLAAN}|(?<!\beruit )schoppen{AT_THINGS}|stompen|(?<!\bwel )wurgen|mishandelen(?! (\w+ ){0,2}(hond|honden|kat|katten|poes|paard|dier|dieren|konijn|huisdier)\b)|(?:be)?dreigen{_NOT_LEGAL}|duwen(?! (\w+ )?(de |het )?(thuiszorg|verzorg\w*|verpleg\w*|hulp|zuster|wijkverpleg\w*) weg\b)|knijpen|trappen|"
        r"pijn doen|hit|hits|beat|beats|hurt|hurts|kick(?! out\b)|kicks(?! out\b)|choke|chokes|threaten|threatens)")
# (not "hit my parked car", "schopt tegen mijn fiets": things)
_THING = r"(?!(\w+ )?(car|bike|van|fence|auto|fiets|scooter|brommer|schutting|hek)\b)"
# Anger at things, told as such: "slaat dingen kapot als hij boos is", "sloeg een gat in de deur". The
# rules read no violence in it, and the word model may not make it a crisis on its own (safety.danger).
ANGER_AT_THINGS = (r"\b(slaat|sloeg|slaan|gooit|gooide|schopt|schopte|trapt|trapte|smijt|smeet) (\w+ ){0,3}"
                   r"(dingen|spullen|deuren|de deur|een gat|gaten|de boel|alles|servies|borden) (\w+ ){0,3}"
                   r"(kapot|stuk|in elkaar|dicht|in de muur|in de deur)\b|"
                   r"\bmet (deuren|de deur|spullen|dingen|borden) (smijt|smijten|smeet|gooit|gooien|gooide|slaat|slaan|sloeg)\b")
VICTIM = rf"(?:me|mij|ons|haar|hem|mama|papa|mijn {_THING}\w+|m n {_THING}\w+|onze {_THING}\w+|my {_THING}\w+|us|her|him)"

VIOLENCE = [
    r"\b(huiselijk geweld|kindermishandeling|ouderenmishandeling|mishandel\w*|misbruik\w*|"
    r"verkracht\w*|aangerand|aanranding|incest|seksueel misbruik|domestic (violence|abuse)|"
    r"abused?|abusing|child abuse|geweld (thuis|in huis|bij ons)|thuis geweld|rape[sd]?|raping)\b",
    rf"\b{PERSON}{_TODDLER}{_STREET}( \w+){{0,3}} {HURT}\b{NOT_AT_HOME}",
    rf"\b{HURT}( \w+){{0,2}} {VICTIM}\b(?! om de o|{_NOT_A_THREAT}| out\b| off\b| eruit\b| niet\b|{_CARE}| (\w+ ){{0,2}}op (het )?schoolplein\b| (\w+ ){{0,2}}op school\b)",  # kicked me out: a home lost
    rf"\b{PERSON} doen (?!(\w+ )?(niemand|nooit|geen)\b)(\w+ ){{0,2}}pijn\b",  # not "hij doet niemand echt pijn"
    rf"\b(word|wordt|worden|werd|ben|is) {_STREET}"
    r"(\w+ ){0,6}(geslagen|mishandeld|bedreigd|geschopt|gewurgd|misbruikt)\b"
    r"(?! door (een|de|die|andere) (\w+ )?(jongen|meisje|kind|klasgenoot|leerling|jongens|kinderen|onbekende|vreemde|"
    r"man|vrouw|dief|overvaller)\b)",
    r"\b(geslagen|mishandeld|geschopt|bedreigd|misbruikt|uitgescholden) door (mijn|m n|mn|haar|zijn|hem|mama|papa)\b",
    r"\bdurf\w* (\w+ ){0,2}niet (meer )?(naar )?(huis|thuis)\b(?! te (zeggen|vertellen|vragen)\b)|\bniet (meer )?(naar )?(huis|thuis) (durf|durft|durven)\b",
    r"\b(zegt|zei|roept|riep|noemt) (\w+ ){0,4}(ik|je|jij) (beter|liever) nooit geboren (was|ben|had)\b|"
    r"\b(gaat|ging) (\w+ )?los op (mn|mijn|m n|haar|zijn) (moeder|ma|mama|vader|pa|zus|zusje|broer|broertje|vrouw|vriendin)\b",
    rf"\bbang (voor|van) (mijn|m n|onze|de|haar|zijn) {PERSON}\b",
    r"\b(niet |on)veilig (\w+ ){0,2}(thuis|in huis|bij ons)\b|\bthuis (\w+ ){0,2}(niet (meer )?|on)veilig\b|\bnot safe at home\b",
    rf"\bafraid of (my )?{PERSON}\b",
    rf"\b{PERSON} (\w+ ){{0,2}}(zit|zat|zitten) (\w+ )?aan (me|mij|haar|hem|ons|(mijn|m n|onze) {CHILD})\b{_HER_THINGS}",
    r"\b(aan (me|mij) zitten)\b",
    r"\bmag (\w+ ){0,3}niet (\w+ ){0,4}(de deur uit|naar buiten|alleen weg)\b",
    r"\bmag (\w+ ){0,3}(geen|niet|nooit) (\w+ ){0,2}(vrienden|vriendinnen|familie|mensen) (\w+ )?(zien|spreken|bellen|ontmoeten)\b",
    r"\bmag (\w+ ){0,3}alleen (\w+ ){0,2}met (hem|haar) (\w+ ){0,2}(naar|de deur uit|weg|boodschappen)\b",
    r"\b(sluit|sluiten|sloot) (me|mij|ons|haar|hem|de kinderen) op\b|(?<!\bbinnen )(?<!\bvoel me )(?<!\bvoel ik me )\bopgesloten\b|\b(word|wordt|werd|worden|heeft|hebben) (\w+ ){0,3}binnen opgesloten\b|\bsluit (?!(\w+ ){0,2}(zich|zichzelf)\b)(\w+ ){0,3}op\b|\blocks? (me|us|her|him) (in|up)\b",
    r"\b(wordt|worden|werd|werden) (\w+ ){0,3}verwaarloosd\b|\bverwaarlozing\b|\bverwaarloost (\w+ ){0,2}(haar|zijn|mijn|de|hun) \w+",
    r"\b(krijgt|krijgen|kregen|kreeg) (\w+ ){0,2}geen (eten|te eten)\b",
    rf"\b{PERSON}{_TODDLER}{_STREET}(?! (\w+ ){{0,6}}(gat|gaten|deuk) in\b) (\w+ ){{0,8}}{HURT}\b{NOT_AT_HOME}",  # (not a hole kicked in a door)
    rf"\bbang (\w+ ){{0,3}}(voor|van) (hem|haar|(mijn|m n|je|jouw) (eigen )?{PERSON})\b|\bbang (om|te) (\w+ ){{0,2}}(naar huis|thuis)\b",
    # "de energiemaatschappij dreigt ons af te sluiten" is a money worry, not a threat
    rf"\b(dreigt|dreigde|dreigen|bedreigt) (?!(\w+ )?met (een |de )?({_CLAIMS})\b)"
    r"(\w+ ){0,3}(me|mij|ons|haar|hem|de kinderen|mijn \w+)\b"
    rf"(?!{_NOT_A_THREAT}| {_STAYS_AWAY}| (\w+ )?met (een )?(rechtszaak|{_CLAIMS}))",
    r"\bom hulp (roept|roepen|riep|schreeuwt|schreeuwen|gillen|gilt)\b|\bstriemen\b",
    rf"\b({PERSON}|wordt|werd|is|was) ((?!(niet|nooit|never|not)\b)\w+ ){{0,3}}(gewelddadig|agressief tegen (me|mij|ons|haar|de kinderen))\b",
    # coercion, sexual violence, exploitation
    r"\b(dwingt|dwingen|dwong|gedwongen|forces?|forced) (\w+ ){0,4}(seks|sex|naakt|te trouwen|trouwen|dingen)\b",
    r"\bdingen (\w+ ){0,3}doen die ik niet (wil|wilde|wou)\b",
    # the shelter for women who flee violence at home; a partner who says he will find her anywhere
    r"\bblijf van (mijn|m n|mn) lijf\w*\b|\b(vindt|vind|vinden) (me|mij|je|haar|ons) overal\b|"
    r"\b(me|mij|je|haar|ons) overal (\w+ )?(vindt|vind|vinden|weet te vinden)\b|\bweet (hij|ze|zij) (me|mij|ons) (\w+ )?te vinden\b",
    r"\b(loverboy\w*|mensenhandel|gedwongen prostitutie|uitbuiting|sexting|naaktfoto\w*)\b",
    rf"\b{ADULT} (\w+ ){{0,2}}(komt|kwam|komen) (\w+ ){{0,3}}(in|op) (mijn|m n|haar|zijn) (kamer|bed)\b",
    # (dev51, dev52) "mijn vader zit aan mijn borsten", "my stepdad ... comes into the bathroom when I'm showering"
    rf"\b{PERSON} (\w+ ){{0,4}}(zit|zat|zitten|komt|kwam|raakt|raakte|grijpt|greep|knijpt|kneep) (\w+ ){{0,2}}(aan|in) (mijn|m n|haar) "
    rf"({_INTIMATE})\b|\b{PERSON} (\w+ ){{0,3}}aan (mijn|m n|haar) ({_INTIMATE}) (zit|zat|zitten|komt|kwam)\b",
    r"\b(stepdad|stepfather|step dad|uncle|mum s boyfriend|mom s boyfriend|moms boyfriend|mums boyfriend)\b(\w| )*"
    r"\b(about my body|touch(es|ed|ing)? me|into the bathroom|into the shower|when (i m|im|i am) (showering|in the shower))\b",
    # honour-related violence, forced marriage, female genital mutilation
    r"\b(uithuwelijk\w*|gedwongen (huwelijk|trouwen)|eerwraak|eergerelateerd\w*|\w*besnijdenis|besnijden|"
    r"genitale verminking|forced marriage)\b",
    # stalking and coercive control
    r"\b(achtervolgt|achtervolgen|achtervolgde|stalkt|stalken|stalker|stalking|stalks)\b",
    rf"\b{PERSON} (\w+ ){{0,2}}(controleert|checkt|leest|bekijkt) (\w+ ){{0,2}}(mijn|m n) (telefoon|mobiel|berichten|appjes|mail)\b",
    # financial abuse (mostly of older people)
    rf"\b{PERSON} (\w+ ){{0,3}}(pakt|pakken|neemt|nemen|steelt|stelen|takes?) (\w+ ){{0,4}}(geld|pinpas|bankpas|pensioen|aow|uitkering|money)\b",
    r"\b(pakt|pakken|neemt|nemen|steelt|stelen) (\w+ ){0,3}(geld|pinpas|bankpas|pensioen) (\w+ ){0,2}(van|af van) "
    r"(oma|opa|mijn (moeder|vader)|haar|hem|m n (moeder|vader))\b",
    # (dev52) an elder's money keeps disappearing and he is afraid of the relative who has it
    r"\bmoney (\w+ ){0,3}(disappear\w*|going missing|goes missing|keeps going)\b(\w| |\|)*\b(scared|afraid|frightened) of (her|him|them)\b",
    # intimidation and flight
    # (not bullies who throw the writer's things in the bin, nor a child's tantrum "als iets niet mag")
    r"\b(gooit|gooide|smijt|smeet|gooien) (?!(m n|mn|mijn|zijn|haar) spullen (in|op|weg)\b)(\w+ ){0,2}(met )?"
    r"(dingen|spullen|borden|stoelen|glazen|meubels)\b(?! als (\w+ )?(iets|het) niet (mag|lukt|krijgt)\b)"
    r"(?!(\w| |\|)*\b(doet|deed|raakt|raakte) (\w+ )?(niemand|nooit iemand)\b)"  # "ze doet niemand iets"
    r"(?!(\w| |\|)*\b(raakt|raakte|doet|deed) (ons|mij|me|haar|hem|de kinderen) (\w+ )?(niet|nooit)\b)"  # "hij raakt ons niet"
    r"(?! (\w+ ){0,2}niet naar (ons|mij|me|haar|hem)\b)",  # "gooit met borden (niet naar ons)"
    rf"\b(ruw|hardhandig|grof) (\w+ ){{0,2}}(behandel\w*|aangepakt|vastgepakt)\b|\bbehandel\w* (\w+ ){{0,3}}(ruw|hardhandig)\b",
    rf"\b(gevlucht|gevlucht|weggevlucht|vluchten|gevlogen) (voor|van) (hem|haar|mijn {PERSON}|m n {PERSON})\b",
    r"\b(huis|thuis) (\w+ ){0,2}(uit )?(gevlucht|weggevlucht)\b|\b(slaap|slapen|sliep) (\w+ ){0,2}in (de|mijn) auto (\w+ ){0,4}(thuis|hem|haar)\b",
    # told in other words: a cover story beside an injury, an elder's pension or card with no food left,
    # not allowed by the partner, locked up, "no one believes you", sexual fear, sextortion, a grip on the
    # throat, thrown against a wall, the belt, a shaken baby, pulled by the hair, children left for days
    r"\b(blauw oog|blauwe plek\w*|vingerafdrukken|plekken)\b(\w| |\|)*\b(zegt|zei|beweert) (\w+ ){0,3}(tegen de (kast|deur|muur)|"
    r"van de trap|gevallen)\b|\b(zegt|zei) (\w+ ){0,3}tegen de (kast|deur|muur) (\w+ ){0,2}(gelopen|liep|lopen)\b",
    r"\b(haar|zijn) (aow|pensioen|pinpas|bankpas)\b(\w| |\|)*\bgeen (geld|eten) meer\b|"
    r"\b(pinpas|bankpas) van (opa|oma)\b(\w| |\|)*\bgeen (geld|eten)\b",
    r"\bmag van (mijn|m n|mn) (man|vriend|partner|vrouw|schoonmoeder|schoonfamilie) (\w+ ){0,2}niet\b|"
    r"\b(bepalen|bepaalt) (\w+ ){0,2}wat ik (aantrek|draag)\b|\bniemand (me|mij) (gelooft|zal geloven)\b",
    r"\bsluit (?!(\w+ ){0,2}(zich|zichzelf|mezelf|zelf)\b)(\w+ ){0,4}op in (de|een|zijn|haar) (schuur|kast|kamer|kelder)\b|\bmoeten (\w+ ){0,3}in de kast zitten\b|"
    r"\bin de schuur (moet|moeten) slapen\b",
    r"\b(op zijn|op zn|op z n) schoot\b(\w| |\|)*\beng\b|\b(oom|stiefvader|stiefbroer|neef|buurman) (\w+ ){0,2}(komt|zit) aan (mij|me)\b|"
    r"\b(oom|stiefvader|stiefbroer|neef|buurman|opa|vriend van (haar|mijn|m n|zijn) (moeder|mama|vader|papa)) "
    rf"(\w+ ){{0,2}}aan (haar|mij|me|hem) (zit|zat|zitten|komt|kwam)\b(?! (\w+ )?({_HER_THINGS_WORDS}))|"
    r"\b(foto s|fotos|pictures|photos) (\w+ ){0,6}(online zet|op internet zet|naar iedereen stuurt|send them to)\b",
    r"\b(pakte|greep|grijpt|pakt|kneep|knijpt|hield|houdt) (\w+ ){0,2}(me|mij|haar|hem|mama|papa) (\w+ ){0,2}"
    r"((bij|om|aan) )?(de|mijn|m n|haar|zijn) (keel|nek|hals)\b|"
    r"\b(smijt|smeet|gooit|gooide|duwt|duwde) (me|mij|haar|hem) tegen (de|een) (kast|muur|deur|grond)\b|\b(pakt|pakte) de riem\b",
    r"\b(baby|peuter|kindje|dochtertje|zoontje) (\w+ ){0,4}door elkaar geschud\b|"
    r"\baan (haar|zijn|mijn|m n) haren (\w+ )?(getrokken|trekt|sleurt|gesleurd|trok)\b|\bsleurt (\w+ ){0,5}aan (haar|zijn) haren\b",
    r"\b(kinderen|kids|kind|broertjes|zusjes) (\w+ ){0,3}(al )?dagen alleen\b|\b(moeder|mama|vader|papa|ouders) (\w+ ){0,3}(soms |vaak )?dagen weg\b|"
    r"\b(huis|woning) in de fik (\w+ ){0,2}met (mij|ons|haar) erin\b|\bex\b(\w| |\|)*\bramen (ingegooid|ingeslagen)\b",
    # a parent who hit their own child ("heb mijn zoontje van 4 een harde klap gegeven"); bruises hidden
    # under sleeves or a scarf (wounds hidden that way are self-harm: wegwijzer.safety.selfharm)
    r"\b(heb|hebben|had|hadden|geef|gaf|gaven) (ik |we |wij )?(mijn|m n|mn|ons|onze) (\w+ )?(zoon|dochter|kind|kinderen|zoontje|"
    r"dochtertje|baby|peuter|kleuter)( van \w+( jaar)?)? (een )?(harde |flinke |paar )?(klap|klappen|mep|pak slaag|"
    r"draai om de oren)\b",
    r"\b(mouwen|sjaal|coltrui|make ?up|zonnebril)\b(\w| |\|)*\b(niemand|niet) (\w+ ){0,3}(de |mijn |haar )?(blauwe )?plekken\b",
]
# Threats with a weapon or to kill: a crisis on their own, and acute (112 first).
_KITCHEN = (r"brood|groente\w*|gekocht|koken|kookt|vlees|uien|aardappel\w*|snijplank|slijp\w*|"
            r"bread|vegetables|cooking|cooks|bought|sharpen\w*")
THREAT = [
    # a weapon in someone's hand ("oude messen bij het afval", "ik snij me met een mes" are no threat)
    r"\b(pakt|pakte|pakken|zwaait|dreigt|dreigen|dreigde|bedreigt|bedreigde|legt|legde) (\w+ ){0,3}(mes|pistool|wapen|vuurwapen|knife|gun)\b",
    # (not a knife for bread, vegetables or the kitchen: "mijn man snijdt het brood met een mes")
    rf"(?<!\bover een )(?<!\bover de )\b{PERSON} (?!(\w+ ){{0,10}}({_KITCHEN})\b)(\w+ ){{0,6}}(met|heeft|had|with|has) (\w+ ){{0,2}}"
    r"(mes|pistool|wapen|vuurwapen|knife|gun)\b",
    # "dat hij me gaat afmaken" (not "mijn studie afmaken")
    # (nor "hij heeft me afgemaakt, 6-0 6-1": a match lost)
    r"\b(me|mij|ons|haar|hem|jou) (gaat |zal |wil |komt )?afmaken\b"
    r"(?!(\w| |\|)*\b(\d+ \d+|set|sets|potje|wedstrijd|partij|tennis\w*|padel\w*|schaak\w*|dammen|game|fifa|haha|lol)\b)",
    # ("gaat me vermoorden als ze ziet hoeveel ik heb uitgegeven": a saying)
    r"\b(dreigt|dreigde|dreigen|zei|zegt|gaat|wil|zal|zou) (\w+ ){0,4}(vermoorden|doodmaken|dood maken)\b"
    r"(?! als (hij|ze|zij) (\w+ )?(ziet|hoort|merkt|ontdekt|leest|erachter komt|dat ziet|dat hoort)\b)",
    # ("mn moeder vermoordt me als ze mn rapport ziet": a school saying, not a threat)
    rf"\b{PERSON} (\w+ ){{0,3}}(vermoordt|vermoorden|vermoord) (me|mij|ons|haar|hem|de kinderen|mijn \w+)\b"
    r"(?!(\w| |\|)*\b(rapport|cijfers?|onvoldoendes?|blij[fv]\w* zit\w*|toets|proefwerk|haha|lol)\b)",
    # "these bills are killing me", "this stress is killing me": an idiom, not a threat
    r"\b(maakt (me|mij|ons) dood|(?<!\bis )(?<!\bare )(?<!\bre )(?<!\bs )(?<!\bliterally )(?<!\breally )(?<!\bslowly )"
    r"(?<!\bactually )kill (me|us|her|him))\b",
    rf"\b{PERSON} (\w+ ){{0,3}}(dreigen|dreigt|dreigde) (\w+ ){{0,2}}(me|mij|ons|haar|hem) (iets|wat) aan te doen\b",
    # "hij zegt dat hij me vermoordt" (the object first; "mn moeder vermoordt me als ze mn rapport ziet" stays a saying)
    r"\b(zegt|zei|dreigt|dreigde|roept|riep) (\w+ )?dat (hij|zij|ze) (me|mij|ons|haar|de kinderen) (\w+ )?(vermoordt|vermoorden|doodmaakt|afmaakt)\b"
    r"(?!(\w| |\|)*\b(rapport|cijfers?|haha|lol)\b)(?! als (hij|ze|zij) (\w+ )?(ziet|hoort|merkt)\b)"
    r"(?! als (ik|je|we) (\w+ ){0,3}(vergeet|vergeten)\b)",  # ("... als ik wéér vergeet de groene bak buiten te zetten")
    rf"\b{PERSON} (\w+ ){{0,4}}(bonkt|bonken|bonst|beukt|beuken|trapt|schopt) (\w+ ){{0,3}}(op|tegen) (de|onze|mijn) deur\b",
    rf"\b{PERSON} (\w+ ){{0,4}}(me|mij|ons|haar|de kinderen) (anders |dan |ook )?(iets|wat) (aandoet|aandoen|aan doen|aan te doen|aan zal doen)\b",
]
ACUTE = THREAT + [
    # "staat nu met een mes in de keuken" (not "staat met een mes groente te snijden")
    rf"\b(staat|stond|loopt|liep|komt|kwam) (\w+ ){{0,2}}met (een|het|zijn|haar|de) (\w+ )?(mes|pistool|wapen|hamer|knife|gun)\b(?!( \w+){{0,6}} ({_KITCHEN})\b)",
    r"\b(nu|now) (\w+ ){0,3}(voor de deur|binnen|in huis|at the door)\b|"
    r"\b(voor de deur|at the door|outside the door|outside my door) (\w+ ){0,2}(nu|now)\b",
    r"\b(direct|acuut|meteen) gevaar\b|\bin gevaar\b|\bhelp,? help\b|"
    r"\b(gilt|gillen|gilde|schreeuwt|schreeuwen|schreeuwde|roept|roepen|riep) (\w+ )?om hulp\b|"
    r"\bom hulp (gilt|gillen|schreeuwt|schreeuwen|roept|roepen)\b|"
    r"\b(screaming|shouting) for help\b",
    # strangled just now (strangling is the strongest warning sign there is)
    r"\b(net|zojuist|zonet|daarnet|just) (\w+ ){0,2}(gewurgd|strangled|choked)\b|\b(gewurgd|strangled) (\w+ ){0,4}(net|zojuist|just now)\b",
    # happening now: "slaat nu met een stoel op de deur", "op dit moment ... de vrouw gilt"
    r"\b(nu|op dit moment|right now) (\w+ ){0,3}(bezig|aan het|slaat|schopt|bonkt|gilt|schreeuwt|steekt|wurgt|sleurt|trekt)\b|"
    r"\b(slaat|schopt|bonkt|gilt|wurgt|sleurt|bezig) (?!(\w+ ){0,2}(soms|vaak|weleens|regelmatig|altijd|elke)\b)(\w+ ){0,3}(nu|op dit moment)\b(?! (al|alweer|sinds|jaren|maanden|weken)\b)",
    # an overdose already taken, someone at a height or by the rails now: 112 before 113
    rf"{NOT_FORGOTTEN}\b(pillen|paracetamol|medicijnen|tabletten|slaappillen|strip|doos|pot|pills|tablets) (\w+ ){{0,4}}"
    r"(geslikt|ingenomen|genomen|took|taken|swallowed)\b|\b(geslikt|ingenomen|swallowed) (\w+ ){0,3}(pillen|tabletten|pills)\b|"
    r"\b(net|zojuist|just) (\w+ ){0,2}(alles|allemaal|alle pillen|everything) (\w+ ){0,6}(ingenomen|geslikt|genomen|taken|swallowed)\b",
    r"\b(touw|strop) (\w+ ){0,2}(gepakt|meegenomen)\b|\b(benen|been) over de (rand|reling)\b|"
    r"\b(sta|staat|zit|zat|stond|staan|zitten|standing|sitting) (\w+ ){0,5}(op|bij|aan|on) (het|de|een|the|a|zijn|haar|mijn) (\w+ )?"
    r"(dak|balkon|brug|rand|reling|spoor|rails|vensterbank|roof|bridge|balcony|ledge|edge|parkeergarage|parkeerdak|viaduct|"
    r"spoorwegovergang|overweg|parking garage|car park|railway crossing)\b|"
    # bleeding that does not stop after self-harm; shut in with a rope (dev51)
    r"\b(bloed|bloeden|het bloeden) (\w+ )?(stopt|houdt) (\w+ )?niet( meer)?( op)?\b|\bblijft (maar )?bloeden\b|\bwon t stop bleeding\b|"
    r"\bmet een (touw|strop) (\w+ ){0,4}opgesloten\b|\bopgesloten (\w+ ){0,4}met een (touw|strop)\b|"
    r"\b(zit|zitten|sit|sitting) (\w+ ){0,6}garage (\w+ ){0,4}motor (aan|draaiend|running)\b",
]
