"""Core services: each owns its tables and checks the session's role itself."""
