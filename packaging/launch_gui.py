"""Frozen entry point of the desktop application."""

from radprev_desktop.gui.app import main

raise SystemExit(main())
