"""Frozen entry point of the desktop application."""

import multiprocessing

from radprev_desktop.gui.app import main

# A many-package import checks the next package in a second process of this same
# executable (core/sync/prefetch.py): in the bundle that process starts here.
multiprocessing.freeze_support()
raise SystemExit(main())
