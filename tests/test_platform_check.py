"""A fresh Linux desktop without Qt's X11 libraries: the app names them instead of Qt's misleading line."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from yhteistyo_desktop.ui.platform_check import missing_libraries

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb platform is Linux's")

QT_PLUGINS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))


def plugin_needing_absent_libraries(tmp_path: Path) -> Path:
    """The real xcb plugin, copied so that it needs libxcb-cursor.so.9 and libxcb-icccm.so.7, which no
    system has: its dynamic section names them (same-length edits of the real names), so loading it
    fails for real, as on a desktop without those packages. Beside it, ../../lib is Qt's own."""
    plugins = tmp_path / "plugins"
    (plugins / "platforms").mkdir(parents=True)
    (tmp_path / "lib").symlink_to(QT_PLUGINS.parent / "lib")
    data = (QT_PLUGINS / "platforms" / "libqxcb.so").read_bytes()
    for real, absent in ((b"libxcb-cursor.so.0\0", b"libxcb-cursor.so.9\0"),
                         (b"libxcb-icccm.so.4\0", b"libxcb-icccm.so.7\0")):
        assert data.count(real) == 1
        data = data.replace(real, absent)
    plugin = plugins / "platforms" / "libqxcb.so"
    plugin.write_bytes(data)
    return plugin


def test_the_installed_xcb_plugin_lacks_nothing_here():
    assert missing_libraries(QT_PLUGINS / "platforms" / "libqxcb.so") == []


def test_missing_system_libraries_are_named_with_the_apt_get_command(tmp_path, demo_path):
    plugin = plugin_needing_absent_libraries(tmp_path)
    assert missing_libraries(plugin) == ["libxcb-cursor.so.9", "libxcb-icccm.so.7"]
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}  # xcb
    env.update(QT_PLUGIN_PATH=str(plugin.parents[1]), YHTEISTYO_USER="testi", YHTEISTYO_QUIT_WHEN_SHOWN="1")
    result = subprocess.run([sys.executable, "-m", "yhteistyo_desktop", str(demo_path)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "puuttuu" in lines[0] and "libxcb-cursor.so.9, libxcb-icccm.so.7" in lines[0]
    assert lines[0].endswith("sudo apt-get install libxcb-cursor0 libxcb-icccm4")
    assert "Traceback" not in result.stderr and "Could not load the Qt platform plugin" not in result.stderr


def test_no_display_is_one_finnish_line_not_qts_reinstall_advice(demo_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")}
    env.update(YHTEISTYO_USER="testi", YHTEISTYO_QUIT_WHEN_SHOWN="1")
    result = subprocess.run([sys.executable, "-m", "yhteistyo_desktop", str(demo_path)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "näyttöä ei ole" in lines[0] and "yhteistyo --help" in lines[0]
    assert "Could not load the Qt platform plugin" not in result.stderr
