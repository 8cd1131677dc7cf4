# ASM-PACE QGIS plugin. `make test` and `make demo` set up everything they need on a
# fresh Debian 12 (QGIS 3.22) or Debian 13 (QGIS 3.40) machine.

SHELL := /bin/bash
PLUGIN := asm_pace_plugin
VENV := .venv
# QGIS's Python bindings belong to Debian's interpreter, never to a pyenv/conda one.
SYSTEM_PYTHON := /usr/bin/python3
PY := $(VENV)/bin/python
# The venv's bin first, so that QGIS's embedded Python (qgis_process) finds Debian's python3.
export PATH := $(CURDIR)/$(VENV)/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
OUT ?= $(CURDIR)/demo-output
PROFILE ?= default

.PHONY: setup system-packages venv test test-fast demo package deploy lint bench screenshots clean

setup: system-packages venv

# Installs the distribution's QGIS and test tools only when missing (needs root or sudo). PostgreSQL and
# its PostGIS extension (metapackages: the distribution's default server version) serve the
# PostGIS test, which starts a throw-away server of its own (tests/postgis_server.py).
system-packages:
	@if ! $(SYSTEM_PYTHON) -c "import qgis.core" 2>/dev/null || ! command -v qgis_process >/dev/null \
	    || ! $(SYSTEM_PYTHON) -c "import venv, ensurepip" 2>/dev/null || ! command -v pdftotext >/dev/null \
	    || ! command -v xvfb-run >/dev/null || ! $(SYSTEM_PYTHON) -c "import numpy, osgeo_utils" 2>/dev/null \
	    || ! ls /usr/lib/postgresql/*/bin/initdb /usr/share/postgresql/*/extension/postgis.control \
	      >/dev/null 2>&1; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q \
	    qgis python3-qgis qgis-providers python3-numpy python3-gdal python3-venv poppler-utils xvfb xauth \
	  && { DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q postgresql postgresql-postgis \
	       || echo "PostgreSQL/PostGIS could not be installed: the PostGIS test will be skipped."; }; \
	fi

$(VENV)/.installed: tools/requirements.py requirements/*.txt
	@$(MAKE) --no-print-directory system-packages
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r "$$($(SYSTEM_PYTHON) tools/requirements.py)"
	touch $@

venv: $(VENV)/.installed

test: setup
	$(PY) -m pytest

# Only the fast unit tests of the domain rules.
test-fast: setup
	$(PY) -m pytest -m "not slow"

demo: setup
	$(PY) tools/demo.py --out "$(OUT)"

package: setup
	$(PY) tools/package.py --out dist

deploy: setup
	$(PY) tools/package.py --deploy "$(PROFILE)"

lint: setup
	$(PY) -m ruff check $(PLUGIN) tests tools
	$(PY) -m ruff format --check $(PLUGIN) tests tools
	$(PY) -m flake8 $(PLUGIN) tests tools

bench: setup
	$(PY) tests/bench/run_bench.py

clean:
	rm -rf $(VENV) dist demo-output .pytest_cache

# Pictures of the assessment dock at each step, for docs/dock.md.
screenshots: setup
	$(PY) tools/dock_screenshots.py
