"""Frozen entry point of the `radprev` command line."""

from radprev_desktop.cli import run

run()
