"""Where a run reads and writes: outputs that would destroy an input, or each other, and
folders that cannot be written. Checked before anything is written.

A dataset is a file and, where the file holds several layers (GeoPackage), one layer of it;
layer None means the whole file (a Shapefile, a CSV, a plain GeoPackage destination, which
GDAL replaces whole, or the assessment workspace).
"""

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

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
