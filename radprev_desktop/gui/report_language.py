"""The language a report is printed in, as the Reports page offers it.

The first entry is the default, named by the language core gives it
(`i18n.default_report_language`: the administrator's language of reports when one is
set, else the screen's), so a supervisor sees "Default (Polski)" before printing
instead of finding an English report under a Polish screen (decision 0031).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from radprev_desktop.core import languages
from radprev_desktop.core.i18n import default_report_language
from radprev_desktop.core.session import Session
from radprev_desktop.gui.i18n import current_language


class ReportLanguage(QComboBox):
    """The default (named), then every offered language by its own name."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("language")
        self.addItem(self.tr("Default"), None)
        for language in languages.offered():  # native names, not translated
            self.addItem(language.native_name, language.code)

    def show_default(self, session: Session) -> None:
        """Name the language the default gives this user now."""
        code = default_report_language(session, current_language())
        self.setItemText(
            0, self.tr("Default ({language})").format(language=languages.require(code).native_name)
        )

    def chosen(self, session: Session) -> str:
        """The language chosen, or the one the default gives (passed to core explicitly)."""
        return str(self.currentData() or default_report_language(session, current_language()))
