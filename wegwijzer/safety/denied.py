"""Violence denied in so many words, in the languages the assistant reads: "he is not violent",
"hij is nooit gewelddadig geweest", "ما حدا بيمد ايده" (nobody raises a hand), "nie boję się go".

Then the word model and the nearest questions alone make no Veilig Thuis crisis of a quarrel or a
jealous partner (wegwijzer.safety.danger; December 2026, dev47). The phrase rules and the crisis words
of wegwijzer.safety.lexicon still count; hitting denied in Dutch is wegwijzer.safety.check.hitting_denied.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wegwijzer.safety.lexicon import fold

_DENIALS: dict[str, str] = {
    "en": r"\b(is not|isn'?t|'?s not|never been) (\w+ )?violent\b|\bnever (laid|lays|raised|raises) a (hand|finger)\b|"
          r"\bi('?m| am) not afraid of (him|her)\b",
    "nl": r"\b(is|was) (\w+ )?(niet|nooit) gewelddadig\b|\bik ben niet bang (voor|van) (hem|haar)\b",
    "ar": r"(مش|مو|ليس|مانو) عنيف|ما (حدا )?(بيمد|مد|بيرفع) (ايده|ايدو|يده)|ما بيمنعني ولا|ما بخاف منه|لا اخاف منه",
    "pl": r"\bnie boje sie (go|jej)\b|\bnie jest agresywn\w*|\bnigdy (mnie )?nie uderzyl\w*",
    "uk": r"\bне агресивн\w*|\bне боюся (його|її)\b|\bніколи (мене )?не (бив|била|вдарив)\b",
    "tr": r"\bsiddet (uygulamiyor|yok)\b|\bondan korkmuyorum\b|\bhic (bana )?(vurmadi|el kaldirmadi)\b",
}


@lru_cache(maxsize=1)
def _denial() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{fold(pattern)})" for pattern in _DENIALS.values()))


def denies_violence(text: str) -> bool:
    """Whether the message says in so many words that there is no violence or fear, in any language above."""
    return bool(_denial().search(fold(text)))
