"""The root of the plugin's own errors.

Each family (InputError, MissingFieldError, CatalogueError, StakeholderError, WorkspaceError)
lives beside the rules it guards and derives from PluginError, whose message is a sentence
for the user saying what to fix. The algorithms' base class turns any PluginError into a
QgsProcessingException; the dock shows its message.
"""


class PluginError(Exception):
    """A problem the user can fix; str(error) says how."""
