"""The staff area /beheer/: login, token, CSRF, headers, and suppressed figures everywhere."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from wegwijzer.stats import StatsStore

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


async def login(client, password=PASSWORD):
    page = await client.get("/beheer/login")
    return await client.post("/beheer/login", data={"csrf": csrf_of(await page.text()),
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
    await client.get("/beheer/login")  # a session exists, but the form token is missing
    response = await client.post("/beheer/login", data={"wachtwoord": PASSWORD}, allow_redirects=False)
    assert response.status == 403
    response = await client.post("/beheer/login", data={"wachtwoord": PASSWORD, "csrf": "verzonnen"},
                                 allow_redirects=False)
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


async def test_without_password_a_token_link_is_printed_once_and_logs_in(make_client, store, capsys):
    client = await make_client(stats=store)
    printed = capsys.readouterr().out
    match = re.search(r"Beheer: http://127\.0\.0\.1:\d+/beheer/\?token=(\S+)", printed)
    assert match, printed
    bad = await client.get("/beheer/?token=fout", allow_redirects=False)
    assert bad.status == 303 and bad.headers["Location"].startswith("/beheer/login")
    good = await client.get(f"/beheer/?token={match.group(1)}", allow_redirects=False)
    assert good.status == 303 and good.headers["Location"] == "/beheer/"  # token leaves the URL
    assert (await client.get("/beheer/")).status == 200
    # the same code also works in the login form
    other = await make_client(stats=store)
    assert (await login(other, capsys.readouterr().out.split("token=")[1].strip())).status == 303


async def test_the_token_does_not_work_when_a_password_is_set(make_client, store, capsys):
    client = await make_client(stats=store, admin_password=PASSWORD)
    assert "token=" not in capsys.readouterr().out
    response = await client.get("/beheer/?token=anything", allow_redirects=False)
    assert response.headers["Location"].startswith("/beheer/login")


async def test_many_wrong_passwords_pause_the_login(make_client, store):
    client = await make_client(stats=store, admin_password=PASSWORD)
    statuses = [(await login(client, f"fout{i}")).status for i in range(11)]
    assert statuses[:10] == [401] * 10 and statuses[10] == 429
    assert (await login(client)).status == 429


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
