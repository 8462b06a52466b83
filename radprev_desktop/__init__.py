"""radprev_desktop: an offline observation log for prison officers."""

__version__ = "0.1.0"
