"""What this part says when it refuses (messages marked for the catalogues, context "errors")."""

from __future__ import annotations

from radprev_desktop.core.text import QT_TRANSLATE_NOOP

A_NEWER_REFERENCE_BUNDLE_WAS_ALREADY = QT_TRANSLATE_NOOP(
    "errors",
    "A newer reference bundle (%1) was already imported; bundle %2 is older and was not applied.",
)

REFERENCE_BUNDLE_IMPORTED_TEMPLATES_SETTINGS_CHANGED = QT_TRANSLATE_NOOP(
    "messages",
    "Reference bundle %1 imported: %2 templates, settings changed: %3, code lists: %4.",
)

REFERENCE_BUNDLE_WAS_ALREADY_IMPORTED_NOTHING = QT_TRANSLATE_NOOP(
    "messages",
    "Reference bundle %1 was already imported; nothing changed.",
)

TEMPLATE_IN_THE_BUNDLE_WAS_REFUSED = QT_TRANSLATE_NOOP(
    "errors",
    "Template %1 in the bundle was refused: %2 Nothing was changed.",
)
