"""Schemathesis against the live /api/openapi.json: no 5xx, and every response fits the schema.
The staff forms and the Telegram webhook, which the API description leaves out, are fuzzed
from a small description of their own: there only "no 5xx" is checked.

The real app (create_app, its middlewares and connection limits) runs on 127.0.0.1 in its
own thread, with the rate limit off and the statistics store in this test's tmp_path.
Each operation is tried with data that fits its schema and with data that does not;
Hypothesis is derandomised (a fixed seed), so CI runs the same examples every time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_headers_conformance,
                                               response_schema_conformance, status_code_conformance)

from tests.conftest import WEBHOOK_SECRET, LiveServer
from wegwijzer.assistant import Assistant
from wegwijzer.settings import Settings
from wegwijzer.stats import open_store
from wegwijzer.telegram.webhook import SECRET_HEADER
from wegwijzer.web import create_app

EXAMPLES = 100  # per operation and generation mode
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance]
OPERATIONS = {"POST /api/ask", "POST /api/choose", "POST /api/feedback", "GET /api/welcome", "GET /healthz"}


@pytest.fixture
def api_url(tmp_path: Path, shipped_assistant: Assistant,
            live_server: Callable[..., LiveServer]) -> Iterator[str]:
    """The base URL of the real app with a fresh data dir and no rate limit."""
    settings = Settings.from_env({"WEGWIJZER_DATA_DIR": str(tmp_path / "data"), "WEGWIJZER_RATE_LIMIT": "0"})
    stats = open_store(settings)
    try:
        yield live_server(create_app(settings, shipped_assistant, stats)).url
    finally:
        stats.close()


def run_operation(operation: schemathesis.APIOperation, mode: GenerationMode, base_url: str,
                  session: requests.Session, statuses: Counter[int], checks: list[Any] = CHECKS,
                  examples: int = EXAMPLES) -> None:
    """Generated cases of one mode against one operation, every check on each."""

    @hypothesis_settings(max_examples=examples, derandomize=True, database=None, deadline=None,
                         suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case: schemathesis.Case) -> None:
        response = case.call_and_validate(base_url=base_url, session=session, checks=checks)
        statuses[response.status_code] += 1

    check()


def test_every_operation_answers_within_its_schema(api_url: str) -> None:
    schema = schemathesis.openapi.from_url(f"{api_url}/api/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} == OPERATIONS
    statuses: Counter[int] = Counter()
    with requests.Session() as session:
        for operation in operations:
            # Only a request body can be wrong: the GETs take no parameters at all.
            modes = [GenerationMode.POSITIVE] + [GenerationMode.NEGATIVE] * bool(len(operation.body))
            for mode in modes:
                run_operation(operation, mode, api_url, session, statuses)
    # The positive cases got real answers. Generated feedback never counts (a made-up service
    # is unknown, a made-up feedback_token is not signed here): test_web_api covers the 204.
    assert statuses[200] > 0
    assert any(400 <= status < 500 for status in statuses)  # the negative cases were refused
    assert not any(status >= 500 for status in statuses)


_FORM = {"type": "object", "properties": {"csrf": {"type": "string"}, "gebruikersnaam": {"type": "string"},
                                          "wachtwoord": {"type": "string"}}}
_FORM_BODY = {"required": True, "content": {"application/x-www-form-urlencoded": {"schema": _FORM},
                                            "multipart/form-data": {"schema": _FORM}}}
_CHAT = {"type": "object", "properties": {"id": {"type": "integer"}, "type": {"type": "string"}}}
_MESSAGE = {"type": "object", "properties": {"message_id": {"type": "integer"}, "date": {"type": "integer"},
                                             "chat": _CHAT, "text": {"type": "string"}}}
_UPDATE = {"type": "object", "required": ["update_id"], "properties": {
    "update_id": {"type": "integer"}, "message": _MESSAGE,
    "callback_query": {"type": "object", "properties": {"id": {"type": "string"}, "data": {"type": "string"},
                                                        "message": _MESSAGE}}}}
_ANY = {"default": {"description": "Alles onder 500."}}
FORMS_AND_WEBHOOK = {
    "openapi": "3.1.0",
    "info": {"title": "Beheerformulieren en Telegram-webhook (alleen voor deze test)", "version": "1"},
    "paths": {
        "/beheer/login": {"post": {"requestBody": _FORM_BODY, "responses": _ANY}},
        "/beheer/uitloggen": {"post": {"requestBody": _FORM_BODY, "responses": _ANY}},
        "/telegram": {"post": {
            "parameters": [{"name": SECRET_HEADER, "in": "header", "required": True,
                            "schema": {"type": "string", "enum": [WEBHOOK_SECRET]}}],
            "requestBody": {"required": True, "content": {"application/json": {"schema": _UPDATE}}},
            "responses": _ANY}},
    },
}


def test_staff_forms_and_webhook_never_answer_5xx(full_app: LiveServer) -> None:
    schema = schemathesis.openapi.from_dict(FORMS_AND_WEBHOOK)
    statuses: Counter[int] = Counter()
    with requests.Session() as session:
        for result in schema.get_all_operations():
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                run_operation(result.ok(), mode, full_app.url, session, statuses,
                              checks=[not_a_server_error], examples=25)
    assert not any(status >= 500 for status in statuses)
    assert statuses[403] > 0 and statuses[200] + statuses[400] > 0, statuses
