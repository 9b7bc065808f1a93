"""The benchmark runs end to end and reports every figure the README promises (tiny sizes)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from yhteistyo_desktop.domain.synthetic import build_large_workbook, counts_for
from yhteistyo_desktop.store.workbook_file import check_file, open_workbook
from yhteistyo_desktop.domain.queries import counts


def test_the_synthetic_workbook_has_the_design_sizes_and_passes_check(tmp_path):
    assert counts_for(1) | {"values_per_indicator": 5} == {
        "areas": 20, "goals": 400, "actions": 2000, "indicators": 4000, "values_per_indicator": 5,
        "parties": 30}
    path = tmp_path / "suuri.tyokirja"
    written = build_large_workbook(path, scale=0.05)
    assert written == {"areas": 1, "goals": 20, "actions": 100, "indicators": 200, "values": 1000}
    assert check_file(path) == []
    with open_workbook(path, "testi", readonly=True) as wb, wb.session() as session:
        found = counts(session)
    assert (found["areas"], found["goals"], found["actions"], found["indicators"]) == (1, 20, 100, 200)


def test_bench_writes_every_ratio_and_the_scaling(tmp_path):
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", YHTEISTYO_HOME=str(tmp_path / "koti"))
    result = subprocess.run([sys.executable, "-m", "yhteistyo_desktop", "bench", "--quick",
                             "--scale", "0.01", "--json", str(out)],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    for key in ("startup_ratio", "export_ratio", "import_ratio", "pdf_ratio"):
        assert isinstance(figures[key], float) and figures[key] > 0, key
    assert "pdf_vs_libreoffice_ratio" in figures
    assert set(figures["scaling"]) == {"export", "import", "pdf"}
    assert all(set(by_size) == {"1x", "4x"} for by_size in figures["scaling"].values())
    assert all(mb and mb > 10 for mb in figures["peak_rss_mb"].values())
    # The table names each measurement with its baseline.
    assert "openpyxl write-only" in result.stdout and "paljas QMainWindow" in result.stdout
