"""``yhteistyo bench``: the measured speed of the app, each figure beside a baseline from the same run.

What is measured (DESIGN.md "Quality bars"; every time is the median of ``--repeat`` runs,
default 5):

* start-up: a new process showing the main window on the demo (offscreen), against a new
  process showing a bare PySide6 QMainWindow; both quit as soon as the window is shown;
* opening the large workbook and filling the tree, against sqlite3 reading the same rows
  into a QStandardItemModel;
* Excel export of the large workbook, against openpyxl alone (write-only mode) writing the
  same cells;
* Excel import of that export (the review of a returned copy, "Tuo palautettu Excel"),
  against openpyxl alone (read-only mode) reading every cell;
* the workbook PDF of the large workbook, against reportlab alone laying out the same
  paragraphs in a plain document;
* where LibreOffice is installed, LibreOffice converting the exported .xlsx to PDF;
* the peak memory (max RSS) of each measuring process, and export, import and PDF again at
  4x and 16x the size.

Each measurement runs in a fresh child process (``python -m yhteistyo_desktop.cli.bench JOB``),
so its peak memory is its own and one job's caches do not help the next. A child first does
the job once on the demo workbook (imports, fonts), then times the real runs.
Nothing here is imported at start-up: the command line loads this module only for ``bench``.
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

MB = 1024 * 1024

#: ``--quick``: a tenth of the large workbook, scaled 1x and 4x (a CI-sized run).
QUICK_SCALE = 0.1


# -- the child processes ----------------------------------------------------------------------------

def _peak_mb() -> float | None:
    """This process's own peak RSS (VmHWM; Linux). ``getrusage`` is no use for this: its
    maximum carries over from the process a child was forked from."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


#: Run a module or a snippet, then print the process's peak RSS: the start-up children.
_REPORTING = ("import atexit, runpy, sys\n"
              "from yhteistyo_desktop.cli.bench import _peak_mb\n"
              "atexit.register(lambda: print('PEAK_MB', _peak_mb(), flush=True))\n")


def _timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def _open(path: str):
    from ..store.workbook_file import open_workbook

    return open_workbook(path, "bench", readonly=True)


def _sheet_rows(xlsx: str) -> list[tuple[str, list[tuple]]]:
    from openpyxl import load_workbook

    book = load_workbook(xlsx, read_only=True)
    try:
        return [(ws.title, [tuple(row) for row in ws.iter_rows(values_only=True)])
                for ws in book.worksheets]
    finally:
        book.close()


def _job_export(path: str, out: str, warm: str, repeat: int) -> dict:
    from ..xlsx import export_workbook

    for target, count in ((warm, 1), (path, repeat)):
        with _open(target) as wb, wb.session() as session:
            times = _timed(lambda: export_workbook(session, out), count)
    return {"times": times, "bytes": Path(out).stat().st_size}


def _job_export_base(xlsx: str, out: str, warm: str, repeat: int) -> dict:
    from openpyxl import Workbook

    sheets = _sheet_rows(xlsx)

    def write() -> None:
        book = Workbook(write_only=True)
        for title, rows in sheets:
            ws = book.create_sheet(title)
            for row in rows:
                ws.append(row)
        book.save(out)

    write()  # warm-up
    cells = sum(len(r) for _, rows in sheets for r in rows)
    return {"times": _timed(write, repeat), "cells": cells}


def _job_import(path: str, xlsx: str, warm: str, repeat: int) -> dict:
    from ..xlsx import Limits, compare, export_workbook

    # The import's safety limits fit any real workbook with a wide margin; the 4x and 16x
    # synthetic ones are far past them, so the measurement widens them to the file's size.
    big = Limits(total_unpacked=2**40, members=10**6, sheets=10**4, rows=10**8, cells=10**10)

    with _open(warm) as wb, wb.session() as session:
        warm_xlsx = Path(xlsx).with_name("warm.xlsx")
        export_workbook(session, warm_xlsx)
        compare(warm_xlsx, session)
    with _open(path) as wb, wb.session() as session:
        changes = []
        times = _timed(lambda: changes.append(len(compare(xlsx, session, big).changes)), repeat)
    return {"times": times, "changes": changes[-1]}


def _job_import_base(xlsx: str, warm: str, repeat: int) -> dict:
    from openpyxl import load_workbook

    def read() -> None:
        book = load_workbook(xlsx, read_only=True)
        for ws in book.worksheets:
            for _row in ws.iter_rows(values_only=True):
                pass
        book.close()

    read()  # warm-up
    return {"times": _timed(read, repeat)}


def _job_pdf(path: str, out: str, warm: str, repeat: int) -> dict:
    from ..handouts import build_handout

    for target, count in ((warm, 1), (path, repeat)):
        with _open(target) as wb, wb.session() as session:
            times = _timed(lambda: build_handout(session, "workbook", out), count)
    return {"times": times, "bytes": Path(out).stat().st_size}


def _paragraphs(flowables) -> list:
    """Every Paragraph in a story, tables and keep-togethers opened up, in reading order."""
    from reportlab.platypus import Paragraph

    found = []
    for item in flowables:
        if isinstance(item, Paragraph):
            found.append((item.text, item.style))
        elif isinstance(item, (list, tuple)):
            found += _paragraphs(item)
        elif hasattr(item, "_cellvalues"):
            found += _paragraphs([cell for row in item._cellvalues for cell in row])
        elif hasattr(item, "_content"):
            found += _paragraphs(item._content)
    return found


def _job_pdf_base(path: str, out: str, warm: str, repeat: int) -> dict:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from ..handouts import build
    from ..handouts.document import _assemble
    from ..handouts.styles import styles

    styles()  # the same fonts, registered
    with _open(path) as wb, wb.session() as session:
        blocks = build.Blocks(build.load(session, values=False), build.texts("fi"))
        story = _assemble(build.workbook_doc.plan(blocks).sections, None)
    paragraphs = _paragraphs(story)

    def lay_out() -> None:
        SimpleDocTemplate(out, pagesize=A4).build([Paragraph(t, s) for t, s in paragraphs])

    lay_out()  # warm-up
    return {"times": _timed(lay_out, repeat), "paragraphs": len(paragraphs)}


def _job_tree(path: str, warm: str, repeat: int) -> dict:
    from ..ui.bench_jobs import tree

    return tree(path, warm, repeat, _timed)


def _job_tree_base(path: str, warm: str, repeat: int) -> dict:
    from ..ui.bench_jobs import tree_base

    return tree_base(path, warm, repeat, _timed)


def _job_synthetic(path: str, scale: str, repeat: int) -> dict:
    from ..domain.synthetic import build_large_workbook

    return {"times": [], "counts": build_large_workbook(path, scale=float(scale))}


JOBS = {"synthetic": _job_synthetic, "export": _job_export, "export-base": _job_export_base, "import": _job_import,
        "import-base": _job_import_base, "pdf": _job_pdf, "pdf-base": _job_pdf_base,
        "tree": _job_tree, "tree-base": _job_tree_base}


def _child_main(argv: list[str]) -> int:
    job, *args = argv
    result = JOBS[job](*args[:-1], int(args[-1]))
    result["peak_mb"] = _peak_mb()
    print(json.dumps(result), flush=True)
    if job.startswith("tree"):
        # The measurement is done; skip tearing down the QApplication and its widgets at
        # interpreter exit, which PySide6 does not always survive in a throwaway process.
        os._exit(0)
    return 0


class BenchError(Exception):
    """A measuring child failed; the message carries the end of its error output."""


# -- the parent: runs the children, collects medians and peak memory ---------------------------------

class Bench:
    def __init__(self, work: Path, repeat: int):
        self.work = work
        self.repeat = repeat
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", YHTEISTYO_HOME=str(work / "home"),
                        YHTEISTYO_USER="bench")

    def run(self, args: list[str], timeout: float = 3600,
            env: dict[str, str] | None = None) -> tuple[float, float | None, str]:
        """Run a child (killed after ``timeout`` s); (wall seconds, peak RSS in MB or None, stdout)."""
        out_path = self.work / "child.out"
        err_path = self.work / "child.err"
        start = time.perf_counter()
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            proc = subprocess.Popen(args, stdout=out, stderr=err, env=env or self.env)
            rss = None
            if hasattr(os, "wait4"):
                watchdog = threading.Timer(timeout, proc.kill)  # wait4 itself has no timeout
                watchdog.start()
                try:
                    _, status, usage = os.wait4(proc.pid, 0)
                finally:
                    watchdog.cancel()
                proc.returncode = os.waitstatus_to_exitcode(status)
                # ru_maxrss is in kilobytes on Linux, bytes on macOS.
                rss = usage.ru_maxrss / (MB if sys.platform == "darwin" else 1024)
            else:
                proc.wait(timeout)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            raise BenchError(f"Mittaus {' '.join(args[2:4])} epäonnistui: "
                               + err_path.read_text(errors="replace")[-2000:])
        return elapsed, rss, out_path.read_text()

    def job(self, name: str, *args: str) -> dict:
        # Children, not this process, load the app's libraries: on Linux a child's peak RSS
        # includes the memory of the process it was forked from.
        _, rss, out = self.run([sys.executable, "-m", "yhteistyo_desktop.cli.bench", name, *args,
                                str(self.repeat)])
        result = json.loads(out.strip().splitlines()[-1])
        result["median"] = statistics.median(result["times"]) if result["times"] else None
        result["peak_rss_mb"] = result.pop("peak_mb", None) or (round(rss, 1) if rss else None)
        return result

    def startup(self, demo: Path) -> tuple[dict, dict]:
        app = [sys.executable, "-c", _REPORTING + "sys.argv = ['yhteistyo', sys.argv[1]]\n"
               "runpy.run_module('yhteistyo_desktop', run_name='__main__')", str(demo)]
        bare = [sys.executable, "-c", _REPORTING +
                "from PySide6.QtCore import QTimer\n"
                "from PySide6.QtWidgets import QApplication, QMainWindow\n"
                "app = QApplication([]); w = QMainWindow(); w.show()\n"
                "QTimer.singleShot(0, app.quit); app.exec()"]
        env = dict(self.env, YHTEISTYO_QUIT_WHEN_SHOWN="1")
        self.run(app, env=env)  # first start writes settings and caches; not counted
        self.run(bare, env=env)
        results: dict[str, dict] = {"app": {"times": [], "rss": []},
                                    "bare": {"times": [], "rss": []}}
        for _ in range(self.repeat):  # interleaved, so drift hits both alike
            for key, args in (("app", app), ("bare", bare)):
                elapsed, rss, out = self.run(args, env=env)
                results[key]["times"].append(elapsed)
                peak = [line.split()[1] for line in out.splitlines() if line.startswith("PEAK_MB")]
                results[key]["rss"].append(float(peak[-1]) if peak and peak[-1] != "None" else rss)
        for r in results.values():
            r["median"] = statistics.median(r["times"])
            r["peak_rss_mb"] = round(max(r.pop("rss")), 1) if r["rss"][0] is not None else None
        return results["app"], results["bare"]

    def libreoffice(self, xlsx: Path) -> dict | None:
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            return None
        outdir = self.work / "lo"
        profile = (self.work / "lo-profile").as_uri()
        args = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                "--outdir", str(outdir), str(xlsx)]
        self.run(args)  # first start creates the profile
        times, rss = [], []
        for _ in range(self.repeat):
            elapsed, peak, _ = self.run(args)
            times.append(elapsed)
            rss.append(peak)
        return {"times": times, "median": statistics.median(times),
                "peak_rss_mb": round(max(rss), 1) if rss[0] is not None else None}


def _own_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (MB if sys.platform == "darwin" else 1024), 1)


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a and b else None


def run_bench(json_path: Path | None, quick: bool, repeat: int, keep: Path | None,
              log=print, scale: float | None = None) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="yhteistyo-bench-")) if keep is None else keep
    work.mkdir(parents=True, exist_ok=True)
    (work / "home").mkdir(exist_ok=True)
    bench = Bench(work, repeat)
    base = scale if scale is not None else QUICK_SCALE if quick else 1.0
    sizes = (1, 4) if quick else (1, 4, 16)
    started = time.perf_counter()
    try:
        demo = work / "demo.tyokirja"
        if not demo.exists():
            bench.run([sys.executable, "-m", "yhteistyo_desktop", "demo", str(demo)])
        files = {}
        for size in sizes:
            files[size] = work / f"suuri-{size}x.tyokirja"
            if not files[size].exists():
                counts = bench.job("synthetic", str(files[size]), str(base * size))["counts"]
                log(f"  synteettinen työkirja {size}x: {counts}")
        large, xlsx, pdf = files[1], work / "suuri.xlsx", work / "suuri.pdf"

        log("Käynnistys …")
        app, bare = bench.startup(demo)
        log("Puu …")
        tree, tree_base = bench.job("tree", str(large), str(demo)), \
            bench.job("tree-base", str(large), str(demo))
        log("Excel-vienti …")
        export = bench.job("export", str(large), str(xlsx), str(demo))
        export_base = bench.job("export-base", str(xlsx), str(work / "base.xlsx"), str(demo))
        log("Excel-tuonti …")
        imp = bench.job("import", str(large), str(xlsx), str(demo))
        imp_base = bench.job("import-base", str(xlsx), str(demo))
        log("PDF …")
        pdf_ours = bench.job("pdf", str(large), str(pdf), str(demo))
        pdf_base = bench.job("pdf-base", str(large), str(work / "base.pdf"), str(demo))
        log("LibreOffice …")
        office = bench.libreoffice(xlsx)
        scaling: dict[str, dict[str, float]] = {"export": {}, "import": {}, "pdf": {}}
        for size in sizes:
            key = f"{size}x"
            if size == 1:
                scaling["export"][key] = export["median"]
                scaling["import"][key] = imp["median"]
                scaling["pdf"][key] = pdf_ours["median"]
                continue
            log(f"Mittakaava {size}x …")
            sx = work / f"suuri-{size}x.xlsx"
            scaling["export"][key] = bench.job("export", str(files[size]), str(sx), str(demo))["median"]
            scaling["import"][key] = bench.job("import", str(files[size]), str(sx), str(demo))["median"]
            scaling["pdf"][key] = bench.job("pdf", str(files[size]), str(work / f"s{size}.pdf"),
                                            str(demo))["median"]
        measured = {"startup": app, "startup_bare_qmainwindow": bare, "tree": tree,
                    "tree_sqlite3_qstandarditemmodel": tree_base, "export": export,
                    "export_openpyxl_write_only": export_base, "import": imp,
                    "import_openpyxl_read_only": imp_base, "pdf": pdf_ours,
                    "pdf_reportlab_paragraphs": pdf_base, "libreoffice_xlsx_to_pdf": office}
        result = {
            "startup_ratio": _ratio(app["median"], bare["median"]),
            "tree_ratio": _ratio(tree["median"], tree_base["median"]),
            "export_ratio": _ratio(export["median"], export_base["median"]),
            "import_ratio": _ratio(imp["median"], imp_base["median"]),
            "pdf_ratio": _ratio(pdf_ours["median"], pdf_base["median"]),
            "pdf_vs_libreoffice_ratio": _ratio(pdf_ours["median"], office["median"]) if office else None,
            "peak_rss_mb": {k: v["peak_rss_mb"] for k, v in measured.items() if v},
            "scaling": scaling,
            "seconds": {k: round(v["median"], 4) for k, v in measured.items() if v},
            "targets": {"startup_ratio": 2.0, "export_ratio": 1.3, "import_ratio": 1.5,
                        "pdf_ratio": 1.5},
            "runs": repeat, "quick": quick, "large_scale": base,
            "sizes": {f"{s}x": base * s for s in sizes},
            "bench_process_rss_mb": _own_rss_mb(),
            "machine": {"python": platform.python_version(), "platform": platform.platform(),
                        "cpus": os.cpu_count()},
            "bench_seconds": round(time.perf_counter() - started, 1),
        }
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)
    if json_path is not None:
        json_path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return result


def format_table(result: dict[str, Any]) -> str:
    s, rss = result["seconds"], result["peak_rss_mb"]
    rows = [("Käynnistys (demo) / paljas QMainWindow", "startup", "startup_bare_qmainwindow",
             "startup_ratio"),
            ("Avaus ja puu / sqlite3 + QStandardItemModel", "tree", "tree_sqlite3_qstandarditemmodel",
             "tree_ratio"),
            ("Excel-vienti / openpyxl write-only", "export", "export_openpyxl_write_only",
             "export_ratio"),
            ("Excel-tuonti / openpyxl read-only", "import", "import_openpyxl_read_only",
             "import_ratio"),
            ("Työkirja-PDF / reportlab-kappaleet", "pdf", "pdf_reportlab_paragraphs", "pdf_ratio")]
    out = [f"{'mittaus':46} {'sovellus s':>10} {'vertailu s':>10} {'suhde':>6} {'tavoite':>7} "
           f"{'muisti MB':>16}"]
    for label, ours, base, ratio in rows:
        target = result["targets"].get(ratio)
        out.append(f"{label:46} {s[ours]:10.3f} {s[base]:10.3f} {result[ratio]:6.2f} "
                   f"{target if target else '':>7} {rss[ours]!s:>7} / {rss[base]!s:<7}")
    lo = s.get("libreoffice_xlsx_to_pdf")
    out.append(f"{'LibreOffice xlsx → PDF':46} {'':10} {lo if lo is not None else '–':>10} "
               f"{result['pdf_vs_libreoffice_ratio'] or '–':>6}   (PDF / LibreOffice)")
    out.append("")
    sizes = list(result["scaling"]["export"])
    out.append(f"{'kasvu (s)':12}" + "".join(f"{k:>10}" for k in sizes) + "   (s / koko, suhteessa 1x)")
    for job, by_size in result["scaling"].items():
        first = by_size[sizes[0]]
        per = "  ".join(f"{by_size[k] / first / int(k[:-1]):.2f}" for k in sizes)
        out.append(f"{job:12}" + "".join(f"{by_size[k]:10.2f}" for k in sizes) + f"   {per}")
    out.append(f"\n{result['runs']} toistoa, mediaani; {result['machine']['cpus']} ydintä; "
               f"kesto {result['bench_seconds']} s")
    return "\n".join(out)


# -- command line ------------------------------------------------------------------------------------

def _bench_args(p) -> None:
    p.add_argument("--json", type=Path, metavar="PATH", help="kirjoita tulokset JSON-oliona")
    p.add_argument("--quick", action="store_true",
                   help=f"pieni ajo: {QUICK_SCALE:g}-kokoinen suuri työkirja, koot 1x ja 4x")
    p.add_argument("--repeat", type=int, default=5, help="toistoja mittausta kohden (vähintään 5)")
    p.add_argument("--scale", type=float, metavar="X",
                   help="suuren työkirjan koko (1 = DESIGN.md:n koko; --quick: 0.1)")
    p.add_argument("--keep", type=Path, metavar="DIR",
                   help="tee tiedostot kansioon DIR ja jätä ne (ja käytä siellä jo olevia)")


def _bench(args) -> int:
    from ..domain.errors import UserError

    if args.repeat < 5:
        raise UserError("Mediaani vaatii vähintään viisi toistoa (--repeat 5).")
    try:
        result = run_bench(args.json, args.quick, args.repeat, args.keep,
                           log=lambda line: print(line, file=sys.stderr, flush=True),
                           scale=args.scale)
    except BenchError as exc:
        raise UserError(str(exc)) from None
    print(format_table(result))
    return 0


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
