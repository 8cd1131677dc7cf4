"""Opening the plugin's Processing dialogs from the menu, the dock and the toolbox."""


def open_algorithm_dialog(algorithm_id, parameters=None):
    """The algorithm's Processing dialog, prefilled; it runs on the main thread, as layouts need.
    Returns the results of the run (empty when the dialog was closed without one)."""
    from qgis import processing

    return processing.execAlgorithmDialog(algorithm_id, parameters or {})


def preset_dialog(algorithm, parent=None):
    """QGIS's dialog of one of the plugin's algorithms, started from the project's presets
    (core/assessment/presets.py), as the toolbox opens it (AsmPaceAlgorithm.createCustomParametersWidget);
    before a run it asks whether to go on when the algorithm has a warning (warning_before_run:
    a dossier without map layers)."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from processing.gui.AlgorithmDialogBase import AlgorithmDialogBase
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QMessageBox

    from ..core.assessment.presets import step_presets
    from ..core.shared.i18n import translate

    class AskingDialog(AlgorithmDialog):
        def runAlgorithm(self):
            try:
                warning = self.algorithm().warning_before_run(self.createProcessingParameters())
            except AlgorithmDialogBase.InvalidParameterValue:
                warning = ""  # QGIS's own run says what is missing
            if warning:
                answer = QMessageBox.question(
                    self,
                    self.algorithm().displayName(),
                    translate("AlgorithmDialog", "{warning}\n\nRun anyway?").format(warning=warning),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            super().runAlgorithm()

    dialog = AskingDialog(algorithm, False, parent)
    presets = step_presets(algorithm.id(), QgsProject.instance())
    if presets:
        dialog.setParameters(presets)
    return dialog
