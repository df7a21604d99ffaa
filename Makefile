# Quick start: `make run` (set up, build the index on first run, serve) and `make test`.
.PHONY: run test setup eval bench lint index load audit

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
