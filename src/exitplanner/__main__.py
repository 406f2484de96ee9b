"""``python -m exitplanner``: same as the ``exitplanner`` command."""

import sys

from exitplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())
