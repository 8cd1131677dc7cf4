"""Run QGIS's qgis_process with this plugin loaded, without touching a real QGIS profile.

Used by the tests, `make demo` and `make bench`. Two Debian traps are handled here:
- Debian 12's /usr/bin/qgis_process wrapper passes --noversioncheck, which QGIS 3.22's
  qgis_process.bin rejects ("Command --noversioncheck not known!"): then qgis_process.bin
  is called directly.
- QGIS's embedded Python finds its home through PATH: a pyenv/conda python3 first on PATH
  gives "Couldn't load SIP module". Debian's /usr/bin comes first here.
"""

import functools
import os
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "asm_pace_plugin"


def clean_path():
    """PATH with Debian's python3 first and no pyenv/conda interpreter ahead of it."""
    entries = [entry for entry in os.environ.get("PATH", "").split(os.pathsep) if entry]
    kept = [entry for entry in entries if "pyenv" not in entry and "conda" not in entry]
    return os.pathsep.join(["/usr/bin", "/bin", *[e for e in kept if e not in ("/usr/bin", "/bin")]])


def base_environment(home):
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        PATH=clean_path(),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(Path(home) / "runtime"),
    )
    # QGIS_CUSTOM_CONFIG_PATH (set by pytest-qgis, for one) would point at another profile.
    for variable in ("PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV", "QGIS_CUSTOM_CONFIG_PATH"):
        env.pop(variable, None)
    (Path(home) / "runtime").mkdir(parents=True, exist_ok=True)
    os.chmod(Path(home) / "runtime", 0o700)
    return env


@functools.lru_cache(maxsize=1)
def qgis_process_executable():
    """'qgis_process', or 'qgis_process.bin' where the distribution's wrapper fails."""
    wrapper = shutil.which("qgis_process", path=clean_path())
    binary = shutil.which("qgis_process.bin", path=clean_path())
    if wrapper is None and binary is None:
        raise FileNotFoundError("qgis_process not found: install QGIS (make setup).")
    if wrapper is None:
        return binary
    probe_home = REPO / ".venv" / "qgis-probe-home"
    probe_home.mkdir(parents=True, exist_ok=True)
    probe = subprocess.run(
        [wrapper, "--version"], capture_output=True, text=True, env=base_environment(probe_home), timeout=120
    )
    if binary and (probe.returncode != 0 or "not known" in probe.stdout + probe.stderr):
        return binary
    return wrapper


def environment(home, plugin_parent):
    """Environment for qgis_process with a throw-away HOME and the plugin on QGIS_PLUGINPATH."""
    env = base_environment(home)
    env["QGIS_PLUGINPATH"] = str(plugin_parent)
    return env


def run(arguments, home, plugin_parent=REPO, timeout=1800, check=False, stdin=None):
    """Run qgis_process with arguments; returns the CompletedProcess (text output)."""
    return subprocess.run(
        [qgis_process_executable(), *arguments],
        capture_output=True,
        text=True,
        env=environment(home, plugin_parent),
        timeout=timeout,
        check=check,
        input=stdin,
    )


def enable_plugin(home, plugin_parent=REPO):
    """Enable the plugin in the throw-away profile under home; raises if qgis_process fails."""
    result = run(["plugins", "enable", PLUGIN_NAME], home, plugin_parent, timeout=300)
    if result.returncode != 0 and "already enabled" not in result.stdout + result.stderr:
        raise RuntimeError(f"qgis_process plugins enable failed:\n{result.stdout}\n{result.stderr}")
    return result
