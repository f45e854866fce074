"""Bodies that cannot be read (a content coding, a broken form) get 4xx in Dutch, never 500."""

from __future__ import annotations

import gzip
import re

import pytest

PASSWORD = "een-lang-beheerwachtwoord"
JSON = {"Content-Type": "application/json"}
FORM = "application/x-www-form-urlencoded"


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


@pytest.mark.parametrize("path", ["/api/ask", "/api/choose", "/api/feedback"])
@pytest.mark.parametrize("coding, body", [
    ("gzip", b"dit is geen gzip"), ("deflate", b"dit is geen deflate"), ("br", b"geen brotli"),
    ("zstd", b"geen zstd"), ("x-onbekend", b'{"question": "ik heb schulden"}'),
    ("gzip", gzip.compress(b'{"question": "ik heb schulden"}')),  # valid, but still not taken
])
async def test_an_encoded_api_body_is_415_in_dutch_json(make_client, path, coding, body):
    client = await make_client(rate_limit=0)
    response = await client.post(path, data=body, headers={**JSON, "Content-Encoding": coding})
    assert response.status == 415
    assert response.headers["Accept-Encoding"] == "identity"
    assert "zonder compressie" in (await response.json())["error"]


async def test_identity_coding_is_a_plain_body(make_client):
    client = await make_client()
    response = await client.post("/api/ask", data=b'{"question": "ik heb schulden"}',
                                 headers={**JSON, "Content-Encoding": "identity"})
    assert response.status == 200


@pytest.mark.parametrize("path", ["/beheer/login", "/beheer/uitloggen"])
async def test_an_encoded_form_is_415_in_dutch(make_client, path):
    client = await make_client(admin_password=PASSWORD)
    response = await client.post(path, data=b"\x1f\x8bxx", allow_redirects=False,
                                 headers={"Content-Type": FORM, "Content-Encoding": "gzip"})
    assert response.status == 415 and "zonder compressie" in await response.text()


@pytest.mark.parametrize("path", ["/beheer/login", "/beheer/uitloggen"])
@pytest.mark.parametrize("content_type, body", [
    (FORM, b"csrf=x&wachtwoord=\xff\xfe"),  # not UTF-8
    (FORM + "; charset=bogus", b"csrf=x&wachtwoord=a"),
    ("multipart/form-data", b"csrf=x"),  # no boundary
    ("multipart/form-data; boundary=b", b"--b\r\nkapot"),
    ("multipart/form-data; boundary=b", b"--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--\r\n"),
])
async def test_a_form_that_cannot_be_read_is_400_in_dutch(make_client, path, content_type, body):
    client = await make_client(admin_password=PASSWORD)
    await client.get("/beheer/login")  # with a session: the form is read before the CSRF check
    response = await client.post(path, data=body, headers={"Content-Type": content_type},
                                 allow_redirects=False)
    assert response.status == 400
    assert "formulier" in await response.text()


async def test_a_good_login_still_works(make_client):
    client = await make_client(admin_password=PASSWORD)
    page = await client.get("/beheer/login")
    response = await client.post("/beheer/login", data={"csrf": csrf_of(await page.text()), "gebruikersnaam": "beheer",
                                                         "wachtwoord": PASSWORD}, allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/beheer/"
