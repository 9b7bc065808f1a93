"""Make the user guide's pictures (resources/help/img/*.png) from the real window on the demo.

Run after a change to the window, and commit the pictures:
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/make_help_screenshots.py
The window is rendered offscreen with QWidget.grab() in a private home folder, in Finnish (the
pictures are shared by every language's guide), and scaled down so the guide stays small.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

WIDTH = 720  # pixels: readable in the guide window, small in the repository


def make(folder: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="yhteistyo-kuvat-"))
    os.environ["YHTEISTYO_HOME"] = str(home)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from yhteistyo_desktop.cli import create_demo
    from yhteistyo_desktop.ui.app import application
    from yhteistyo_desktop.ui.main_window import MainWindow
    from yhteistyo_desktop.ui.settings import Settings, WindowState

    app = application([])
    demo = home / "Keski-Suomi.tyokirja"
    create_demo(demo, "Sihteeri").close()
    window = MainWindow(Settings(), WindowState(), "Sihteeri")
    window.resize(1280, 760)
    window.show()
    if not window.open_path(demo):
        raise SystemExit("demo did not open")
    area = window.model.index(0, 0)
    window.tree.expand(area)
    goal = window.model.index(0, 0, area)
    window.tree.expand(goal)
    window.tree.setCurrentIndex(goal)
    shots = []

    def save(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        image = window.grab().toImage().scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation) \
            .convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)  # a third of the size
        path = folder / f"{name}.png"
        if not image.save(str(path), "PNG", 9):
            raise SystemExit(f"could not write {path}")
        shots.append(path)

    folder.mkdir(parents=True, exist_ok=True)
    save("paaikkuna")
    window.main_tabs.setCurrentWidget(window.followup)
    save("seuranta")
    window.close()
    return shots


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    for shot in make(root / "resources" / "help" / "img"):
        print(shot, shot.stat().st_size)
    sys.exit(0)
