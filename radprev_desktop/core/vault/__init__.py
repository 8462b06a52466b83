"""The encrypted vault: SQLCipher database, key slots, migrations and backups.

Import from the submodules (`vault.store.Vault`, `vault.backup`, …).
"""
