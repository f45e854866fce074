"""Staff accounts with roles, their sessions and login throttling (see store.py)."""

from __future__ import annotations

from wegwijzer.settings import Settings
from wegwijzer.staff.passwords import MIN_LENGTH, AccountError
from wegwijzer.staff.store import LINK_ACCOUNT, ROLES, Session, StaffStore

__all__ = ["AccountError", "LINK_ACCOUNT", "MIN_LENGTH", "ROLES", "Session", "StaffStore", "open_staff"]


def open_staff(settings: Settings) -> StaffStore:
    """The staff store for these settings (it connects on first use)."""
    return StaffStore(settings.data_dir, settings.database_url)
