"""The shipped sample is what tools/make_sample_data.py writes, byte for byte, on every run."""

import hashlib
import os
import subprocess
from pathlib import Path

from sample_data import shipped_sample_digest

SCRIPT = Path(__file__).resolve().parent.parent / "tools" / "make_sample_data.py"


def test_the_sample_script_writes_the_shipped_sample_again(tmp_path):
    written = tmp_path / "sample.gpkg"
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        ["/usr/bin/python3", str(SCRIPT), "--out", str(written)],
        check=True,
        env=environment,
        capture_output=True,
        timeout=300,
    )
    assert hashlib.sha256(written.read_bytes()).hexdigest() == shipped_sample_digest()
