"""Where a run reads and writes: outputs that would destroy an input, or each other, and
folders that cannot be written. Checked before anything is written.

A dataset is a file and, where the file holds several layers (GeoPackage), one layer of it;
layer None means the whole file (a Shapefile, a CSV, a plain GeoPackage destination, which
GDAL replaces whole, or the assessment workspace).
"""

import contextlib
import errno
import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import PluginError
from .i18n import translate

# Why two datasets cannot both be used (the algorithm layer turns these into sentences).
OVERWRITES_INPUT = "overwrites input"
SAME_OUTPUT = "same output"
NOT_A_FOLDER = "not a folder"
NOT_WRITABLE = "not writable"
IS_A_FOLDER = "is a folder"


@dataclass(frozen=True)
class Dataset:
    path: str  # absolute and normalised: two spellings of one file compare equal
    layer: str = None  # lower case; None: the whole file

    def meets(self, other):
        """Whether writing one of the two destroys the other: the same file, and the same
        layer or one of them the whole file."""
        return self.path == other.path and (None in (self.layer, other.layer) or self.layer == other.layer)


def dataset(path, layer=None):
    """A Dataset of a file path (None for no path: memory layers, databases)."""
    if not path:
        return None
    return Dataset(
        os.path.normcase(os.path.realpath(os.path.expanduser(str(path)))), layer.lower() if layer else None
    )


@dataclass(frozen=True)
class Conflict:
    kind: str  # OVERWRITES_INPUT or SAME_OUTPUT
    output: str  # description of the output (its parameter)
    other: str  # description of the input or of the other output
    path: str


def conflicts(inputs, outputs):
    """Conflicts of (description, Dataset) outputs with the inputs and with each other.

    Inputs and outputs whose Dataset is None (memory, databases) never conflict.
    """
    inputs = [(what, where) for what, where in inputs if where is not None]
    outputs = [(what, where) for what, where in outputs if where is not None]
    found = []
    for position, (what, where) in enumerate(outputs):
        found += [
            Conflict(OVERWRITES_INPUT, what, other, where.path) for other, read in inputs if where.meets(read)
        ]
        found += [
            Conflict(SAME_OUTPUT, what, other, where.path)
            for other, written in outputs[position + 1 :]
            if where.meets(written)
        ]
    return found


def unwritable(path):
    """(NOT_A_FOLDER, NOT_WRITABLE or IS_A_FOLDER, folder) when no file can be written at path,
    else None.

    The path must not be a folder itself, the nearest existing folder on the way must be a
    folder, and a file must be creatable in it (tried for real: root passes access checks that
    /proc or a read-only disk refuse).
    """
    target = Path(os.path.realpath(os.path.expanduser(str(path))))
    if target.is_dir():
        return IS_A_FOLDER, str(target)
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        return NOT_A_FOLDER, str(folder)
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError:
        return NOT_WRITABLE, str(folder)
    return None


def geopackage_tables(path):
    """Lower-case names of the tables a GeoPackage holds (empty when there is no such file).
    Read through sqlite3, read-only: GDAL may rewrite the header of a file it opens."""
    import sqlite3

    if not Path(path).is_file():
        return set()
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return set()
    try:
        return {row[0].lower() for row in connection.execute("SELECT table_name FROM gpkg_contents")}
    except sqlite3.Error:
        return set()
    finally:
        connection.close()


def free_name(wanted, taken):
    """wanted, or wanted_2, wanted_3... the first not in taken (compared in lower case): a new
    run never writes over an earlier output."""
    taken = {name.lower() for name in taken}
    name, number = wanted, 1
    while name.lower() in taken:
        number += 1
        name = f"{wanted}_{number}"
    return name


# -- writing aside ------------------------------------------------------------------------------
# Every file the plugin writes is written beside its target under a hidden name and renamed over
# it (os.replace, atomic on one disk) only once complete and checked: a full disk, a crash or a
# kill -9 mid-write leaves the earlier file as it was, never a half-written one.

# Side files that belong to a file of the same stem (Shapefile): renamed along with it, and those
# of the earlier file that the new one lacks removed (a stale .qix index would answer wrongly).
SIDE_SUFFIXES = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx")
_ASIDE_MARK = ".asm_pace-writing-"
# Below this much free space after a failed write, the failure is put down to a full disk.
_FULL_BELOW = 1024 * 1024
_FULL_WORDS = ("disk is full", "no space left", "disk full")
DISK_FULL = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class OutputWriteError(PluginError):
    """An output could not be written; the earlier file, if any, is left as it was."""


def whole_file(destination):
    """The file path of a sink destination that is a file of its own (written aside, then renamed
    over it), or None: memory and database outputs, and a named layer of a file ('|layername=',
    'ogr:' URIs), which is written into that file in place."""
    if not destination or "|" in destination or re.match(r"^[a-z][a-z0-9]{2,}:", destination.lower()):
        return None
    return str(Path(destination))


def aside_path(target):
    """Where `target` is written first: a file of the same name in a hidden folder of its own
    beside it (one disk, so that the rename is atomic; the same name, so that a GeoPackage's
    layer, an XLSX's sheet and a Shapefile's side files are named as the target's). Made here."""
    target = Path(target)
    # No suffix of the target in the folder's name: GDAL would take '.xlsx/' for an archive.
    name_digest = hashlib.sha1(target.name.encode("utf-8")).hexdigest()[:10]
    folder = target.parent / f"{_ASIDE_MARK}{os.getpid()}-{name_digest}"
    discard(folder / target.name)  # what a killed run of the same process id left
    folder.mkdir(parents=True)
    return folder / target.name


def _family(path):
    """The file and its side files (same stem, known suffixes), as they exist."""
    path = Path(path)
    if path.suffix.lower() not in SIDE_SUFFIXES:
        return [path] if path.exists() else []
    return [path.with_suffix(suffix) for suffix in SIDE_SUFFIXES if path.with_suffix(suffix).exists()]


def _sync(path):
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def commit(aside, target):
    """Rename the finished `aside` (and its side files) over `target`: on disk first, then
    renamed, the main file last. Raises OutputWriteError with a sentence."""
    aside, target = Path(aside), Path(target)
    written = _family(aside)
    try:
        if not written:
            raise write_error(target, translate("Outputs", "nothing was written"))
        for path in written:
            _sync(path)
        new_suffixes = {path.suffix.lower() for path in written}
        for stale in _family(target):
            if stale.suffix.lower() not in new_suffixes:
                stale.unlink()
        main = [path for path in written if path.name == aside.name]
        for path in [path for path in written if path not in main] + main:
            os.replace(path, target.parent / path.name)
        _sync(target.parent)
    except OSError as error:
        raise write_error(target, error) from error
    finally:
        discard(aside)


def discard(aside):
    """Remove what was written aside (after a failure or a cancel): its hidden folder."""
    folder = Path(aside).parent
    if folder.name.startswith(_ASIDE_MARK):
        shutil.rmtree(folder, ignore_errors=True)


def says_disk_full(detail):
    """Whether an error (errno, or the text GDAL or SQLite gives) says the disk is full."""
    if isinstance(detail, OSError) and detail.errno is not None:
        return detail.errno in (errno.ENOSPC, errno.EDQUOT)
    return detail is DISK_FULL or any(words in str(detail or "").lower() for words in _FULL_WORDS)


def disk_full(path, error=None):
    """Whether a failed write to `path` came from a full disk: its errno or its text, else the
    free space left on the disk that holds it."""
    if says_disk_full(error):
        return True
    if isinstance(error, OSError) and error.errno is not None:
        return False
    folder = Path(path).parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < _FULL_BELOW
    except OSError:
        return False


def write_error(target, detail):
    """The sentence of a failed write of `target`: a full disk says so, others give the reason."""
    if disk_full(target, detail):
        return OutputWriteError(
            translate(
                "Outputs",
                "The disk is full: {path} could not be written. Free some space or choose another disk; "
                "the earlier file, if any, is left as it was.",
            ).format(path=target)
        )
    reason = detail.strerror if isinstance(detail, OSError) and detail.strerror else str(detail)
    return OutputWriteError(
        translate(
            "Outputs", "{path} could not be written ({reason}); the earlier file, if any, is left as it was."
        ).format(path=target, reason=reason)
    )


@contextlib.contextmanager
def written_aside(target):
    """`with written_aside(target) as aside:` write to aside; renamed over target when the block
    ends, removed (target untouched) when it raises. OSError becomes an OutputWriteError."""
    try:
        aside = aside_path(target)
    except OSError as error:
        raise write_error(target, error) from error
    try:
        yield aside
    except OSError as error:
        discard(aside)
        raise write_error(target, error) from error
    except BaseException:
        discard(aside)
        raise
    commit(aside, target)


def write_text(target, text):
    """Write a text file (UTF-8) aside and rename it over target."""
    with written_aside(target) as aside, open(aside, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def write_image(image, target, kind="PNG"):
    """Save a QImage aside and rename it over target; OutputWriteError when it cannot be saved."""
    with written_aside(target) as aside:
        if not image.save(str(aside), kind):
            raise write_error(target, translate("Outputs", "the image could not be saved"))


def whole_pdf(path):
    """Whether the PDF at path was written to its end (its last bytes hold %%EOF)."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - 1024))
            return b"%%EOF" in handle.read()
    except OSError:
        return False
