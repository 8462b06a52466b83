"""Audit log actions as plain sentences ("opened a prisoner's file"), translated for display.

The log keeps the action codes (they are what is exported and verified); the
screen shows the words of core/audit_words.py (the one table of every code, which
the DPO's PDF and the command line also use), with the code in the tooltip. An
action that is not listed (an older build's) shows its code with spaces, so
nothing is ever hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from radprev_desktop.core import audit_words

#: Every action code and its English sentence (the audit page's filter lists them).
ACTIONS: dict[str, str] = {code: str(a.words) for code, a in audit_words.ACTIONS.items()}
#: Every kind of object an entry names, in English.
OBJECTS: dict[str, str] = {kind: str(word) for kind, word in audit_words.OBJECTS.items()}


def action_text(code: str) -> str:
    """The sentence for an action code (its code with spaces when not listed)."""
    text = audit_words.words(code)
    return QCoreApplication.translate("audit", text) if text else audit_words.spaced(code)


def object_text(kind: str, ident: str) -> str:
    """'prisoner 01JD…' — the kind in words and the start of its id."""
    if not kind:
        return ident
    word = OBJECTS.get(kind)
    name = QCoreApplication.translate("audit", word) if word else kind.replace("_", " ")
    return f"{name} {ident[:10]}{'…' if len(ident) > 10 else ''}".strip()
