# The pipeline as a DAG of files: make rebuilds only what is older than its inputs.
# Raw inputs (data/raw) -> staging area (build/stage) -> validated -> published
# (data/processed/*.csv, datapackage.json). Run `make help` for the targets.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
# No .DELETE_ON_ERROR: every stage writes its files atomically (temporary file, then rename),
# and deleting targets after a failure would delete committed, published files.
.SUFFIXES:
MAKEFLAGS += --no-builtin-rules

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
# cffconvert needs an older jsonschema than frictionless: it gets an environment of its own.
CFF_INSTALLED := .venv-cff/.installed
# Same bytes on any machine: no locale, timezone or hash-seed dependence.
export LC_ALL := C.UTF-8
export TZ := UTC
export PYTHONHASHSEED := 0
export PYTHONDONTWRITEBYTECODE := 1

STAGE := build/stage
STAGED := $(STAGE)/data/processed
VALIDATED := build/validated.txt

ARTICLES := $(wildcard data/raw/documents/*/article.txt)
METADATA := $(wildcard data/raw/documents/*/metadata.yaml)
CODINGS := $(wildcard data/raw/documents/*/coding.yaml)
REGISTRY := $(wildcard data/raw/registry/*.yaml)
# The folders themselves: adding or removing an entry (a new folder, a symbolic link) changes
# their time, so normalize and code look again at what data/raw holds (and refuse a link).
RAW_FOLDERS := data/raw data/raw/documents data/raw/registry $(wildcard data/raw/documents/*/)
# Make's prerequisites follow the folders: a stage depends on its own module and on the whole
# shared library (pipeline/lib), so a change there rebuilds a little more, never less.
LIB := pipeline/__init__.py $(wildcard pipeline/lib/*.py) $(wildcard pipeline/lib/*.yaml)
COMMON := $(LIB)

NORMALIZED := documents segments
CODED := events statements source_notes actor_mentions place_mentions actors places
# Derived from the coded tables: the events in ACLED's columns (pipeline/stages/acled.py).
DERIVED := acled_events
TABLES := $(NORMALIZED) $(CODED) $(DERIVED)
PUBLISHED_FILES := $(TABLES:%=data/processed/%.csv) datapackage.json

NOTEBOOKS := $(basename $(notdir $(wildcard notebooks/*.ipynb)))
FIGURES := $(foreach name,$(NOTEBOOKS),figures/$(name).png figures/$(name).svg)
REPORTS := $(NOTEBOOKS:%=reports/%.html)

.PHONY: all help test lock clean release bench draft evaluate lint agreement serve site browser office fuzz
.DEFAULT_GOAL := all

DOCS := docs/codebook.md CITATION.cff README.md
INDEPENDENT := $(wildcard data/raw/documents/*/independent/coder-*.yaml)
AGREEMENT := reports/agreement.md
all: $(PUBLISHED_FILES) $(DOCS) $(FIGURES) $(REPORTS) $(AGREEMENT) ## Set up the environment and rebuild the published dataset (only what changed)

help: ## List the targets
	@grep -E '^[a-z][a-z_-]*:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(INSTALLED): requirements.lock
	@echo "setting up $(VENV) from requirements.lock (first run only: a minute or two)"
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	touch $@

$(CFF_INSTALLED): requirements-cff.lock
	$(PYTHON) -m venv .venv-cff
	.venv-cff/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-cff.lock
	touch $@

# 1. normalize: raw articles and their metadata -> documents, segments.
$(NORMALIZED:%=$(STAGED)/%.csv) &: $(ARTICLES) $(METADATA) $(RAW_FOLDERS) pipeline/stages/normalize.py \
		$(COMMON) $(NORMALIZED:%=schemas/%.schema.json) $(INSTALLED)
	$(PY) -m pipeline.stages.normalize

# 2. code: the reviewed codings and registries -> events, statements, actors ...
$(CODED:%=$(STAGED)/%.csv) &: $(NORMALIZED:%=$(STAGED)/%.csv) $(CODINGS) $(REGISTRY) $(RAW_FOLDERS) pipeline/stages/code.py $(COMMON) \
		schemas/plover_modes.yaml schemas/gazetteer.yaml \
		$(CODED:%=schemas/%.schema.json) $(INSTALLED)
	$(PY) -m pipeline.stages.code

# 2b. acled: the staged events, actors, places and documents -> the events ACLED would record.
$(STAGED)/acled_events.csv: $(CODED:%=$(STAGED)/%.csv) $(STAGED)/documents.csv schemas/acled.yaml \
		schemas/acled_events.schema.json schemas/package.yaml pipeline/stages/acled.py pipeline/stages/package.py \
		$(COMMON) $(INSTALLED)
	$(PY) -m pipeline.stages.acled

# 3. package: the descriptor, with each staged file's size and hash.
# (and build/stage/pandera/*.yaml: the pandera schemas derived from the Table Schemas)
$(STAGE)/datapackage.json: $(TABLES:%=$(STAGED)/%.csv) schemas/package.yaml pipeline/stages/package.py $(COMMON)
	$(PY) -m pipeline.stages.package

# 4. validate the staged package; 5. publish it only then.
$(VALIDATED): $(STAGE)/datapackage.json pipeline/stages/validate.py pipeline/stages/package.py $(COMMON)
	$(PY) -m pipeline.stages.validate

$(PUBLISHED_FILES) &: $(VALIDATED) pipeline/stages/publish.py $(COMMON)
	$(PY) -m pipeline.stages.publish

docs/codebook.md: $(wildcard schemas/*.schema.json) $(wildcard schemas/*.yaml) pipeline/outputs/codebook.py pipeline/stages/package.py pipeline/stages/acled.py \
		$(COMMON) $(INSTALLED)
	$(PY) -m pipeline.outputs.codebook

# 6. notebooks: each reads the published package and draws its figures; one run makes all three files.
reports/%.html figures/%.png figures/%.svg: notebooks/%.ipynb notebooks/charts.py pipeline/stages/notebooks.py $(PUBLISHED_FILES)
	$(PY) -m pipeline.stages.notebooks $<

# Inter-coder agreement of the independent codings (reports/agreement.md; its summary is in the README).
agreement: $(AGREEMENT) ## Compare each article's two independent codings: percent agreement and Krippendorff's alpha

$(AGREEMENT): $(INDEPENDENT) $(PUBLISHED_FILES) $(REGISTRY) schemas/plover_modes.yaml pipeline/review/agreement.py $(COMMON)
	$(PY) -m pipeline.review.agreement

CITATION.cff: schemas/package.yaml data/processed/documents.csv pipeline/outputs/citation.py pipeline/stages/package.py $(COMMON)
	$(PY) -m pipeline.outputs.citation

# The README's table previews and citation follow the published tables and CITATION.cff.
README.md: $(PUBLISHED_FILES) CITATION.cff $(AGREEMENT) pipeline/outputs/readme.py $(COMMON) $(CFF_INSTALLED)
	$(PY) -m pipeline.outputs.readme

# The release: an archive and a SQLite database, named after the package's name and version.
# Make needs the names before anything runs, so it reads them with sed; the release stage checks
# them against the package it releases (--expect) and refuses a mismatch.
NAME := $(shell sed -n 's/^name: *//p' schemas/package.yaml)
VERSION := $(shell sed -n 's/^version: *//p' schemas/package.yaml)
RELEASE := dist/$(NAME)-$(VERSION).zip dist/$(NAME)-$(VERSION).sqlite dist/$(NAME)-$(VERSION).xlsx

release: $(RELEASE) ## Build dist/<name>-<version>.zip, .sqlite and .xlsx (byte-identical for a version)

$(RELEASE) &: $(PUBLISHED_FILES) $(DOCS) $(FIGURES) $(ARTICLES) $(METADATA) $(CODINGS) $(REGISTRY) \
		docs/coding-guide.md CHANGELOG.md LICENSE LICENSE-DATA.md pipeline/outputs/release.py pipeline/outputs/sqlite_export.py \
		pipeline/outputs/workbook.py pipeline/outputs/readme.py pipeline/outputs/codebook.py $(COMMON)
	$(PY) -m pipeline.outputs.release --expect "$(NAME)-$(VERSION)"

# Datasette: the package's SQLite under a plain name (no version dots in the URL), with metadata
# (title, licence, source, table and column descriptions) from the schemas.
SERVE_DIR := build/datasette
SERVE := $(SERVE_DIR)/$(NAME).sqlite $(SERVE_DIR)/metadata.json
PORT ?= 8001
$(SERVE) &: $(PUBLISHED_FILES) pipeline/outputs/datasette.py pipeline/outputs/sqlite_export.py $(COMMON)
	$(PY) -m pipeline.outputs.datasette $(SERVE_DIR)

serve: $(SERVE) ## Explore the data in Datasette on http://127.0.0.1:8001 (PORT=...)
	$(VENV)/bin/datasette serve -i $(SERVE_DIR)/$(NAME).sqlite -m $(SERVE_DIR)/metadata.json -h 127.0.0.1 -p $(PORT)

# The dataset's home page: static files in build/site, from the package and the release.
SITE := build/site/index.html
SITE_SOURCES := $(wildcard pipeline/outputs/site*.py pipeline/outputs/site_assets/*)
$(SITE): $(RELEASE) $(PUBLISHED_FILES) $(DOCS) docs/coding-guide.md $(FIGURES) $(ARTICLES) $(SITE_SOURCES) $(COMMON) \
		$(AGREEMENT)
	$(PY) -m pipeline.outputs.site build/site

site: $(SITE) ## Build the dataset's home page into build/site (open build/site/index.html)

# Headless Chromium and its driver, from Debian, for the browser tests of the site.
browser: ## Install chromium and chromium-driver with apt when missing (needs root)
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	else echo "make browser: chromium and chromedriver are missing and cannot be installed here (not root, or no apt-get); the browser tests will be skipped"; fi

# LibreOffice, to check that the README's CSV filter string keeps text as text.
office: ## Install LibreOffice Calc (headless) with apt when missing (needs root)
	@if command -v soffice >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui >/dev/null; \
	else echo "make office: soffice is missing and cannot be installed here (not root, or no apt-get); its test will be skipped"; fi

lint: $(INSTALLED) ## Check the code and notebooks with ruff
	$(VENV)/bin/ruff check pipeline tests notebooks

draft: $(INSTALLED) ## Draft the coding of an article: make draft ARTICLE=x.txt PUBLISHED=YYYY-MM[-DD] OUT=dir
	$(PY) -m pipeline draft "$(ARTICLE)" --published "$(PUBLISHED)" --out "$(OUT)" $(if $(ID),--id "$(ID)")

evaluate: $(INSTALLED) ## Measure the draft extractor against every human coding (reports/extraction_quality.md)
	$(PY) -m pipeline evaluate

bench: $(INSTALLED) ## Measure the pipeline on 10 to 10,000 synthetic articles (benchmarks/results.md)
	$(PY) -m pipeline.bench.run $(if $(SIZES),--sizes $(SIZES))

fuzz: $(INSTALLED) ## Feed 5,000 mutated inputs to the build and check the error contract (reports/fuzz.md)
	$(PY) -m pipeline.fuzz.run $(if $(EXAMPLES),--examples $(EXAMPLES)) $(if $(BUDGET),--seconds $(BUDGET))

test: $(INSTALLED) $(CFF_INSTALLED) $(AGREEMENT) browser office $(SITE) ## Run the test suite (sets up the environments, the reports, the tools the tests drive and the site first)
	$(PY) -m pytest

lock: ## Regenerate requirements.lock and requirements-cff.lock (with hashes) from the .in files
	$(PY) -m pip install --quiet pip-tools==7.6.2
	$(VENV)/bin/pip-compile --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links --quiet -o requirements.lock requirements.in
	$(VENV)/bin/pip-compile --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links --quiet -o requirements-cff.lock requirements-cff.in

clean: ## Remove every product: the staging area and the published files (never data/raw)
	rm -rf build reports dist $(PUBLISHED_FILES) $(FIGURES) docs/codebook.md
