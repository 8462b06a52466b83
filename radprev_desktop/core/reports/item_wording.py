"""The wording of an indicator an observation cites, from the template version it cites.

An observation stores its indicator codes with the template code and version they
belong to (issue #14), so a report prints "A2.2 Takes, or tries to take, a leading
role…" in the report language, as the officer read it, even after an administrator
imported a template whose A2.2 means something else. A record from before codes were
tied to a template prints its code alone.
"""

from __future__ import annotations

from radprev_desktop.core.model import Observation
from radprev_desktop.core.services import templates
from radprev_desktop.core.templates.model import Template, pick
from radprev_desktop.core.vault.connection import Connection


class ItemWording:
    """Item labels in one language, each template version read once per report."""

    def __init__(self, con: Connection, language: str) -> None:
        self._con, self._language = con, language
        self._templates: dict[tuple[str, int], Template | None] = {}

    def template_of(self, obs: Observation) -> Template | None:
        """The template version the observation's codes belong to, if stored here."""
        if obs.template_code is None or obs.template_version is None:
            return None
        key = (obs.template_code, obs.template_version)
        if key not in self._templates:
            self._templates[key] = templates.template_for_run(self._con, *key)
        return self._templates[key]

    def __call__(self, obs: Observation, code: str) -> str:
        """The item's label ('' when the template or the item is not known)."""
        template = self.template_of(obs)
        item = template.item(code) if template is not None else None
        return pick(item.label, self._language) if item is not None else ""
