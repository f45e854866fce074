"""Request bodies that cannot be read become a 4xx in Dutch, never a 500.

No route takes a compressed body: browsers, the widget and Telegram send plain ones, and
decoding (gzip, deflate, br, zstd) is only more to get wrong, so create_app switches
aiohttp's automatic decoding off and every body with a content coding gets 415.
A staff form is read once, by read_form, which turns every parse error into 400.
"""

from __future__ import annotations

from aiohttp import hdrs, web
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.typedefs import Handler
from multidict import MultiDictProxy

from wegwijzer.web.errors import ApiError, is_api

NOT_ENCODED = {"Accept-Encoding": "identity"}
ENCODED = "Stuur uw bericht zonder compressie (zonder de kop Content-Encoding)."
BAD_FORM = "Dit formulier kon niet worden gelezen. Laad de pagina opnieuw en probeer het nog eens."
# What aiohttp raises on a body it cannot read, found by fuzzing: bad UTF-8 (a ValueError),
# an unknown charset (LookupError), multipart without boundary or field name (ValueError),
# a broken part header (an HttpProcessingError), a broken body stream (RequestPayloadError).
UNREADABLE = (ValueError, LookupError, HttpProcessingError, web.RequestPayloadError)


def is_encoded(request: web.Request) -> bool:
    """True when the body carries a content coding other than identity."""
    coding = request.headers.get(hdrs.CONTENT_ENCODING, "").strip().lower()
    return request.body_exists and coding not in ("", "identity")


@web.middleware
async def refuse_encoded_bodies(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A compressed (or otherwise encoded) body: 415 with Accept-Encoding: identity."""
    if not is_encoded(request):
        return await handler(request)
    if is_api(request):
        raise ApiError(415, ENCODED, NOT_ENCODED)
    raise web.HTTPUnsupportedMediaType(text=ENCODED, headers=NOT_ENCODED)


async def read_form(request: web.Request) -> MultiDictProxy[str | bytes | web.FileField]:
    """The form fields of a POST, or 400 with a short Dutch sentence when it cannot be read."""
    if is_encoded(request):  # also on an app without refuse_encoded_bodies
        raise web.HTTPUnsupportedMediaType(text=ENCODED, headers=NOT_ENCODED)
    try:
        return await request.post()
    except UNREADABLE:
        raise web.HTTPBadRequest(text=BAD_FORM) from None
