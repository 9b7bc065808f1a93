"""``python -m yhteistyo_desktop.cli``: the command line (as ``python -m yhteistyo_desktop``)."""
import sys

from yhteistyo_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
