"""A new service from the browser, and taking a service out of use.

A new service is written as knowledge/services/<id>.yaml in the order of the shipped
files; its contact facts start as IN TE VULLEN and are filled in on the edit page. A
service taken out of use moves to knowledge/buiten-gebruik/, which the loader never
reads (it reads services/ only); the services the fixed interfaces promise
(CONTRACT_SERVICES) can never be taken out of use.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Collection, Mapping
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from wegwijzer.knowledge.contacts import FIELDS, TO_FILL
from wegwijzer.knowledge.edit import safe_text, yaml_round_trip

# ../shared/CONTRACT.md section 1: residents' links and the acceptance checks rely on these ids
CONTRACT_SERVICES = frozenset({
    "incluzio", "wmo-ondersteuning", "mantelzorg", "vrijwilligerswerk", "vog-vergoeding", "schuldhulp",
    "minimaregelingen", "werk-en-inkomen", "cjg", "jeugdhulp", "jongeren", "veilig-thuis", "zelfmoordpreventie",
    "statushouders", "taal-en-digitaal", "eenzaamheid", "dementie", "mentale-gezondheid", "gezonde-leefstijl",
    "buurt-en-veiligheid", "wonen-en-opvang", "voedselbank", "juridische-hulp"})
RETIRED_FOLDER = "buiten-gebruik"  # beside services/, so the loader and its checks never see it
SERVICE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAX_ID = 60
NEW_LABELS = {"id": "Id", "titel": "Titel", "thema": "Thema", "doel": "Doel", "omschrijving": "Korte omschrijving",
              "antwoord": "Antwoord", "volgende_stap": "Volgende stap", "organisatie": "Organisatie",
              "woorden": "Woorden van inwoners", "voorbeeldvragen": "Voorbeeldvragen", "bron": "Bron"}


def retired_path(directory: Path, service_id: str) -> Path:
    """Where a service taken out of use is kept: outside the folder the server loads."""
    return Path(directory) / RETIRED_FOLDER / f"{service_id}.yaml"


def retired_services(directory: Path | None) -> list[str]:
    """The ids of the services taken out of use, in alphabetical order."""
    folder = Path(directory) / RETIRED_FOLDER if directory is not None else None
    return sorted(p.stem for p in folder.glob("*.yaml")) if folder is not None and folder.is_dir() else []


def new_problems(values: Mapping[str, str], taken: Collection[str]) -> dict[str, list[str]]:
    """What the new-service form lacks before it can be checked, per field, in plain Dutch."""
    out: dict[str, list[str]] = {}
    service_id = values.get("id", "").strip()
    if not SERVICE_ID.match(service_id) or len(service_id) > MAX_ID:
        out["id"] = [f"Gebruik alleen kleine letters, cijfers en streepjes (hooguit {MAX_ID} tekens), "
                     "bijvoorbeeld: hulp-bij-vervoer"]
    elif service_id in taken:
        out["id"] = [f"De id '{service_id}' bestaat al (of staat buiten gebruik: zet die dan terug via zijn "
                     "geschiedenis). Kies een andere id."]
    for name, label in NEW_LABELS.items():
        if name != "id" and not values.get(name, "").strip():
            out.setdefault(name, []).append(f"{label}: vul dit in")
    return out


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def new_service(values: Mapping[str, str], today: dt.date) -> str:
    """The YAML text of a new service file, in the field order of the shipped files."""
    get = {name: safe_text(value).strip() for name, value in values.items()}.get
    answer = "\n".join(line.rstrip() for line in get("antwoord", "").split("\n"))
    data = CommentedMap()
    data["id"] = get("id", "")
    for key, name in (("title", "titel"), ("summary", "omschrijving"), ("theme", "thema"), ("doel", "doel")):
        data[key] = get(name, "")
    data["answer"] = LiteralScalarString(answer + "\n")
    data["next_step"] = get("volgende_stap", "")
    contact = data["contact"] = CommentedMap(organisation=DoubleQuotedScalarString(get("organisatie", "")))
    for key in FIELDS:
        contact[key] = TO_FILL  # filled in on the edit page, each with its source
    data["words"] = CommentedSeq(_lines(get("woorden", "")))
    data["examples"] = CommentedSeq(_lines(get("voorbeeldvragen", "")))
    data["sources"] = [CommentedMap(document=get("bron", ""),
                                    section=DoubleQuotedScalarString(f"toegevoegd in de browser op {today}"))]
    data["last_checked"] = today
    data["crisis"] = False
    out = io.StringIO()
    yaml_round_trip().dump(data, out)
    return out.getvalue()
