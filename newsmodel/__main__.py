"""Run the command line: ``python -m newsmodel PATH...`` (see ``newsmodel --help``)."""

from __future__ import annotations

import sys

from newsmodel._cli import main

if __name__ == "__main__":
    sys.exit(main())
