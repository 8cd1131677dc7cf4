"""Every error the plugin raises on purpose, under one root.

PluginError is the root of the problems a user can fix: its message is a sentence saying what to fix.
The algorithms' base class turns it into a QgsProcessingException and the dock shows it. RunCancelled
is no problem of the user's: it is how a long build stops when the user cancels, and the algorithm
then says how far it got.
"""

from pathlib import Path


class PluginError(Exception):
    """A problem the user can fix; str(error) says how."""


class InputError(PluginError, ValueError):
    """Input that cannot be used as given; the message says what to fix."""


class MissingFieldError(PluginError, ValueError):
    """A field the user named is not in the layer."""


class CatalogueError(PluginError, ValueError):
    def __init__(self, path, entry, problem):
        self.path = Path(path)
        self.entry = entry
        where = f"{self.path.name}, entry {entry!r}" if entry is not None else self.path.name
        super().__init__(f"Catalogue {where}: {problem}")


class StakeholderError(PluginError, ValueError):
    pass


class WorkspaceError(PluginError, RuntimeError):
    pass


class WorkspaceLockedError(WorkspaceError):
    pass


class RunCancelled(Exception):  # noqa: N818 (a signal, not an error)
    """The user cancelled while a search structure was being built: nothing is searched with it."""
