"""ASM-PACE: artisanal and small-scale mining in protected areas and critical ecosystems."""


def classFactory(iface):
    # Imported here so that merely scanning the plugin folder stays cheap.
    from .plugin import AsmPacePlugin

    return AsmPacePlugin(iface)
