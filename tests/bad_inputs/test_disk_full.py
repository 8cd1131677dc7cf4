"""The bad-input corpus, part five: disks that fill up and writers killed mid-file.

Every file output is written beside its target and renamed over it only when complete: a full
disk stops the run with "The disk is full", a kill -9 mid-write leaves the earlier file as it
was. The small disk is a tmpfs mount (root only: skipped with the reason elsewhere)."""

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from layers import run_algorithm, sample
from qgis.core import QgsProcessingException

from asm_pace_plugin.core.assessment.workspace import open_workspace
from asm_pace_plugin.core.shared import outputs

FULL = "The disk is full"
EARLIER = "earlier good file\n"


def mount_small_disk(folder, size):
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk (tmpfs) needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(f"a tmpfs cannot be mounted here: {done.stderr.strip()}")


@pytest.fixture()
def small_disks(tmp_path):
    """make(size): a disk of that size (a tmpfs), unmounted after the test."""
    mounted = []

    def make(size):
        folder = tmp_path / f"disk{len(mounted)}"
        mount_small_disk(folder, size)
        mounted.append(folder)
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture()
def small_disk(small_disks):
    """A 200 kB disk."""
    return small_disks("200k")


@pytest.fixture(scope="module")
def big_workspace(tmp_path_factory):
    """100 sites whose notes fill well over 200 kB of any table, compressed or not."""
    path = tmp_path_factory.mktemp("big") / "assessment.gpkg"
    workspace = open_workspace(path, officer="Officer Test")
    for number in range(100):
        key = f"S{number:03d}"
        workspace.record_site(key, f"Camp {number}", None, {"pace_class": "protected_area"})
        # Notes that do not compress (an XLSX is a zip): 5,000 hexadecimal digits each.
        notes = "".join(hashlib.sha256(f"{number}-{part}".encode()).hexdigest() for part in range(78))
        workspace.set_profile_field(key, "notes", f"Field visit {number}: {notes}")
    workspace.close()
    return path


def dossier_workspace(path, sites, notes):
    """A workspace of `sites` assessed sites, each with `notes` sentences of notes."""
    workspace = open_workspace(path, officer="Officer Test")
    for number in range(sites):
        workspace.record_site(f"S{number:02d}", f"Camp {number}", None, {"pace_class": "protected_area"})
        workspace.set_profile_field(f"S{number:02d}", "notes", "Gold panning on the river. " * notes)
    workspace.close()


def leftovers(folder):
    return [name for name in os.listdir(folder) if outputs._ASIDE_MARK in name]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_an_export_onto_a_full_disk_stops_with_a_sentence_and_keeps_the_earlier_file(
    provider, small_disk, big_workspace, suffix
):
    target = small_disk / f"export.{suffix}"
    target.write_text(EARLIER)
    with pytest.raises(QgsProcessingException, match=FULL) as raised:
        run_algorithm("asm_pace:exportassessments", {"WORKSPACE": str(big_workspace), "OUTPUT": str(target)})
    assert str(target) in str(raised.value)
    assert target.read_text() == EARLIER
    assert leftovers(small_disk) == []


def test_dossiers_onto_a_full_disk_stop_with_a_sentence_and_keep_the_earlier_pdf(
    provider, small_disks, tmp_path
):
    small_disk = small_disks("16k")  # less than a PDF of two sites with its fonts
    dossier_workspace(tmp_path / "assessment.gpkg", sites=2, notes=30)
    pdf = small_disk / "dossiers.pdf"
    pdf.write_text(EARLIER)
    with pytest.raises(QgsProcessingException, match=FULL):
        run_algorithm(
            "asm_pace:sitedossiers",
            {"WORKSPACE": str(tmp_path / "assessment.gpkg"), "OUTPUT_PDF": str(pdf), "OUTPUT_HTML": None},
        )
    assert pdf.read_text() == EARLIER
    assert leftovers(small_disk) == []


def test_a_classification_onto_a_full_disk_says_the_disk_is_full(provider, small_disks):
    folder = small_disks("64k")
    output = folder / "classified.gpkg"
    with pytest.raises(QgsProcessingException, match=FULL):
        run_algorithm(
            "asm_pace:classifysites",
            {"SITES": sample("sites"), "PROTECTED_AREAS": [sample("protected_areas")], "OUTPUT": str(output)},
        )
    assert not output.exists() and leftovers(folder) == []


WRITER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, sys.argv[2])
    from asm_pace_plugin.core.shared import outputs
    with outputs.written_aside(sys.argv[1]) as aside, open(aside, "w") as handle:
        for row in range(100000):
            handle.write(f"row {row}\\n")
            handle.flush()
            if row == 10:
                print("writing", flush=True)
            time.sleep(0.001)
    """
)


def test_a_writer_killed_mid_file_leaves_the_earlier_file_intact(tmp_path):
    target = tmp_path / "export.csv"
    target.write_text(EARLIER)
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target), repo], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "writing"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert target.read_text() == EARLIER
    (_half_written,) = leftovers(tmp_path)  # the killed writer's half file, hidden, never the target
    outputs.write_text(target, "new\n")  # the next write succeeds and is whole
    assert target.read_text() == "new\n"


def being_written(target):
    """Whether target is being written: a file of its own aside with bytes in it, or the target
    itself no longer the earlier file (a writer that writes in place)."""
    folder = target.parent
    aside = [folder / name / target.name for name in leftovers(folder)]
    return any(path.exists() and path.stat().st_size > 0 for path in aside) or (
        target.stat().st_size != len(EARLIER) if target.exists() else True
    )


def killed_while_writing(arguments, home, target, timeout=240):
    """Run qgis_process with arguments and kill -9 it (its whole process group) once target is
    being written; True if it was killed so, False if it ended first."""
    import qgis_process_runner

    child = subprocess.Popen(
        [qgis_process_runner.qgis_process_executable(), *arguments],
        env=qgis_process_runner.environment(home, qgis_process_runner.REPO),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + timeout
    killed = False
    try:
        while child.poll() is None and time.monotonic() < deadline and not killed:
            killed = being_written(target)
            if not killed:
                time.sleep(0.005)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    return killed


@pytest.mark.slow
def test_a_dossier_run_killed_mid_pdf_leaves_the_earlier_pdf_intact(qgis_process_home, tmp_path):
    """kill -9 of the real writer (qgis_process writing the dossiers' PDF): the earlier PDF stays."""
    dossier_workspace(tmp_path / "assessment.gpkg", sites=40, notes=60)
    out = tmp_path / "out"
    out.mkdir()
    pdf = out / "dossiers.pdf"
    pdf.write_text(EARLIER)
    arguments = ["run", "asm_pace:sitedossiers", "--", f"WORKSPACE={tmp_path / 'assessment.gpkg'}"]
    assert killed_while_writing([*arguments, f"OUTPUT_PDF={pdf}"], qgis_process_home, pdf), (
        "the run ended before its PDF was being written: give it more sites"
    )
    assert pdf.read_text() == EARLIER
    assert [name for name in os.listdir(out) if outputs._ASIDE_MARK not in name] == ["dossiers.pdf"]


def test_a_text_written_aside_replaces_its_target_only_when_complete(tmp_path):
    target = tmp_path / "page.html"
    target.write_text(EARLIER)
    with pytest.raises(RuntimeError), outputs.written_aside(target) as aside:
        aside.write_text("half")
        raise RuntimeError("stopped mid-write")
    assert target.read_text() == EARLIER and leftovers(tmp_path) == []
    outputs.write_text(target, "whole")
    assert target.read_text() == "whole" and leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("algorithm", "suffix", "name"),
    [
        ("asm_pace:classifysites", "gpkg", "Classified sites"),
        ("asm_pace:classifysites", "shp", "Classified sites"),
        ("asm_pace:classifysites", "csv", "Classified sites"),
        ("asm_pace:classifysites", "xlsx", "Classified sites"),
        ("asm_pace:classifysites", "geojson", "Classified sites"),
        ("asm_pace:exportassessments", "csv", "Assessments"),
        ("asm_pace:exportassessments", "xlsx", "Assessments"),
    ],
)
def test_an_output_written_aside_is_loaded_from_its_own_file(
    provider, layer_tree_iface, big_workspace, tmp_path, algorithm, suffix, name
):
    from layers import run_and_load

    target = tmp_path / f"output.{suffix}"
    inputs = {
        "asm_pace:classifysites": {"SITES": sample("sites"), "PROTECTED_AREAS": [sample("protected_areas")]},
        "asm_pace:exportassessments": {"WORKSPACE": str(big_workspace)},
    }[algorithm]
    results, errors, loaded = run_and_load(algorithm, {**inputs, "OUTPUT": str(target)})
    assert not errors, errors
    assert loaded == [name]
    assert results["OUTPUT"].split("|")[0] == str(target) and target.exists()
    assert leftovers(tmp_path) == []


def test_an_html_dossier_onto_a_full_disk_stops_with_a_sentence_and_keeps_the_earlier_page(
    provider, small_disks, tmp_path
):
    small_disk = small_disks("16k")
    dossier_workspace(tmp_path / "assessment.gpkg", sites=2, notes=400)  # a page of 20 kB
    page = small_disk / "dossiers.html"
    page.write_text(EARLIER)
    with pytest.raises(QgsProcessingException, match=FULL):
        run_algorithm(
            "asm_pace:sitedossiers",
            {
                "WORKSPACE": str(tmp_path / "assessment.gpkg"),
                "OUTPUT_PDF": str(tmp_path / "dossiers.pdf"),
                "OUTPUT_HTML": str(page),
            },
        )
    assert page.read_text() == EARLIER
    assert leftovers(small_disk) == []
