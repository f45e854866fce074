"""Idioms of dying and killing in the newcomers' languages and English: "I'm dying of boredom",
"these debts will kill me".

In meaning such a message lies close to a real crisis, so the nearest development questions
(wegwijzer.safety.knn) and the ranking by meaning would hear one. When a message has one of
these idioms, those two readers stay silent; the rules, the crisis words of
wegwijzer.safety.lexicon outside the idiom and the word model still read it, so "umieram z nudów i
nie chcę już żyć" is still a crisis. Dutch needs no list here: there the neighbours need the word model's worry too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wegwijzer.safety.lexicon import fold

# Written with diacritics and folded like the message (wegwijzer.safety.lexicon.fold).
_IDIOMS = {
    "en": r"\b(dying|die|died|dead) of (boredom|laughter|embarrassment|hunger|cold|heat|curiosity)\b|\bbored to death\b|"
          # (not a person: "my husband is killing me" stays with the other readers)
          r"\b(?<!husband )(?<!wife )(?<!partner )(?<!he )(?<!she )(?<!dad )(?<!father )(?<!mum )(?<!mom )(?<!mother )"
          r"(?<!boyfriend )(?<!girlfriend )(?<!son )(?<!brother )(?<!they )(?<!ex )"
          r"(is|are|s|re) (literally |really |slowly |just )?killing me\b|\bscared to death\b",
    # I'm dying of boredom, tiredness, laughter, hunger; loneliness, debts, work are killing me
    "ar": r"(اموت|رح موت|راح اموت|بموت|هموت|ميت|ميتة|مت) (\w+ )?من (الملل|الضحك|التعب|الجوع|البرد|الحر|الزهق|القهر|القلق|الخوف|الهم)|"
          r"(الوحدة|الديون|الفواتير|الشغل|الدراسة|الملل|الغربة|الزهق|التعب) (\w+ )?(عم |رح )?(تقتلني|يقتلني|قاتلني|قاتلتني|بتقتلني)",
    "tr": r"\b(sıkıntıdan|uykusuzluktan|yorgunluktan|gülmekten|açlıktan|stresten|meraktan|soğuktan|sıcaktan) "
          r"(\w+ )?(ölüyorum|öleceğim|öldüm|geberiyorum)|\b(borç\w*|faturalar|bu iş|stres|okul|sınav\w*) (\w+ )?beni "
          r"(öldürecek|öldürüyor|bitirecek|bitiriyor)|\b(ben de |artık )bittim\b(?! (\w+ )?(yaşamak|ölmek))",
    "uk": r"\b(вмираю|помираю|умираю|здохну|помру) (\w+ )?(від|з|со|от) (нудьги|втоми|сміху|голоду|холоду|спеки|скуки|"
          r"усталости|смеха)|\b(втомилася|втомився|втомилась|устала|устал)[^.!?]{0,40}(вмираю|помираю|умираю)",
    "pl": r"\b(umieram|umrę|padnę|padam) (\w+ )?z (nudów|głodu|zmęczenia|śmiechu|zimna|gorąca|ciekawości|stresu)|"
          r"\bzanudz\w* (się )?na śmierć|\b(zabije|zabiję|zabił|spalę|spali) się ze wstydu|\b(te długi|ta praca|ten stres|szkoła|rachunki|samotność) (\w+ )?(mnie )?"
          r"(wykończy|wykańcza|zabije|zabija)",
    # I will die of worry, of tiredness from work
    "ti": r"(ጭንቀት|ሓሳብ|ድኻም|ጸቕጢ)\w* (\w+ ){0,2}ክመውት( እየ)?",  # (worry, thoughts, tiredness, stress)
    # the bills, debts or work are killing me
    "so": r"\b(biil\w*|deyn\w*|shaqad\w*|shaqo) (\w+ ){0,2}(way|ayay|ayaa) (i )?dilay\w*",
}


@lru_cache(maxsize=1)
def _compiled() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{fold(pattern)})" for pattern in _IDIOMS.values()))


def idiom(text: str) -> str | None:
    """The idiom of dying or killing in the message ("umieram z nudów"), or None."""
    match = _compiled().search(fold(text))
    return match.group(0) if match else None
