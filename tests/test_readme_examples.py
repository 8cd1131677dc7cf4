"""The README's qgis_process examples run as printed, on the sample, from a clone of the repository."""

import re
import shutil
import subprocess

import pytest
import qgis_process_runner
import sample_workspace
from qgis.core import QgsVectorLayer
from sample_data import SAMPLE_COPY

pytestmark = pytest.mark.slow

REPO = qgis_process_runner.REPO


def readme_examples():
    """The README's shell blocks that run qgis_process, in reading order."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return [block for block in re.findall(r"```sh\n(.*?)```", text, re.S) if "qgis_process" in block]


def feature_count(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return layer.featureCount()


def test_the_readme_examples_run_on_the_sample_as_printed(tmp_path):
    clone = tmp_path / "clone"  # what a reader's clone holds, without the test's own files
    clone.mkdir()
    (clone / "asm_pace_plugin").symlink_to(REPO / "asm_pace_plugin")
    (clone / "resources" / "sample").mkdir(parents=True)
    for entry in (REPO / "resources").iterdir():  # the sample is a copy: QGIS rewrites what it opens
        if entry.name != "sample":
            (clone / "resources" / entry.name).symlink_to(entry)
    shutil.copy2(SAMPLE_COPY, clone / "resources" / "sample" / SAMPLE_COPY.name)
    commands = tmp_path / "bin"  # both spellings the README uses, as on the reader's machine
    commands.mkdir()
    for name in ("qgis_process", "qgis_process.bin"):
        command = commands / name
        command.write_text(f'#!/bin/sh\nexec "{qgis_process_runner.qgis_process_executable()}" "$@"\n')
        command.chmod(0o755)
    env = qgis_process_runner.base_environment(tmp_path / "home")
    env["PATH"] = f"{commands}:{env['PATH']}"
    examples = readme_examples()
    assert len(examples) >= 5
    earlier = []  # the shell variables an earlier example set (SAMPLE=...), as in the reader's shell
    for example in examples:
        if "sitedossiers" in example:  # the workspace the dock writes while the officer assesses
            sample_workspace.build(
                clone / "assessment.gpkg",
                QgsVectorLayer(str(clone / "classified_sites.gpkg"), "sites", "ogr"),
            )
        result = subprocess.run(
            ["bash", "-e", "-c", "\n".join([*earlier, example])],
            cwd=clone, env=env, capture_output=True, text=True, timeout=900,
        )  # fmt: skip
        assert result.returncode == 0, f"{example}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        earlier += [line for line in example.splitlines() if re.match(r"^(export )?[A-Z_]+=", line)]
    assert feature_count(clone / "classified_sites.gpkg") == 12
    assert feature_count(clone / "classified_national.gpkg") == 12
    assert feature_count(clone / "traces.gpkg") > 0  # the downstream example traces the sample sites
    assert feature_count(clone / "pa_pressure.gpkg") > 0
    assert (clone / "dossiers.pdf").stat().st_size > 10_000
    assert (clone / "reports" / "toutes_les_aires.pdf").stat().st_size > 10_000  # the reports, in French
