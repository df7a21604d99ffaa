# Quick start: `make run` (set up, build the index on first run, serve) and `make test`.
.PHONY: run test setup eval bench lint index load audit translations

PORT ?= 5000

run:
	@bash scripts/setup.sh app
	.venv/bin/assistant serve --port $(PORT)

test:
	@bash scripts/setup.sh test
	@.venv/bin/python scripts/audit.py --timeout 180
	.venv/bin/python -m pytest

index:
	@bash scripts/setup.sh app
	.venv/bin/assistant index build

eval:
	@bash scripts/setup.sh app
	.venv/bin/assistant eval

bench:
	@bash scripts/setup.sh app
	.venv/bin/assistant bench --json

lint:
	@bash scripts/setup.sh test
	.venv/bin/ruff check assistant web tests

load:
	@bash scripts/setup.sh test
	.venv/bin/python scripts/load.py

audit:
	@bash scripts/setup.sh test
	@.venv/bin/python scripts/audit.py --timeout 180

# The interface's strings (web/ templates, Python and JavaScript) into web/translations/messages.pot, merged into each
# language's catalogue (web/translations/cy/LC_MESSAGES/messages.po: translate what is new or marked fuzzy), then
# compiled to the .mo files the app reads (committed, so a checkout runs in Welsh without this step;
# tests/test_i18n.py fails when a string is missing from the catalogue or the .mo is older than the .po).
translations:
	@bash scripts/setup.sh app
	.venv/bin/pybabel extract -F babel.cfg -k lazy_gettext --add-location=file --sort-output --no-wrap \
		--project=what-matters -o web/translations/messages.pot web
	.venv/bin/pybabel update -i web/translations/messages.pot -d web/translations --no-wrap --ignore-obsolete
	.venv/bin/pybabel compile -d web/translations --statistics
