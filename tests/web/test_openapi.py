"""The published OpenAPI document describes the API and its errors."""

from __future__ import annotations

import re


async def test_openapi_document_lists_the_api(make_client):
    client = await make_client()
    response = await client.get("/api/openapi.json")
    assert response.status == 200
    doc = await response.json()
    assert doc["openapi"].startswith("3.1")
    assert {"/api/ask", "/api/choose", "/api/feedback", "/api/welcome", "/healthz"} <= set(doc["paths"])
    ask = doc["paths"]["/api/ask"]["post"]
    assert {"200", "400", "403", "405", "408", "413", "415", "422", "429"} <= set(ask["responses"])
    assert ask["requestBody"]["content"]["application/json"]["schema"]["properties"]["question"]["maxLength"] == 500


async def test_every_reference_resolves_and_answer_schema_has_the_contract_fields(make_client):
    client = await make_client()
    doc = await (await client.get("/api/openapi.json")).json()
    refs: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            refs.extend(v for k, v in node.items() if k == "$ref")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc)
    schemas = doc["components"]["schemas"]
    assert refs and all(ref.removeprefix("#/components/schemas/") in schemas for ref in refs)
    assert set(schemas["Answer"]["required"]) == {"question", "service", "confidence", "alternatives",
                                                  "clarify", "crisis", "theme", "answer"}


async def test_request_bodies_describe_what_the_api_refuses(make_client):
    """Schema-valid bodies are not refused: no empty or blank question or service id."""
    client = await make_client()
    doc = await (await client.get("/api/openapi.json")).json()

    def body(path: str) -> dict:
        return doc["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]

    question = body("/api/ask")["properties"]["question"]
    service = body("/api/choose")["properties"]["service"]
    assert question["minLength"] == 1 and question["pattern"] and service["pattern"] == question["pattern"]
    assert service["minLength"] == 1 and service["maxLength"] == 100
    feedback = body("/api/feedback")
    assert feedback["properties"]["service"] == service
    assert set(feedback["required"]) == {"service", "useful", "feedback_token"}
    assert re.search(service["pattern"], "schuldhulp")
    for blank in ("", "   ", "\t\n", "\x1c\x85\u3000"):  # all stripped by str.strip
        assert not re.search(service["pattern"], blank)  # the schema calls it invalid ...
        answer = await client.post("/api/choose", json={"service": blank})
        assert answer.status == 422  # ... and so does the API
