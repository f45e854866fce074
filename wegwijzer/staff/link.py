"""The one-time login link for the first staff member, written to a file only root can read.

The link is not printed or logged (a service log is read by many): only the file's path is.
It works once, for 15 minutes, and never as a password.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from wegwijzer.staff.store import LINK_LIFETIME, StaffStore

LINK_FILE = "beheer-inloglink.txt"


def write_login_link(staff: StaffStore, data_dir: Path, base_url: str) -> Path:
    """Make a one-time link and write it to data_dir/beheer-inloglink.txt (mode 0600)."""
    token = staff.create_link()
    until = (dt.datetime.now() + dt.timedelta(seconds=LINK_LIFETIME)).strftime("%H:%M")
    path = Path(data_dir) / LINK_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        os.fchmod(out.fileno(), 0o600)  # also when the file was already there
        out.write(f"{base_url.rstrip('/')}/beheer/?token={token}\n\n"
                  f"Deze link werkt één keer, tot {until}. Maak daarna een account voor elke "
                  f"medewerker: wegwijzer staff add NAAM --role beheerder\n")
    return path


def needs_link(staff: StaffStore) -> bool:
    """True when nobody can log in yet: there are no staff accounts."""
    return not staff.accounts()
