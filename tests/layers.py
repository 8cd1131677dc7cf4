"""Small in-memory layers for the algorithm tests."""

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from sample_data import SAMPLE_COPY


def memory_layer(geometry_type, crs, fields, rows, name="test"):
    """A memory layer; fields like 'name:string', rows as (wkt or None, [attributes])."""
    uri = f"{geometry_type}?crs={crs}" + "".join(f"&field={field}" for field in fields)
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(list(attributes))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def write_shapefile(layer, path):
    """Write a layer as a Shapefile at path (str); returns path. Its feature ids are 0, 1..."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return str(path)


def sample(layer_name):
    """A sample layer as Processing takes it from a model or qgis_process: by its source.

    (Layer objects held by a failed run's traceback outlive QGIS and crash Python at exit.)
    """
    return f"{SAMPLE_COPY}|layername={layer_name}"


def features(layer):
    return list(layer.getFeatures())


def run_algorithm(algorithm_id, parameters, feedback=None):
    """processing.run, imported late: Processing is initialised by the test session's fixtures."""
    from qgis import processing

    return processing.run(algorithm_id, parameters, feedback=feedback)


class LogFeedback(QgsProcessingFeedback):
    """Keeps what an algorithm writes to its log, to check the counts it reports; counts the
    progress reports and, with cancel_after, cancels the run at that report (as a user would)."""

    def __init__(self, cancel_after=None):
        super().__init__()
        self.lines = []
        self.progress_calls = 0
        self.cancel_after = cancel_after
        self.progressChanged.connect(self._on_progress)

    def _on_progress(self, _value):
        self.progress_calls += 1
        if self.cancel_after is not None and self.progress_calls >= self.cancel_after:
            self.cancel()

    def pushInfo(self, info):
        self.lines.append(info)

    def pushWarning(self, warning):
        self.lines.append(warning)

    def text(self):
        return "\n".join(self.lines)


def classify_sample(sites, output="memory:", summary="memory:"):
    """The result of asm_pace:classifysites run on `sites` against the sample's reference layers."""
    from qgis import processing

    gpkg = str(SAMPLE_COPY)
    return processing.run(
        "asm_pace:classifysites",
        {
            "SITES": sites,
            "PROTECTED_AREAS": [f"{gpkg}|layername=protected_areas"],
            "LANDSCAPES": f"{gpkg}|layername=landscapes",
            "ECOREGIONS": f"{gpkg}|layername=ecoregions",
            "AZE_SITES": f"{gpkg}|layername=aze_sites",
            "OUTPUT": output,
            "SUMMARY": summary,
        },
    )


class ErrorFeedback(LogFeedback):
    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatal_error=False):
        self.errors.append(error)


def run_and_load(algorithm_id, parameters, outputs=("OUTPUT",), keep=False):
    """Processing's dialog path: the outputs (temporary unless given) loaded into the project,
    handleAlgorithmResults on
    completion; (results, errors reported, names of the layers loaded). keep: the layers loaded
    stay in the project (else they are removed)."""
    from processing.core.Processing import Processing
    from processing.gui.Postprocessing import handleAlgorithmResults

    project = QgsProject.instance()
    before = set(project.mapLayers())
    feedback = ErrorFeedback()
    context = QgsProcessingContext()
    context.setProject(project)
    context.setFeedback(feedback)
    results = Processing.runAlgorithm(
        algorithm_id,
        {
            **parameters,
            **{
                key: QgsProcessingOutputLayerDefinition(
                    parameters.get(key, QgsProcessing.TEMPORARY_OUTPUT), project
                )
                for key in outputs
            },
        },
        onFinish=lambda alg, ctx, fb: handleAlgorithmResults(alg, ctx, fb, parameters=parameters),
        feedback=feedback,
        context=context,
    )
    added = [project.mapLayer(layer_id) for layer_id in set(project.mapLayers()) - before]
    names = sorted(layer.name() for layer in added)
    if not keep:
        project.removeMapLayers([layer.id() for layer in added])
    return results, feedback.errors, names


def catalogue_reads(monkeypatch):
    """The readings of the impact-pathway catalogue file from now on, outside initAlgorithm (which
    reads it for the dialog's parameters each time Processing makes an instance): a list that grows."""
    import inspect

    from asm_pace_plugin.core.impacts import pathways

    reads = []
    load = pathways.load_catalogue

    def counted(path=None):
        if not any(frame.function == "initAlgorithm" for frame in inspect.stack()):
            reads.append(path)
        return load(path)

    monkeypatch.setattr(pathways, "load_catalogue", counted)
    return reads
