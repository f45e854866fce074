"""The OpenAPI 3.1 description of the API, served at /api/openapi.json."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from wegwijzer.web.api import MAX_BODY, MAX_ID, MAX_QUESTION

# At least one character that is neither white space nor a control character: the API
# strips those (str.strip) before it checks that a question or service id is not empty.
_VISIBLE = "[^\\s\\u0000-\\u001f\\u007f-\\u009f]"

_ERROR = {"$ref": "#/components/schemas/Error"}


def _errors(*statuses: int) -> dict[str, Any]:
    texts = {400: "Ongeldige JSON, geen object, of een lege vraag.",
             403: "De pagina die de vraag stuurt staat niet in WEGWIJZER_ALLOWED_ORIGINS; of (bij "
                  "/api/feedback) het feedback_token hoort niet bij deze dienst of is ouder dan een dag.",
             404: "Onbekende dienst of onbekend adres.",
             405: "Verkeerde methode; de kop Allow noemt de goede.",
             408: "Het bericht kwam te langzaam binnen (WEGWIJZER_BODY_TIMEOUT); de verbinding wordt gesloten.",
             413: f"Bericht groter dan {MAX_BODY} bytes, of een vraag langer dan {MAX_QUESTION} tekens.",
             415: "Content-Type is niet application/json, of het bericht is gecomprimeerd (Content-Encoding).",
             422: "Een veld ontbreekt of heeft het verkeerde type.",
             429: "Te veel vragen per minuut; de kop Retry-After zegt hoe lang te wachten."}
    return {str(s): {"description": texts[s],
                     "content": {"application/json": {"schema": _ERROR}}} for s in statuses}


def _post(summary: str, body: dict[str, Any], ok: dict[str, Any], *errors: int) -> dict[str, Any]:
    return {"post": {
        "summary": summary,
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "responses": {**ok, **_errors(400, 403, 405, 408, 413, 415, 422, 429, *errors)},
    }}


def _answer_ok() -> dict[str, Any]:
    return {"200": {"description": "Het antwoord.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}}}}


def _schemas() -> dict[str, Any]:
    nullable_str = {"type": ["string", "null"]}
    return {
        "Error": {"type": "object", "required": ["error"],
                  "properties": {"error": {"type": "string", "description": "Uitleg in gewoon Nederlands."}}},
        "Choice": {"type": "object", "required": ["id", "title"],
                   "properties": {"id": {"type": "string"}, "title": {"type": "string"}}},
        "Answer": {
            "type": "object",
            "required": ["question", "service", "confidence", "alternatives", "clarify", "crisis",
                         "theme", "answer"],
            "properties": {
                "question": {"type": "string"},
                "service": {**nullable_str, "description": "Id van de dienst; null als niets past of bij een keuzevraag."},
                "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                "alternatives": {"type": "array", "maxItems": 3, "items": {"type": "string"}},
                "clarify": {"type": "boolean", "description": "True: de bewoner kiest uit `choices`."},
                "crisis": {"type": "boolean", "description": "True: gevaar of zelfmoordgedachten; nummer eerst."},
                "theme": nullable_str,
                "answer": {"type": "string", "description": "Platte tekst; links als gewone URL's."},
                "outcome": {"enum": ["answered", "clarify", "fallback", "out_of_scope", "crisis", "smalltalk", "emergency"]},
                "doel": nullable_str,
                "choices": {"type": "array", "items": {"$ref": "#/components/schemas/Choice"},
                            "description": "Keuzes: bij een keuzevraag, of bij een vraag buiten het "
                                           "sociaal domein waar ook een dienst bij past."},
                "language": {"type": "string", "pattern": "^[a-z]{2}$",
                             "description": "ISO 639-1: de taal van de vraag; nl als die kort of onduidelijk is."},
                "feedback_token": {**nullable_str, "description": (
                    "Bij een antwoord over één dienst (outcome answered): stuur dit mee naar "
                    "/api/feedback. Een dag geldig; anders null.")},
            },
        },
    }


def document() -> dict[str, Any]:
    """The OpenAPI 3.1 document."""
    question = {"type": "object", "required": ["question"], "properties": {"question": {
        "type": "string", "minLength": 1, "maxLength": MAX_QUESTION, "pattern": _VISIBLE}}}
    service_id = {"type": "string", "minLength": 1, "maxLength": MAX_ID, "pattern": _VISIBLE,
                  "description": "Id van een dienst, zoals in `alternatives` of `choices`."}
    service = {"type": "object", "required": ["service"], "properties": {"service": service_id}}
    feedback = {"type": "object", "required": ["service", "useful", "feedback_token"],
                "properties": {"service": service_id, "useful": {"type": "boolean"},
                               "feedback_token": {"type": "string", "description": (
                                   "Het feedback_token uit het antwoord over deze dienst.")}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Wegwijzer API", "version": "1",
                 "description": "Waar kan ik terecht? Vragen over het sociaal domein. Er wordt geen "
                                "vraagtekst, IP-adres of cookie bewaard."},
        "paths": {
            "/api/ask": _post("Stel een vraag.", question, _answer_ok()),
            "/api/choose": _post("Kies een dienst (keuzeknop).", service, _answer_ok(), 404),
            "/api/feedback": _post("Was dit antwoord nuttig?", feedback,
                                   {"204": {"description": "Dank u wel."}}, 404),
            "/api/welcome": {"get": {"summary": "Begroeting en voorbeeldvragen.", "responses": {"200": {
                "description": "Begroeting.", "content": {"application/json": {"schema": {
                    "type": "object", "properties": {"welcome": {"type": "string"},
                                                     "suggestions": {"type": "array", "items": {"type": "string"}}}}}}}}}},
            "/healthz": {"get": {"summary": "Draait de server?", "responses": {"200": {"description": "OK"}}}},
        },
        "components": {"schemas": _schemas()},
    }


async def openapi(request: web.Request) -> web.Response:
    """GET /api/openapi.json."""
    return web.json_response(document(), headers={"Cache-Control": "public, max-age=3600"})
