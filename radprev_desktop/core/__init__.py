"""Pure-Python core: vault, services, reports and sync. Never imports Qt."""
