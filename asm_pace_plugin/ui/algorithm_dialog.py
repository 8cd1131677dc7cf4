"""Opening the plugin's Processing dialogs from the menu, the dock and the toolbox."""


def open_algorithm_dialog(algorithm_id, parameters=None, parent=None):
    """The algorithm's Processing dialog (preset_dialog), prefilled, modal; it runs on the main
    thread, as layouts need. Returns the results of the run (empty when closed without one).

    Not processing.execAlgorithmDialog: it shows the dialog before making it modal and asks the
    dialog for its results after Close, when QGIS may already have deleted it."""
    from qgis.core import QgsApplication
    from qgis.PyQt import sip
    from qgis.utils import iface

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    if algorithm is None:
        return {}
    dialog = algorithm.createCustomParametersWidget(parent or (iface.mainWindow() if iface else None))
    if parameters:
        dialog.setParameters(parameters)
    results = {}
    dialog.algorithmFinished.connect(lambda ok, result: results.update(result if ok else {}))
    dialog.exec()
    if not sip.isdeleted(dialog):
        dialog.deleteLater()
    return results


def keep_outputs(dialog, parameters):
    """Before a run in a project never saved, whose outputs would be temporary layers lost when
    QGIS closes: offer to save the project (the outputs then go beside it, presets.output_presets),
    or to keep them temporary (not asked again in this project). False: the officer cancelled."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QMessageBox

    from ..core.assessment.presets import (
        PROJECT_GEOPACKAGE_SUFFIX,
        PROJECT_KEEP_TEMPORARY_KEY,
        PROJECT_SCOPE,
        output_presets,
        temporary_layer_outputs,
    )
    from ..core.shared.i18n import translate
    from .page import ask_file

    project, algorithm = QgsProject.instance(), dialog.algorithm()
    if not temporary_layer_outputs(algorithm.id(), parameters, project):
        return True
    box = QMessageBox(QMessageBox.Icon.Question, algorithm.displayName(), "", parent=dialog)
    box.setText(
        translate(
            "AlgorithmDialog",
            "This project has never been saved: the layers this step makes would be temporary, lost "
            "when QGIS closes or crashes. Save the project now, and they are written to a GeoPackage "
            "beside it (its name{suffix}), where they stay.",
        ).format(suffix=PROJECT_GEOPACKAGE_SUFFIX)
    )
    save = box.addButton(translate("AlgorithmDialog", "Save the project…"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(
        translate("AlgorithmDialog", "Keep them temporary"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    if box.clickedButton() is keep:
        project.writeEntryBool(PROJECT_SCOPE, PROJECT_KEEP_TEMPORARY_KEY, True)
        return True
    if box.clickedButton() is not save:
        return False
    path = ask_file(
        dialog,
        translate("AlgorithmDialog", "Save the project"),
        translate("AlgorithmDialog", "QGIS projects (*.qgz)"),
        ".qgz",
        save=True,
    )
    if not path:
        return False
    if not project.write(path):
        QMessageBox.warning(
            dialog,
            algorithm.displayName(),
            translate("AlgorithmDialog", "The project could not be saved: {error}").format(
                error=project.error()
            ),
        )
        return False
    dialog.setParameters(output_presets(algorithm.id(), project))
    return True


def preset_dialog(algorithm, parent=None):
    """QGIS's dialog of one of the plugin's algorithms, started from the project's presets
    (core/assessment/presets.py), as the toolbox opens it (AsmPaceAlgorithm.createCustomParametersWidget);
    before a run it offers to save a project never saved (keep_outputs), and asks whether to go on
    when the algorithm has a warning (warning_before_run: a dossier without map layers)."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from processing.gui.AlgorithmDialogBase import AlgorithmDialogBase
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QMessageBox

    from ..core.assessment.presets import step_presets
    from ..core.shared.i18n import translate

    class AskingDialog(AlgorithmDialog):
        def runAlgorithm(self):
            try:
                parameters = self.createProcessingParameters()
            except AlgorithmDialogBase.InvalidParameterValue:
                parameters = None  # QGIS's own run says what is missing
            if parameters is not None and not keep_outputs(self, parameters):
                return
            warning = self.algorithm().warning_before_run(parameters) if parameters is not None else ""
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
