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

# What a build depends on, as one listing (name, size, mtime of every file in the corpus,
# the generator, docs/ and the site): make cannot hold file names with spaces as
# prerequisites, and this listing also changes when docs/ was cleaned or lost its manifest.
INPUTS = { echo "$(abspath $(SEEDS))"; \
	find "$(SEEDS)" generator "$(DOCS)" mkdocs.yml -not -path '*/.generator-*' \
		-not -name '*.pyc' \( -type f -o -type l \) -printf '%p\t%s\t%T@\n' 2>/dev/null \
		| LC_ALL=C sort; test -f site/index.html || echo "no site"; \
	test -f "$(DOCS)/.generator-manifest.json" || echo "no manifest"; }

.PHONY: site serve test check clean golden setup eval bench offline deploy browser-deps suggest \
	constraints budgets pdf bench-pdf bench-search bench-stages

site: $(STAMP)/site

setup: $(VENV)/.installed

# The virtualenv, with the pinned packages (pyproject.toml, constraints.txt).
$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $@

# Built again only when the listing differs from the one taken after the last build.
$(STAMP)/site: $(VENV)/.installed FORCE
	@mkdir -p $(STAMP)
	@$(INPUTS) > $(STAMP)/inputs.now
	@if [ -f $@ ] && cmp -s $(STAMP)/inputs.now $(STAMP)/inputs.built; then \
		echo "The site is up to date (nothing changed in $(SEEDS), generator/ or $(DOCS)/)."; \
	else \
		set -e; \
		echo '$(PY) -m generator check --seeds "$(SEEDS)"'; \
		$(PY) -m generator check --seeds "$(SEEDS)"; \
		echo '$(PY) -m generator build --seeds "$(SEEDS)" --docs $(DOCS)'; \
		$(PY) -m generator build --seeds "$(SEEDS)" --docs $(DOCS) --cache $(STAMP)/cache; \
		echo '$(PY) -m mkdocs build --strict'; \
		$(PY) -m mkdocs build --strict; \
		$(INPUTS) > $(STAMP)/inputs.built; \
		touch $@; \
	fi

# The offline bundle: plain .html links, search that works from file://, then a zip.
offline: $(STAMP)/site
	rm -rf $(OFFLINE_DIR)
	BRIEFING_OFFLINE=1 $(PY) -m mkdocs build --strict --site-dir $(OFFLINE_DIR)
	$(PY) -m generator bundle --site $(OFFLINE_DIR) --zip $(OFFLINE_DIR).zip

# The whole briefing as one PDF (WeasyPrint; the Pango library comes with Debian).
pdf: $(STAMP)/site
	$(PY) -m generator pdf --docs $(DOCS) --out dist/briefing.pdf

# Publish to a gh-pages branch (the Pages workflow in .github/ is the other way).
deploy: $(STAMP)/site
	$(PY) -m mkdocs gh-deploy --force

# Debian's packages the tests need: Chromium (browser tests), poppler-utils (the PDF
# tests read PDFs with pdftotext and pdfinfo) and Pango (WeasyPrint draws the PDF with
# it). Installed when running as root (as CI does); otherwise the command is printed.
DEBIAN_DEPS := chromium poppler-utils libpango-1.0-0 libpangoft2-1.0-0
browser-deps:
	@if [ ! -x $(CHROMIUM) ] || ! command -v pdftotext >/dev/null || \
			! ldconfig -p | grep -q libpangoft2-1.0; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing Debian's $(DEBIAN_DEPS) for the tests"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
				$(DEBIAN_DEPS); \
		else \
			echo "Note: some of Debian's $(DEBIAN_DEPS) are missing; browser and PDF" \
				"tests will be skipped. Install them with: sudo apt-get install $(DEBIAN_DEPS)"; \
		fi; \
	fi

serve: $(STAMP)/site
	BRIEFING_SERVE_SEEDS="$(SEEDS)" $(PY) -m mkdocs serve

check: $(VENV)/.installed
	$(PY) -m generator check --seeds "$(SEEDS)"
	$(PY) -m ruff check generator tests
	$(PY) -m ruff format --check generator tests
	$(PY) -m mypy
	$(PY) -m cogapp --check README.md

# Pin every package, direct or not, from pyproject.toml into constraints.txt.
constraints: $(VENV)/.installed
	$(PY) -m piptools compile --quiet --extra dev --strip-extras --no-emit-index-url \
		--no-emit-find-links --output-file constraints.txt pyproject.toml

# Draft the corpus's YAML from its articles, for review, into $(SEEDS)/suggested/.
suggest: $(VENV)/.installed
	$(PY) -m generator suggest --seeds "$(SEEDS)" --cache $(STAMP)/cache

# On every core (pytest-xdist); a test's session fixtures are built once per worker.
test: $(VENV)/.installed browser-deps
	$(PY) -m pytest -n auto --dist loadgroup

# Accuracy against the hand annotations; the README's tables are rewritten from the run.
eval: $(VENV)/.installed
	$(PY) -m tests.eval; status=$$?; $(PY) -m cogapp -r README.md; exit $$status

# Synthetic corpora of 100, 1,000 and 5,000 articles: generator and build time, memory.
bench: $(VENV)/.installed
	$(PY) -m tests.bench; status=$$?; $(PY) -m cogapp -r README.md; exit $$status

# How tall and heavy the seed site's pages are in Chromium, against the reading budgets.
budgets: $(VENV)/.installed browser-deps
	$(PY) -m tests.budgets; status=$$?; $(PY) -m cogapp -r README.md; exit $$status

# The PDF of the seed briefing and of 100 and 1,000 synthetic articles: pages, size, time.
bench-pdf: $(VENV)/.installed
	$(PY) -m tests.bench.pdf; status=$$?; $(PY) -m cogapp -r README.md; exit $$status

# Where the generator's time goes at 1,000 articles, and what converting its pages costs.
bench-stages: $(VENV)/.installed
	$(PY) -m tests.bench.stages; status=$$?; $(PY) -m cogapp -r README.md; exit $$status

# The offline bundles of the bench corpora in Chromium: zip size, first search answer.
bench-search: $(VENV)/.installed browser-deps
	$(PY) -m tests.bench.search; status=$$?; $(PY) -m cogapp -r README.md; exit $$status

# Refresh the expected pages of the golden test; review the diff like code.
golden: $(VENV)/.installed
	$(PY) -m tests.golden refresh

clean:
	rm -rf site dist $(STAMP) .pytest_cache .mypy_cache .ruff_cache
	$(PY) -m generator clean --docs $(DOCS) 2>/dev/null || true

FORCE:
