"""`make bench`: every benchmark of the plugin, written to docs/benchmarks.md.

Each module tests/bench/bench_*.py has run(work_dir) -> str, a Markdown section with its
figures measured in this run (ratios against QGIS's native algorithms, run the same way).
Benchmarks are never timed tests: they report, they do not pass or fail.
"""

import argparse
import datetime
import importlib
import os
import platform
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tools"), str(HERE)]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="run only the bench modules whose name contains this")
    parser.add_argument("--out", default=str(REPO / "docs" / "benchmarks.md"))
    parser.add_argument("--work-dir", help="keep generated data here (default: a temporary folder)")
    parser.add_argument(
        "--global", dest="global_size", action="store_true", help="also run the global-size case (slow)"
    )
    args = parser.parse_args()
    if args.global_size:
        os.environ["ASM_PACE_BENCH_GLOBAL"] = "1"
    from qgis.core import Qgis

    modules = sorted(path.stem for path in HERE.glob("bench_*.py"))
    if args.only:
        modules = [name for name in modules if args.only in name]
    sections = []
    with tempfile.TemporaryDirectory(prefix="asm-pace-bench-") as temporary:
        work = Path(args.work_dir or temporary)
        for name in modules:
            print(f"== {name}", flush=True)
            section = importlib.import_module(name).run(work / name)
            print(section, flush=True)
            sections.append(section)
    header = (
        "# Benchmarks\n\n"
        f"Measured by `make bench` on {datetime.date.today()}, QGIS {Qgis.QGIS_VERSION}, "
        f"Python {platform.python_version()}, {platform.platform()}. Ratios compare whole "
        "`qgis_process` runs measured in the same benchmark run.\n"
    )
    Path(args.out).write_text(header + "\n" + "\n".join(sections), encoding="utf-8")
    print(f"Wrote {args.out}")


if __name__ == "__main__":
    main()
