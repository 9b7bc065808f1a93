"""``python -m yhteistyo_desktop`` and the PyInstaller build's entry point."""
import sys

from yhteistyo_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
