"""Entry script of the frozen app (PyInstaller): the same ``exitplanner`` command as the installed one."""

import sys

from exitplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())
