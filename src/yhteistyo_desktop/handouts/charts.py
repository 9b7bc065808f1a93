"""A small trend chart (sparkline) for an indicator's yearly values, drawn with reportlab.graphics.

Drawn from shapes rather than a LinePlot: a table of a hundred indicators needs
a hundred charts, and a few lines and dots are quick to make and legible at
this size. The target is a dashed line, so the chart reads in black and white.
"""
from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine

from .styles import ACCENT, MUTED

WIDTH = 52
HEIGHT = 18
_PAD = 2.5


def sparkline(points: list[tuple[int, float]], target: float | None = None,
              width: float = WIDTH, height: float = HEIGHT) -> Drawing | None:
    """A drawing of (year, value) points, or None when fewer than two points can be drawn."""
    points = sorted(points)
    if len(points) < 2:
        return None
    years = [p[0] for p in points]
    values = [p[1] for p in points] + ([target] if target is not None else [])
    low, high = min(values), max(values)
    span_y = (high - low) or 1.0
    span_x = (years[-1] - years[0]) or 1

    def x(year: int) -> float:
        return _PAD + (year - years[0]) / span_x * (width - 2 * _PAD)

    def y(value: float) -> float:
        middle = 0.5 if high == low else (value - low) / span_y
        return _PAD + middle * (height - 2 * _PAD)

    drawing = Drawing(width, height)
    if target is not None:
        drawing.add(Line(_PAD, y(target), width - _PAD, y(target), strokeColor=MUTED,
                         strokeWidth=0.5, strokeDashArray=[1.5, 1.5]))
    coords = [c for year, value in points for c in (x(year), y(value))]
    drawing.add(PolyLine(coords, strokeColor=ACCENT, strokeWidth=1))
    for year, value in points[:-1]:
        drawing.add(Circle(x(year), y(value), 1, fillColor=ACCENT, strokeColor=None))
    last_year, last_value = points[-1]
    drawing.add(Circle(x(last_year), y(last_value), 1.8, fillColor=ACCENT, strokeColor=None))
    return drawing
