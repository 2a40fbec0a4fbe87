# Briefing-site generator. `make site` builds, `make test` tests; both set up .venv.
SEEDS ?= seeds
DOCS := docs
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := .build
OFFLINE_DIR := dist/briefing-offline
CHROMIUM := /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

SEEDS_FILES := $(shell find $(SEEDS) -type f 2>/dev/null)
GENERATOR_FILES := $(shell find generator -type f -not -name '*.pyc' 2>/dev/null)
HAND_DOCS := $(shell find $(DOCS) -type f -not -path '*/.*' 2>/dev/null)

.PHONY: site serve test check clean golden setup eval bench offline deploy browser-deps

site: $(STAMP)/site

setup: $(VENV)/.installed

# The virtualenv, with the pinned packages (pyproject.toml, constraints.txt).
$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $@

# Rebuilt only when the corpus path changes, so switching SEEDS forces a new build.
$(STAMP)/seeds-path: FORCE
	@mkdir -p $(STAMP)
	@echo '$(abspath $(SEEDS))' | cmp -s - $@ || echo '$(abspath $(SEEDS))' > $@

$(STAMP)/site: $(VENV)/.installed $(STAMP)/seeds-path $(SEEDS_FILES) $(GENERATOR_FILES) \
		$(HAND_DOCS) mkdocs.yml
	$(PY) -m generator check --seeds $(SEEDS)
	$(PY) -m generator build --seeds $(SEEDS) --docs $(DOCS) --cache $(STAMP)/cache
	$(PY) -m mkdocs build --strict --quiet
	touch $@

# The offline bundle: plain .html links, search that works from file://, then a zip.
offline: $(STAMP)/site
	rm -rf $(OFFLINE_DIR)
	BRIEFING_OFFLINE=1 $(PY) -m mkdocs build --strict --quiet --site-dir $(OFFLINE_DIR)
	$(PY) -m generator bundle --site $(OFFLINE_DIR) --zip $(OFFLINE_DIR).zip

# Publish to a gh-pages branch (the Pages workflow in .github/ is the other way).
deploy: $(STAMP)/site
	$(PY) -m mkdocs gh-deploy --force

# Debian's Chromium for the browser tests: installed when running as root (as CI does).
browser-deps:
	@if [ ! -x $(CHROMIUM) ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing Debian's chromium for the browser tests"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else \
			echo "Note: $(CHROMIUM) is missing; browser tests will be skipped." \
				"Install it with: sudo apt-get install chromium"; \
		fi; \
	fi

serve: $(STAMP)/site
	BRIEFING_SERVE_SEEDS=$(SEEDS) $(PY) -m mkdocs serve

check: $(VENV)/.installed
	$(PY) -m generator check --seeds $(SEEDS)
	$(PY) -m ruff check generator tests
	$(PY) -m mypy

test: $(VENV)/.installed browser-deps
	$(PY) -m pytest

# Mention precision/recall and statement accuracy against the hand annotations.
eval: $(VENV)/.installed
	$(PY) -m tests.eval

# Synthetic corpora of 100, 1,000 and 5,000 articles: generator and build time, memory.
bench: $(VENV)/.installed
	$(PY) -m tests.bench

# Refresh the expected pages of the golden test; review the diff like code.
golden: $(VENV)/.installed
	$(PY) -m tests.golden refresh

clean:
	rm -rf site dist $(STAMP) .pytest_cache .mypy_cache .ruff_cache
	$(PY) -m generator clean --docs $(DOCS) 2>/dev/null || true

FORCE:
