"""Behind a reverse proxy: X-Forwarded-For, -Proto and -Host, believed only from trusted proxies.

The middleware runs first, so everything after it (the same-site check, the rate limit,
the staff cookie's Secure flag, /metrics) sees the real client, scheme and host through
aiohttp's own request.clone(). From any other peer the headers are ignored.
"""

from __future__ import annotations

import ipaddress
import logging
import re
from collections.abc import Iterable

from aiohttp import hdrs, web
from aiohttp.typedefs import Handler, Middleware

from wegwijzer.web.errors import error_response, is_api

log = logging.getLogger("wegwijzer.web")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_HOST = re.compile(r"(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?")


class BadForwarding(ValueError):
    """A trusted proxy sent an X-Forwarded-* header we cannot read; the value names the header."""


def ip_of(address: str | None) -> IPAddress | None:
    """The address as an ip_address (v4-mapped IPv6 as IPv4), or None if it is not one."""
    try:
        ip = ipaddress.ip_address((address or "").strip())
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


class TrustedProxies:
    """The networks of WEGWIJZER_TRUSTED_PROXIES, and what their X-Forwarded-* headers say."""

    def __init__(self, networks: Iterable[str]) -> None:
        self.networks = tuple(ipaddress.ip_network(n, strict=False) for n in networks)

    def trusts(self, address: str | None) -> bool:
        """True when the address lies in one of the trusted networks."""
        ip = ip_of(address)
        return ip is not None and any(ip in network for network in self.networks)

    def client(self, peer: str, forwarded_for: list[str]) -> str:
        """The real client: walk X-Forwarded-For from the right, past every trusted proxy.

        Only the hops we walk must be addresses: whatever a client wrote itself further
        left is never read, so it can neither spoof nor break anything."""
        client = peer
        hops = [hop for value in forwarded_for for hop in value.split(",")]
        for hop in reversed(hops):
            if not self.trusts(client):
                break
            ip = ip_of(hop)
            if ip is None:
                raise BadForwarding(hdrs.X_FORWARDED_FOR)
            client = str(ip)
        return client

    def forwarded(self, request: web.Request) -> dict[str, str]:
        """The clone() arguments for a request from a trusted proxy (empty when it sent none)."""
        changes: dict[str, str] = {}
        forwarded_for = request.headers.getall(hdrs.X_FORWARDED_FOR, [])
        if forwarded_for:
            changes["remote"] = self.client(request.remote or "", forwarded_for)
        proto = _last(request, hdrs.X_FORWARDED_PROTO)
        if proto is not None:
            if proto.lower() not in ("http", "https"):
                raise BadForwarding(hdrs.X_FORWARDED_PROTO)
            changes["scheme"] = proto.lower()
        host = _last(request, hdrs.X_FORWARDED_HOST)
        if host is not None:
            if not _HOST.fullmatch(host):
                raise BadForwarding(hdrs.X_FORWARDED_HOST)
            changes["host"] = host
        return changes


def _last(request: web.Request, name: str) -> str | None:
    """The right-most value of a header: the one the nearest proxy wrote."""
    values = request.headers.getall(name, [])
    return values[-1].rpartition(",")[2].strip() if values else None


def proxy_middleware(trusted: TrustedProxies) -> Middleware:
    """The first middleware: from a trusted proxy, the request as the client made it."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        # request.remote is still the direct peer here: nothing before us rewrote it.
        if not trusted.networks or not trusted.trusts(request.remote):
            return await handler(request)
        try:
            changes = trusted.forwarded(request)
        except BadForwarding as exc:
            log.warning("proxy stuurde een ongeldige kop %s; verzoek geweigerd", exc)
            return _refused(request, str(exc))
        return await handler(request.clone(**changes) if changes else request)

    return middleware


def _refused(request: web.Request, header: str) -> web.Response:
    message = f"Dit verzoek kan niet worden gelezen: de kop {header} van de proxy klopt niet."
    if is_api(request):
        return error_response(400, message)
    return web.Response(status=400, text=message)
