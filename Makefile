# Barents Portal — `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# Without DATABASE_URL the project runs its own PostgreSQL cluster in .pgdata/.
DB_START = $(if $(DATABASE_URL),@echo "Using DATABASE_URL.",$(PY) -m barents_portal.devdb start)

.PHONY: help install run serve test test-fast lint fmt check messages compilemessages \
        db db-stop demo clean bench bench-search screenshots

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[1m%-16s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(VENV)/.installed: pyproject.toml
	@python=$${PYTHON:-$$(scripts/find-python)} && echo "Creating $(VENV) with $$python" && \
		"$$python" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --editable . --group dev
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the Python packages
	@scripts/ensure-system-packages

db: install ## Start the private PostgreSQL cluster (only without DATABASE_URL)
	$(DB_START)

db-stop: install ## Stop the private PostgreSQL cluster
	$(PY) -m barents_portal.devdb stop

compilemessages: install ## Compile the message catalogs (.po → .mo)
	@DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv -v 0

messages: install ## Update locale/*/django.po from the code and templates
	DEBUG=1 $(PY) manage.py makemessages -l nb -l ru --no-location --no-obsolete \
		--ignore=.venv --ignore=var --ignore=tests
	DEBUG=1 $(PY) manage.py makemessages -d djangojs -l nb -l ru --no-location \
		--no-obsolete --ignore=.venv --ignore=var --ignore=tests || true

demo: db compilemessages ## Migrate and load the demo content
	DEBUG=1 $(PY) manage.py migrate --no-input
	DEBUG=1 $(PY) manage.py load_demo

run: demo ## Serve the portal with demo content on http://$(HOST):$(PORT)/ (DEBUG on)
	@echo "The portal: http://$(HOST):$(PORT)/   the admin: http://$(HOST):$(PORT)/admin/"
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

serve: db compilemessages ## Production-style server: gunicorn, DEBUG off, whitenoise
	@mkdir -p var
	@[ -n "$$SECRET_KEY" ] || [ -s var/secret_key ] || \
		$(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > var/secret_key
	export SECRET_KEY=$${SECRET_KEY:-$$(cat var/secret_key)} SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-false} \
		SESSION_COOKIE_SECURE=$${SESSION_COOKIE_SECURE:-false} CSRF_COOKIE_SECURE=$${CSRF_COOKIE_SECURE:-false} \
		SECURE_HSTS_SECONDS=$${SECURE_HSTS_SECONDS:-0} SERVE_MEDIA=$${SERVE_MEDIA:-true} && \
	$(PY) manage.py migrate --no-input && \
	$(PY) manage.py collectstatic --no-input -v 0 && \
	$(VENV)/bin/gunicorn barents_portal.wsgi --config deploy/gunicorn.conf.py --bind $(HOST):$(PORT) --workers $${WORKERS:-2} \
		--access-logfile -

bench: db compilemessages ## Load benchmark: fresh database at volume, gunicorn, wrk, nginx (BENCH_SCALE=1, BENCH_SECONDS=3, BENCH_ARGS="--languages en")
	@scripts/ensure-system-packages --bench
	$(PY) benchmarks/load.py $(BENCH_ARGS)

test: install db compilemessages ## Run the whole test suite (installs chromium if missing)
	@scripts/ensure-system-packages --browser
	$(PY) -m pytest $(PYTEST_ARGS)

test-fast: install db compilemessages ## The tests without the browser tests and the slow admin walk over the demo
	$(PY) -m pytest -m "not browser and not slow" $(PYTEST_ARGS)

screenshots: install db compilemessages ## Retake the screenshots of docs/editing.md (browser tests)
	@scripts/ensure-system-packages --browser
	DOCS_SCREENSHOTS=$(CURDIR)/docs/editing $(PY) -m pytest -m browser $(PYTEST_ARGS)

lint: install ## ruff, migrations and catalog checks
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run --skip-checks
	@for po in locale/*/LC_MESSAGES/*.po; do \
		out=$$(msgfmt --statistics -o /dev/null $$po 2>&1); echo "$$po: $$out"; \
		if echo "$$out" | grep -qE "untranslated|fuzzy"; then exit 1; fi; done

fmt: install ## Format and fix the code with ruff
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

bench-search: db ## Time the search over 100 000 items in a database of its own (barents_search_bench)
	$(PY) benchmarks/search_bench.py $(BENCH_ARGS)

clean: ## Remove the virtualenv, the private database and generated files
	-$(PY) -m barents_portal.devdb stop
	rm -rf $(VENV) .pgdata var
