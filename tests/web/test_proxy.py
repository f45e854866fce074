"""X-Forwarded-* believed only from trusted proxies: the rate limit, the same-site check and
the staff cookie follow the real client, scheme and host. The test client connects from
127.0.0.1, so trusting 127.0.0.1 makes it a proxy. (A real nginx: test_proxy_nginx.py.)"""

from __future__ import annotations

import pytest

from wegwijzer.web.proxy import TrustedProxies

QUESTION = {"question": "ik heb schulden"}
LOCAL = ("127.0.0.1/32",)
ELSEWHERE = ("10.0.0.0/8", "fd00::/8")


async def asks(client, n: int, headers: dict[str, str]) -> list[int]:
    statuses = []
    for _ in range(n):
        async with client.post("/api/ask", json=QUESTION, headers=headers) as response:
            statuses.append(response.status)
    return statuses


async def test_clients_behind_a_trusted_proxy_each_get_their_own_limit(make_client):
    client = await make_client(rate_limit=2, trusted_proxies=LOCAL)
    first = {"X-Forwarded-For": "203.0.113.1"}
    assert await asks(client, 3, first) == [200, 200, 429]
    assert await asks(client, 2, {"X-Forwarded-For": "203.0.113.2"}) == [200, 200]
    # A client's own X-Forwarded-For is left of what the proxy appended: never read.
    assert await asks(client, 1, {"X-Forwarded-For": "198.51.100.9, 203.0.113.1"}) == [429]


async def test_an_untrusted_peer_cannot_dodge_the_limit_with_x_forwarded_for(make_client):
    client = await make_client(rate_limit=2, trusted_proxies=ELSEWHERE)
    statuses = [(await asks(client, 1, {"X-Forwarded-For": f"203.0.113.{i}"}))[0] for i in range(3)]
    assert statuses == [200, 200, 429]


async def test_ipv6_clients_are_counted_per_64(make_client):
    client = await make_client(rate_limit=1, trusted_proxies=LOCAL)
    assert await asks(client, 1, {"X-Forwarded-For": "2001:db8:1:2::1"}) == [200]
    assert await asks(client, 1, {"X-Forwarded-For": "2001:db8:1:2:ffff::9"}) == [429]  # same /64
    assert await asks(client, 1, {"X-Forwarded-For": "2001:db8:1:3::1"}) == [200]  # another /64
    assert await asks(client, 1, {"X-Forwarded-For": "::ffff:192.0.2.7"}) == [200]
    assert await asks(client, 1, {"X-Forwarded-For": "192.0.2.7"}) == [429]  # v4-mapped is IPv4


async def test_a_chain_of_trusted_proxies_is_walked_from_the_right(make_client):
    client = await make_client(rate_limit=1, trusted_proxies=LOCAL + ("10.0.0.0/8",))
    assert await asks(client, 1, {"X-Forwarded-For": "203.0.113.5, 10.1.2.3"}) == [200]
    assert await asks(client, 1, {"X-Forwarded-For": "203.0.113.5"}) == [429]  # the same client


async def test_same_site_post_behind_a_proxy_that_rewrites_host(make_client):
    # nginx's default: Host is the upstream's (127.0.0.1:port), the browser's host in X-Forwarded-Host.
    headers = {"Origin": "https://gemeente.example", "X-Forwarded-Host": "gemeente.example",
               "X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.1"}
    trusted = await make_client(trusted_proxies=LOCAL)
    assert await asks(trusted, 1, headers) == [200]
    untrusted = await make_client(trusted_proxies=ELSEWHERE)
    assert await asks(untrusted, 1, headers) == [403]  # from anyone else: the header is ignored


@pytest.mark.parametrize("proto, secure", [("https", True), ("http", False)])
async def test_staff_cookie_is_secure_when_the_proxy_says_https(make_client, proto, secure):
    client = await make_client(trusted_proxies=LOCAL)
    response = await client.get("/beheer/login", headers={"X-Forwarded-Proto": proto})
    assert response.status == 200
    cookie = response.headers["Set-Cookie"]
    assert ("Secure" in cookie) is secure


async def test_an_untrusted_peer_cannot_claim_https(make_client):
    client = await make_client(trusted_proxies=ELSEWHERE)
    response = await client.get("/beheer/login", headers={"X-Forwarded-Proto": "https"})
    assert "Secure" not in response.headers["Set-Cookie"]


@pytest.mark.parametrize("header, value", [("X-Forwarded-For", "niet-een-adres"),
                                           ("X-Forwarded-For", "203.0.113.1,,"),
                                           ("X-Forwarded-Proto", "gopher"),
                                           ("X-Forwarded-Host", "evil.example/pad"),
                                           ("X-Forwarded-Host", "a b")])
async def test_malformed_headers_from_a_trusted_proxy_get_400_in_dutch(make_client, header, value):
    client = await make_client(trusted_proxies=LOCAL)
    response = await client.post("/api/ask", json=QUESTION, headers={header: value})
    assert response.status == 400
    assert header in (await response.json())["error"]
    page = await client.get("/", headers={header: value})
    assert page.status == 400 and "klopt niet" in await page.text()


async def test_malformed_headers_from_an_untrusted_peer_are_ignored(make_client):
    client = await make_client(trusted_proxies=ELSEWHERE)
    response = await client.post("/api/ask", json=QUESTION,
                                 headers={"X-Forwarded-For": "onzin", "X-Forwarded-Proto": "gopher"})
    assert response.status == 200


async def test_garbage_left_of_the_real_client_is_not_read(make_client):
    client = await make_client(trusted_proxies=LOCAL)
    response = await client.post("/api/ask", json=QUESTION, headers={"X-Forwarded-For": "onzin, 203.0.113.8"})
    assert response.status == 200


def test_the_walk_stops_at_the_first_untrusted_address():
    proxies = TrustedProxies(["10.0.0.0/8", "::1/128"])
    assert proxies.client("10.0.0.1", ["1.2.3.4, 5.6.7.8, 10.9.9.9"]) == "5.6.7.8"
    assert proxies.client("::1", ["10.0.0.2", "10.0.0.3"]) == "10.0.0.2"  # all trusted: the left-most
    assert proxies.client("192.0.2.1", ["onzin"]) == "192.0.2.1"  # an untrusted peer: nothing read
    assert proxies.trusts("::ffff:10.1.1.1") and not proxies.trusts("11.0.0.1") and not proxies.trusts(None)
