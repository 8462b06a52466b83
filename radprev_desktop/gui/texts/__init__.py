"""What the screens say about core values: translated labels, audit sentences, version diffs.

Plain functions and frozen values, no Qt item models (those live in `gui/models`).
"""
