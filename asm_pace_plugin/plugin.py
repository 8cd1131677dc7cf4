"""Plugin entry: translator, Processing provider (also headless) and desktop menu and toolbar entries."""

from qgis.core import QgsApplication

from .core.shared import i18n
from .provider import AsmPaceProvider

MENU_TITLE = "&ASM-PACE"


class AsmPacePlugin:
    def __init__(self, iface):
        # iface is None under qgis_process: nothing here may touch it.
        self.iface = iface
        # Before anything is named: qgis_process loads plugins this way too, so its help is translated.
        self.language = i18n.install_translator()
        self.provider = None
        self.actions = []
        self.assessment = None

    def initProcessing(self):
        # Keep a Python reference: a provider without one is garbage-collected and
        # its algorithms become "not found".
        if self.provider is not None:
            return
        provider = AsmPaceProvider()
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider

    def initGui(self):
        self.initProcessing()
        from .ui.actions import AssessmentDockToggle, create_actions

        self.actions = create_actions(self.iface, MENU_TITLE)
        self.assessment = AssessmentDockToggle(self.iface)
        self.iface.addPluginToMenu(MENU_TITLE, self.assessment.action)
        self.iface.addToolBarIcon(self.assessment.action)
        self.actions.append(self.assessment.action)

    def unload(self):
        if self.assessment is not None:
            self.assessment.unload()
            self.assessment = None
        for action in self.actions:
            self.iface.removePluginMenu(MENU_TITLE, action)
            self.iface.removeToolBarIcon(action)
            action.deleteLater()
        self.actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        i18n.remove_translator()
