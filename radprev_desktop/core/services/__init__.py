"""Core services: each owns its tables and checks the session's permissions itself (core/policy.py)."""
