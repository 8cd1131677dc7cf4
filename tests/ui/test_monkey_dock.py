"""Monkey tests: seeded random sequences of what an officer can do on each page of the dock.

Each page's sequences run in a child process (tests/monkey_dock.py), so that a crash of Qt fails
this test, naming the seed and the last actions, instead of killing the test session. The pages'
children start together (the first test starts them all) and each test waits for its own.
`make soak` runs many more seeds (ASM_PACE_MONKEY_SEEDS).
"""

import os
import subprocess
import sys
from pathlib import Path

import monkey_dock
import pytest

SEEDS = int(os.environ.get("ASM_PACE_MONKEY_SEEDS", "20"))
ACTIONS = int(os.environ.get("ASM_PACE_MONKEY_ACTIONS", "200"))
pytestmark = pytest.mark.slow  # child processes of QGIS: in `make test`, not in `make test-fast`
BATCH = 50  # seeds per child process: starting QGIS costs more than a sequence
MAX_FAILURES = 3
CHILD_TIMEOUT_S = 3600


class PageRun:
    """The children of one page: a batch of seeds each; after a failure, the next seed goes on."""

    def __init__(self, page, seeds, fixtures, work):
        self.page, self.fixtures, self.work = page, fixtures, Path(work)
        self.remaining, self.failures, self.child, self.runs = list(seeds), [], None, 0
        self.work.mkdir(parents=True, exist_ok=True)

    def start(self):
        self.batch, self.remaining = self.remaining[:BATCH], self.remaining[BATCH:]
        self.runs += 1
        self.out = self.work / f"{self.page}-{self.runs}.out"
        self.err = self.work / f"{self.page}-{self.runs}.err"
        command = [sys.executable, monkey_dock.__file__, "--page", self.page, "--actions", str(ACTIONS),
                   "--seeds", ",".join(map(str, self.batch)), "--fixtures", str(self.fixtures)]  # fmt: skip
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(self.work))
        with open(self.out, "w") as out, open(self.err, "w") as err:  # files: no pipe fills up
            self.child = subprocess.Popen(command, stdout=out, stderr=err, env=environment)

    def finish(self):
        """Wait for the children (starting the next ones as needed); returns the failure reports."""
        while True:
            if self.child is None:
                if not self.remaining or len(self.failures) >= MAX_FAILURES:
                    return self.failures
                self.start()
            returncode = self.child.wait(timeout=CHILD_TIMEOUT_S)
            self.child = None
            self._read(returncode)

    def _read(self, returncode):
        done, current, journal = set(), None, []
        for line in self.out.read_text(encoding="utf-8", errors="replace").splitlines():
            words = line.split(" ", 2)
            if len(words) < 3:
                continue
            if words[0] == "SEED" and words[2] == "START":
                current, journal = int(words[1]), []
            elif words[0] == "SEED" and words[2].startswith("OK"):
                done.add(int(words[1]))
            elif words[0] == "ACT":
                journal.append(words[2].split(" ", 1)[1])
        if returncode == 0 and done == set(self.batch):
            return
        errors = self.err.read_text(encoding="utf-8", errors="replace")
        errors = "\n".join(line for line in errors.splitlines() if "propagateSizeHints" not in line)[-4000:]
        if current is None or current in done:
            self.failures.append(f"page {self.page}: the child failed outside a sequence:\n{errors}")
            self.remaining = []
            return
        how = f"signal {-returncode}" if returncode < 0 else f"exit {returncode}"
        last = journal[-monkey_dock.JOURNAL_TAIL :]
        first = len(journal) - len(last) + 1
        self.failures.append(
            f"page {self.page}, seed {current}: failed ({how}) at action {len(journal)}; the last ones:\n    "
            + "\n    ".join(f"{first + index}. {action}" for index, action in enumerate(last))
            + f"\n{errors}\nreplay: .venv/bin/python tests/monkey_dock.py --page {self.page} "
            f"--seed {current} --actions {len(journal)}"
        )
        self.remaining = self.batch[self.batch.index(current) + 1 :] + self.remaining


@pytest.fixture(scope="module")
def page_runs(provider, tmp_path_factory):
    """Every page's first child, started at once; each test waits for its page's."""
    fixtures = monkey_dock.build_fixtures(tmp_path_factory.mktemp("monkey-fixtures"))
    work = tmp_path_factory.mktemp("monkey")
    runs = {page: PageRun(page, range(SEEDS), fixtures, work / page) for page in monkey_dock.PAGES}
    for run in runs.values():
        run.start()
    yield runs
    for run in runs.values():
        if run.child is not None:
            run.child.kill()
            run.child.wait()


@pytest.mark.parametrize("page", monkey_dock.PAGES)
def test_no_sequence_of_clicks_breaks_the_page(page, page_runs):
    failures = page_runs[page].finish()
    assert not failures, "\n\n".join(failures)
