"""The rules for self-harm and suicidal thoughts (113), as data: phrases on the folded text and
on its lemmas, applied by wegwijzer.safety.check beside the violence rules in wegwijzer.safety.rules.

Source for the signal families: 113 Zelfmoordpreventie's warning signs (talking about death or
being a burden, no way out, a plan, farewell, giving things away, self-harm).
"""

from __future__ import annotations

_IDIOM = r"(?! (graag|moe|op|eng|ziek|stil|gewoon|benieuwd|nieuwsgierig)\b)"  # "dood graag" = very much
# "weet niet meer of ze haar pillen heeft genomen": a question of forgetting, not an overdose
NOT_FORGOTTEN = r"(?<!\bof ze haar )(?<!\bof hij zijn )(?<!\bof ik mijn )(?<!\bof ze de )(?<!\bof hij de )(?<!\bof ik de )"
SUICIDE = [
    # Self-harm is a crisis too (113): cutting, scratching, burning or hurting oneself.
    r"\b(snijdt|snijden|sneed|snijd|krast|krassen|kraste|bekrast|beschadigt|beschadigen|brandt|brand|verbrand|verbrandt) "
    r"(\w+ ){0,2}(zichzelf|mezelf|mijzelf|haarzelf|hemzelf|jezelf)\b(?! (\w+ ){0,3}(vinger|duim)\b)|"
    r"\bzelfbeschadig\w*\b|\b(doe|doet|deed|deden) (mezelf|mijzelf|zichzelf|haarzelf|hemzelf) (\w+ )?pijn\b|"
    r"\b(mezelf|mijzelf|zichzelf|haarzelf|hemzelf) (\w+ )?pijn (doe|doet|deed|doen|te doen)\b|"
    r"\bself ?harm\w*\b|\b(cuts?|cutting|hurts?|hurting) (herself|himself|myself)\b|"
    r"\b(cuts?|cutting) (her|his|my|their) (arms?|wrists?|thighs?|legs?|skin)\b",
    # a lethal dose looked up; goodbye said in English
    r"\bhoeveel (\w+ ){0,2}(pillen|slaappillen|paracetamol|tabletten|medicijnen) (\w+ ){0,3}(dodelijk|dood)\b|\bdodelijke dosis\b|"
    r"\b(lethal|deadly) dose\b|\b(won t|will not) be (around|here) (much )?(longer|anymore)\b|\bgiving away (all )?my (stuff|things)\b",
    r"(?<!\bniet )(?<!\bnot )\b(zelfmoord\w*|zelfdoding|suicid\w*|suicide\w*|suicidaal|levensmoe\w*)\b",
    # self-harm told indirectly: starting again, cigarettes on the skin, razor blades with blood
    r"\bweer (gaan |begonnen met |aan het )?(snijden|krassen)\b(?! (\w+ )?(in|van|met)\b)|\bscheermesjes (\w+ ){0,6}bloed\b|"
    r"\b(druk|drukt|drukte) (\w+ ){0,2}sigaret\w* (\w+ ){0,2}uit op (mijn|m n|haar|zijn) (arm|armen|been|benen|hand|huid)\b",
    # wanting to follow someone who died
    r"\b(overleden|gestorven|dood)\b(\w| )*\b(wil|wilde|zou) (\w+ ){0,3}achter (haar|hem) aan(?= \||$)",
    # ("die" is English only: "ik zou wel willen bewegen maar die sportschool" is Dutch "that")
    rf"\b(wil|wilt|wou|wilde|willen) (?!(\w+ )?niet\b)(\w+ ){{0,3}}(dood|sterven)\b{_IDIOM}",
    rf"\b(want to|wanna) (?!(\w+ )?not\b)(\w+ ){{0,2}}(die|dead)\b{_IDIOM}",
    r"\b(ik|hij|zij|ze|je|jij) (\w+ ){0,3}dood (wil|willen|wilde|wou)\b",
    r"\bniet meer (wil |wilt |willen )?(leven|leve|levn|leefe|wakker (worden|te worden)|verder (leven|willen))\b",
    r"\b(wil|wilt|willen|hoef|hoeft) (\w+ ){0,3}niet meer (leven|leve|levn|verder|zijn|bestaan)\b",
    r"\bals ik (er )?(morgen |straks |ineens )?niet meer (was|ben|zou zijn|besta)\b|\bniemand (zou|zal) (me|mij) missen\b",
    r"\b(er|hier) niet meer (zijn|willen zijn|wil zijn)\b",
    r"\b(zie|ziet|zag|zagen) (het|t|alles|het leven) (\w+ )?niet meer zitten\b|\b(het|t|alles) niet meer (zie|ziet|zag|zagen) zitten\b",
    r"\b(geen zin (meer )?in (het|mijn|dit) leven|(het|mijn) leven (heeft|is) geen zin|leven zinloos)\b",
    r"\b(eind|einde) (\w+ ){0,2}(aan|maken aan) (mijn leven|alles|het leven|het allemaal)\b",
    # (not "het nummer voor mensen die er een eind aan willen maken": a question about the line)
    r"(?<!\bmensen die )(?<!\bmens die )(?<!\biemand die )\ber (\w+ ){0,3}(een )?(eind|einde) aan (\w+ ){0,1}(maken|te maken)\b",
    r"\bpunt (\w+ ){0,2}achter (mijn leven|het leven|alles)\b|\bpunt achter zetten (\| )?(\w+ ){0,2}voor altijd\b",
    r"\b(mezelf|mijzelf) (van kant|iets aan(doen)?|ophangen|doden|dood\w*)\b|\bvan kant maken\b",
    r"(?<!dreigen )(?<!dreigt )(?<!dreigde )(?<!dreigden )(?<!gaat )(?<!gaan )(?<!zullen )(?<!\bhij )(?<!\bzij )(?<!\bze )"
    r"\bme (van kant|iets aan(doen)?|ophangen)\b|\bmijn leven (beeindigen|nemen)\b",
    r"\bik (\w+ ){0,2}me (iets|wat) (\w+ ){0,2}(aandoen|aan doen|aan te doen)\b",  # "dat ik me iets ga aandoen"
    r"\b(van het leven beroven|het leven benemen|leven (te )?beeindigen)\b",
    # "dat ze het gas wel open draait": the gas opened on purpose (not "zet het gas aan en vergeet het")
    r"\bgas (\w+ ){0,2}(open (draai\w*|gedraaid|te draaien)|opendraai\w*|opengedraaid)\b",
    r"\buit het leven (stappen|gaan)\b|\bbeter af (\w+ ){0,2}zonder (mij|me)\b|\bvoor de trein\b",
    r"\b(rand van|op) (het|de) (spoor|perron|rails)\b|\bvoor een trein\b",
    r"\b(kill|hurt|hang|cut) myself\b|\bend(ing)? (my life|it all)\b|\bno reason to live\b|\btake my (own )?life\b",
    r"\b(dont|do not|don t) want to (live|be alive|wake up|be here)\b|\bwants? to die\b|\bnot worth living\b",
    # in English: no point in going on, thinking of ending it, better off without me, pills swallowed, cutting again,
    # "tell my mum it wasn't her fault"
    r"\b(don t|dont|do not|can t|cant|doesn t|doesnt) see the point (of (living|going on|life|anything)|anymore)\b|"
    r"\b(thinking|thought|think|thinks) (about|of) ending (it|my life|his life|her life)\b|\bbetter off without (me|her|him)\b|"
    r"\b(wont|won t) be (around|here) (much )?(longer|anymore)\b|\b(cutting|cut) (myself )?again\b|"
    r"\b(swallowed|has taken|just took|took) (\w+ ){0,3}(pills|tablets|paracetamol|sleeping pills)\b|"
    r"\btell (my|her|his) \w+ (it )?(wasn t|wasnt|was not) (her|his|their|your) fault\b",
    r"\b(het|t) hoeft (\w+ ){0,2}niet meer\b|\bklaar met (het leven|leven|alles|mijn leven)\b",
    r"\bafscheids(brie|bericht|mail|video|filmpje)\w*|\bafscheid (\w+ ){0,3}(nemen|genomen) van (iedereen|jullie)\b",
    r"\bwil (\w+ ){0,2}(verdwijnen(?! (\w+ )?(uit|naar|van)\b)|slapen en nooit|nooit meer wakker)\b|\bnooit meer wakker\b",  # (not "verdwijnen uit deze buurt")
    r"\bslapen en niet meer wakker\b",
    # "voor altijd" often stands after a comma, so these two may cross one clause mark (|)
    r"\b(ophoudt|ophouden|stopt|stoppen|slapen|weg|weg zijn|rust) (\| )?(\w+ ){0,2}voor altijd\b",
    # ("I can't go on like this" with the debts: worn out, as "ik kan zo niet verder")
    r"\b(can t|cannot|can not) go on\b(?! (like|liken) (this|that)\b)|\b(wants?|wanted|wanna) to disappear\b(?! (from|to|into)\b)|"
    r"\bbetter off without me\b|\bno way out\b|"
    # (dev52) "she doesn't see a way out", "searching online for ways to die"
    r"\b(doesn t|don t|dont|doesnt|can t|cant|cannot|didn t) see (a|any) way out\b|\bways to (die|kill (myself|himself|herself)|end (it|my life))\b",
    r"\b(overdosis|pillen (innemen|slikken) (om|zodat))\b|\bpillen (\w+ )?(gespaard|verzameld|opgespaard)\b",
    r"\b(pillen|medicijnen|tabletten) (\w+ ){0,12}(allemaal|tegelijk) (\w+ ){0,2}(in te nemen|innemen|slikken)\b",
    r"\b(van|op) (een|de) (brug|flat|dak) (springen|af springen|te springen)\b|\bsta (\w+ ){0,3}op (een|de) brug\b",
    # 113's warning signs: a burden, no way out, no reason to live, self-harm
    r"\b(ben|voel) (\w+ ){0,3}(een )?last (voor|van) (iedereen|anderen|jullie|mijn \w+)\b|\b(a|een) burden (to|for)\b",
    r"\b(zie|heb|is) (\w+ ){0,2}geen (uitweg|uitkomst)\b|\bgeen uitweg meer\b",
    r"\bgeen (reden|zin) (meer )?(om|tot) (te )?leven\b|\b(leven|life) (\w+ ){0,2}(niet|not) (meer )?(de moeite waard|worth)\b",
    r"\bmoe (\w+ )?van (het |mijn )?(leven|bestaan)\b|\btired of (life|living)\b",
    r"\b(snij|snijd|snijden|sneed|kras|krassen) (\w+ ){0,2}(mezelf|mijzelf|me|in (mijn|mn|m n) (arm|armen|benen|been|pols|polsen))\b|"
    r"\bzelfbeschadiging\b|\bautomutilatie\b|\bself ?harm\w*\b",
    # wrists cut open (dev51: "ik heb mijn polsen opengesneden"), in either order
    r"\b(pols|polsen) (\w+ ){0,2}((open|door) ?)?(gesneden|snijden)\b|\b(opengesneden|doorgesneden|opensnijden|doorsnijden) (\w+ ){0,2}(pols|polsen)\b",
    # an accident wished so that it is over (dev51)
    r"\b(ongeluk|ongeval|aanrijding) (\w+ ){0,4}(zodat|dan|waardoor) (het|alles) (\w+ ){0,2}voorbij\b",
    r"^(ik )?(wil|wilt) niet meer$",
    # an overdose taken or looked up, a means at hand, a place chosen
    rf"{NOT_FORGOTTEN}\b(pillen|paracetamol|medicijnen|tabletten|slaappillen|pills) (\w+ ){{0,3}}(genomen|ingenomen|geslikt|inneemt|innemen|in te nemen|took|taken)\b",
    r"\btook (\w+ ){0,2}(too many|a lot of|all) (\w+ )?(pills|tablets)\b|\bpot slaappillen\b",
    r"\b(mes|touw|pillen) (\w+ ){0,2}(ligt|liggen|staat|staan) (\w+ )?klaar\b|\bmanieren (om|hoe) (\w+ ){0,2}(het|mezelf|jezelf) (te )?(doen|doden)\b",
    r"\bplek (\w+ ){0,3}uitgezocht\b|\b(balkon|raam|dak|flat|brug|verdieping|parkeergarage|parkeerdak|viaduct) (\w+ ){0,8}(springen|te springen)\b",
    r"\b(zit|sta|lig|zat|stond) (\w+ ){0,2}(bij|op|naast) (het|de) (spoor|rails)\b",
    # death wished or thought of
    r"\bals ik dood (ga|zou gaan|ben) (\w+ ){0,3}(maar zo|niet erg|ook goed|prima|jammer dan)\b|"
    r"\b(maakt|kan) (\w+ ){0,2}(niet|niks) (\w+ )?(uit|schelen) (of|als) ik (\w+ )?dood\b",
    r"\bniet meer wakker (word|wordt|worden)\b|\b(denk|denkt|denken|dacht) (\w+ ){0,4}aan (dood ?gaan|doodgaan|sterven|de dood)\b",
    r"\bniet meer (besta|bestaan)\b|\bhoop (\w+ ){0,3}(dat )?(het misgaat|ik verongeluk|ik niet thuiskom|ik doodga)\b",
    r"\bgeen (andere )?uitweg\b|\bloop (\w+ ){0,2}(iedereen|jullie) in de weg\b|\b(voel|ben) (\w+ ){0,2}een mislukking\b",
    # farewell and arrangements
    r"\bsorry voor alles\b(?=(\w| |\|)*\b(vaarwel|de beste|dag \w+|hou van (je|jullie)|voor altijd)\b)",
    r"\bdit is de laatste keer dat (je|jij|jullie) (me|mij) (hoort|ziet|spreekt)\b|\bbedankt voor alles (\| )?(\w+ ){0,2}ik ga nu\b",
    r"\b(verzekeringen|testament|papieren|zaken) (\w+ ){0,2}op orde\b(?= (\| )?(\w+ |\| ){0,12}(klaar|afscheid|brief|niet meer))",
    r"\b(gave|gaf|geeft) (\w+ ){0,3}(her|his|haar|zijn) (favourite|favorite|liefste|favoriete) \w+\b(?= (\w+ |\| ){0,12}(die|dood|sterven|weg))",
    # told in other words: the quickest or painless way, how it feels to drown or fall, not waking up,
    # my last winter, disappearing unnoticed, the means ready (rope, gun, pills saved, the car in a closed
    # garage, insulin at once), walking into the river, a key "for when they have to find me"
    r"\b(snelste|beste|makkelijkste|pijnloze?) (manier|methode) (om )?(\w+ ){0,3}(dood|er niet meer|te sterven|uit het leven)\b|"
    r"\bpijnloo?s (dood\w*|gaan|sterven|inslapen)\b|\bhoeveel (\w+ ){0,2}(paracetamol|pillen|insuline|slaappillen) (\w+ ){0,2}genoeg\b",
    r"\bdoet het pijn als je (verdrinkt|springt|valt|je ophangt)\b|\bals je van (hoog|grote hoogte|een flat|een dak) (valt|springt)\b|"
    r"\bhoop (\w+ ){0,3}dat (ik|mijn hart) (\w+ ){0,3}(niet meer wakker word|mee stopt|stopt)\b",
    r"\b(dit is|wordt|dat dit) (\w+ ){0,2}(mijn|haar|zijn) laatste (avond|nacht|dag|winter|kerst|zomer|verjaardag)\b|"
    r"\b(morgen|straks|binnenkort|vannacht) (ben|is) (ik|hij|zij|ze) er (toch )?niet meer\b|\b(ben|is) er binnenkort (toch )?niet meer\b|"
    r"\bals ik (nu |gewoon )?(zou )?(verdwijn|verdwijnen|verdween)\b|\bvalt het niemand op\b",
    r"\b(al )?(mijn|mn|m n|zijn|haar) spullen (\w+ ){0,2}weggegeven\b|\bstuur om(gooien|trekken|gooi|gooit)\b|"
    r"\bgeen reden (meer )?(om )?(door te gaan|verder te gaan|te leven)\b|\bwaarom (ik )?(nog )?(door zou gaan|leef ik nog)\b|\bwrm leef ik nog\b|"
    r"\b(nagedacht|nadenken|bedacht|thought about) (over )?hoe (ik|i) (het|it) (zou|would|ga) (doen|do)\b|\bstap (ik )?(\w+ ){0,2}uit het leven\b",
    r"\bbeter af (\w+ ){0,4}levensverzekering\b|\bhet enige (\w+ ){0,8}levensverzekering\b|"
    r"\blevensverzekering (\w+ ){0,3}het enige\b(\w| )*\b(gezin|kinderen|familie|vrouw|man|nabestaanden)\b|"
    r"\b(in de rijn|in het water|in de vaart|in de gracht) (loopt|lopen|springt|springen|loop|spring)\b|"
    r"\bgarage (\w+ ){0,4}motor (aan|draaiend)\b|\bmotor aan (\w+ ){0,3}(dichte )?garage\b|\bhet touw (ligt|hangt)\b|"
    r"\bjachtgeweer\b(\w| |\|)*\b(op orde|denk|klaar)\b|\b(op orde|denk)\b(\w| |\|)*\bjachtgeweer\b",
    r"\b(pillen|slaappillen|medicijnen) (\w+ ){0,3}(op)?(spaart|sparen|spaar|bewaar|bewaart|verstopt) (\w+ ){0,4}(voor als|genoeg)\b|"
    r"\b(spaart|spaar|sparen|bewaart|bewaar) (\w+ ){0,2}(pillen|slaappillen|medicijnen) (\w+ ){0,4}(voor als|genoeg)\b|"
    r"\b(al mijn|alle) (insuline|pillen|medicijnen) (\w+ ){0,2}tegelijk\b|\bvoor als (ze|jullie|iemand) me (moet|moeten) vinden\b|"
    r"\b(het leven|leven) moe\b|\buitvaart (\w+ ){0,6}datum gekozen\b",
    # no longer wanting to go on; one problem less for the others; calling it quits while selling up;
    # the last they will hear of me; letters and affairs sorted
    r"\bniet meer verder (wil|wilt|willen)\b|\b(jullie|ze|iedereen|je) (\w+ ){0,2}(een )?(probleem|last|zorg) minder\b|"
    r"\b((houdt|houden|hou) (het|t) (\w+ ){0,2}voor gezien|voor gezien (houdt|houden|hou))\b(\w| |\|)*\b"
    r"(verkoopt|verkocht|weggeeft|weggegeven|overleden|dood)\b|"
    r"\bhet laatste (is )?(wat|dat) (ik|je|jullie|we) van (hem|haar|mij|me) (hoor|hoort|horen|zie|ziet|zien)\b",
    r"\b(sorted (out )?my affairs|affairs in order)\b(\w| |\|)*\b(letters?|(dog|cat|pet) a (good |new )?home)\b|"
    r"\bletters? to everyone i love\b",
    # a plan: "ik weet waar ik het ga doen", a rope bought for it
    r"\b(weet|weten) (\w+ ){0,2}(waar|hoe|wanneer) ik het (ga|wil|zal|ga gaan) doen\b|\btouw (\w+ ){0,2}gekocht\b(\w| |\|)*\b(doen|ophangen|zolder|balk)\b",
    r"\bom (het )?niet te overleven\b|\bhoe hoog (\w+ ){0,4}(om|voor)\b(\w| )*\b(dood|dodelijk|overleven)\b|"
    r"\bhoeft (het|t) voor mij niet meer\b|\b(bij|op|naast) (het|de) (spoor|rails|spoorbaan) (\w+ ){0,2}(gestaan|gezeten|gelegen)\b",
    r"\b(levens)?verzekering\b(\w| |\|)*\bbeter af\b|"
    r"\b(niemand|geen mens|geen hond)\b(\w| )*\bals ik er (\w+ )?niet meer (was|ben|zou zijn)\b",
    # wanting to burn or cut oneself; a letter left for the family; pets rehomed and affairs settled;
    # one's own death with a deadline; how long before someone finds you; little time left, not ill
    r"(?<!\bbang om )(?<!\bniet )\b(mezelf|mijzelf|zichzelf|haarzelf|hemzelf|jezelf) (\w+ ){0,3}te (snijden|branden|verbranden|krassen|beschadigen)\b",
    r"\b(brief|brieven|briefje)\b(\w| |\|)*\b(ze|zij|jullie|hij) (vinden|vindt) (hem|het|ze|die) (\w+ )?wel\b|"
    r"\b(brief|briefje|brieven) voor (mijn|m n) (vrouw|man|kinderen|moeder|vader|ouders|familie|zoon|dochter)\b(\w| )* ligt\b",
    r"\b(kat|katten|poes|poezen|hond|honden|huisdieren|konijn\w*) (\w+ ){0,3}(naar het asiel|herplaatst|weggegeven|een nieuw (thuis|huis))\b"
    r"(\w| |\|)*\b(alles (is )?(\w+ )?(op orde|geregeld)|spaargeld|testament|afscheid)\b",
    # ("als ik er niet meer ben" is heard on its own above)
    r"\bals ik (dood ben|overleden ben|overlijd)\b(\w| |\|)*\b(deze week|dit weekend|morgen|vannacht|binnenkort)\b",
    r"\b(hoe lang|hoelang) (\w+ ){0,3}(voor|voordat|tot) (iemand|ze|men|mensen) (je|jou|me|mij) (vind|vindt|vinden)\b",
    # "moe van bestaan"; an insurance pay-out as the way out of debt; euthanasia asked by someone who
    # is not ill; a letter hidden for the family with the moment still open; letters and a place to jump
    r"\b(overlijdensrisico|levens)verzekering\w*\b(\w| |\|)*\b(oplossen|oplost|in een keer|in 1 keer|alles betalen|uitkeert|uitbetaalt)\b",
    r"\beuthanasie\b(\w| |\|)*\b(niet ziek|(wil|wilt) (gewoon |echt )?niet meer)\b",
    r"\b(brief|briefje|brieven) (\w+ ){0,2}voor (mijn|m n) (\w+ )?(vrouw|man|kinderen|moeder|vader|ouders|familie|zoon|dochter|mama|papa)\b"
    r"(\w| |\|)*\b(onder (mijn|m n) (matras|kussen|bed)|verstopt|weet (\w+ ){0,2}niet wanneer)\b",
    r"\bletters? (to|for) (\w+ ){0,2}(family|kids|children|parents|loved ones|everyone)\b(\w| |\|)*"
    r"\b(bridges?|can t keep going|cannot keep going|goodbye|won t need)\b",
    r"\bniet (\w+ )?lang meer (te gaan|te leven)\b(\w| |\|)*\b(niet ziek|zelf besloten|zelf gekozen|eigen keuze)\b",
    # nothing left to live for; thinking out how and when, with what left unsaid (the clause ends there)
    r"\b(niets|niks|nix) (meer )?(om )?voor te leven\b|\b(niets|niks) (meer )?waarvoor (ik|je) (nog )?(leef|leeft|leven)\b|"
    r"\bnothing (left )?to live for\b|"
    r"\b(bedenk|bedacht|bedenken|nadenk|nadenken|denk (\w+ )?na over|plan|plannen) (\w+ ){0,2}hoe en wanneer(?= \||$)",
    # "voor ik iets doms doe": the words people use for what they fear they will do to themselves
    # ("niet dat ik iets doms ga doen" is read as denied, wegwijzer.safety.check)
    r"\b(voor|voordat|anders|bang dat) (ik|hij|ze|zij) (nog )?iets doms (doe|doet|ga doen|gaat doen|zou doen)\b",
    # December 2026, despair told as money or housing trouble (dev44, dev45): self-harm in the past
    # tense ("ik heb mezelf weer gesneden"; not a finger cut while cooking), stopping living, a jump in
    # the other word order when meant ("dan spring ik liever van de brug. dat meen ik"; "als ajax weer
    # verliest spring ik van de brug haha" is a joke),
    # the railway thought of, pills saved up, "hoe en waar" worked out, not
    # being there any more "next month", a letter "for when she finds me", a goodbye nobody noticed,
    # an accident staged, and in English: better off if I weren't around, meds saved up
    r"\b(mezelf|mijzelf|zichzelf|haarzelf|hemzelf) (\w+ ){0,3}(gesneden|gekrast|bekrast|verbrand|beschadigd|pijn gedaan)\b"
    r"(?!( \|)? (\w+ ){0,3}(vinger|duim|broodmes|keukenmes|bij het|aan (een|het|de|mijn)|tijdens)\b)",  # ("gesneden... met een broodmes")
    r"\b(stoppen|stop|ophouden|ophoud) met (leven|bestaan|ademen)\b",
    r"\b(spring|springen|springt) (ik|hij|zij|ze) (\w+ ){0,2}(van|voor|onder) (een|de|het) (brug|flat|dak|trein|balkon)\b"
    r"((?!\b(haha\w*|lol|grapje|hihi|xd)\b)(\w| |\|))*\b(meen (ik|het)|(ik|hij|ze) (meent|menen|meen) het|serieus|geen grap)\b",
    r"\b(aan|over) (het|de) (spoor|trein|rails|brug) (\w+ ){0,2}(gedacht|denken|nagedacht|nadenken)\b|"
    r"\b(denk|dacht|gedacht|denken) (\w+ ){0,3}aan (het|de) (spoor|rails)\b",
    r"\b(spaar|spaart|sparen|verzamel|verzamelt|verzamelen|bewaar|bewaart) (\w+ ){0,4}(pillen|slaappillen|medicijnen|tabletten|slaappil) op\b",
    r"\b(uitgezocht|bedacht|uitgedacht|weet|weten) (\w+ ){0,2}hoe en waar\b",
    r"\bals ik er (\w+ )?(binnenkort|volgende (week|maand)|over (\w+ )?(dagen|weken|maand|maanden)|na (\w+ ){0,2}) (toch )?niet meer (ben|zou zijn)\b",
    r"\bvoor als (ze|hij|zij|jullie|iemand) (me|mij) (\w+ )?(vindt|vinden|vind)\b",
    r"\bafscheid (\w+ ){0,2}(genomen|nemen) (\w+ ){0,5}zonder dat (hij|ze|zij|die|iemand) (het|er iets) (doorhad|doorhadden|wist|merkte)\b",
    r"\b(op )?een ongeluk (\w+ ){0,2}(laten|kan laten|zou laten) lijken\b",
    r"\b(everyone|everybody|they|she|he|my \w+) (would|d|will|ll) be better off if i (just )?(wasn t|weren t|was not|were not|was gone|didn t exist)\b|"
    r"\b(saving|saved|stockpiling|hoarding) (up )?(my |all my )?(meds|pills|medication|sleeping pills|tablets)\b|"
    r"\bnot sure i want to be around\b|\bthe only thing i (m|am) (still )?worth\b",  # (the reading spells out "i'm")
    # one step and it is over (on a balcony or a bridge); "I don't want to any more" as a clause of its own
    # ("ik wil niet meer naar school" goes on); the pills taken all at once
    r"\b(nog )?(een|1) stap en (het is |t is |ik ben )?(klaar|weg|voorbij|over)\b",
    r"(^|\| )(en )?ik (wil|wou) (gewoon |echt |het )?niet meer( \||$)",
    r"\b(pillen|tabletten|medicijnen|slaappillen)\b(\w| |\|)*\bwaarom niet (allemaal |alles )?in (een|1) keer\b",
    # the car driven into a tree on purpose
    r"\b(denk|denkt|dacht|denken|overweeg\w*|wil|wilt|wou)\b (\w+ ){0,4}(auto|wagen) (\w+ ){0,2}tegen (een|de) (boom|muur|vrachtwagen|pijler) "
    r"(\w+ )?(te )?(rijden|rammen|zetten|knallen)\b",
    # one's own funeral asked about beside a decision ("ik heb besloten dat het genoeg is geweest"); an
    # old person arranging a funeral for later says no such thing
    r"\b(begrafenis|crematie|uitvaart)\b(\w| |\|)*\b(besloten dat (het|t) genoeg|(een )?punt achter (zet|zetten|ga zetten))\b|"
    r"\b(besloten dat (het|t) genoeg|(een )?punt achter (zet|zetten|ga zetten))\b(\w| |\|)*\b(begrafenis|crematie|uitvaart)\b",
    # a method without pain, looked up or not: "hoe je het pijnloos kan doen" (December 2026, dev44), and
    # "ik heb vannacht opgezocht hoe je het kan doen zonder pijn"
    r"\bhoe (je|ik|men) (het|jezelf|mezelf) (\w+ ){0,3}(zonder pijn|pijnloos) (\w+ ){0,2}(doet|doen|kan|kunt)\b|"
    r"\b(opgezocht|gegoogeld|googelen|googlen|uitgezocht|opzoeken) (\w+ ){0,2}"
    r"hoe (je|ik) het (\w+ )?(kan|kunt|moet|zou) doen (zonder pijn|pijnloos)\b",
    # December 2026 (dev sets, each scored by models that never saw it): a plan one fears to carry out;
    # "then I will see to it myself" after the doctor refused euthanasia; with a dead parent "in heaven";
    # why still eat, "ik hoef niet meer"; the highest bridge "it does not matter any more"; going when
    # the power is cut "I mean it"; "ik ben er dan (ook) niet meer"; "als iemand er straks niet meer is";
    # someone threatening to jump (English)
    r"\b(heb|had) (\w+ )?(een )?plan\b(\w| |\|)*\bbang (dat )?ik het (\w+ )?(ga|zal|ga gaan) (uitvoeren|doen)\b",
    r"\b(spuitje|euthanasie)\b(\w| |\|)*\bregel ik het (\w+ )?zelf\b",
    r"\b(be|being) with (my|her|his) (\w+ )?(dad|mum|mom|husband|wife|father|mother) in heaven\b",
    r"\bwaarom (\w+ )?nog (eten|leven|opstaan|doorgaan)\b(\w| |\|)*\bik hoef (het )?niet meer\b|"
    r"\bik hoef (het )?niet meer\b(\w| |\|)*\bbedankt voor alles\b",
    r"\b(welke|hoogste) (brug|flat|toren)\b(\w| |\|)*\b(maakt|boeit) (\w+ ){0,2}niet (meer )?uit\b",
    r"\bdan ga ik ook\b(\w| |\|)*\b(ik meen het|meen ik)\b",
    r"\bik ben er (dan |straks |binnenkort )?(ook )?niet meer\b(?! (\w+ )?(voor|bij|thuis|op|in|om|te)\b)",
    r"\bals (iemand|ik) er straks niet meer (is|ben)\b",
    # "kan niet meer, wil niet meer" (each clause ends there; "ik wil niet meer werken" goes on)
    r"\b(ik )?kan niet meer \| (en )?(ik )?wil niet meer( \||$)|\b(ik )?wil niet meer \| (en )?(ik )?kan niet meer( \||$)",
    # letters written and things given away, "I don't think I'll be needing" a new place; to vanish "for real";
    # not living to see a day this week; a rope hung in the shed (not for the washing)
    r"\b(letters?|given away|gave away)\b(\w| |\|)*\bi (do not|don t) think i (ll|will) (be )?need(ing)?\b",
    r"\b(echt|voorgoed|voor altijd|gewoon) verdwijnen\b(?! (\w+ )?(uit|naar|van)\b)",
    r"\bik denk niet dat ik (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|"
    r"volgende week|het weekend|dit weekend) (nog )?meemaak\b",
    r"\b(touw|strop) ((\w+ ){0,4}(gehangen|opgehangen) (\w+ ){0,3}(schuur|zolder|garage|balk|boom)|"
    r"(\w+ ){0,3}(schuur|zolder|garage|balk|boom) (\w+ ){0,2}(gehangen|opgehangen))\b"
    r"(?!(\w| |\|)*\b(was|wasgoed|drogen|hangmat|schommel voor de)\b)",
    r"\b(going|gonna|threatening|threatens|wants|says he ?s going|says she ?s going) (to )?jump\b(?=(\w| |\|)*\b(balcony|bridge|roof|railing|ledge|window|floor)\b)|"
    r"\b(balcony|bridge|roof|railing|ledge)\b(\w| |\|)*\b(going|gonna|threatening|threatens) (to )?jump\b",
]
