"""The published OpenAPI document describes the API and its errors."""

from __future__ import annotations


async def test_openapi_document_lists_the_api(make_client):
    client = await make_client()
    response = await client.get("/api/openapi.json")
    assert response.status == 200
    doc = await response.json()
    assert doc["openapi"].startswith("3.1")
    assert {"/api/ask", "/api/choose", "/api/feedback", "/api/welcome", "/healthz"} <= set(doc["paths"])
    ask = doc["paths"]["/api/ask"]["post"]
    assert {"200", "400", "403", "405", "413", "415", "422", "429"} <= set(ask["responses"])
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
