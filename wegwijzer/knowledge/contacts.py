"""Contact details with their source: who to call, visit or read, and where that was found.

Every filled contact field records the page it came from, the date that page shows and a
confidence grade (A: the organisation's or government's own page, B: news or a third
party, C: unclear or old). Residents only ever see A and B facts; staff see how old each
source is, because a number from 2020 needs a phone call before anyone relies on it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# A value staff still have to fill in. The answer leaves such a field out.
TO_FILL = "IN TE VULLEN"
PUBLISHABLE = ("A", "B")
SOURCE_MAX_AGE_DAYS = 2 * 365
FIELDS = ("phone", "address", "hours", "website", "email")  # display order: phone first
UNDATED = "zonder datum"  # the source shows no date: it counts as the oldest there is
DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|zonder datum)$")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Sourced(_Model):
    """One contact fact and where it was last seen."""

    value: str = Field(min_length=1)
    source: str = Field(pattern=r"^https?://\S+$")
    date: str = Field(pattern=DATE.pattern)  # as precise as the source is: 2020, 2020-09, 2020-09-08
    grade: Literal["A", "B", "C"]

    def day(self) -> dt.date:
        """The source's date; a year or month alone counts as its first day."""
        if self.date == UNDATED:
            return dt.date.min
        parts = [int(p) for p in self.date.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])


class Line(_Model):
    """A (national) help line that is worth naming beside the local contact."""

    name: str
    phone: Sourced
    note: str = ""  # "gratis en anoniem, dag en nacht"


class Contact(_Model):
    """Who to reach for a service. `intake`: the service has no contact of its own and
    this organisation does the intake (the answer says so)."""

    organisation: str
    intake: bool = False
    phone: Sourced | str = TO_FILL
    address: Sourced | str = TO_FILL
    hours: Sourced | str = TO_FILL
    website: Sourced | str = TO_FILL
    email: Sourced | str = TO_FILL
    lines: tuple[Line, ...] = ()

    def sourced(self) -> dict[str, Sourced]:
        """The filled fields that residents may see (grade A or B), in display order."""
        out = {}
        for key in FIELDS:
            value = getattr(self, key)
            if isinstance(value, Sourced) and value.grade in PUBLISHABLE:
                out[key] = value
        return out

    def filled(self) -> dict[str, str]:
        """Organisation and the publishable field values, in display order."""
        return {"organisation": self.organisation} | {k: v.value for k, v in self.sourced().items()}

    def all_sources(self) -> list[tuple[str, Sourced]]:
        """Every sourced fact of this contact (fields and lines), labelled for staff."""
        out = [(key, v) for key in FIELDS if isinstance(v := getattr(self, key), Sourced)]
        return out + [(f"lijn {line.name}", line.phone) for line in self.lines]


def contact_lines(contact: Contact, said: str = "", familiar: bool = False) -> list[str]:
    """The contact as the resident reads it: phone first, then address and hours, then the web.

    `said` is the text above it: an organisation it already names is not introduced again."""
    facts = contact.sourced()
    named = contact.organisation.lower() in said.lower()
    out = []
    if contact.intake and not named:
        out.append(f"Dit loopt via {contact.organisation}. Zij helpen {'je' if familiar else 'u'} verder.")
    if "phone" in facts:
        out.append(f"Bel {contact.organisation}: {facts['phone'].value}")
    elif ("address" in facts or "website" in facts) and not named:
        out.append(f"{contact.organisation}:")
    labels = {"address": "Adres", "hours": "Open", "website": "Website", "email": "E-mail"}
    out += [f"{label}: {facts[key].value}" for key, label in labels.items() if key in facts]
    return out + [text for line in contact.lines if (text := line_text(line))]


def line_text(line: Line) -> str:
    """'Of bel De Luisterlijn: 088-0767000 (dag en nacht)', or '' when its source may not be shown."""
    if line.phone.grade not in PUBLISHABLE:
        return ""
    note = f" ({line.note})" if line.note else ""
    return f"Of bel {line.name}: {line.phone.value}{note}"


def oldest_source(contact: Contact) -> Sourced | None:
    """The oldest sourced fact of a contact, or None when nothing is sourced."""
    facts = [fact for _, fact in contact.all_sources()]
    return min(facts, key=Sourced.day) if facts else None
