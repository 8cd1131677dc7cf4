"""A throw-away PostgreSQL + PostGIS server for the test session.

It gets its own data directory in a temporary folder, listens on 127.0.0.1 only (on a free
port, no Unix socket), trusts local TCP connections and is removed afterwards. It never uses a
cluster of the distribution (no pg_ctlcluster). PostgreSQL refuses to run as root, so under
root the server binaries run as the `postgres` system user.
"""

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

from qgis.core import QgsDataSourceUri

# Debian's layout: binaries in LIB/<major version>/bin, extensions in SHARE/<major version>/extension.
LIB = Path("/usr/lib/postgresql")
SHARE = Path("/usr/share/postgresql")
USER = "postgres"  # the database superuser; also the system user the server runs as under root
DATABASE = "postgres"


def find_binaries():
    """The newest PostgreSQL bin folder whose server has the PostGIS extension, or None."""
    candidates = []
    for bin_dir in LIB.glob("*/bin"):
        version = bin_dir.parent.name
        if (bin_dir / "initdb").exists() and (SHARE / version / "extension" / "postgis.control").exists():
            candidates.append((tuple(int(part) for part in version.split(".") if part.isdigit()), bin_dir))
    return max(candidates)[1] if candidates else None


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgisServer:
    def __init__(self, bin_dir, root, port):
        self.bin_dir = bin_dir
        self.root = root
        self.data = root / "data"
        self.log = root / "server.log"
        self.port = port

    def server_command(self, tool, *args):
        """Runs a server binary, as the `postgres` system user when this process is root."""
        as_owner = ["runuser", "-u", USER, "--"] if os.geteuid() == 0 else []
        self.run([*as_owner, str(self.bin_dir / tool), *args])

    def run(self, command):
        completed = subprocess.run(command, cwd=self.root, capture_output=True, text=True)
        if completed.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed:\n{completed.stdout}{completed.stderr}{log}")

    def start(self):
        self.server_command("initdb", "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8",
                            "--no-locale", "--no-sync")  # fmt: skip
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"listen_addresses = '127.0.0.1'\nport = {self.port}\nunix_socket_directories = ''\n"
                "fsync = off\nfull_page_writes = off\nsynchronous_commit = off\n"
            )
        self.server_command("pg_ctl", "start", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60")
        self.sql("CREATE EXTENSION postgis")

    def stop(self):
        if (self.data / "postmaster.pid").exists():
            self.server_command("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", "-w")

    def sql(self, statement):
        """Runs SQL as the database superuser (psql is a client: it runs as anyone)."""
        self.run(
            [str(self.bin_dir / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", USER, "-d", DATABASE,
             "-v", "ON_ERROR_STOP=1", "-q", "-c", statement]
        )  # fmt: skip

    def import_layers(self, path, layer_names):
        """Copies GeoPackage layers into tables of the same names, as ogr2ogr would (column
        names laundered to lower case, as in most PostGIS databases)."""
        from osgeo import gdal

        copied = gdal.VectorTranslate(
            f"PG:host=127.0.0.1 port={self.port} dbname={DATABASE} user={USER}",
            str(path),
            format="PostgreSQL",
            layers=list(layer_names),
            layerCreationOptions=["GEOMETRY_NAME=geom", "FID=fid"],
        )
        if copied is None:
            raise RuntimeError(f"Copying {path} into PostGIS failed: {gdal.GetLastErrorMsg()}")

    def source(self, table):
        """A table as Processing takes it from a model or qgis_process: a postgres:// source."""
        uri = QgsDataSourceUri()
        uri.setConnection("127.0.0.1", str(self.port), DATABASE, USER, "")
        uri.setDataSource("public", table, "geom", "", "fid")
        return f"postgres://{uri.uri(False)}"


@contextmanager
def running_server(bin_dir):
    """A started PostgisServer, stopped and deleted on exit (also when the start fails)."""
    root = Path(tempfile.mkdtemp(prefix="asm-pace-postgis-"))
    if os.geteuid() == 0:
        owner = pwd.getpwnam(USER)
        os.chown(root, owner.pw_uid, owner.pw_gid)
    server = PostgisServer(bin_dir, root, free_port())
    try:
        server.start()
        yield server
    finally:
        try:
            server.stop()
        finally:
            shutil.rmtree(root, ignore_errors=True)
