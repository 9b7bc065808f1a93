"""Before the window opens on Linux: name the system libraries Qt's xcb platform plugin lacks.

On a fresh Debian/Ubuntu desktop the plugin cannot load until a few X11 libraries are
installed (libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, …), and Qt then says only that it
"could not load the Qt platform plugin xcb even though it was found", naming one library at
best, often another than the one missing, and aborts. :func:`check` runs before the
``QApplication`` is made and turns that into one Finnish line naming every missing library and
the ``apt-get`` command that installs them (in Finnish only, as the command line's errors).

It stays cheap: loading the plugin with ``dlopen`` (which Qt does a moment later anyway) costs
a millisecond; only when that fails does ``ldd`` run to list everything that is missing.
"""
from __future__ import annotations

import ctypes
import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

from ..domain.errors import UserError

#: The Debian/Ubuntu package of each library the xcb plugin needs (``ldd`` of
#: plugins/platforms/libqxcb.so and lib/libQt6XcbQpa.so.6, mapped with ``dpkg -S`` on Debian 12),
#: by the name without its version number. The README lists the same packages.
PACKAGES = {
    "libEGL.so": "libegl1", "libGL.so": "libgl1", "libGLX.so": "libglx0", "libGLdispatch.so": "libglvnd0",
    "libX11.so": "libx11-6", "libX11-xcb.so": "libx11-xcb1", "libXau.so": "libxau6", "libXdmcp.so": "libxdmcp6",
    "libdbus-1.so": "libdbus-1-3", "libfontconfig.so": "libfontconfig1", "libfreetype.so": "libfreetype6",
    "libglib-2.0.so": "libglib2.0-0", "libgthread-2.0.so": "libglib2.0-0",
    "libxcb.so": "libxcb1", "libxcb-cursor.so": "libxcb-cursor0", "libxcb-icccm.so": "libxcb-icccm4",
    "libxcb-image.so": "libxcb-image0", "libxcb-keysyms.so": "libxcb-keysyms1", "libxcb-randr.so": "libxcb-randr0",
    "libxcb-render.so": "libxcb-render0", "libxcb-render-util.so": "libxcb-render-util0",
    "libxcb-shape.so": "libxcb-shape0", "libxcb-shm.so": "libxcb-shm0", "libxcb-sync.so": "libxcb-sync1",
    "libxcb-util.so": "libxcb-util1", "libxcb-xfixes.so": "libxcb-xfixes0", "libxcb-xkb.so": "libxcb-xkb1",
    "libxkbcommon.so": "libxkbcommon0", "libxkbcommon-x11.so": "libxkbcommon-x11-0",
}


def xcb_plugin() -> Path | None:
    """The xcb plugin Qt would load, or None when Qt will not use xcb (another platform asked for).

    Qt looks in the folders of ``QT_PLUGIN_PATH`` first, then in its own plugin folder; so here.
    """
    if not sys.platform.startswith("linux"):
        return None
    asked = os.environ.get("QT_QPA_PLATFORM", "")
    if asked and re.split(r"[;:]", asked)[0] != "xcb":
        return None
    if not asked and os.environ.get("WAYLAND_DISPLAY"):
        return None  # Qt may take Wayland there: refusing for xcb's libraries could be wrong
    folders = [f for f in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if f]
    folders.append(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    for folder in folders:
        plugin = Path(folder) / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_libraries(plugin: Path) -> list[str]:
    """The libraries ``plugin`` needs that this system lacks (none when it loads)."""
    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError:
        pass
    try:
        listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return []  # no ldd: Qt's own message is all there is
    return sorted(set(re.findall(r"^\s*(\S+) => not found", listing, re.M)))


def package_of(library: str) -> str | None:
    return PACKAGES.get(re.sub(r"\.so(\.[0-9.]*)?$", ".so", library))


def check() -> None:
    """Raise a one-line :class:`UserError` when the xcb plugin cannot load for missing libraries,
    or when there is no display to open the window on (an ssh session, a server, a container):
    Qt then says it "could not connect to display" and that reinstalling the application may help,
    which it will not."""
    plugin = xcb_plugin()
    missing = missing_libraries(plugin) if plugin is not None else []
    if not missing:
        if plugin is not None and not os.environ.get("DISPLAY"):
            raise UserError("Ikkunaa ei voi avata, koska näyttöä ei ole (DISPLAY-muuttuja puuttuu). "
                            "Komentorivin komennot toimivat ilman näyttöä: yhteistyo --help")
        return
    packages = sorted({package_of(lib) for lib in missing} - {None})
    # Finnish, as the command line's errors: no translator can be installed before the QApplication.
    text = f"Ikkunaa ei voi avata, koska järjestelmästä puuttuu Qt:n tarvitsemia kirjastoja: {', '.join(missing)}."
    if packages:
        text += f" Debianissa ja Ubuntussa ne asentaa komento: sudo apt-get install {' '.join(packages)}"
    raise UserError(text)
