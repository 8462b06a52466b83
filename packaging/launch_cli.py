"""Frozen entry point of the `radprev` command line."""

import multiprocessing

from radprev_desktop.cli import run

# A many-package import checks the next package in a second process of this same
# executable (core/sync/prefetch.py): in the bundle that process starts here.
multiprocessing.freeze_support()
run()
