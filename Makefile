# Barents Portal — `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# Passed to `manage.py load_demo` by `make demo`/`make run`, e.g. --renew-staff-passwords.
DEMO_ARGS ?=
BENCH_SCALE ?= 1
BENCH_SECONDS ?= 3
export BENCH_SCALE BENCH_SECONDS
# Without DATABASE_URL the project runs its own PostgreSQL cluster in .pgdata/: with DEBUG
# on the settings find it, the tests get its URL from tests/environment.py, `make serve` is
# given it explicitly and the benchmarks ask barents_portal/devdb.py for it.
# Locally the test database is kept between runs (--reuse-db; tests/conftest.py names it after
# the migration files, so a changed migration set gets a fresh one); CI builds it afresh.
PYTEST_DB := $(if $(filter true 1,$(CI)),--create-db,--reuse-db)
# `make test-midnight`: the suite from this Oslo time today (tests/environment.py, --clock).
TEST_CLOCK ?= 23:58
DB_START = $(if $(DATABASE_URL),@echo "Using DATABASE_URL.",$(PY) -m barents_portal.devdb start)
PRIVATE_DB_URL = $$($(PY) -m barents_portal.devdb url)

.PHONY: help install run serve test test-fast lint fmt check messages compilemessages \
        db db-stop demo clean bench bench-search bench-opendata bench-alerts screenshots backup restore

# The help texts may name these variables as $(NAME): `make help` shows their values.
HELP_VARIABLES = HOST=$(HOST) PORT=$(PORT) BENCH_SCALE=$(BENCH_SCALE) BENCH_SECONDS=$(BENCH_SECONDS)

help: ## List the targets
	@awk -v variables='$(HELP_VARIABLES)' 'BEGIN {FS = ":.*## "; n = split(variables, pairs, " ")} \
		/^[a-zA-Z_-]+:.*## / {text = $$2; \
			for (i = 1; i <= n; i++) {split(pairs[i], kv, "="); gsub("\\$$\\(" kv[1] "\\)", kv[2], text)} \
			printf "  \033[1m%-16s\033[0m %s\n", $$1, text}' $(MAKEFILE_LIST)
	@echo "Database: $(if $(DATABASE_URL),DATABASE_URL from the environment,the private cluster in .pgdata/ (DATABASE_URL unset))."

$(VENV)/.installed: pyproject.toml
	@python=$${PYTHON:-$$(scripts/find-python)} && echo "Creating $(VENV) with $$python" && \
		"$$python" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --editable . --group dev
	@touch $@

install: $(VENV)/.installed .env ## Create .venv, install the Python packages, write .env (DEBUG=1 for manage.py)
	@scripts/ensure-system-packages

# The development checkout's settings for manage.py (barents_portal/envfile.py); kept once written.
.env: | $(VENV)/.installed
	@$(PY) -m barents_portal.envfile write

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

demo: db compilemessages ## Migrate and load the demo content; staff passwords are kept (DEMO_ARGS=--renew-staff-passwords renews them)
	DEBUG=1 $(PY) manage.py migrate --no-input
	DEBUG=1 $(PY) manage.py load_demo $(DEMO_ARGS)

run: demo ## Serve the portal with demo content on http://$(HOST):$(PORT)/ (DEBUG on), printing the staff logins
	@echo "The portal: http://$(HOST):$(PORT)/   the admin: http://$(HOST):$(PORT)/admin/"
	@echo "Alert mails (e-mail alerts) are sent at once and printed here (TASKS_BACKEND=immediate)."
	DEBUG=1 TASKS_BACKEND=$${TASKS_BACKEND:-immediate} $(PY) manage.py runserver $(HOST):$(PORT)

.PHONY: worker alerts
worker: db compilemessages ## Run the task worker that sends the e-mail alerts (mails on the console with DEBUG; Ctrl-C stops it)
	DEBUG=1 $(PY) manage.py db_worker

alerts: db ## Queue the e-mail alerts due now (new calls, reminders, digests) for the worker; what the hourly timer runs
	DEBUG=1 $(PY) manage.py send_alerts

serve: db compilemessages ## Production-style server on http://$(HOST):$(PORT)/: gunicorn, DEBUG off, whitenoise
	@echo "make serve: a local production-style run, not a deployment (that is deploy/: systemd units, nginx)"
	@mkdir -p var
	@[ -n "$$SECRET_KEY" ] || [ -s var/secret_key ] || (umask 077 && \
		$(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > var/secret_key)
	export ENV_FILE= DATABASE_URL=$${DATABASE_URL:-$(PRIVATE_DB_URL)} \
		SECRET_KEY=$${SECRET_KEY:-$$(cat var/secret_key)} SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-false} \
		SESSION_COOKIE_SECURE=$${SESSION_COOKIE_SECURE:-false} CSRF_COOKIE_SECURE=$${CSRF_COOKIE_SECURE:-false} \
		SECURE_HSTS_SECONDS=$${SECURE_HSTS_SECONDS:-0} SERVE_MEDIA=$${SERVE_MEDIA:-true} && \
	$(PY) manage.py migrate --no-input && \
	$(PY) manage.py collectstatic --no-input -v 0 && \
	$(VENV)/bin/gunicorn barents_portal.wsgi --config deploy/gunicorn.conf.py --bind $(HOST):$(PORT) \
		--log-config-json deploy/gunicorn-logging.json --no-control-socket

# Backups need no secret key; production sets its own in the environment.
BACKUP_ENV = SECRET_KEY=$${SECRET_KEY:-unused-by-backups}

backup: db ## Back up the database, media and meeting documents into one verified archive in var/backups/ (prints its path)
	@$(BACKUP_ENV) $(PY) manage.py backup

restore: db ## Restore BACKUP=<archive> into the empty database and directories DATABASE_URL, MEDIA_ROOT and DOCUMENTS_ROOT name
	@[ -n "$(BACKUP)" ] || { echo "Usage: make restore BACKUP=var/backups/barents-YYYYmmddTHHMMSSZ.tar" >&2; exit 2; }
	@$(BACKUP_ENV) $(PY) manage.py restore "$(BACKUP)"

bench: db compilemessages ## Load benchmark: fresh database at volume, gunicorn, wrk, nginx (BENCH_SCALE=$(BENCH_SCALE), BENCH_SECONDS=$(BENCH_SECONDS), BENCH_ARGS="--languages en")
	@scripts/ensure-system-packages --bench
	ENV_FILE= $(PY) benchmarks/load.py $(BENCH_ARGS)

test: install db compilemessages ## Run the whole test suite (installs chromium, nginx, openssl, wrk and redis-server if missing)
	@scripts/ensure-system-packages --browser --nginx --bench --redis
	$(PY) -m pytest $(PYTEST_DB) $(PYTEST_ARGS)

test-fast: install db compilemessages ## The tests without the browser tests and the slow ones (the admin walk over the demo, the drills)
	$(PY) -m pytest -m "not browser and not slow" $(PYTEST_DB) $(PYTEST_ARGS)

.PHONY: test-midnight
test-midnight: install db compilemessages ## test-fast with the clock just before midnight in Oslo (TEST_CLOCK=23:58, or "2027-01-31 23:59")
	$(PY) -m pytest -m "not browser and not slow" --clock="$(TEST_CLOCK)" $(PYTEST_DB) $(PYTEST_ARGS)

screenshots: install db compilemessages ## Retake the screenshots of docs/editing.md (browser tests)
	@scripts/ensure-system-packages --browser
	DOCS_SCREENSHOTS=$(CURDIR)/docs/editing $(PY) -m pytest -m browser $(PYTEST_DB) $(PYTEST_ARGS)

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

bench-opendata: db ## Peak memory of the open-data export, 1 000 vs 100 000 funded projects (barents_opendata_bench)
	$(PY) benchmarks/opendata_bench.py $(BENCH_ARGS)

bench-alerts: db ## Time an e-mail alerts run for 10 000 subscribers and 200 deadlines in a database of its own (barents_alerts_bench)
	$(PY) benchmarks/alerts_bench.py $(BENCH_ARGS)

clean: ## Remove the virtualenv, the private database and generated files
	-$(PY) -m barents_portal.devdb stop
	rm -rf $(VENV) .pgdata var
