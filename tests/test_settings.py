"""Settings.from_env: parsing, defaults, and errors that name the variable."""

from __future__ import annotations

from pathlib import Path

import pytest

from wegwijzer.settings import REPO_ROOT, Settings, SettingsError


def test_defaults_run_the_shipped_setup() -> None:
    s = Settings.from_env({})
    assert s.knowledge_dir == REPO_ROOT / "knowledge"
    assert s.data_dir == REPO_ROOT / "data"
    assert s.rate_limit == 20 and s.allowed_origins == ()
    assert s.telegram_token is None and s.admin_password is None
    assert 0 < s.match.clarify_threshold <= s.match.answer_threshold <= 1
    assert s.match.max_alternatives <= 3


def test_paths_from_env(tmp_path: Path) -> None:
    s = Settings.from_env({"WEGWIJZER_KNOWLEDGE_DIR": str(tmp_path / "kb"),
                           "WEGWIJZER_DATA_DIR": str(tmp_path / "data")})
    assert s.knowledge_dir == tmp_path / "kb" and s.data_dir == tmp_path / "data"


def test_origins_are_split_and_stripped() -> None:
    s = Settings.from_env({"WEGWIJZER_ALLOWED_ORIGINS": " https://a.example ,https://b.example:8443/ ,, "})
    assert s.allowed_origins == ("https://a.example", "https://b.example:8443")


def test_rate_limit_is_an_int() -> None:
    assert Settings.from_env({"WEGWIJZER_RATE_LIMIT": " 7 "}).rate_limit == 7
    assert Settings.from_env({"WEGWIJZER_RATE_LIMIT": "0"}).rate_limit == 0
    assert Settings.from_env({"WEGWIJZER_RATE_LIMIT": ""}).rate_limit == 20


@pytest.mark.parametrize("name, value", [("WEGWIJZER_RATE_LIMIT", "veel"), ("WEGWIJZER_RATE_LIMIT", "-1"),
                                         ("WEGWIJZER_RETENTION_MONTHS", "twee jaar"),
                                         ("WEGWIJZER_RETENTION_MONTHS", "0"),
                                         ("WEGWIJZER_ANSWER_CACHE", "-5")])
def test_bad_number_names_the_variable(name: str, value: str) -> None:
    with pytest.raises(SettingsError) as info:
        Settings.from_env({name: value})
    assert name in str(info.value)


def test_telegram_and_admin_from_env() -> None:
    s = Settings.from_env({"TELEGRAM_BOT_TOKEN": "123:abc", "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot",
                           "TELEGRAM_WEBHOOK_SECRET": "geheim_1-2", "WEGWIJZER_ADMIN_PASSWORD": "pw"})
    assert s.telegram_token == "123:abc"
    assert s.telegram_api_base_url == "http://127.0.0.1:9/bot"
    assert s.telegram_webhook_secret == "geheim_1-2" and s.admin_password == "pw"


def test_bad_webhook_secret_names_the_variable_not_the_value() -> None:
    with pytest.raises(SettingsError) as info:
        Settings.from_env({"TELEGRAM_WEBHOOK_SECRET": "geen spaties!"})
    assert "TELEGRAM_WEBHOOK_SECRET" in str(info.value)
    assert "geen spaties!" not in str(info.value)


def test_overrides_win_and_none_is_ignored() -> None:
    s = Settings.from_env({"WEGWIJZER_RATE_LIMIT": "5"}, port=9999, host=None)
    assert s.port == 9999 and s.host == "127.0.0.1" and s.rate_limit == 5


def test_settings_are_frozen() -> None:
    with pytest.raises(Exception):
        Settings().port = 1  # type: ignore[misc]


def test_environment_is_read_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEGWIJZER_RATE_LIMIT", "3")
    assert Settings().rate_limit == 20
    assert Settings.from_env().rate_limit == 3


def test_web_limits_have_safe_defaults() -> None:
    s = Settings.from_env({})
    assert 0 < s.body_timeout <= 60 and 0 < s.idle_timeout <= 120
    assert s.max_line_size >= 1024 and s.max_field_size >= 1024 and s.max_headers >= 32
    assert s.max_body_size >= 4096


def test_web_limits_from_env() -> None:
    s = Settings.from_env({"WEGWIJZER_BODY_TIMEOUT": "2.5", "WEGWIJZER_IDLE_TIMEOUT": " 30 ",
                           "WEGWIJZER_MAX_LINE_SIZE": "2048", "WEGWIJZER_MAX_FIELD_SIZE": "4096",
                           "WEGWIJZER_MAX_HEADERS": "40", "WEGWIJZER_MAX_BODY_SIZE": "65536"})
    assert (s.body_timeout, s.idle_timeout) == (2.5, 30.0)
    assert (s.max_line_size, s.max_field_size, s.max_headers, s.max_body_size) == (2048, 4096, 40, 65536)


@pytest.mark.parametrize("name, value", [("WEGWIJZER_BODY_TIMEOUT", "snel"), ("WEGWIJZER_BODY_TIMEOUT", "0"),
                                         ("WEGWIJZER_IDLE_TIMEOUT", "-5"), ("WEGWIJZER_IDLE_TIMEOUT", "nan"),
                                         ("WEGWIJZER_IDLE_TIMEOUT", "inf"), ("WEGWIJZER_MAX_LINE_SIZE", "10"),
                                         ("WEGWIJZER_MAX_FIELD_SIZE", "groot"), ("WEGWIJZER_MAX_HEADERS", "1"),
                                         ("WEGWIJZER_MAX_BODY_SIZE", "100")])
def test_bad_web_limit_names_the_variable(name: str, value: str) -> None:
    with pytest.raises(SettingsError) as info:
        Settings.from_env({name: value})
    assert name in str(info.value)


def test_answer_cache_size_from_env() -> None:
    assert Settings.from_env({}).match.answer_cache == 4096
    assert Settings.from_env({"WEGWIJZER_ANSWER_CACHE": "0"}).match.answer_cache == 0
    assert Settings.from_env({"WEGWIJZER_ANSWER_CACHE": "10"}).match.answer_threshold == 0.55  # rest default


def test_model_threads_come_from_the_environment_and_must_be_at_least_one() -> None:
    assert Settings.from_env({}).model_threads == 1
    assert Settings.from_env({"WEGWIJZER_MODEL_THREADS": "2"}).model_threads == 2
    with pytest.raises(SettingsError, match="WEGWIJZER_MODEL_THREADS"):
        Settings.from_env({"WEGWIJZER_MODEL_THREADS": "0"})


def test_trusted_proxies_are_networks_of_both_families() -> None:
    s = Settings.from_env({"WEGWIJZER_TRUSTED_PROXIES": " 10.0.0.5, 192.168.0.0/16 ,, fd00::/8,::1 "})
    assert s.trusted_proxies == ("10.0.0.5/32", "192.168.0.0/16", "fd00::/8", "::1/128")
    assert Settings.from_env({}).trusted_proxies == ()


@pytest.mark.parametrize("value", ["10.0.0.300", "proxy.example", "10.0.0.0/33", "fd00::/200"])
def test_a_bad_trusted_proxy_is_named_in_dutch(value: str) -> None:
    with pytest.raises(SettingsError) as info:
        Settings.from_env({"WEGWIJZER_TRUSTED_PROXIES": f"127.0.0.1, {value}"})
    assert "WEGWIJZER_TRUSTED_PROXIES" in str(info.value) and f"'{value}'" in str(info.value)
    assert "geen IP-adres" in str(info.value)


def test_metrics_and_log_settings_from_env(tmp_path: Path) -> None:
    s = Settings.from_env({})
    assert (s.metrics_token, s.metrics_dir, s.log_format) == (None, None, "text")
    s = Settings.from_env({"WEGWIJZER_METRICS_TOKEN": "geheim", "WEGWIJZER_METRICS_DIR": str(tmp_path),
                           "WEGWIJZER_LOG_FORMAT": "JSON"})
    assert (s.metrics_token, s.metrics_dir, s.log_format) == ("geheim", tmp_path, "json")
    with pytest.raises(SettingsError, match="WEGWIJZER_LOG_FORMAT"):
        Settings.from_env({"WEGWIJZER_LOG_FORMAT": "xml"})
