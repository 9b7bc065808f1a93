"""``yhteistyo --self-test``: prove that an installed or built copy works, on any machine.

Runs offscreen in a temporary folder: makes the demo workbook, shows it in the
main window, exports the Kuntaliitto Excel layout, builds the workbook PDF,
reads the Excel back into a new workbook and compares what came back; a built folder
also checks that its ``licenses/`` folder holds every bundled component's licence. Prints
one line per step; exit code 0 only when every step passed.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _step(name: str, func: Callable[[], str]) -> bool:
    start = time.perf_counter()
    try:
        detail = func()
    except Exception as exc:  # report every failure as a line, keep going
        print(f"VIRHE  {name}: {type(exc).__name__}: {exc}")
        return False
    print(f"OK     {name} ({time.perf_counter() - start:.2f} s){': ' + detail if detail else ''}")
    return True


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="yhteistyo-selftest-"))
    os.environ["YHTEISTYO_HOME"] = str(folder / "koti")

    from .. import __version__
    from ..domain.queries import counts
    from ..store.demo import create_demo
    from ..store.workbook_file import open_workbook
    from .app import application
    from .main_window import MainWindow
    from .settings import Settings, WindowState

    print(f"Yhteistyö {__version__} – itsetestaus kansiossa {folder}")
    demo = folder / "demo.tyokirja"
    xlsx = folder / "demo.xlsx"
    pdf = folder / "demo.pdf"
    back = folder / "takaisin.tyokirja"
    state: dict = {}

    def make_demo() -> str:
        create_demo(demo, "itsetestaus").close()
        with open_workbook(demo, "itsetestaus", readonly=True) as f, f.session() as s:
            state["counts"] = counts(s)
        return ", ".join(f"{k} {v}" for k, v in state["counts"].items())

    def window() -> str:
        app = application([])
        win = MainWindow(Settings(), WindowState(), "itsetestaus")
        win.show()
        if not win.open_path(demo):
            raise RuntimeError(win.message.text() if win.message else "ei auennut")
        areas = win.model.rowCount()
        app.processEvents()
        image = win.grab()
        win.close()
        if areas != state["counts"]["areas"] or image.isNull():
            raise RuntimeError(f"puussa {areas} osa-aluetta")
        return f"{areas} osa-aluetta puussa, ikkuna {image.width()}x{image.height()}"

    def export() -> str:
        from ..xlsx import export_workbook

        with open_workbook(demo, "itsetestaus", readonly=True) as f, f.session() as s:
            export_workbook(s, xlsx)
        return f"{xlsx.stat().st_size} tavua"

    def build_pdf() -> str:
        from ..handouts import build_handout

        with open_workbook(demo, "itsetestaus", readonly=True) as f, f.session() as s:
            build_handout(s, "workbook", pdf)
        data = pdf.read_bytes()
        if not data.startswith(b"%PDF") or b"/FontFile2" not in data:
            raise RuntimeError("PDF ilman upotettua fonttia")
        return f"{len(data)} tavua"

    def read_back() -> str:
        from ..xlsx import import_new

        wbfile, notices = import_new(xlsx, back, "itsetestaus")
        with wbfile, wbfile.session() as s:
            got = counts(s)
        wanted = {k: v for k, v in state["counts"].items() if k != "meetings"}
        got = {k: v for k, v in got.items() if k != "meetings"}
        if got != wanted:
            raise RuntimeError(f"luettiin {got}, odotettiin {wanted}")
        return f"sama sisältö ({len(notices)} huomautusta)"

    steps = [("esimerkkityökirja", make_demo), ("pääikkuna", window), ("Excel-vienti", export),
             ("PDF", build_pdf), ("Excelin luku takaisin", read_back)]
    if getattr(sys, "frozen", False):  # a built folder must carry its third-party licences
        from ..licences import check, licences_dir

        steps.append(("lisenssit", lambda: check(licences_dir())))
    ok = all([_step(name, func) for name, func in steps])
    if ok:
        shutil.rmtree(folder, ignore_errors=True)
        print("Itsetestaus onnistui.")
    else:
        print(f"Itsetestaus EPÄONNISTUI; tiedostot jäivät tarkasteltaviksi: {folder}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(run())
