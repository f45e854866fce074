"""The staff area /beheer/: login, token, CSRF, headers, and suppressed figures everywhere."""

from __future__ import annotations

import csv
import io
import json
import re
import time

import pytest

from wegwijzer.staff import StaffStore
from wegwijzer.staff.link import write_login_link
from wegwijzer.stats import StatsStore
from wegwijzer.web.keys import STAFF

PASSWORD = "een-lang-beheerwachtwoord"
QUESTIONS = ["ik heb schulden"] * 12 + ["mijn moeder heeft dementie"] * 6 + [
    "ik zoek vrijwilligerswerk"] * 2 + ["waar vraag ik een paspoort aan"] * 5


@pytest.fixture
def store(settings):
    store = StatsStore(settings.data_dir)
    yield store
    store.close()


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


async def login(client, password=PASSWORD, name="beheer"):
    page = await client.get("/beheer/login")
    return await client.post("/beheer/login", data={"csrf": csrf_of(await page.text()), "gebruikersnaam": name,
                                                     "wachtwoord": password}, allow_redirects=False)


async def ask_all(client, questions=QUESTIONS):
    for question in questions:
        response = await client.post("/api/ask", json={"question": question})
        assert response.status == 200


@pytest.mark.parametrize("path", ["/beheer/", "/beheer/export.csv", "/beheer/export.json"])
async def test_pages_need_a_login(make_client, store, path):
    client = await make_client(stats=store, admin_password=PASSWORD)
    response = await client.get(path, allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/beheer/login"


async def test_a_post_without_csrf_token_is_refused(make_client, store):
    client = await make_client(stats=store, admin_password=PASSWORD)
    await client.get("/beheer/login")  # the form's token cookie exists, but the field is missing
    form = {"gebruikersnaam": "beheer", "wachtwoord": PASSWORD}
    response = await client.post("/beheer/login", data=form, allow_redirects=False)
    assert response.status == 403
    response = await client.post("/beheer/login", data={**form, "csrf": "verzonnen"}, allow_redirects=False)
    assert response.status == 403
    assert (await client.get("/beheer/", allow_redirects=False)).status == 303  # still not in


async def test_logout_without_csrf_is_refused_even_when_logged_in(make_client, store):
    client = await make_client(stats=store, admin_password=PASSWORD)
    assert (await login(client)).status == 303
    assert (await client.post("/beheer/uitloggen", allow_redirects=False)).status == 403
    assert (await client.get("/beheer/")).status == 200


async def test_password_login_sets_a_strict_staff_cookie_and_logout_ends_it(make_client, store):
    client = await make_client(stats=store, admin_password=PASSWORD)
    assert (await login(client, "fout")).status == 401
    response = await login(client)
    assert response.status == 303 and response.headers["Location"] == "/beheer/"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/beheer/" in cookie
    page = await client.get("/beheer/")
    html = await page.text()
    assert page.status == 200 and '<html lang="nl">' in html and "Vragen per thema" in html
    out = await client.post("/beheer/uitloggen", data={"csrf": csrf_of(html)}, allow_redirects=False)
    assert out.status == 303
    assert (await client.get("/beheer/", allow_redirects=False)).status == 303


async def test_the_one_time_link_works_once_and_never_as_a_password(make_client, store, settings):
    client = await make_client(stats=store)
    staff = client.app[STAFF]
    path = write_login_link(staff, settings.data_dir, "http://127.0.0.1:8080")
    assert path.stat().st_mode & 0o777 == 0o600
    token = path.read_text().split("token=")[1].split()[0]
    assert (await login(client, token, name="eenmalige-link")).status == 401  # not a password
    bad = await client.get("/beheer/?token=fout", allow_redirects=False)
    assert bad.status == 303 and bad.headers["Location"].startswith("/beheer/login")
    good = await client.get(f"/beheer/?token={token}", allow_redirects=False)
    assert good.status == 303 and good.headers["Location"] == "/beheer/"  # token leaves the URL
    assert (await client.get("/beheer/")).status == 200
    other = await make_client(stats=store)
    again = await other.get(f"/beheer/?token={token}", allow_redirects=False)
    assert again.headers["Location"].startswith("/beheer/login")  # used once: gone


async def test_an_expired_link_does_not_log_in(make_client, store, settings):
    client = await make_client(stats=store)
    staff = StaffStore(settings.data_dir, clock=lambda: time.time() - 16 * 60)  # made 16 minutes ago
    token = staff.create_link()
    staff.close()
    response = await client.get(f"/beheer/?token={token}", allow_redirects=False)
    assert response.headers["Location"].startswith("/beheer/login")


async def test_many_wrong_passwords_pause_the_login_of_that_client(make_client, store):
    client = await make_client(stats=store, admin_password=PASSWORD)
    statuses = [(await login(client, f"fout-wachtwoord-{i}")).status for i in range(11)]
    assert statuses[:10] == [401] * 10 and statuses[10] == 429
    assert (await login(client)).status == 429


async def test_each_person_logs_in_with_their_own_account(make_client, store, settings):
    staff = StaffStore(settings.data_dir)
    staff.add("anna", "beleid", "anna-haar-eigen-wachtwoord")
    staff.close()
    client = await make_client(stats=store, admin_password=PASSWORD)
    assert (await login(client, "anna-haar-eigen-wachtwoord", name="Anna")).status == 303
    html = await (await client.get("/beheer/")).text()
    assert "anna" in html and "beleid" in html
    assert (await login(client, PASSWORD, name="anna")).status == 401  # not someone else's password


async def test_anonymous_visits_create_no_sessions(make_client, store, settings):
    client = await make_client(stats=store, admin_password=PASSWORD)
    assert (await login(client)).status == 303
    others = await make_client(stats=store, admin_password=PASSWORD)
    for _ in range(600):
        others.session.cookie_jar.clear()
        assert (await others.get("/beheer/login")).status == 200
    assert (await client.get("/beheer/", allow_redirects=False)).status == 200  # still logged in
    staff = client.app[STAFF]
    assert staff.database().query("SELECT COUNT(*) FROM staff_session")[0][0] == 1


async def test_security_headers_and_no_inline_anything(make_client, store):
    client = await make_client(stats=store, admin_password=PASSWORD)
    await login(client)
    response = await client.get("/beheer/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Frame-Options"] == "DENY"
    html = await response.text()
    assert "<script" not in html and "style=" not in html
    anonymous = await make_client(stats=store, admin_password=PASSWORD)
    assert (await anonymous.get("/beheer", allow_redirects=False)).headers["Location"] == "/beheer/login"


def numbers_in_html(html: str) -> list[int]:
    cells = re.findall(r'<td class="num">([^<]*)</td>|<dd>([^<]*)</dd>', html)
    return [int(v) for pair in cells for v in pair if v.strip().isdigit()]


async def test_every_page_and_export_hides_counts_below_five(make_client, store):
    client = await make_client(stats=store, admin_password=PASSWORD, rate_limit=0)
    await ask_all(client)
    choice = await (await client.post("/api/choose", json={"service": "schuldhulp"})).json()
    for _ in range(3):
        await client.post("/api/feedback", json={"service": "schuldhulp", "useful": False,
                                                 "feedback_token": choice["feedback_token"]})
    await login(client)
    html = await (await client.get("/beheer/")).text()
    assert numbers_in_html(html) and min(numbers_in_html(html)) >= 5
    assert "&lt;5" in html and ">25<" in html  # the total is shown
    data = json.loads(await (await client.get("/beheer/export.json")).text())
    assert data["total"] == 25 and data["by_theme"]["zelfstandig-leven"] == 12
    assert data["by_theme"]["samen-leven"] == "<5"  # vrijwilligerswerk: 2
    assert data["by_theme"]["gezond-dorp"] == 6
    assert data["without_service"] == "<5"  # 5, hidden too: else 25 - 12 - 6 - 5 gives the 2 away
    assert data["feedback"][0]["not_useful"] == "<5"
    response = await client.get("/beheer/export.csv")
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO((await response.text()).lstrip("\ufeff")), delimiter=";"))
    assert ["totaal", "totaal", "", "25"] in rows
    assert all(int(r[3]) >= 5 for r in rows[1:] if r[3].isdigit())


async def test_since_filters_and_a_bad_date_is_explained(make_client, store):
    client = await make_client(stats=store, admin_password=PASSWORD, rate_limit=0)
    await ask_all(client, QUESTIONS[:6])
    await login(client)
    html = await (await client.get("/beheer/?sinds=2999-01-01&per=week")).text()
    assert "Nog geen gegevens" in html and 'value="2999-01-01"' in html
    assert "export.csv?sinds=2999-01-01" in html
    html = await (await client.get("/beheer/?sinds=gisteren")).text()
    assert "Schrijf de datum als JJJJ-MM-DD" in html


async def test_without_a_store_the_pages_say_statistics_are_off(make_client):
    client = await make_client(admin_password=PASSWORD)
    await login(client)
    html = await (await client.get("/beheer/")).text()
    assert "De statistieken staan uit" in html


async def test_figures_that_cannot_be_read_give_a_message_not_a_500(make_client, tmp_path):
    blocked = tmp_path / "bestand"
    blocked.write_text("hier kan geen map komen")
    unwritable = StatsStore(blocked / "data")
    try:
        client = await make_client(stats=unwritable, admin_password=PASSWORD)
        assert (await login(client)).status == 303
        page = await client.get("/beheer/")
        assert page.status == 200 and "kunnen nu niet worden gelezen" in await page.text()
        assert (await client.get("/beheer/export.csv")).status == 503
    finally:
        unwritable.close()


async def test_a_guesser_does_not_lock_out_staff_on_another_address(make_client, store):
    # behind a trusted proxy: the guesser and the staff member are different clients
    client = await make_client(stats=store, admin_password=PASSWORD, trusted_proxies=("127.0.0.1",))
    guesser = {"X-Forwarded-For": "198.51.100.7"}
    page = await client.get("/beheer/login", headers=guesser)
    form = {"csrf": csrf_of(await page.text()), "gebruikersnaam": "beheer"}
    for i in range(12):
        await client.post("/beheer/login", data={**form, "wachtwoord": f"fout-{i}"}, headers=guesser)
    refused = await client.post("/beheer/login", data={**form, "wachtwoord": PASSWORD}, headers=guesser,
                                allow_redirects=False)
    assert refused.status == 429
    staff = await make_client(stats=store, admin_password=PASSWORD, trusted_proxies=("127.0.0.1",))
    page = await staff.get("/beheer/login", headers={"X-Forwarded-For": "203.0.113.9"})
    response = await staff.post("/beheer/login", headers={"X-Forwarded-For": "203.0.113.9"},
                                data={"csrf": csrf_of(await page.text()), "gebruikersnaam": "beheer",
                                      "wachtwoord": PASSWORD}, allow_redirects=False)
    assert response.status == 303
