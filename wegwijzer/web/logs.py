"""Logging for `wegwijzer serve`: one line per event, as text or JSON (WEGWIJZER_LOG_FORMAT).

Never question text, names or addresses: aiohttp's access log is off (serve), and its one
line with a client's address is rewritten by BadRequestLogFilter.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import TextIO

from wegwijzer.settings import Settings

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class BadRequestLogFilter(logging.Filter):
    """aiohttp logs a malformed request (head too large, not HTTP) with the client's address
    and a traceback; keep one short line without the address, so abuse cannot flood the log
    with addresses."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite 'Error handling request from <address>' records in place."""
        if str(record.msg).startswith("Error handling request"):
            problem = type(record.exc_info[1]).__name__ if record.exc_info else "onbekend"
            record.msg, record.args = "verzoek geweigerd: %s", (problem,)
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


class OneLineFormatter(logging.Formatter):
    """The text format, a traceback included, on one line (a log line is one event)."""

    def format(self, record: logging.LogRecord) -> str:
        """The usual text, its line breaks written as \\n."""
        return super().format(record).replace("\n", "\\n")


class JsonFormatter(logging.Formatter):
    """Every record as one JSON object: time, level, logger, message (and a traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        """One line of JSON."""
        line = {"time": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds"),
                "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


def setup_logging(settings: Settings, stream: TextIO | None = None) -> logging.Handler:
    """Send INFO and up to stderr (or `stream`) in settings.log_format; returns the handler."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if settings.log_format == "json" else OneLineFormatter(TEXT_FORMAT))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "wegwijzer", False)]:
        root.removeHandler(old)  # called twice (tests): one handler, not two
    handler.wegwijzer = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    server = logging.getLogger("aiohttp.server")
    if not any(isinstance(f, BadRequestLogFilter) for f in server.filters):
        server.addFilter(BadRequestLogFilter())
    logging.captureWarnings(True)  # a Python warning is one log line too, not free text on stderr
    # httpx (the Telegram webhook's client) logs every request URL at INFO: with the bot token in it.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return handler
