"""Take the shell's screenshots (English and Polish) on a throw-away demo vault.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/take.py
(or QT_QPA_PLATFORM=offscreen). Windows are grabbed with QWidget.grab(); nothing
but synthetic demo data is shown.

Small screens (issue 10): `SCREENSHOT_SIZE=1024` takes the officer's and
administrator's screens in a window of 1024×700 (a 1024×768 screen less the
taskbar), files `*-1024-<lang>.png`; `SCREENSHOT_SIZE=150 QT_SCALE_FACTOR=1.5`
in 910×465 logical pixels (1366×768 at 150 %), files `*-150pc-<lang>.png`.
`SCREENSHOT_LANGUAGES="sr_Latn sr_Cyrl sq"` takes them in other offered languages.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent
os.environ.setdefault("RADPREV_CONFIG", str(Path(tempfile.mkdtemp()) / "desktop.ini"))

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget, QWizard  # noqa: E402

from radprev_desktop.core import crypto, demo  # noqa: E402
from radprev_desktop.core.services.vault_access import VaultAccess  # noqa: E402
from radprev_desktop.gui import i18n  # noqa: E402

SMALL = os.environ.get("SCREENSHOT_SIZE", "")
SIZE = {"1024": QSize(1024, 700), "150": QSize(910, 465)}.get(SMALL, QSize(1200, 760))
SUFFIX = {"1024": "-1024", "150": "-150pc"}.get(SMALL, "")
ADMIN_PASSWORD = "demo-admin-password"


def settle(app: QApplication, widget: QWidget) -> None:
    for _ in range(5):
        app.processEvents()
    widget.repaint()
    app.processEvents()


def save(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app, widget)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", name)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("radprev")
    tmp = Path(tempfile.mkdtemp())
    folder = tmp / "vault"
    kdf = crypto.KdfParams(time_cost=1, memory_kib=8192, parallelism=1)  # screenshots only
    created = VaultAccess(folder).create(
        mode=demo_mode(),
        establishment_code="PL-WAW1",
        establishment_name="Areszt Śledczy Warszawa-Demo",
        admin_username="admin",
        admin_password=ADMIN_PASSWORD,
        admin_display_name="Administrator Demo",
        kdf=kdf,
        units=[("A", "Oddział A"), ("B", "Oddział B"), ("C", "Oddział C")],
    )
    admin = created.session
    demo.create_demo_accounts(admin)
    demo.generate(admin, subjects=60, observations=600, seed=7)
    admin.close()
    os.environ["RADPREV_DEMO_ACCOUNTS"] = f"admin:{ADMIN_PASSWORD}:administrator"
    for lang in os.environ.get("SCREENSHOT_LANGUAGES", "en pl").split():
        i18n.install_language(lang)
        if SMALL:
            small_screen_shots(app, folder, lang)
        else:
            shots(app, folder, lang, tmp, kdf)


def demo_mode():  # type: ignore[no-untyped-def]
    from radprev_desktop.core.model import Mode

    return Mode.WORKSTATION


def shots(app: QApplication, folder: Path, lang: str, tmp: Path, kdf: crypto.KdfParams) -> None:
    from radprev_desktop.gui.login import LoginWindow
    from radprev_desktop.gui.main_window import MainWindow
    from radprev_desktop.gui.setup_wizard import SetupWizard

    vault = VaultAccess(folder)
    login = LoginWindow(vault, show_demo_accounts=True)
    login.resize(SIZE)
    login.show()
    login.username.setText("demo.supervisor")
    save(app, login, f"login-{lang}")
    login.close()

    wizard = SetupWizard(tmp / f"new-{lang}", kdf=kdf)
    wizard.resize(QSize(900, 640))
    wizard.show()
    wizard.next()
    wizard.establishment_page.code.setText("PL-KRK2")
    wizard.establishment_page.name.setText("Zakład Karny Kraków-Demo")
    wizard.establishment_page.units.setPlainText("A = Oddział A\nB = Oddział B")
    wizard.next()
    wizard.admin_page.username.setText("kasia.admin")
    wizard.admin_page.display_name.setText("Katarzyna Nowak")
    wizard.admin_page.pair.first.setText("Correct-Horse-42")
    wizard.admin_page.pair.second.setText("Correct-Horse-4")
    save(app, wizard, f"setup-administrator-{lang}")
    wizard.admin_page.pair.second.setText("Correct-Horse-42")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    save(app, wizard, f"setup-recovery-code-{lang}")
    assert wizard.session is not None
    wizard.session.close()
    wizard.session = None
    wizard.close()

    supervisor = vault.login("demo.supervisor", "demo-supervisor-pass").session
    supervisor.justification = ("supervision", "weekly review")
    window = MainWindow(supervisor)
    window.resize(SIZE)
    window.show()
    window.show_page("dashboard")
    save(app, window, f"dashboard-{lang}")
    window.lock()
    save(app, window, f"lock-screen-{lang}")
    window._closing_for_switch = True
    window._end_session("logout")
    window.close()

    admin = vault.login("demo.admin", "demo-admin-pass").session
    window = MainWindow(admin)
    window.resize(SIZE)
    window.show()
    window.show_page("admin")
    save(app, window, f"administration-accounts-{lang}")
    page = window.pages["admin"]
    page.show_tab(page.settings_tab)
    save(app, window, f"administration-settings-{lang}")
    window._closing_for_switch = True
    window._end_session("logout")
    window.close()

    auditor = vault.login("demo.auditor", "demo-auditor-pass").session
    window = MainWindow(auditor)
    window.resize(SIZE)
    window.show()
    window.show_page("audit")
    window.pages["audit"].verify()
    save(app, window, f"audit-{lang}")
    window._closing_for_switch = True
    window._end_session("logout")
    window.close()


def small_screen_shots(app: QApplication, folder: Path, lang: str) -> None:
    """The screens an officer and an administrator use most, on a small or scaled screen."""
    from radprev_desktop.core.services import search
    from radprev_desktop.core.services.search import ObservationFilter
    from radprev_desktop.gui.main_window import MainWindow

    vault = VaultAccess(folder)
    officer = vault.login("demo.officer", "demo-officer-pass").session
    officer.justification = ("review", "weekly wing review")
    window = MainWindow(officer)
    window.resize(SIZE)
    window.show()
    save(app, window, f"dashboard{SUFFIX}-{lang}")
    first = search.list_observations(officer, ObservationFilter(), limit=1).items[0]
    window.open_subject(first.subject_id)
    save(app, window, f"subject-file{SUFFIX}-{lang}")
    detail = window.pages["subject_detail"]
    detail.new_observation()
    detail.editor.facts.setPlainText('Said "you will see what we do" to the landing officer.')
    save(app, window, f"observation-editor{SUFFIX}-{lang}")
    detail.editor.clear()
    detail.show_file()
    detail.new_checklist_run()
    save(app, window, f"checklist{SUFFIX}-{lang}")
    detail.runner.close_runner()
    window.show_page("reports")
    window.pages["reports"].show_for_subject(first.subject_id)
    save(app, window, f"reports{SUFFIX}-{lang}")
    window.show_guide()
    assert window.guide is not None
    window.guide.resize(SIZE)
    save(app, window.guide, f"guide{SUFFIX}-{lang}")
    window.guide.close()
    window._closing_for_switch = True
    window._end_session("logout")
    window.close()

    admin = vault.login("demo.admin", "demo-admin-pass").session
    window = MainWindow(admin)
    window.resize(SIZE)
    window.show()
    window.show_page("admin")
    save(app, window, f"administration{SUFFIX}-{lang}")
    window._closing_for_switch = True
    window._end_session("logout")
    window.close()


if __name__ == "__main__":
    main()
