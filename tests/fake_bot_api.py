"""A fake Telegram Bot API server on 127.0.0.1, so tests run the real PTB HTTP stack.

Usage (inside an async test):

    async with FakeBotApi() as api:                      # free port, token "123456:TEST"
        settings = Settings(telegram_token=api.token, telegram_api_base_url=api.base_url)
        async with running_bot(api, settings, assistant, stats):
            api.message("ik heb schulden")                # a resident writes to the bot
            sent = await api.wait_for("sendMessage")      # what the bot sent, with its parameters
            api.press(sent[0], "c:schuldhulp")            # press an inline button on that message

Incoming updates: `message`, `group_message`, `media` (photo, voice, sticker, document,
video, location), `press` (callback query), `edit` (edited message), `enqueue` (raw).
Outgoing: `requests` (every call, in order), `calls(method)`, `sent_texts()`, `wait_for`.
Failures: `fail_next(method, times, retry_after=1)` answers with 429 flood control;
`fail_next_with(...)` with any status. A wrong token gets 401 Unauthorized.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import socket
import time
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Callable

from aiohttp import web

TOKEN = "123456:TEST"
PRIVATE_CHAT = 4242
GROUP_CHAT = -100777
RESIDENT = {"id": 4242, "is_bot": False, "first_name": "Inwoner", "language_code": "nl"}

# Parameters PTB sends as plain strings; everything else is JSON-encoded (numbers, markup).
_STRING_PARAMS = {"text", "caption", "callback_query_id", "url", "secret_token", "description",
                  "short_description", "language_code", "inline_message_id", "query", "name"}
_MEDIA = {
    "photo": [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}],
    "voice": {"file_id": "v1", "file_unique_id": "u2", "duration": 3},
    "sticker": {"file_id": "s1", "file_unique_id": "u3", "type": "regular", "width": 512,
                "height": 512, "is_animated": False, "is_video": False},
    "document": {"file_id": "d1", "file_unique_id": "u4", "file_name": "brief.pdf"},
    "video": {"file_id": "m1", "file_unique_id": "u5", "width": 9, "height": 9, "duration": 1},
    "location": {"latitude": 52.18, "longitude": 4.54},
}


@dataclass
class ApiCall:
    """One request the bot made: the method name, its decoded parameters, and the token."""

    method: str
    params: dict[str, Any]
    token: str
    status: int = 200
    at: float = field(default_factory=time.monotonic)


@dataclass
class _Failure:
    times: int
    status: int
    description: str
    parameters: dict[str, Any] | None


class FakeBotApi:
    """An aiohttp app that speaks enough of the Bot API for a polling or webhook bot."""

    def __init__(self, token: str = TOKEN, username: str = "wegwijzer_test_bot",
                 bot_id: int = 999000) -> None:
        self.token = token
        self.bot_user = {"id": bot_id, "is_bot": True, "first_name": "Wegwijzer",
                         "username": username, "can_join_groups": True,
                         "can_read_all_group_messages": False, "supports_inline_queries": False}
        self.requests: list[ApiCall] = []
        self._markups: dict[Any, dict[str, Any]] = {}  # message id -> its inline keyboard
        self.port = 0
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._failures: dict[str, list[_Failure]] = {}
        self._changed = asyncio.Event()  # replaced by a fresh one on every change
        self._closing = False
        self._runner: web.AppRunner | None = None
        self.app = web.Application()
        self.app.router.add_post("/bot{token}/{method}", self._handle)

    # -- life cycle -------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        """The Bot API base URL as PTB's `base_url` wants it (ends in /bot)."""
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> "FakeBotApi":
        """Listen on a free port of 127.0.0.1."""
        self._runner = web.AppRunner(self.app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        return self

    async def close(self) -> None:
        """Wake any long poll and stop listening."""
        self._closing = True
        self._bump()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> "FakeBotApi":
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- incoming updates (what residents do) -------------------------------------------
    def enqueue(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update of this kind ("message", "callback_query", ...) for getUpdates."""
        update = {"update_id": next(self._update_ids), kind: payload}
        self._updates.append(update)
        self._bump()
        return update

    def message(self, text: str, *, chat_id: int = PRIVATE_CHAT, chat_type: str = "private",
                reply_to_bot: bool = False, user: dict[str, Any] | None = None) -> dict[str, Any]:
        """A text message; commands and @mentions get their entities as Telegram sets them."""
        msg = self._message(chat_id, chat_type, user, text=text)
        entities = _entities(text)
        if entities:
            msg["entities"] = entities
        if reply_to_bot:
            msg["reply_to_message"] = {**self._message(chat_id, chat_type, self.bot_user),
                                       "text": "Eerder antwoord"}
        self.enqueue("message", msg)
        return msg

    def group_message(self, text: str, **kwargs: Any) -> dict[str, Any]:
        """A text message in a supergroup."""
        return self.message(text, chat_id=GROUP_CHAT, chat_type="supergroup", **kwargs)

    def media(self, kind: str, *, chat_id: int = PRIVATE_CHAT,
              chat_type: str = "private") -> dict[str, Any]:
        """A message without text: photo, voice, sticker, document, video or location."""
        msg = self._message(chat_id, chat_type, None, **{kind: _MEDIA[kind]})
        self.enqueue("message", msg)
        return msg

    def edit(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        """The resident edits an earlier text message."""
        edited = {**message, "text": text, "edit_date": int(time.time())}
        edited.pop("entities", None)
        if _entities(text):
            edited["entities"] = _entities(text)
        self.enqueue("edited_message", edited)
        return edited

    def press(self, bot_message: dict[str, Any], data: str,
              user: dict[str, Any] | None = None) -> str:
        """Press an inline button on a message the bot sent (as returned by `wait_for`)."""
        query_id = f"cq{next(self._update_ids)}"
        chat = {"id": bot_message["chat_id"], "type": bot_message.get("_chat_type", "private")}
        message = {"message_id": bot_message["_message_id"], "date": int(time.time()),
                   "chat": chat, "from": self.bot_user, "text": bot_message.get("text", "")}
        markup = self._markups.get(bot_message["_message_id"])
        if markup is not None:  # as Telegram: the message's keyboard as it is now
            message["reply_markup"] = markup
        self.enqueue("callback_query", {"id": query_id, "from": user or RESIDENT,
                                        "chat_instance": "ci1", "data": data,
                                        "message": message})
        return query_id

    def _message(self, chat_id: int, chat_type: str, user: dict[str, Any] | None,
                 **content: Any) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = RESIDENT["first_name"]
        else:
            chat["title"] = "Buurtgroep"
        return {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat,
                "from": user or RESIDENT, **content}

    # -- what the bot sent ----------------------------------------------------------------
    def calls(self, method: str, failed: bool = False) -> list[dict[str, Any]]:
        """The parameters of every successful call of `method` (or every call), in order."""
        return [c.params for c in self.requests
                if c.method == method and (failed or c.status == 200)]

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        """The texts of every sendMessage (optionally to one chat), in order."""
        return [p["text"] for p in self.calls("sendMessage")
                if chat_id is None or p.get("chat_id") == chat_id]

    async def wait_for(self, method: str, count: int = 1, timeout: float = 10.0,
                       where: Callable[[dict[str, Any]], bool] | None = None
                       ) -> list[dict[str, Any]]:
        """Wait until `method` succeeded `count` times (matching `where`); return those calls."""
        def matching() -> list[dict[str, Any]]:
            return [p for p in self.calls(method) if where is None or where(p)]

        await self._wait(lambda: len(matching()) >= count, timeout)
        return matching()

    # -- injected failures -------------------------------------------------------------
    def fail_next(self, method: str, times: int = 1, retry_after: int = 1) -> None:
        """Answer the next `times` calls of `method` with 429 flood control."""
        self.fail_next_with(method, times, 429, f"Too Many Requests: retry after {retry_after}",
                            {"retry_after": retry_after})

    def fail_next_with(self, method: str, times: int, status: int, description: str,
                       parameters: dict[str, Any] | None = None) -> None:
        """Answer the next `times` calls of `method` with this error status."""
        self._failures.setdefault(method, []).append(
            _Failure(times, status, description, parameters))

    # -- the HTTP side ---------------------------------------------------------------------
    def _bump(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait(self, predicate: Callable[[], bool], timeout: float) -> None:
        """Wait until predicate() holds; TimeoutError after `timeout` seconds."""
        async with asyncio.timeout(timeout):
            while not predicate():
                await self._changed.wait()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _decode(request)
        call = ApiCall(method, params, request.match_info["token"])
        self.requests.append(call)
        self._bump()
        if call.token != self.token:
            call.status = 401
            return _error(401, "Unauthorized")
        failure = self._take_failure(method)
        if failure is not None:
            call.status = failure.status
            return _error(failure.status, failure.description, failure.parameters)
        if method == "getUpdates":
            return _ok(await self._get_updates(params))
        result = self._result(method, params)
        self._bump()
        return _ok(result)

    def _take_failure(self, method: str) -> _Failure | None:
        queue = self._failures.get(method)
        if not queue:
            return None
        failure = queue[0]
        failure.times -= 1
        if failure.times <= 0:
            queue.pop(0)
        return failure

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        timeout = float(params.get("timeout") or 0)
        with contextlib.suppress(TimeoutError):
            await self._wait(lambda: bool(self._updates) or self._closing, timeout)
        return [] if self._closing else list(self._updates)

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return self.bot_user
        if method.startswith("send") and method != "sendChatAction":
            return self._record_sent(params)
        if method.startswith("edit") and "chat_id" in params:
            self._remember_markup(params.get("message_id"), params)
            return {"message_id": params.get("message_id"), "date": int(time.time()),
                    "chat": {"id": params["chat_id"], "type": "private"},
                    "from": self.bot_user, "text": params.get("text", "")}
        return True

    def _record_sent(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = params.get("chat_id")
        message_id = next(self._message_ids)
        # Remember the ids on the recorded params, so tests can press buttons on them.
        params["_message_id"] = message_id
        params["_chat_type"] = "private" if isinstance(chat_id, int) and chat_id > 0 else "supergroup"
        message: dict[str, Any] = {"message_id": message_id, "date": int(time.time()),
                                   "chat": {"id": chat_id, "type": params["_chat_type"]},
                                   "from": self.bot_user}
        if "text" in params:
            message["text"] = params["text"]
        if isinstance(params.get("reply_markup"), dict):
            message["reply_markup"] = params["reply_markup"]
        self._remember_markup(message_id, params)
        return message

    def _remember_markup(self, message_id: Any, params: dict[str, Any]) -> None:
        """The inline keyboard a message has now (an edit without one removes it)."""
        if isinstance(params.get("reply_markup"), dict):
            self._markups[message_id] = params["reply_markup"]
        else:
            self._markups.pop(message_id, None)


def buttons(sent: dict[str, Any]) -> list[tuple[str, str]]:
    """The inline buttons of a sent message as (text, callback_data) pairs, row by row."""
    markup = sent.get("reply_markup") or {}
    return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", [])
            for b in row]


def _entities(text: str) -> list[dict[str, Any]]:
    """Entities as Telegram marks them: a leading /command and @mentions (UTF-16 offsets)."""
    entities = []
    offset = 0
    for word in text.split(" "):
        length = len(word.encode("utf-16-le")) // 2
        if word.startswith("/") and offset == 0 and len(word) > 1:
            entities.append({"type": "bot_command", "offset": 0, "length": length})
        elif word.startswith("@") and len(word) > 1:
            entities.append({"type": "mention", "offset": offset, "length": length})
        offset += length + 1
    return entities


async def _decode(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        return dict(await request.json())
    form = await request.post()
    params: dict[str, Any] = {}
    for key, value in form.items():
        if not isinstance(value, str) or key in _STRING_PARAMS:
            params[key] = value if isinstance(value, str) else "<file>"
            continue
        try:
            params[key] = json.loads(value)
        except ValueError:
            params[key] = value
    return params


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(status: int, description: str,
           parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


@contextlib.asynccontextmanager
async def running_bot(api: FakeBotApi, settings: Any, assistant: Any,
                      stats: Any = None) -> AsyncIterator[Any]:
    """Run the real Wegwijzer bot (PTB Application, long polling) against `api`."""
    from wegwijzer.telegram import build_application, register_commands

    application = build_application(settings, assistant, stats)
    async with application:  # initialize (getMe) ... shutdown
        await register_commands(application)
        await application.start()
        await application.updater.start_polling(poll_interval=0.0, timeout=5)
        try:
            yield application
        finally:
            async with asyncio.timeout(15):  # a hard limit, so a broken stop fails instead of hanging
                await application.updater.stop()
                await application.stop()
