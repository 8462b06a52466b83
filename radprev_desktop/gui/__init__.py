"""The PySide6 desktop application: a thin layer over `radprev_desktop.core`."""
