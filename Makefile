# Qapı — two commands on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
PG_URL ?= postgres://postgres:postgres@127.0.0.1:5432/qapi
# pytest-xdist workers of the SQLite, PostgreSQL and browser passes (0: one process, no xdist).
TEST_WORKERS ?= 2
PYTEST := $(VENV)/bin/pytest -p no:cacheprovider
XDIST = -n $(TEST_WORKERS) --dist worksteal

.PHONY: run test test-sqlite test-postgres test-opensearch opensearch-node test-browser install install-dev migrate seed lint messages bench clean deploy-check upgrade-check

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt $(VENV)/bin/activate
	bash .ci/ensure-pdf
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt requirements.txt $(VENV)/.installed
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	mkdir -p var
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py seed_demo

## run: install, migrate, load the demo content and serve at http://$(HOST):$(PORT)/
run: seed
	@echo ""
	@echo "  Qapı is running at  http://$(HOST):$(PORT)/   (az: /az/, en: /en/, ru: /ru/)"
	@echo "  Admin:              http://$(HOST):$(PORT)/admin/   user: admin   password: $${DEMO_ADMIN_PASSWORD:-qapi-demo}"
	@echo ""
	$(PY) manage.py runserver $(HOST):$(PORT)

## test: the whole suite on SQLite, then on PostgreSQL (installed and started when missing),
## the search suite live on OpenSearch 2.19 (a node built by Maven, started by the tests),
## then the browser checks (Chromium, axe-core, the Nu HTML Checker; installed when missing)
test: test-sqlite test-postgres test-opensearch test-browser

test-sqlite: install-dev
	mkdir -p var
	command -v redis-server >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null)
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run --noinput
	$(VENV)/bin/ruff check .
	$(PYTEST) $(XDIST)

test-postgres: install-dev
	bash .ci/ensure-postgres
	DATABASE_URL=$(PG_URL) $(PYTEST) $(XDIST)

## opensearch-node: the single-node OpenSearch launcher of the search tests (tools/opensearch-node);
## Maven and a JDK are installed when missing, Maven works offline once its cache has everything
OPENSEARCH_NODE := tools/opensearch-node/target/.built
$(OPENSEARCH_NODE): tools/opensearch-node/pom.xml $(wildcard tools/opensearch-node/src/main/java/az/qapi/opensearch/*.java)
	command -v mvn >/dev/null && command -v javac >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends maven default-jdk-headless >/dev/null)
	cd tools/opensearch-node && (mvn -B -q -o package >/dev/null 2>&1 || mvn -B -q package)
	touch $@

opensearch-node: $(OPENSEARCH_NODE)

## test-opensearch: the search suite (tests/search) against a live OpenSearch node
test-opensearch: install-dev $(OPENSEARCH_NODE)
	QAPI_SEARCH_ENGINE=opensearch $(PYTEST) tests/search

node_modules/.installed: package.json package-lock.json
	bash .ci/ensure-tools
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

test-browser: install-dev node_modules/.installed
	$(PYTEST) $(XDIST) -m browser tests/browser

lint: install-dev
	$(VENV)/bin/ruff check .

## messages: refresh locale/{az,en,ru} from the code and compile them
messages: install
	$(PY) manage.py makemessages -l az -l en -l ru --no-obsolete --ignore=.venv --ignore=var --ignore=node_modules
	$(PY) manage.py compilemessages --ignore=.venv

## bench: routing (5,000 vs 10 siblings), HTTP (gunicorn + wrk, pages vs a static file, uncached
## and on Redis), growth (100,000 pages), admin (explorer, search-query report), search
## (1,000 vs 10,000 pages) and hostile search input (vs a plain query) benchmarks
bench: install-dev
	command -v wrk >/dev/null && command -v redis-server >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk redis-server)
	$(PY) bench/routing.py
	$(PY) bench/http_load.py
	bash .ci/ensure-postgres
	$(PY) bench/http_load.py --database postgres
	$(PY) bench/growth.py
	$(PY) bench/admin.py
	$(PY) bench/search.py
	$(PY) bench/hostile_queries.py
	DATABASE_URL=$(PG_URL) $(PY) bench/registration.py

## deploy-check: nginx (TLS) + gunicorn (production settings) + PostgreSQL + Redis + the worker on
## loopback from Debian's packages, walked over HTTPS, backed up, taken down (deploy/deploy-check)
deploy-check: install
	bash deploy/deploy-check

## upgrade-check: our migrations on PostgreSQL under a 100,000-page site while readers and a
## writer keep going, lock_timeout 2s (deploy/upgrade_check.py; minutes, not in make test)
upgrade-check: install
	.venv/bin/python deploy/upgrade_check.py

clean:
	rm -rf $(VENV) var .pytest_cache node_modules test-results
