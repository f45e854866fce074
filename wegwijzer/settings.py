"""One typed Settings object; the environment is read only when asked (never at import)."""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Mapping

REPO_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """An environment variable holds a value we cannot use."""


@dataclass(frozen=True)
class MatchSettings:
    """Thresholds of the routing decision (see wegwijzer.assistant)."""

    answer_threshold: float = 0.55  # confidence needed to answer with one service
    min_gap: float = 0.10  # relative gap between first and second candidate
    min_gap_short: float = 0.20  # the same, for one- or two-word questions
    clarify_threshold: float = 0.30  # below this: nothing fits, fall back
    fuzzy_cutoff: float = 84.0  # rapidfuzz score to accept a spelling correction
    crisis_net_threshold: float = 0.60  # matcher confidence on a crisis service that raises a crisis answer ...
    # ... if the word model also gives at least this; below it, the service is an ordinary answer
    # ("meldcode hulp"). Cross-validated on the dev sets: it keeps the net's 3 crises (p >= 0.29)
    # and 2 of its 4 false alarms.
    crisis_net_worry: float = 0.10
    # In a language the rules and the word model cannot read (not Dutch or English), the routing by
    # meaning is the only reader left: a confident answer of a crisis service at this confidence,
    # with at least this share of crisis questions among the nearest development questions, is a
    # crisis answer (>1: off). Leave-one-out on the dev sets, see tests/data/README.md.
    foreign_crisis_net: float = 0.7
    foreign_crisis_neighbours: float = 0.3
    max_alternatives: int = 3
    # Beside a crisis answer, the ordinary services that also fit (at least clarify_threshold), as
    # choices after the number: the debts or the housing behind the despair, and a way out for an
    # everyday question that the safety step read as a crisis (0: none).
    crisis_other_help: int = 2
    close_ratio: float = 0.5  # a service with this share of the best score is offered to choose
    # Chosen by cross-validation on the dev sets (make safety-model): the highest recall with
    # at most 0.5% false alarms for the crisis answer, and at most 2% for the number above an
    # ordinary answer (one extra line, the answer itself is unchanged).
    # December 2026: 0.75 -> 0.60. With 880 more (mostly everyday) development questions the model's
    # probabilities fell; trained without four disjoint groups of dev sets and scored on them, 0.60
    # found 492 of 543 crises against 483 at 0.75, with 38 against 35 false alarms of 1,577.
    safety_model_threshold: float = 0.60  # word-model probability that gives the crisis answer (Dutch)
    safety_model_threshold_other: float = 0.75  # ... in other languages (the value before December 2026)
    safety_hint_threshold: float = 0.45  # ... that puts the crisis number above an ordinary answer
    # ... in other languages: their words are mostly unknown, so the model's prior speaks (0.46 for an Arabic
    # "I need help learning Dutch" after relearning in December 2026). Each dev set scored by a model that
    # never saw it: at 0.45, 63 of 1,511 calm questions in those languages got the crisis line, at 0.75 one.
    safety_hint_threshold_other: float = 0.75
    # The crisis head on the embeddings (wegwijzer.safety.knn): leave-one-out on the dev sets
    # (python -m wegwijzer.safety.knn_train): at 0.60 recall 0.78 with 1.2% false alarms alone.
    neighbours_threshold: float = 0.60  # weighted share of crisis neighbours for the crisis answer
    neighbours_worry: float = 0.45  # ... and, for Dutch, this much from the word model (its hint line)
    # Outside Dutch and English, the nearest question itself must be a crisis too, unless this share
    # voted crisis: the embedding puts all Arabic near all Arabic, so a calm Arabic question could be
    # outvoted by crises just behind it. Each dev set voted on by the others only (December 2026): false
    # alarms by the neighbours alone 30 -> 19 of 2,065 calm questions, crises 169 -> 168 of 756.
    neighbours_strong: float = 0.90
    neighbours_hint_threshold: float = 0.40  # ... for the crisis number above an ordinary answer
    # in short Dutch questions, the word model's worry that the hint also needs (0.10 until the word model
    # learnt from every development set in December 2026; its everyday probabilities rose, "ik wil
    # opvoedadvies" 0.05 -> 0.17; 0.20 changed nothing on the development sets kept apart from training)
    neighbours_hint_worry: float = 0.20
    # when the crisis neighbours are split this much between violence and suicide, both numbers
    neighbours_both_kinds: float = 0.30
    # The writer model (wegwijzer.understanding.writer_model), where the signs see no child: each
    # development set scored by a model that never saw it (writer_train --folds), children found
    # 0.80 -> 0.885 with adults taken for a child 2 -> 5 of 2,844 (0.60: 0.89 and 9; 0.80: 0.88 and 5).
    writer_threshold: float = 0.70
    # A young writer whose best match is a service for adults (Leiderdorp's loneliness help, adult mental
    # health care, housing) gets the youth place instead when it scores this share of the best: on the
    # dev sets' children that was right 9, 4 and 3 times and wrong 0, 1 and 0 times (0.6; 0.8 gave fewer).
    youth_first: tuple[str, ...] = ("eenzaamheid", "mentale-gezondheid", "wonen-en-opvang")
    youth_yield: float = 0.6
    emergency_threshold: float = 0.50  # weighted share of 112 neighbours for "Bel 112" first
    front_door_yield: float = 0.8  # a specific service this close to Incluzio's score goes first
    # A choice between exactly these two is answered with the first, whose answer also names the
    # second's number: a landlord who wants a tenant out gets a roof first with Het Juridisch Loket
    # beside it (on the dev sets 9 such choices, all 9 right with the first); someone who lies awake
    # and wants to talk to someone now gets the mental health answer with De Luisterlijn (8 of 9).
    covers: tuple[tuple[str, str], ...] = (("wonen-en-opvang", "juridische-hulp"),
                                           ("mentale-gezondheid", "eenzaamheid"))
    answer_cache: int = 4096  # answers kept for repeated questions (no question text); 0 = off
    # The semantic layer (wegwijzer.understanding): a document's fused score is its word score
    # plus semantic_weight * (closeness - median closeness - semantic_floor) where that is
    # positive. Calibrated on the development sets only (bench/calibrate_semantic.py): pooled
    # top1 0.79 without the layer, 0.87 at 400 / 0.04 (weights 100-600, floors 0.00-0.05 tried).
    semantic: bool = True
    # December 2026, with the stronger vote of the nearest questions (route_weight 20), each set measured
    # with neighbours that never held it: 400 -> 300 top1 5,051 -> 5,064 (250: 5,071 with route_outside 0.3)
    # With 8,365 dev questions and route_weight 25: 300 -> 250 top1 7,788 -> 7,794 (Dutch 5,572 -> 5,575,
    # Dutch top3 0.9716 -> 0.9719), same crises and false alarms; 200 gave 7,794 (Dutch 5,576, top3 0.9717).
    semantic_weight: float = 250.0
    semantic_floor: float = 0.04
    semantic_top: int = 3  # a document's closeness: the mean of its this many nearest texts
    # A service's specific question-answer entry is chosen when the question is at least this
    # close (cosine) to one of the entry's example questions (calibrated on dev6's concrete questions).
    entry_threshold: float = 0.92
    # The nearest development questions (the crisis head's 11, wegwijzer.safety.knn) vote for the
    # service they expected: route_weight * weighted share is added to its score (never to a crisis
    # line's: that is the safety step's call). 0 turns it off. December 2026, 5,525 dev questions, each
    # set measured with neighbours that never held a question of that set: 10 -> 20 gave top1 4,986 ->
    # 5,050 (Dutch 0.884 -> 0.899, other languages 0.827 -> 0.851), out of scope 0.923 -> 0.919, same
    # crises (987 of 988 with the December crisis words) and false alarms (33). 15: 5,029; 25 before the
    # crisis-line exception: more false alarms. With 8,365 dev questions (dev31-dev33 added), measured the
    # same way: 20 -> 25 top1 7,771 -> 7,788 (Dutch 5,561 -> 5,572), same crises (1,595 of 1,596) and
    # false alarms (38), out of scope 1,109 -> 1,103 of 1,179; 30 gave 7,794 with Dutch unchanged and 1,101.
    route_weight: float = 25.0
    # this share of neighbours outside the domain drops the meaning's push (>1: off); 0.4 -> 0.3 in December
    # 2026 with semantic_weight 300: out of scope 0.922 -> 0.925, top1 5,064 -> 5,067
    route_outside: float = 0.3
    # ... and a service the meaning does not put forward gets that push too when at least this share of
    # the nearest questions went there, in a question of at least this many words (>1: off). December 2026,
    # 10,125 dev questions, each set measured with neighbours that never held it: off -> 0.4 top1 9,473 ->
    # 9,578 (Dutch 5,457 -> 5,561 of 5,891, Dutch top3 0.971 -> 0.980, children 968 -> 996), out of scope
    # 1,341 -> 1,336 of 1,419, same crises and false alarms. With 3 words at least: 0.3 9,577 (top3 0.981,
    # out of scope 1,332), 0.4 9,580, 0.5 9,583 (0.979, 1,337), 0.7 9,561. Without a word limit one- and
    # two-word questions lost 10 and gained 1 ("pleegzorg" went to mantelzorg); at 7 words "iets met gras
    # maaien" stays unanswered, and nearly all gains were in questions of 7 words or more.
    route_alone_share: float = 0.4
    route_alone_words: int = 7


@dataclass(frozen=True)
class Settings:
    """Everything configurable, with defaults that run the shipped Leiderdorp setup."""

    knowledge_dir: Path = REPO_ROOT / "knowledge"
    data_dir: Path = REPO_ROOT / "data"
    host: str = "127.0.0.1"
    port: int = 8080
    allowed_origins: tuple[str, ...] = ()
    rate_limit: int = 20  # questions per minute per client; 0 = off
    telegram_token: str | None = None
    telegram_api_base_url: str | None = None
    telegram_webhook_url: str | None = None  # set: `wegwijzer serve` also serves the bot
    telegram_webhook_secret: str | None = None  # unset: a random secret per start
    admin_password: str | None = None
    # PostgreSQL for statistics, staff accounts and sessions (several machines); None: SQLite in data_dir
    database_url: str | None = None
    retention_months: int = 24
    model_threads: int = 1  # threads of the language model per process (more raised p99 under load)
    # Slow and abusive clients (docs/performance.md, "Trage en misbruikende clients")
    body_timeout: float = 15.0  # seconds to receive a whole request body; slower: 408, closed
    idle_timeout: float = 15.0  # seconds a connection may sit without a complete request
    max_line_size: int = 4096  # bytes of the request line (method, path, version)
    max_field_size: int = 8190  # bytes of one header line
    max_headers: int = 64  # header lines per request
    max_body_size: int = 256 * 1024  # bytes of any body (the API itself takes at most 8 kB)
    # Deployment (CONTRACT section 7): X-Forwarded-* are believed only from these networks.
    trusted_proxies: tuple[str, ...] = ()
    metrics_token: str | None = None  # bearer token for /metrics from elsewhere than loopback
    metrics_dir: Path | None = None  # set: prometheus-client's multiprocess mode (several workers)
    log_format: Literal["text", "json"] = "text"
    match: MatchSettings = field(default_factory=MatchSettings)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> "Settings":
        """Build settings from environment variables (CONTRACT section 3)."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        if env.get("WEGWIJZER_KNOWLEDGE_DIR"):
            values["knowledge_dir"] = Path(env["WEGWIJZER_KNOWLEDGE_DIR"])
        if env.get("WEGWIJZER_DATA_DIR"):
            values["data_dir"] = Path(env["WEGWIJZER_DATA_DIR"])
        if env.get("WEGWIJZER_ALLOWED_ORIGINS"):
            values["allowed_origins"] = tuple(
                o.strip().rstrip("/") for o in env["WEGWIJZER_ALLOWED_ORIGINS"].split(",") if o.strip())
        if env.get("WEGWIJZER_ANSWER_CACHE", "").strip():
            values["match"] = MatchSettings(answer_cache=_int(env, "WEGWIJZER_ANSWER_CACHE", minimum=0))
        values.update(_numbers(env))
        values["telegram_token"] = env.get("TELEGRAM_BOT_TOKEN") or None
        values["telegram_api_base_url"] = env.get("TELEGRAM_API_BASE_URL") or None
        values["telegram_webhook_url"] = env.get("TELEGRAM_WEBHOOK_URL") or None
        values["telegram_webhook_secret"] = _webhook_secret(env)
        values["admin_password"] = env.get("WEGWIJZER_ADMIN_PASSWORD") or None
        values["database_url"] = _database_url(env)
        values.update(_deployment(env))
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


def _numbers(env: Mapping[str, str]) -> dict[str, object]:
    """The numeric settings that are set: rate limit, retention, timeouts and size limits."""
    values: dict[str, object] = {}
    for name, key in (("WEGWIJZER_BODY_TIMEOUT", "body_timeout"), ("WEGWIJZER_IDLE_TIMEOUT", "idle_timeout")):
        if env.get(name, "").strip():
            values[key] = _seconds(env, name)
    for name, key, minimum in (("WEGWIJZER_RATE_LIMIT", "rate_limit", 0),
                               ("WEGWIJZER_RETENTION_MONTHS", "retention_months", 1),
                               ("WEGWIJZER_MAX_LINE_SIZE", "max_line_size", 256),
                               ("WEGWIJZER_MAX_FIELD_SIZE", "max_field_size", 256),
                               ("WEGWIJZER_MAX_HEADERS", "max_headers", 8),
                               ("WEGWIJZER_MAX_BODY_SIZE", "max_body_size", 4096),
                               ("WEGWIJZER_MODEL_THREADS", "model_threads", 1)):
        if env.get(name, "").strip():
            values[key] = _int(env, name, minimum=minimum)
    return values


def _deployment(env: Mapping[str, str]) -> dict[str, object]:
    """Reverse proxies, /metrics and the log format (CONTRACT section 7)."""
    values: dict[str, object] = {"metrics_token": env.get("WEGWIJZER_METRICS_TOKEN") or None}
    if env.get("WEGWIJZER_TRUSTED_PROXIES", "").strip():
        values["trusted_proxies"] = _networks(env["WEGWIJZER_TRUSTED_PROXIES"])
    if env.get("WEGWIJZER_METRICS_DIR", "").strip():
        values["metrics_dir"] = Path(env["WEGWIJZER_METRICS_DIR"].strip())
    log_format = env.get("WEGWIJZER_LOG_FORMAT", "").strip().lower()
    if log_format:
        if log_format not in ("text", "json"):
            raise SettingsError(f"WEGWIJZER_LOG_FORMAT moet 'text' of 'json' zijn, niet '{log_format}'")
        values["log_format"] = log_format
    return values


def _networks(value: str) -> tuple[str, ...]:
    """Addresses and CIDRs, written as networks ('10.0.0.1' becomes '10.0.0.1/32')."""
    networks = []
    for entry in (e.strip() for e in value.split(",")):
        if not entry:
            continue
        try:
            networks.append(str(ipaddress.ip_network(entry, strict=False)))
        except ValueError:
            raise SettingsError(f"WEGWIJZER_TRUSTED_PROXIES: '{entry}' is geen IP-adres of netwerk "
                                "(zoals 10.0.0.5, 10.0.0.0/8 of fd00::/8)") from None
    return tuple(networks)


def _seconds(env: Mapping[str, str], name: str) -> float:
    try:
        value = float(env[name])
    except ValueError:
        raise SettingsError(f"{name} moet een aantal seconden zijn, niet '{env[name]}'") from None
    if not 0 < value <= 3600:  # also refuses nan and inf
        raise SettingsError(f"{name} moet meer dan 0 en hoogstens 3600 seconden zijn")
    return value


def _database_url(env: Mapping[str, str]) -> str | None:
    url = env.get("WEGWIJZER_DATABASE_URL", "").strip() or None
    if url is not None and not re.match(r"postgres(ql)?://", url):
        raise SettingsError("WEGWIJZER_DATABASE_URL moet beginnen met postgresql:// "
                            "(bijvoorbeeld postgresql://wegwijzer:wachtwoord@db:5432/wegwijzer)")
    return url


def _webhook_secret(env: Mapping[str, str]) -> str | None:
    secret = env.get("TELEGRAM_WEBHOOK_SECRET") or None
    if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise SettingsError("TELEGRAM_WEBHOOK_SECRET mag alleen letters, cijfers, _ en - bevatten "
                            "(hoogstens 256 tekens)")
    return secret


def _int(env: Mapping[str, str], name: str, minimum: int) -> int:
    try:
        value = int(env[name])
    except ValueError:
        raise SettingsError(f"{name} moet een heel getal zijn, niet '{env[name]}'") from None
    if value < minimum:
        raise SettingsError(f"{name} moet {minimum} of meer zijn")
    return value
