"""`python -m quotemark` runs the command line."""

from quotemark.tui.cli import main

raise SystemExit(main())
