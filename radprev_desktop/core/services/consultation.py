"""Every consultation of personal data is logged with its purpose (LED Art. 25).

A consultation is any read that shows prisoners' data: a list of prisoners, a
search (with its query terms, hashed or stored as the `search_terms_in_audit`
setting says), a prisoner's file, an observation read for review, a checklist
run, a report, an export. The purpose is the session's reason for access
(`session.justification`, asked once per task by the GUI, `--reason` on the
command line); a consultation without one is refused, never logged as "other".

Work queues carry their purpose in themselves: the dashboard shows a user their
own drafts and returns and a supervisor what waits for review; the review
queue and the overdue-files list are the review itself. They are logged with
that implied purpose when no reason was given.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import JustificationReason
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

#: The `search_terms_in_audit` choices.
HASHED = "hashed"
STORED = "stored"
TERM_KEY_META = "search_term_key"


def purpose(session: Session, implied: JustificationReason | None = None) -> str:
    """The audit text of the session's reason for access.

    ValidationError when there is none and the consultation implies none: the
    caller asks for a reason (the GUI's gate, the CLI's `--reason`).
    """
    # The password an administrator set comes first (session.con refuses until it is changed).
    _ = session.con
    if session.justification is not None:
        code, text = session.justification
        return f"{code}: {text}" if text else code
    if implied is not None:
        return implied.value
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Give the reason for access first: every consultation of prisoners' data is "
            "recorded with its purpose.",
        ),
        field="justification",
    )


def require_purpose(session: Session) -> str:
    """The session's reason for access, or ValidationError (checked before any data is read)."""
    return purpose(session)


def record(
    session: Session,
    action: str,
    *,
    object_type: str = "",
    object_id: str = "",
    implied: JustificationReason | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Append the audit entry of one consultation (in its own or the caller's transaction)."""
    why = purpose(session, implied)
    with session.transaction():
        session.audit(
            action,
            object_type=object_type,
            object_id=object_id,
            justification=why,
            details=details or {},
        )


def term_key(session: Session) -> bytes:
    """The vault's secret for hashing search terms (made by migration 0010)."""
    value = session.meta(TERM_KEY_META)
    if not value:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The vault has no key for search terms; run radprev doctor."
            )
        )
    return bytes.fromhex(value)


def hash_term(key: bytes, folded_term: str) -> str:
    """A keyed hash of one folded search term (the DPO can check a term; no one can read it)."""
    return hmac.new(key, folded_term.encode("utf-8"), hashlib.sha256).hexdigest()[:20]


def query_details(session: Session, query: str, folded_words: list[str]) -> dict[str, Any]:
    """What the audit entry of a search keeps of its query, as the setting says.

    Hashed (default): a keyed hash of each word, so the data-protection officer
    can answer "who searched for this name" without the log holding the words.
    Stored: the query as typed (a vault may choose it where national rules ask).
    """
    mode = session.setting("search_terms_in_audit", catalogue.default("search_terms_in_audit"))
    if mode == STORED:
        return {"query": query[:200]}
    key = term_key(session)
    return {"query_terms": [hash_term(key, w) for w in folded_words[:20] if w]}
