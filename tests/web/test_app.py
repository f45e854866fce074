"""serve(): refuses a broken knowledge base in Dutch; runs, prints the URL, logs no requests."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from aiohttp import web

from wegwijzer.settings import Settings
from wegwijzer.web import create_app, serve
from wegwijzer.web.keys import ASSISTANT, STATS

REPO = Path(__file__).resolve().parent.parent.parent


def test_create_app_keeps_assistant_under_its_key(shipped_assistant):
    app = create_app(Settings(), shipped_assistant)
    assert isinstance(app, web.Application)
    assert app[ASSISTANT] is shipped_assistant
    assert STATS not in app


@pytest.mark.usefixtures("root_logging")
def test_serve_refuses_a_broken_knowledge_base(tmp_path, capsys):
    (tmp_path / "kennis").mkdir()
    with pytest.raises(SystemExit) as exit_info:
        serve(Settings(knowledge_dir=tmp_path / "kennis", data_dir=tmp_path / "data"))
    assert exit_info.value.code != 0
    err = capsys.readouterr().err
    assert "De kennisbank heeft fouten" in err and "ontbreekt" in err


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_prints_the_url_answers_and_stops_on_sigterm(tmp_path):
    port = _port()
    env = {**os.environ, "WEGWIJZER_DATA_DIR": str(tmp_path / "data"), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "wegwijzer", "serve", "--host", "127.0.0.1",
                             "--port", str(port), "--workers", "1"], cwd=REPO, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        lines = [proc.stdout.readline() for _ in range(1)]
        while not lines[-1].startswith("Wegwijzer draait op") and lines[-1] and len(lines) < 10:
            lines.append(proc.stdout.readline())  # other parts (the staff area) may print first
        assert lines[-1].startswith(f"Wegwijzer draait op http://127.0.0.1:{port}/"), lines
        marker = "geheimevraag-schulden-7361"
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/ask", method="POST",
                                         data=json.dumps({"question": marker}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert json.load(response)["question"] == marker
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0
    assert marker not in out + err and "127.0.0.1 [" not in out + err  # no access log
    # No staff account yet: a one-time link, in a private file; the output only names the file.
    link = tmp_path / "data" / "beheer-inloglink.txt"
    assert str(link) in "".join(lines) and link.stat().st_mode & 0o777 == 0o600
    assert "token=" not in "".join(lines) + out + err and "token=" in link.read_text()


def test_serve_answers_when_the_data_dir_cannot_be_written(tmp_path):
    blocked = tmp_path / "bestand"
    blocked.write_text("hier kan geen map komen")  # also root cannot make a folder here
    port = _port()
    env = {**os.environ, "WEGWIJZER_DATA_DIR": str(blocked / "data"), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "wegwijzer", "serve", "--host", "127.0.0.1",
                             "--port", str(port), "--workers", "1"], cwd=REPO, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = proc.stdout.readline()
        while line and not line.startswith("Wegwijzer draait op"):
            line = proc.stdout.readline()
        assert line, proc.stderr.read()
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/ask", method="POST",
                                         data=json.dumps({"question": "ik heb schulden"}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert json.load(response)["service"] == "schuldhulp"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as response:
            assert json.load(response)["status"] == "degraded"
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0
