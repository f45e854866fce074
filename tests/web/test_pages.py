"""Our own pages and files: /, /over, /healthz, /widget.js, the css, and 404s in Dutch."""

from __future__ import annotations

from wegwijzer.settings import REPO_ROOT


async def test_chat_page_loads_the_widget_open_and_is_dutch(make_client):
    client = await make_client()
    response = await client.get("/")
    html = await response.text()
    assert response.status == 200 and response.content_type == "text/html"
    assert '<html lang="nl">' in html
    assert '<script src="/widget.js" defer data-open="true"' in html
    assert "<script>" not in html and "style=" not in html  # nothing inline: the CSP forbids it
    assert response.headers["Cache-Control"] == "no-cache"


async def test_over_page_explains_choices_and_what_is_kept(make_client, settings):
    client = await make_client()
    response = await client.get("/over")
    html = " ".join((await response.text()).split())
    assert response.status == 200
    for words in ("Eerst veiligheid", "basisvorm", "tikfout", "Algoritmeregister", "Wat wordt bewaard",
                  "IP-adres", "cookies", "de dag", "Gesprek wissen"):
        assert words in html, words
    assert f"minstens {round(settings.match.answer_threshold * 100)} procent" in html
    assert f"lager dan {round(settings.match.clarify_threshold * 100)} procent" in html
    assert f"hoogstens {settings.rate_limit} vragen per minuut" in html


async def test_over_names_the_language_model_and_says_it_in_six_languages(make_client, shipped_assistant):
    client = await make_client()
    html = " ".join((await (await client.get("/over")).text()).split())
    assert "multilingual-e5-small" in html and "taalmodel" in html
    for code, pack in shipped_assistant.kb.languages.items():
        assert f'lang="{code}" dir="{pack.direction}"' in html
        assert " ".join(pack.general["about"].text.split()).replace("'", "&#39;") in html
    assert 'lang="ar" dir="rtl"' in html


async def test_healthz(make_client):
    client = await make_client()
    response = await client.get("/healthz")
    assert response.status == 200 and await response.json() == {"status": "ok"}


async def test_widget_is_small_javascript_with_cache_headers(make_client):
    client = await make_client()
    response = await client.get("/widget.js")
    body = await response.read()
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/javascript; charset=utf-8"
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert "ETag" in response.headers and "Last-Modified" in response.headers
    assert body == (REPO_ROOT / "web" / "widget.js").read_bytes()
    assert len(body) < 20_000
    assert b"innerHTML" not in body and b"insertAdjacentHTML" not in body and b"eval(" not in body


async def test_widget_revalidates_with_etag(make_client):
    client = await make_client()
    first = await client.get("/widget.js")
    again = await client.get("/widget.js", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status == 304


async def test_stylesheet_is_served_with_cache_headers(make_client):
    client = await make_client()
    response = await client.get("/static/wegwijzer.css")
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/css; charset=utf-8"
    assert response.headers["Cache-Control"] == "public, max-age=3600"


async def test_templates_are_not_served_as_files(make_client):
    client = await make_client()
    for path in ("/static/over.html", "/static/index.html", "/web/widget.js", "/static/../pyproject.toml"):
        assert (await client.get(path)).status == 404


async def test_unknown_page_is_404_in_dutch(make_client):
    client = await make_client()
    response = await client.get("/bestaat-niet")
    assert response.status == 404
    assert "Deze pagina bestaat niet" in await response.text()


async def test_wrong_method_on_a_page_is_405(make_client):
    client = await make_client()
    response = await client.post("/over")
    assert response.status == 405
    assert "Allow" in response.headers


async def test_healthz_is_degraded_with_the_reason_while_answers_go_on(make_client, tmp_path):
    from wegwijzer.stats import StatsStore

    blocked = tmp_path / "geen-map"
    blocked.write_text("een bestand waar de datamap moet komen")  # cannot be written, also as root
    store = StatsStore(blocked / "data")
    try:
        client = await make_client(stats=store, data_dir=blocked / "data")
        answer = await client.post("/api/ask", json={"question": "ik heb schulden"})
        assert answer.status == 200 and (await answer.json())["service"] == "schuldhulp"
        health = await client.get("/healthz")
        body = await health.json()
        assert health.status == 200 and body["status"] == "degraded"
        assert "statistieken kunnen niet worden opgeslagen" in body["reason"]
        page = await client.get("/beheer/login")
        form = {"csrf": page.cookies["wegwijzer_login"].value, "gebruikersnaam": "anna", "wachtwoord": "x" * 12}
        login = await client.post("/beheer/login", data=form)
        assert login.status == 503 and "chat voor inwoners werkt gewoon door" in await login.text()
    finally:
        store.close()
