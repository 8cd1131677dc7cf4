"""The "asm_pace" Processing provider."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithms.area_reports import AreaReportsAlgorithm
from .algorithms.base import PROVIDER_ID
from .algorithms.classify_sites import ClassifySitesAlgorithm
from .algorithms.downstream_trace import DownstreamTraceAlgorithm
from .algorithms.export_assessments import ExportAssessmentsAlgorithm
from .algorithms.impact_zones import ImpactZonesAlgorithm
from .algorithms.mining_over_time import MiningOverTimeAlgorithm
from .algorithms.pa_pressure import PaPressureAlgorithm
from .algorithms.site_dossiers import SiteDossiersAlgorithm
from .core.shared.i18n import translate
from .core.shared.paths import icon_path


class AsmPaceProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return "ASM-PACE"

    def longName(self):
        return translate(
            "AsmPaceProvider", "ASM-PACE: artisanal mining in protected areas and critical ecosystems"
        )

    def icon(self):
        return QIcon(str(icon_path()))

    def svgIconPath(self):
        return str(icon_path())

    def loadAlgorithms(self):
        for algorithm in (
            ClassifySitesAlgorithm(),
            ImpactZonesAlgorithm(),
            DownstreamTraceAlgorithm(),
            PaPressureAlgorithm(),
            SiteDossiersAlgorithm(),
            ExportAssessmentsAlgorithm(),
            MiningOverTimeAlgorithm(),
            AreaReportsAlgorithm(),
        ):
            self.addAlgorithm(algorithm)
