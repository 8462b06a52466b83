"""Checklist templates: the data model, the JSON schema check and the semantic checks.

Storage, versions and the active template are in core/services/templates.py.
"""

from radprev_desktop.core.templates.model import (
    PROTECTIVE_DOMAIN,
    Domain,
    Item,
    ItemKind,
    Template,
    domain_of,
    pick,
)
from radprev_desktop.core.templates.template_schema import (
    MAX_TEMPLATE_BYTES,
    canonical_bytes,
    parse_template_bytes,
)
from radprev_desktop.core.templates.validation import validate_template

__all__ = [
    "MAX_TEMPLATE_BYTES",
    "PROTECTIVE_DOMAIN",
    "Domain",
    "Item",
    "ItemKind",
    "Template",
    "canonical_bytes",
    "domain_of",
    "parse_template_bytes",
    "pick",
    "validate_template",
]
