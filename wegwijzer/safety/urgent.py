"""The rules for 112 now, as data: acute danger outside a crisis at home (someone unconscious or
not moving, a fire, a knife in the street), with what is no emergency (a company that does not
respond, an event days ago). wegwijzer.safety.check applies them; the crisis rules are in
wegwijzer.safety.rules.
"""

from __future__ import annotations

# Someone who does not move or respond: 112, unless the one who "reageert niet" is an employer,
# a company or an office (wegwijzer.safety.check leaves these out then). "reageert niet op mijn
# appjes" is no emergency either.
UNRESPONSIVE = [
    r"\b(beweegt|reageert|reageerde|bewoog) (\w+ ){0,2}niet( meer)?\b(?!( \w+)? op\b)|"
    r"\b(not|isn t|is not) (moving|responding)\b(?! to\b)|"
    r"\b(krijg|krijgen|kreeg|krijgt) (haar|hem|mama|papa|opa|oma|mijn \w+|m n \w+) (\w+ )?niet (meer )?wakker\b"
    r"(?!(\w| )*\b(school|werk|ochtend\w*|morgens|op tijd|bed uit|wekker)\b)|"
    r"\b(can t|cannot|can not) wake (her|him|my \w+) up\b",
]
ORGANISATIONS = (r"\b(werkgever|baas|bedrijf|webshop|winkel|verhuurder|huisbaas|eigenaar|gemeente|instantie|"
                 r"aannemer|verzekeraar|verzekering|uwv|bank|incassobureau|deurwaarder|school|woningcorporatie|"
                 r"garage|agency|landlord|employer|company)\b")

# An event the resident places days or more in the past ("drie maanden geleden", "vorige week",
# "yesterday"): no 112 now. Minutes and hours ago still are.
PAST = (r"\b(vorige|afgelopen) (week|maand|zomer|winter|keer)\b|\bvorig jaar\b|\b(eer)?gister(en)?\b|"
        r"\b(\w+ )?(dagen|weken|weekje|maanden|maand|jaar|jaren) geleden\b|\bvroeger\b|\btoen ik (klein|jong|kind)\b|"
        r"\blast (week|month|year|summer)\b|\b(days|weeks|months|years) ago\b|\byesterday\b")

# Acute danger outside a crisis at home: someone must call 112 now (no crisis service).
# Folded text, so "bewusteloos" also matches "Bewusteloos!". A fire or a knife must be
# happening now ("brand" alone is also a brandweer question; "mes" also a kitchen drawer).
EMERGENCY = [
    r"\b(bewusteloos|buiten bewustzijn|unconscious|not breathing|stopped breathing|heart attack|hartaanval|"
    r"hartstilstand|reanim\w*|ademt niet|ademt (\w+ )?niet meer|(?<!krijg )(?<!gewoon )(?<!soms )geen adem meer|stabbed|neergestoken|"
    r"steekpartij|overdosis|overdose|hit by a car|"
    # ("verdrinkt in de schulden", "drowning in debt": an idiom)
    r"verdrinkt(?! in (de |het |mijn |zijn |haar )?(schulden|rekeningen|werk|papieren|post|zorgen))|"
    r"drowning(?! in (debt|debts|bills|work|paperwork)))\b",
    # hit by a car, unless the resident tells the aftermath ("doorgereden", "ligt nu thuis", "aangifte gedaan")
    r"(?<!hondje is )(?<!hond is )(?<!kat is )(?<!poes is )(?<!konijn is )\baangereden\b(?!(\w| |\|)*\b(doorgereden|aangifte|ligt nu thuis|thuis met|in het ziekenhuis gelegen|"
    r"ondersteuning|verwerken|schade|verzekering|revalid\w*|was gewond)\b)",
    r"\bpijn (\w+ ){0,2}(op|in) (zijn|haar|mijn|de) borst\b|\bchest pain\b|\bkopje onder\b|\bligt (\w+ ){0,2}te bloeden\b",
    r"\b(staat|staan|stond) (\w+ ){0,3}in (de )?brand\b|\bin brand (gevlogen|gestoken)\b|\bon fire\b|"
    r"\b(brand|fire) (in|bij) (het|de|ons|een|our|the|a) (\w+ )?(huis|flat|pand|portiek|keuken|trappenhuis|"
    r"house|building|flat|kitchen)\b|\brook (komt|uit)\b(?! (\w+ ){0,4}oren\b)",  # (the smoke from one's ears: an idiom)
    # ("lag een uur op de grond ... ze is nu weer thuis": told afterwards, no 112 now)
    r"\b(ligt|liggen|lag|lying|lies) (?!(\w+ )?(overal )?(hondenpoep|poep|afval|vuil|rommel|glas|bladeren|troep|vuilnis|zwerfvuil)\b)"
    r"(\w+ ){0,4}(op straat|op de grond|op de stoep|in het water|"
    r"onderaan de trap|in the street|on the ground|on the floor|op de \w*vloer)\b"
    r"(?!(\w| |\|)*\b(nu|inmiddels) (\w+ )?(weer |gelukkig )?(thuis|beter|opgeknapt|in het ziekenhuis)\b)",
    r"\b(met|loopt met|zwaait met|heeft|with|waving) (een )?(mes|messen|wapen|vuurwapen|pistool|knife|gun|weapon)\b"
    r"(?=(\w| )*(straat|\bbuiten|plein\b|\bspeeltuin|\bpark\b|\bop het plein|\bin de winkel|\bin de bus|\bbij de school|\bstreet|\boutside|\bshop|"
    r"winkelcentrum|tankstation|station\b))",
    r"\b(in het water gevallen|fell into the water|valt niet wakker te krijgen|wordt niet wakker|won t wake up)\b",
    # someone collapsed, fitting or short of breath now; a fire or smoke now; a car in the water
    r"\b(flauwgevallen|in elkaar gezakt|niet aanspreekbaar|niet meer aanspreekbaar|collapsed|fainted)\b"
    r"(?! (\w+ ){0,3}(van|door) (de )?(schrik|lachen|moeheid))",
    r"\bademt (\w+ ){0,2}(raar|vreemd|slecht|moeilijk|niet goed|heel zwaar|nauwelijks)\b|\bcan t breathe\b|"
    r"\b(lippen|gezicht|hij|zij|ze) (\w+ ){0,2}(wordt|worden|is|zijn) (\w+ )?(blauw|grauw|paars)\b|"
    r"\b(epileptische|epilepsie) ?aanval\b|\bheeft een aanval\b|\bschokt (\w+ ){0,3}(en|\|)|\bseizure\b",
    r"\b(staat|staan|stond|is|zijn) (\w+ ){0,2}in de fik\b|\bin de fik\b(?= (\w+ |\| ){0,8}(vlammen|rook|slaat over|over naar))|"
    r"\bvlammen (\w+ ){0,3}(groot|hoog|uit|slaan)\b|\b(?<!hoofd )(?<!kop )(?<!hoofd is )(?<!kop is )(?<!thuis )(?<!hij )(?<!ze )(?<!zij )(?<!ik )(?<!zoon )(?<!dochter )(?<!man )(?<!vader )(?<!moeder )(?<!baas )(ontploft|explosie|exploded|explosion)\b(?! (\w+ )?(van|door) (de )?(stress|drukte|zorgen|herrie|lawaai)| alles\b| (elke|iedere) (dag|keer|avond|ochtend|week)\b| (soms|vaak|snel|meteen|steeds|altijd|regelmatig|als|zodra|wanneer)\b)(?!(\w| |\|)*\bschade\b)|"
    r"\b(auto|huis|schuur|schuurtje|flat|keuken|bus|woning|car) (\w+ ){0,2}in (de )?(brand|fik)\b|"
    r"\b(rook|smoke) (\w+ ){0,4}(vast|trappenhuis|gang|stairwell|can t get out)\b|\bgaslucht\b|\bruik gas\b|"
    r"\bfire (in|at) (the|a|our) (\w+ )?(apartment|building|house|flat)\b",
    # a stroke: the face droops, someone sags to one side ("zakt scheef weg, zijn mond hangt")
    r"\b(mond|mondhoek|gezicht) (\w+ ){0,2}(hangt|zakt) (\w+ )?scheef\b|\bscheve mond\b|"
    r"\b(zakt|zakte) (\w+ ){0,2}scheef\b|\bberoerte\b(?=(\w| |\|)*\b(nu|net|ineens|opeens|denk ik)\b)",
    r"\b(het water in|te water) (gereden|geraakt|gevallen|gesprongen)\b|\b(gereden|gevallen) (\w+ ){0,2}het water in\b",
    # a gun now; a child left in a hot car; someone who does not open the door and moans
    r"\b(wapen|pistool|vuurwapen|gun)\b(\w| |\|)*\b(op dit moment|right now)\b|\b(op dit moment|right now)\b(\w| |\|)*\b(wapen|pistool|vuurwapen|gun)\b",
    r"\balleen in (een|de) (\w+ )?(auto|wagen|car)\b(\w| |\|)*\b(zon|hitte|warm|huilt niet meer|reageert niet|sun|heat)\b",
    r"\b(doet|deed) (\w+ ){0,3}niet (meer )?open\b(\w| |\|)*\b(gekreun|kreunen|kreunt|om hulp|ligt)\b",
]
