"""Plugin entry: Processing provider (also headless) and desktop menu and toolbar entries."""

from qgis.core import QgsApplication

from .provider import AsmPaceProvider

MENU_TITLE = "&ASM-PACE"


class AsmPacePlugin:
    def __init__(self, iface):
        # iface is None under qgis_process: nothing here may touch it.
        self.iface = iface
        self.provider = None
        self.actions = []

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
        from .ui.actions import create_actions

        self.actions = create_actions(self.iface, MENU_TITLE)

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(MENU_TITLE, action)
            self.iface.removeToolBarIcon(action)
            action.deleteLater()
        self.actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
