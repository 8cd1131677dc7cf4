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
# Qt Linguist: pylupdate5 reads the texts out of the Python sources, lrelease compiles the .ts.
PYLUPDATE := pylupdate5
LRELEASE := $(firstword $(wildcard /usr/lib/qt5/bin/lrelease) lrelease)
I18N := $(PLUGIN)/i18n
LANGUAGES := fr es pt
TS_FILES := $(foreach language,$(LANGUAGES),$(I18N)/asm_pace_$(language).ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: setup system-packages venv translations ts test test-fast test-debian13 demo package deploy lint bench soak screenshots clean

setup: system-packages venv translations

# Installs the distribution's QGIS and test tools only when missing (needs root or sudo). PostgreSQL and
# its PostGIS extension (metapackages: the distribution's default server version) serve the
# PostGIS test, which starts a throw-away server of its own (tests/postgis_server.py).
system-packages:
	@if ! $(SYSTEM_PYTHON) -c "import qgis.core" 2>/dev/null || ! command -v qgis_process >/dev/null \
	    || ! $(SYSTEM_PYTHON) -c "import venv, ensurepip" 2>/dev/null || ! command -v pdftotext >/dev/null \
	    || ! command -v xvfb-run >/dev/null || ! command -v xdotool >/dev/null || ! command -v setxkbmap >/dev/null \
	    || ! $(SYSTEM_PYTHON) -c "import numpy, osgeo_utils" 2>/dev/null \
	    || ! command -v $(PYLUPDATE) >/dev/null || ! command -v $(LRELEASE) >/dev/null \
	    || ! ls /usr/lib/postgresql/*/bin/initdb /usr/share/postgresql/*/extension/postgis.control \
	      >/dev/null 2>&1; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q \
	    qgis python3-qgis qgis-providers python3-numpy python3-gdal python3-venv poppler-utils xvfb xauth xdotool x11-xkb-utils \
	    pyqt5-dev-tools qttools5-dev-tools \
	  && { DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q postgresql postgresql-postgis \
	       || echo "PostgreSQL/PostGIS could not be installed: the PostGIS test will be skipped."; }; \
	fi

$(VENV)/.installed: tools/requirements.py requirements/*.txt
	@$(MAKE) --no-print-directory system-packages
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r "$$($(SYSTEM_PYTHON) tools/requirements.py)"
	touch $@

venv: $(VENV)/.installed

# The compiled translations the plugin loads (not kept in git: built from the .ts sources).
translations: $(QM_FILES)

$(I18N)/%.qm: $(I18N)/%.ts
	@$(MAKE) --no-print-directory system-packages
	$(LRELEASE) -silent $< -qm $@

# Update the .ts sources from the code: new texts come in unfinished, for translators (docs/glossary.md).
ts:
	@$(MAKE) --no-print-directory system-packages
	$(SYSTEM_PYTHON) tools/update_translations.py --pylupdate $(PYLUPDATE) $(TS_FILES)

test: setup
	$(PY) -m pytest

# Only the fast unit tests of the domain rules.
test-fast: setup
	$(PY) -m pytest -m "not slow"

# The whole suite in a Debian 13 chroot (needs root or sudo): QGIS 3.40, or with QGIS_BACKPORTS=1
# QGIS 3.44 from trixie-backports. The chroots are built once with debootstrap and kept in
# DEBIAN13_CHROOTS; the checkout is copied in at each run.
DEBIAN13_CHROOTS ?= /var/cache/asm-pace-chroot
QGIS_BACKPORTS ?=
test-debian13:
	CHROOTS="$(DEBIAN13_CHROOTS)" BACKPORTS="$(QGIS_BACKPORTS)" tools/debian13_suite.sh

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
	# QGIS 4 (Qt6): what QGIS's pyqt5_to_pyqt6 script would change (scoped enums, imports...)
	$(PY) tools/qt6_check.py $(PLUGIN) tests tools

# GLOBAL=1 adds the global-size cases: classification against 250,000 protected areas on two shapes of
# WDPA (bench_dense.py), pressure of 30,000 and 100,000 sites, 1,000,000 sites' zones and traces on 250,000
# reaches (bench_scale.py); an hour or more.
bench: setup
	$(PY) tests/bench/run_bench.py $(if $(GLOBAL),--global)

# Many more seeded click sequences on every page of the dock than `make test` runs
# (tests/ui/test_monkey_dock.py; one sequence replays with tests/monkey_dock.py --page P --seed N).
SEEDS ?= 500
soak: setup
	ASM_PACE_MONKEY_SEEDS=$(SEEDS) ASM_PACE_MONKEY_SEED_TIMEOUT=600 $(PY) -m pytest -p no:cacheprovider --timeout=0 tests/ui/test_monkey_dock.py

clean:
	rm -rf $(VENV) dist demo-output .pytest_cache $(QM_FILES)

# Pictures of the assessment dock at each step, for docs/dock.md.
screenshots: setup
	$(PY) tools/dock_screenshots.py
