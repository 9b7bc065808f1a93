"""The distributable: .ci/build makes the one-folder app from a clean checkout, and it self-tests."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                                reason="PyInstaller is not installed (pip install -e '.[build]')")


def test_clean_checkout_builds_and_the_built_app_passes_its_self_test(tmp_path):
    if subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True).returncode:
        pytest.skip("not a git checkout")
    dist = tmp_path / "dist"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PATH=f"{Path(sys.executable).parent}:"
               + os.environ.get("PATH", ""))
    result = subprocess.run([str(ROOT / ".ci" / "build"), str(dist)], capture_output=True, text=True,
                            env=env, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Itsetestaus onnistui." in result.stdout
    app = dist / "yhteistyo" / ("yhteistyo.exe" if os.name == "nt" else "yhteistyo")
    version = subprocess.run([str(app), "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("yhteistyo ")
    bundled = dist / "yhteistyo" / "_internal"
    # The Qt modules the app never loads stay out; the plugins it needs are in.
    assert not list(bundled.rglob("libQt6Quick.so*")) and not list(bundled.rglob("libQt6Qml.so*"))
    assert list(bundled.rglob("platforms/libqoffscreen.so")) or os.name == "nt"
    assert list(bundled.rglob("yhteistyo_sv.qm")) and list(bundled.rglob("DejaVuSans.ttf"))
    # Every third-party licence travels with the folder, checked by the built app itself too.
    assert "OK     lisenssit" in result.stdout
    licences = dist / "yhteistyo" / "licenses"
    lgpl = next(licences.glob("PySide6_Essentials-*/LGPL-3.0.txt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl.read_text()
    for name in ("reportlab", "openpyxl", "SQLAlchemy", "alembic", "defusedxml", "psycopg", "shiboken6"):
        assert [f for f in licences.glob(f"{name}-*/*") if f.stat().st_size > 200], name
    assert (licences / "Qt-LGPL-NOTICE.txt").is_file() and (licences / "DejaVu-fonts" / "LICENSE-DejaVu.txt").is_file()
