"""The chart of an area's mining over time: new hectares per period as bars, cumulative hectares
as a line on its own scale, as a PNG for reports. Painted on a QImage (no widget, no scene), so
it can be drawn in a Processing run's own thread."""

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from ..core.monitoring.tables import new_values
from ..core.shared import i18n, outputs
from ..core.shared.i18n import translate

WIDTH, HEIGHT = 900, 420
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 80, 80, 50, 60
NEW_COLOUR = "#f03b20"
CUMULATIVE_COLOUR = "#67000d"


def draw_growth_chart(title, periods, new, cumulative, path, unit="ha"):
    """Write the chart of one area to path (PNG): periods (labels), new and cumulative values
    (hectares, or sites with unit 'sites'). OutputWriteError when the file cannot be written."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(14)
    painter.setFont(font)
    plot = QRectF(
        MARGIN_LEFT, MARGIN_TOP, WIDTH - MARGIN_LEFT - MARGIN_RIGHT, HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    )
    painter.drawText(QRectF(0, 8, WIDTH, 30), Qt.AlignmentFlag.AlignHCenter, title)
    top_new = max([value or 0 for value in new] + [1e-9])
    top_cumulative = max([value or 0 for value in cumulative] + [1e-9])
    painter.setPen(QPen(QColor("#444444")))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    slot = plot.width() / max(1, len(periods))
    points = []
    for index, (period, value, total) in enumerate(zip(periods, new, cumulative)):
        x = plot.left() + slot * index
        height = plot.height() * (value or 0) / top_new
        painter.fillRect(
            QRectF(x + slot * 0.2, plot.bottom() - height, slot * 0.6, height), QColor(NEW_COLOUR)
        )
        painter.setPen(QPen(QColor("#222222")))
        painter.drawText(QRectF(x, plot.bottom() + 6, slot, 22), Qt.AlignmentFlag.AlignHCenter, str(period))
        points.append(QPointF(x + slot / 2, plot.bottom() - plot.height() * (total or 0) / top_cumulative))
    painter.setPen(QPen(QColor(CUMULATIVE_COLOUR), 3))
    for start, end in zip(points, points[1:]):
        painter.drawLine(start, end)
    for point in points:
        painter.drawEllipse(point, 4, 4)
    painter.setPen(QPen(QColor(NEW_COLOUR)))
    new_label = translate("MiningCharts", "new {unit} per period (bars), up to {top}").format(
        unit=unit, top=i18n.number(top_new)
    )
    painter.drawText(QRectF(MARGIN_LEFT, HEIGHT - 28, WIDTH / 2, 22), Qt.AlignmentFlag.AlignLeft, new_label)
    painter.setPen(QPen(QColor(CUMULATIVE_COLOUR)))
    total_label = translate("MiningCharts", "cumulative {unit} (line), up to {top}").format(
        unit=unit, top=i18n.number(top_cumulative)
    )
    painter.drawText(
        QRectF(WIDTH / 2, HEIGHT - 28, WIDTH / 2 - MARGIN_RIGHT, 22), Qt.AlignmentFlag.AlignRight, total_label
    )
    painter.end()
    outputs.write_image(image, path)  # aside, renamed when whole
    return path


def write_growth_charts(folder, results, points, unit="ha"):
    """The chart of each area (core/monitoring/results.AreaResult) as a PNG in folder (a Path, made
    if missing), named by the area's id. OSError when a file cannot be written."""
    folder.mkdir(parents=True, exist_ok=True)
    for result in results:
        record, figures = result.record, result.figures
        name = "".join(c if c.isalnum() or c in "-_" else "_" for c in record.wdpa_id) or "area"
        draw_growth_chart(
            record.name,
            [item.period.key for item in figures],
            new_values(figures, points),
            [item.cumulative_count if points else item.cumulative_ha for item in figures],
            folder / f"{name}.png",
            unit,
        )
