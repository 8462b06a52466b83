"""`python -m radprev_desktop` runs the command line."""

from radprev_desktop.cli import run

run()
