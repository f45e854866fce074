"""Every publication of the knowledge-base editor: who, when, why, what changed, and the text.

The history lives in the staff database (SQLite or PostgreSQL, beside the accounts), so
every worker on every machine shows the same versions, and an old version can be
brought back from its stored text. A change made to a file outside the editor is kept
too, as a version "buiten de editor", the moment the editor next publishes that service.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wegwijzer.knowledge.edit import content_changes, digest, locked, write_atomically
from wegwijzer.staff.store import StaffStore

OUTSIDE = "buiten de editor"  # who a change made directly in the file is recorded as
RETIRED = "Buiten gebruik gesteld"  # the changed "field" of a publication that took a service out of use
MAX_REASON = 200  # characters of the one-line reason


@dataclass(frozen=True)
class Publication:
    """One published version of one service file."""

    id: str
    service: str
    at: float  # seconds since the epoch
    who: str
    reason: str
    fields: tuple[str, ...]  # labels of the fields that changed
    content: str
    digest: str


def one_line(reason: str) -> str:
    """The reason as one line of at most MAX_REASON characters."""
    return " ".join(reason.split())[:MAX_REASON]


class History:
    """The publications in the staff store's database (calls block: run them off the loop)."""

    def __init__(self, staff: StaffStore, clock: Callable[[], float] = time.time) -> None:
        self.staff = staff
        self._clock = clock

    def record(self, service: str, who: str, reason: str, fields: list[str], content: str,
               digest: str) -> Publication:
        """Keep a new publication and return it."""
        now = self._clock()
        newest = self.versions(service)[:1]
        if newest and newest[0].at >= now:  # the same clock tick: keep the order of arrival
            now = newest[0].at + 0.001
        publication = Publication(secrets.token_hex(8), service, now, who, one_line(reason), tuple(fields),
                                  content, digest)
        self.staff.database().execute(
            "INSERT INTO publication VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (publication.id, service, now, who, publication.reason, json.dumps(list(fields)), content, digest))
        return publication

    def versions(self, service: str) -> list[Publication]:
        """The publications of one service, newest first."""
        rows = self.staff.database().query(
            "SELECT id, service, at, who, reason, fields, content, digest FROM publication "
            "WHERE service = ? ORDER BY at DESC", (service,))
        return [_publication(row) for row in rows]

    def version(self, service: str, publication_id: str) -> Publication | None:
        """One publication of this service, or None."""
        rows = self.staff.database().query(
            "SELECT id, service, at, who, reason, fields, content, digest FROM publication "
            "WHERE service = ? AND id = ?", (service, publication_id))
        return _publication(rows[0]) if rows else None


def _publication(row: tuple[object, ...]) -> Publication:
    pid, service, at, who, reason, fields, content, digest = row
    return Publication(str(pid), str(service), float(str(at)), str(who), str(reason),
                       tuple(json.loads(str(fields))), str(content), str(digest))


def publish(history: History, path: Path, service: str, who: str, reason: str, expected: str,
            content: str) -> Publication | None:
    """Write a service file and keep the publication; None when the file is no longer `expected`.

    The file is compared and replaced under a lock, so of two people who opened the same
    version, the second is refused instead of silently undoing the first.
    """
    with locked(path.parent):
        current = _current(path)
        if digest(current) != expected:
            return None
        _keep_outside_change(history, service, current)
        write_atomically(path, content)
        fields = [c.label for c in content_changes(current, content)]
        return history.record(service, who, reason, fields, content, digest(content))


def retire(history: History, path: Path, to: Path, service: str, who: str, reason: str,
           expected: str) -> Publication | None:
    """Move a service file to `to` (a folder the server does not load) and keep that as a
    publication with no text; None when the file is no longer `expected`."""
    with locked(path.parent):
        current = _current(path)
        if not current or digest(current) != expected:
            return None
        _keep_outside_change(history, service, current)  # its last text stays in the history
        to.parent.mkdir(exist_ok=True)
        os.replace(path, to)
        return history.record(service, who, reason, [RETIRED], "", digest(""))


def _current(path: Path) -> str:
    """The file's text; '' when there is none (a new service, or one taken out of use)."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def _keep_outside_change(history: History, service: str, current: str) -> None:
    """The file as it is now, when the history does not know it yet (first edit, or a hand edit)."""
    newest = history.versions(service)[:1]
    if (newest and newest[0].digest == digest(current)) or (not newest and not current):  # known, or a new file
        return
    if newest:
        fields = [c.label for c in content_changes(newest[0].content, current)]
        history.record(service, OUTSIDE, "gewijzigd in het bestand zelf", fields, current, digest(current))
    else:
        history.record(service, OUTSIDE, "de versie van vóór de editor", [], current, digest(current))
