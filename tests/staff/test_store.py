"""Staff accounts, sessions, login attempts and one-time links, on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import threading

import pytest

from wegwijzer.staff import AccountError, StaffStore
from wegwijzer.staff.store import PER_ACCOUNT, PER_CLIENT, SESSION_IDLE, SESSION_LIFETIME


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request) -> str | None:
    return None if request.param == "sqlite" else request.getfixturevalue("postgres_url")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def staff(tmp_path, url, clock):
    store = StaffStore(tmp_path, url, clock=clock)
    yield store
    store.close()


def test_an_account_has_a_role_and_a_hashed_password(staff, tmp_path):
    staff.add("Anna", "redacteur", "een-lang-wachtwoord")
    assert staff.accounts() == [("anna", "redacteur")]
    assert staff.verify("anna", "een-lang-wachtwoord") == "redacteur"
    assert staff.verify("anna", "fout-wachtwoord-123") is None
    assert staff.verify("niemand", "een-lang-wachtwoord") is None
    stored = staff.database().query("SELECT password FROM account")[0][0]
    assert "een-lang-wachtwoord" not in stored and stored.startswith("scrypt$")


@pytest.mark.parametrize("name, role, password, message", [
    ("anna", "redacteur", "kort", "minstens 12"),
    ("anna", "baas", "een-lang-wachtwoord", "Onbekende rol"),
    ("a b", "beleid", "een-lang-wachtwoord", "gebruikersnaam"),
])
def test_bad_accounts_are_refused_in_dutch(staff, name, role, password, message):
    with pytest.raises(AccountError, match=message):
        staff.add(name, role, password)
    assert staff.accounts() == []


def test_a_session_lives_until_idle_or_too_old(staff, clock):
    staff.add("anna", "beleid", "een-lang-wachtwoord")
    token, session = staff.start("anna", "beleid")
    assert staff.session(token) == session and session.role == "beleid"
    assert token not in str(staff.database().query("SELECT * FROM staff_session"))  # only its hash
    clock.now += SESSION_IDLE - 10
    assert staff.session(token) is not None  # in use: kept alive
    clock.now += SESSION_LIFETIME  # but never longer than the lifetime
    assert staff.session(token) is None
    token, _ = staff.start("anna", "beleid")
    clock.now += SESSION_IDLE + 1
    assert staff.session(token) is None


def test_a_new_password_or_removal_ends_the_sessions(staff):
    staff.add("anna", "beleid", "een-lang-wachtwoord")
    token, _ = staff.start("anna", "beleid")
    staff.add("anna", "beleid", "een-nieuw-wachtwoord")
    assert staff.session(token) is None
    token, _ = staff.start("anna", "beleid")
    assert staff.remove("anna") and staff.session(token) is None and not staff.remove("anna")


def test_attempts_are_limited_per_client_and_per_account(staff, clock):
    allowed = [staff.attempt("10.0.0.1", "anna") is not None for _ in range(PER_CLIENT + 1)]
    assert allowed == [True] * PER_CLIENT + [False]
    assert staff.attempt("10.0.0.2", "bert") is not None  # another client, another account
    # many clients on one account: the account's own limit
    results = [staff.attempt(f"10.1.0.{i}", "carla") is not None for i in range(PER_ACCOUNT + 1)]
    assert results.count(False) == 1 and results[-1] is False
    clock.now += 61
    assert staff.attempt("10.0.0.1", "anna") is not None  # a minute later: again


def test_a_right_password_does_not_use_up_the_limit(staff):
    for _ in range(PER_CLIENT * 2):
        attempt = staff.attempt("10.0.0.1", "anna")
        assert attempt is not None
        staff.succeeded(attempt)


def test_concurrent_guesses_are_counted_before_they_are_checked(tmp_path, url, clock):
    # 300 guesses at once from one client: no more than the limit may be checked
    stores = [StaffStore(tmp_path, url, clock=clock) for _ in range(6)]
    allowed: list[bool] = []

    def guess(store: StaffStore) -> None:
        for _ in range(50):
            allowed.append(store.attempt("10.9.9.9", "anna") is not None)

    threads = [threading.Thread(target=guess, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.close()
    assert len(allowed) == 300 and 1 <= allowed.count(True) <= PER_CLIENT  # never more: no race


def test_no_client_address_is_stored(staff):
    staff.attempt("192.0.2.77", "anna")
    assert "192.0.2.77" not in str(staff.database().query("SELECT * FROM login_attempt"))


def test_a_link_works_once_and_expires(staff, clock):
    token = staff.create_link()
    assert staff.use_link(token) and not staff.use_link(token)
    token = staff.create_link()
    clock.now += 15 * 60 + 1
    assert not staff.use_link(token)
    assert not staff.use_link("verzonnen")


def test_workers_share_one_secret(tmp_path, url):
    first, second = StaffStore(tmp_path, url), StaffStore(tmp_path, url)
    try:
        assert first.secret() == second.secret() and len(first.secret()) == 32
    finally:
        first.close()
        second.close()


def test_an_unreachable_database_says_so(tmp_path):
    store = StaffStore(tmp_path, "postgresql://wegwijzer@127.0.0.1:1/wegwijzer")
    with pytest.raises(Exception, match="niet bereikbaar"):
        store.accounts()
    assert "niet bereiken" in (store.problem or "")


def test_times_are_kept_to_the_second(staff, clock):
    # PostgreSQL's REAL (4 bytes) would round seconds since 1970 to about two minutes
    clock.now = 1_800_000_061.25
    staff.start("anna", "beleid")
    assert staff.database().query("SELECT created FROM staff_session") == [(1_800_000_061.25,)]
