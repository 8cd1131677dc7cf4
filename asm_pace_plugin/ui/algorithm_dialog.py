"""Opening the plugin's Processing dialogs from the menu, the dock and the toolbox."""


def open_algorithm_dialog(algorithm_id, parameters=None):
    """The algorithm's Processing dialog, prefilled; it runs on the main thread, as layouts need.
    Returns the results of the run (empty when the dialog was closed without one)."""
    from qgis import processing

    return processing.execAlgorithmDialog(algorithm_id, parameters or {})


def preset_dialog(algorithm, parent=None):
    """QGIS's dialog of one of the plugin's algorithms, started from the project's presets
    (core/assessment/presets.py), as the toolbox opens it (AsmPaceAlgorithm.createCustomParametersWidget)."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsProject

    from ..core.assessment.presets import step_presets

    dialog = AlgorithmDialog(algorithm, False, parent)
    presets = step_presets(algorithm.id(), QgsProject.instance())
    if presets:
        dialog.setParameters(presets)
    return dialog
