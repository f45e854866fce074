"""Security headers, CORS for /api/ (allowed origins plus same-origin), and the rate limit."""

from __future__ import annotations

import pytest

MUNICIPALITY = "https://www.leiderdorp.nl"
OTHER = "https://evil.example"
QUESTION = {"question": "ik heb schulden"}


async def test_pages_have_a_strict_content_security_policy(make_client):
    client = await make_client()
    for path in ("/", "/over"):
        response = await client.get(path)
        assert response.status == 200
        csp = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "frame-ancestors 'self'" in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert response.headers["X-Frame-Options"] == "SAMEORIGIN"


async def test_server_header_does_not_name_versions(make_client):
    client = await make_client()
    response = await client.get("/healthz")
    assert response.headers["Server"] == "Wegwijzer"


async def test_allowed_origins_may_frame_the_chat_page(make_client):
    client = await make_client(allowed_origins=(MUNICIPALITY, "https://bad;script-src *"))
    response = await client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert f"frame-ancestors 'self' {MUNICIPALITY}" in csp
    assert "bad" not in csp  # a malformed origin cannot inject into the policy
    assert "X-Frame-Options" not in response.headers


@pytest.mark.parametrize("method, path", [("GET", "/healthz"), ("GET", "/widget.js"),
                                          ("POST", "/api/ask"), ("GET", "/nergens")])
async def test_every_response_has_nosniff_and_referrer_policy(make_client, method, path):
    client = await make_client()
    response = await client.request(method, path, json=QUESTION)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


async def test_allowed_origin_gets_cors_headers(make_client):
    client = await make_client(allowed_origins=(MUNICIPALITY,))
    response = await client.post("/api/ask", json=QUESTION, headers={"Origin": MUNICIPALITY})
    assert response.status == 200
    assert response.headers["Access-Control-Allow-Origin"] == MUNICIPALITY
    assert "Origin" in response.headers.getall("Vary")
    assert "Access-Control-Allow-Credentials" not in response.headers


async def test_allowed_origin_sees_error_bodies_too(make_client):
    client = await make_client(allowed_origins=(MUNICIPALITY,))
    response = await client.post("/api/ask", json={"question": ""}, headers={"Origin": MUNICIPALITY})
    assert response.status == 400
    assert response.headers["Access-Control-Allow-Origin"] == MUNICIPALITY


async def test_other_origin_is_refused_in_dutch_without_cors_headers(make_client):
    client = await make_client(allowed_origins=(MUNICIPALITY,))
    for method, path in (("POST", "/api/ask"), ("GET", "/api/welcome"), ("POST", "/api/feedback")):
        response = await client.request(method, path, json=QUESTION, headers={"Origin": OTHER})
        assert response.status == 403
        assert "mag de Wegwijzer niet gebruiken" in (await response.json())["error"]
        assert "Access-Control-Allow-Origin" not in response.headers


async def test_null_origin_is_refused(make_client):
    client = await make_client(allowed_origins=(MUNICIPALITY,))
    response = await client.post("/api/ask", json=QUESTION, headers={"Origin": "null"})
    assert response.status == 403


async def test_same_origin_is_always_allowed(make_client):
    client = await make_client()
    origin = f"http://127.0.0.1:{client.port}"
    response = await client.post("/api/ask", json=QUESTION, headers={"Origin": origin})
    assert response.status == 200


async def test_no_origin_header_is_not_a_browser_and_is_allowed(make_client):
    client = await make_client()
    assert (await client.post("/api/ask", json=QUESTION)).status == 200


async def test_preflight_from_allowed_origin(make_client):
    client = await make_client(allowed_origins=(MUNICIPALITY,))
    response = await client.options("/api/ask", headers={
        "Origin": MUNICIPALITY, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert response.status == 204
    assert response.headers["Access-Control-Allow-Origin"] == MUNICIPALITY
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert response.headers["Access-Control-Allow-Headers"].lower() == "content-type"


async def test_preflight_from_other_origin_is_403(make_client):
    client = await make_client(allowed_origins=(MUNICIPALITY,))
    response = await client.options("/api/ask", headers={
        "Origin": OTHER, "Access-Control-Request-Method": "POST"})
    assert response.status == 403
    assert "Access-Control-Allow-Origin" not in response.headers
    assert (await response.json())["error"]


async def test_pages_and_widget_have_no_cors_restriction(make_client):
    client = await make_client()
    response = await client.get("/widget.js", headers={"Origin": OTHER})
    assert response.status == 200  # a <script src> may load it from any site


async def test_rate_limit_answers_429_in_dutch_with_retry_after(make_client):
    client = await make_client(rate_limit=3)
    for _ in range(3):
        answer = await client.post("/api/ask", json=QUESTION)
        assert answer.status == 200
    token = (await answer.json())["feedback_token"]
    response = await client.post("/api/ask", json=QUESTION)
    assert response.status == 429
    assert "Wacht" in (await response.json())["error"]
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    # Choosing a service counts as a question too; feedback has its own budget.
    assert (await client.post("/api/choose", json={"service": "cjg"})).status == 429
    assert (await client.post("/api/feedback", json={"service": "schuldhulp", "useful": True,
                                                     "feedback_token": token})).status == 204
    assert (await client.get("/healthz")).status == 200


async def test_rate_limit_zero_is_off(make_client):
    client = await make_client(rate_limit=0)
    for _ in range(30):
        assert (await client.post("/api/ask", json=QUESTION)).status == 200


async def test_rate_limited_answer_keeps_cors_for_allowed_origin(make_client):
    client = await make_client(rate_limit=1, allowed_origins=(MUNICIPALITY,))
    headers = {"Origin": MUNICIPALITY}
    await client.post("/api/ask", json=QUESTION, headers=headers)
    response = await client.post("/api/ask", json=QUESTION, headers=headers)
    assert response.status == 429
    assert response.headers["Access-Control-Allow-Origin"] == MUNICIPALITY
