"""Charts of the follow-up view, painted with QPainter (QtCharts would add megabytes to the build).

:class:`IndicatorChart` draws one indicator's values across the council term
against its baseline and target; :class:`StatusChart` draws the action statuses
of each goal set as stacked bars. Both keep what they drew last in ``drawn``
(points, labels, bars), so tests and accessibility tools can read the chart's
content without looking at pixels. Numbers are written the Finnish way
(decimal comma); lines differ by dash pattern and markers as well as colour,
and the "not assessed" bar part is hatched, so the charts read without colour.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain import vocab
from ..domain.followup import Series, format_number
from .labels import label

VALUE_COLOUR = QColor("#1f5fa8")
BASELINE_COLOUR = QColor("#6b6b6b")
TARGET_COLOUR = QColor("#2e7d32")
GRID_COLOUR = QColor("#e2e2e2")
YEAR_BAND = QColor(255, 214, 102, 70)
STATUS_COLOURS = {
    "ei_aloitettu": QColor("#b8b8b8"),
    "kaynnissa": QColor("#6aa6e0"),
    "toteutunut": QColor("#62a862"),
    "viivastynyt": QColor("#f0ad3c"),
    "keskeytetty": QColor("#d9605c"),
    None: QColor("#ffffff"),
}
STATUS_PATTERNS = {
    "ei_aloitettu": Qt.BrushStyle.NoBrush,
    "kaynnissa": Qt.BrushStyle.HorPattern,
    "toteutunut": Qt.BrushStyle.Dense7Pattern,
    "viivastynyt": Qt.BrushStyle.FDiagPattern,
    "keskeytetty": Qt.BrushStyle.CrossPattern,
    None: Qt.BrushStyle.BDiagPattern,  # not assessed: hatched
}


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2, 2.5, 5 x 10^n steps) covering ``low``..``high``."""
    if high < low:
        low, high = high, low
    if high == low:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    raw = (high - low) / max(1, count - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 0.5:
        ticks.append(round(value, 10))
        value += step
        if len(ticks) > 20:
            break
    if ticks[-1] < high:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(170)
        self.drawn: dict = {}
        self.message = ""

    def title(self) -> str:
        """The chart's name a screen reader announces, in the window's language."""
        raise NotImplementedError

    def describe(self) -> str:
        return self.message

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the name and the spoken description follow (the paint reads tr())."""
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.title())
            self.setAccessibleDescription(self.describe())
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(460, 230)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self.paint(painter, QRectF(self.rect()))
        painter.end()

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError

    def _message(self, painter: QPainter, rect: QRectF, text: str) -> None:
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(rect.adjusted(12, 12, -12, -12),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


class IndicatorChart(_Chart):
    """One indicator row's values across the term, with its baseline and target."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.series: Series | None = None
        self.setAccessibleName(self.title())

    def title(self) -> str:
        return self.tr("Mittarin kehitys")

    def set_series(self, series: Series | None, message: str = "") -> None:
        self.series = series
        self.message = message
        self.drawn = self._layout_data()
        self.setAccessibleDescription(self.describe())
        self.update()

    def _layout_data(self) -> dict:
        """What the chart shows, independent of its size (also its accessible description)."""
        s = self.series
        if s is None:
            return {}
        yes_no = s.kind == "kylla_ei"

        def text(value: float) -> str:
            if yes_no:
                return self.tr("kyllä") if value >= 0.5 else self.tr("ei")
            return format_number(value)

        target = None
        if s.target is not None:
            year, low, high = s.target
            target = {"year": year, "low": low, "high": high,
                      "label": text(low) if low == high else f"{text(low)}–{text(high)}"}
        return {
            "title": s.title,
            "points": [(year, value, text(value)) for year, value in s.points],
            "baseline": None if s.baseline is None else
            {"year": s.baseline[0], "value": s.baseline[1], "label": text(s.baseline[1])},
            "target": target,
            "years": list(s.years),
            "year": s.year,
            "unit": s.unit or "",
        }

    def describe(self) -> str:
        d = self.drawn
        if not d:
            return self.message
        parts = [d["title"]]
        parts += [f"{year}: {label_}" for year, _v, label_ in d["points"]]
        if d["baseline"]:
            parts.append(self.tr("lähtötaso %1").replace("%1", d["baseline"]["label"]))
        if d["target"]:
            parts.append(self.tr("tavoite %1").replace("%1", d["target"]["label"]))
        return "; ".join(parts)

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        d = self.drawn
        if not d:
            self._message(painter, rect, self.message or self.tr("Valitse mittari taulukosta."))
            return
        font = QFont(self.font())
        metrics = QFontMetrics(font)
        line = metrics.height()
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(self.palette().text().color())
        title = QFontMetrics(bold).elidedText(d["title"], Qt.TextElideMode.ElideRight,
                                              int(rect.width() - 16))
        painter.drawText(QRectF(rect.left() + 8, rect.top() + 4, rect.width() - 16, line),
                         Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(font)

        values = [v for _y, v, _l in d["points"]]
        if d["baseline"]:
            values.append(d["baseline"]["value"])
        if d["target"]:
            values += [d["target"]["low"], d["target"]["high"]]
        yes_no = self.series.kind == "kylla_ei"
        if yes_no:
            ticks = [0.0, 1.0]
        elif values:
            low, high = min(values), max(values)
            # counts start from zero; other numbers when zero is close anyway
            if low >= 0 and (self.series.kind == "lukumaara_vuodessa" or low <= high - low):
                low = 0.0
            span = (high - low) or abs(high) * 0.1 or 1.0
            ticks = nice_ticks(low if low == 0 else low - 0.08 * span, high + 0.12 * span)
        else:
            ticks = [0.0, 1.0]
        tick_labels = [(self.tr("kyllä") if t else self.tr("ei")) if yes_no else format_number(t)
                       for t in ticks]
        left = rect.left() + 14 + max(metrics.horizontalAdvance(t) for t in tick_labels) + 8
        legend_h = line + 6
        plot = QRectF(left, rect.top() + line + 10 + legend_h,
                      rect.right() - 16 - left, 0)
        plot.setBottom(rect.bottom() - 2 * line - 8)
        if plot.height() < 30 or plot.width() < 60:
            return
        years = d["years"]
        y_low, y_high = ticks[0], ticks[-1]
        pad = 0.15 * (y_high - y_low) if yes_no else 0

        def px(year: float) -> float:
            if len(years) == 1:
                return plot.center().x()
            return plot.left() + 26 + (year - years[0]) / (years[-1] - years[0]) * (plot.width() - 52)

        def py(value: float) -> float:
            span = (y_high + pad) - (y_low - pad)
            return plot.bottom() - (value - (y_low - pad)) / span * plot.height()

        # the year being followed up
        if years[0] <= d["year"] <= years[-1]:
            step = (plot.width() - 52) / max(1, len(years) - 1)
            painter.fillRect(QRectF(px(d["year"]) - step / 2, plot.top(), step, plot.height()),
                             YEAR_BAND)
        # grid and y axis
        painter.setPen(QPen(GRID_COLOUR, 1))
        for tick in ticks:
            painter.drawLine(QPointF(plot.left(), py(tick)), QPointF(plot.right(), py(tick)))
        painter.setPen(self.palette().text().color())
        for tick, text in zip(ticks, tick_labels):
            painter.drawText(QRectF(rect.left() + 12, py(tick) - line / 2, left - rect.left() - 18,
                                    line), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             text)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        # axis titles: years below, the unit (or "Arvo") rotated beside the y axis
        for year in years:
            painter.drawText(QRectF(px(year) - 30, plot.bottom() + 3, 60, line),
                             Qt.AlignmentFlag.AlignHCenter, str(year))
        painter.drawText(QRectF(plot.left(), plot.bottom() + line + 4, plot.width(), line),
                         Qt.AlignmentFlag.AlignHCenter, self.tr("Vuosi"))
        painter.save()
        painter.translate(rect.left() + 2 + line / 2, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, -line / 2, plot.height(), line),
                         Qt.AlignmentFlag.AlignCenter, d["unit"] or self.tr("Arvo"))
        painter.restore()

        # target: a band for a range, a dashed line for one value; a diamond at its year
        target = d["target"]
        if target:
            painter.setPen(QPen(TARGET_COLOUR, 1.5, Qt.PenStyle.DashLine))
            if target["low"] != target["high"]:
                band = QRectF(QPointF(plot.left(), py(target["high"])),
                              QPointF(plot.right(), py(target["low"])))
                painter.fillRect(band, QColor(46, 125, 50, 40))
                painter.drawRect(band)
            else:
                painter.drawLine(QPointF(plot.left(), py(target["low"])),
                                 QPointF(plot.right(), py(target["low"])))
            painter.setPen(TARGET_COLOUR)
            painter.drawText(QRectF(plot.left() + 4, py(target["high"]) - line - 1,
                                    plot.width() - 20, line), Qt.AlignmentFlag.AlignRight,
                             self.tr("Tavoite %1").replace("%1", target["label"])
                             + (f" ({target['year']})" if target["year"] else ""))
            if target["year"] and years[0] <= target["year"] <= years[-1]:
                self._diamond(painter, QPointF(px(target["year"]), py(target["high"])))
        baseline = d["baseline"]
        if baseline:
            painter.setPen(QPen(BASELINE_COLOUR, 1.5, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), py(baseline["value"])),
                             QPointF(plot.right(), py(baseline["value"])))
            painter.setPen(BASELINE_COLOUR)
            painter.drawText(QRectF(plot.left() + 4, py(baseline["value"]) + 1, plot.width() - 8,
                                    line), Qt.AlignmentFlag.AlignLeft,
                             self.tr("Lähtötaso %1").replace("%1", baseline["label"])
                             + (f" ({baseline['year']})" if baseline["year"] else ""))
        # values: a line through the years' points, each labelled
        points = [(QPointF(px(y), py(v)), text, y) for y, v, text in d["points"]]
        if len(points) > 1:
            painter.setPen(QPen(VALUE_COLOUR, 2))
            path = QPainterPath(points[0][0])
            for point, _t, _y in points[1:]:
                path.lineTo(point)
            painter.drawPath(path)
        for point, text, year in points:
            radius = 5 if year == d["year"] else 3.5
            painter.setPen(QPen(VALUE_COLOUR, 1.5))
            painter.setBrush(VALUE_COLOUR)
            painter.drawEllipse(point, radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(point.x() - 40, point.y() - line - 6, 80, line),
                             Qt.AlignmentFlag.AlignHCenter, text)
        if not points:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("Ei vielä arvoja."))
        self._legend(painter, QRectF(rect.left() + 8, rect.top() + line + 8, rect.width() - 16,
                                     line), bool(baseline), bool(target))

    @staticmethod
    def _diamond(painter: QPainter, at: QPointF) -> None:
        path = QPainterPath(at + QPointF(0, -5))
        for dx, dy in ((5, 0), (0, 5), (-5, 0), (0, -5)):
            path.lineTo(at + QPointF(dx, dy))
        painter.fillPath(path, TARGET_COLOUR)

    def _legend(self, painter: QPainter, rect: QRectF, baseline: bool, target: bool) -> None:
        items = [(self.tr("Arvo"), QPen(VALUE_COLOUR, 2))]
        if baseline:
            items.append((self.tr("Lähtötaso"), QPen(BASELINE_COLOUR, 1.5, Qt.PenStyle.DotLine)))
        if target:
            items.append((self.tr("Tavoite"), QPen(TARGET_COLOUR, 1.5, Qt.PenStyle.DashLine)))
        metrics = QFontMetrics(self.font())
        x = rect.left()
        middle = rect.center().y()
        for text, pen in items:
            painter.setPen(pen)
            painter.drawLine(QPointF(x, middle), QPointF(x + 22, middle))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 26, rect.top(), 200, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += 26 + metrics.horizontalAdvance(text) + 16


class StatusChart(_Chart):
    """Action statuses of each goal set as horizontal stacked bars, with a legend."""

    KEYS = [*vocab.ACTION_STATUSES, None]

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[tuple[str, dict[str | None, int]]] = []
        self.setAccessibleName(self.title())

    def title(self) -> str:
        return self.tr("Toimenpiteiden tilat osa-alueittain")

    def set_bars(self, bars: list[tuple[str, dict[str | None, int]]], year: int) -> None:
        self.bars = bars
        self.year = year
        self.drawn = {"bars": [(name, [(key, counts.get(key, 0)) for key in self.KEYS])
                               for name, counts in bars]}
        self.setAccessibleDescription("; ".join(
            f"{name}: " + ", ".join(f"{self.key_label(k)} {n}" for k, n in parts if n)
            for name, parts in self.drawn["bars"]))
        # every bar gets a line of text: title, bars and a legend of up to three rows
        line = QFontMetrics(self.font()).height()
        self.setMinimumHeight(max(170, line + 10 + len(bars) * (line + 4) + 3 * (line + 4) + 16))
        self.update()

    def key_label(self, key: str | None) -> str:
        return label(vocab.ACTION_STATUSES, key) if key else self.tr("ei arvioitu")

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        if not self.bars:
            self._message(painter, rect, self.tr("Ei toimenpiteitä."))
            return
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(rect.left() + 8, rect.top() + 4, rect.width() - 16, line),
                         Qt.AlignmentFlag.AlignLeft,
                         self.tr("Toimenpiteiden tilat %1").replace("%1", str(self.year)))
        painter.setFont(self.font())
        # the legend wraps under the bars
        entries = [(key, self.key_label(key)) for key in self.KEYS]
        rows_of_legend, x = 1, 0.0
        for _key, text in entries:
            width = 18 + metrics.horizontalAdvance(text) + 14
            if x + width > rect.width() - 16:
                rows_of_legend, x = rows_of_legend + 1, 0.0
            x += width
        legend_h = rows_of_legend * (line + 4)
        label_w = min(rect.width() * 0.36, max(metrics.horizontalAdvance(n) for n, _ in self.bars) + 12)
        top = rect.top() + line + 10
        bottom = rect.bottom() - legend_h - 8
        bar_area = QRectF(rect.left() + 8 + label_w, top, rect.width() - 24 - label_w, bottom - top)
        slot = bar_area.height() / len(self.bars)
        bar_h = min(26.0, slot * 0.72)
        most = max(1, max(sum(c.values()) for _n, c in self.bars))
        for i, (name, counts) in enumerate(self.bars):
            y = bar_area.top() + i * slot + (slot - bar_h) / 2
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(rect.left() + 8, bar_area.top() + i * slot, label_w - 8, slot),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(label_w - 8)))
            x = bar_area.left()
            for key in self.KEYS:
                count = counts.get(key, 0)
                if not count:
                    continue
                width = count / most * bar_area.width()
                part = QRectF(x, y, width, bar_h)
                self._fill(painter, part, key)
                text = str(count)
                if metrics.horizontalAdvance(text) + 4 < width:
                    painter.setPen(QColor("#000000"))
                    painter.drawText(part, Qt.AlignmentFlag.AlignCenter, text)
                x += width
        x, y = rect.left() + 8, bottom + 6
        for key, text in entries:
            width = 18 + metrics.horizontalAdvance(text) + 14
            if x + width > rect.right() - 8:
                x, y = rect.left() + 8, y + line + 4
            self._fill(painter, QRectF(x, y + 2, 12, line - 4), key)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 16, y, width, line), Qt.AlignmentFlag.AlignVCenter, text)
            x += width

    @staticmethod
    def _fill(painter: QPainter, rect: QRectF, key: str | None) -> None:
        """A status's colour and its own pattern, so the bars read without colour too
        (printed in black and white, or by a user who cannot tell the colours apart)."""
        painter.fillRect(rect, STATUS_COLOURS[key])
        if STATUS_PATTERNS[key] != Qt.BrushStyle.NoBrush:
            painter.fillRect(rect, QBrush(QColor("#4a4a4a"), STATUS_PATTERNS[key]))
        painter.setPen(QPen(QColor("#555555"), 1))
        painter.drawRect(rect)
