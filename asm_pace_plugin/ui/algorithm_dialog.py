"""Opening the plugin's Processing dialogs from the menu and the dock."""


def open_algorithm_dialog(algorithm_id, parameters=None):
    """The algorithm's Processing dialog, prefilled; it runs on the main thread, as layouts need.
    Returns the results of the run (empty when the dialog was closed without one)."""
    from qgis import processing

    return processing.execAlgorithmDialog(algorithm_id, parameters or {})
