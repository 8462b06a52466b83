"""Qt's own words that our screens show (standard buttons, edit menus), in our catalogues.

Qt ships translations of its dialogs for a few languages only (Polish and
Croatian among ours, not Serbian, Bosnian, Albanian or Macedonian). Marking the
texts here puts them into every language's catalogue under Qt's own contexts,
so a standard "Cancel" button, the first-run wizard's buttons, Qt's own file
dialog or a text field's context menu speak the user's language — and the
catalogue tests notice when one is missing. Our catalogue is installed after
qtbase_<locale>.qm, so it is asked first and also overrides Qt's Polish and
Croatian where both have the text. tests/gui/test_qt_owned_texts.py opens the
real widgets in every offered language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
)

EDIT_MENUS = (
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
)

#: The buttons QWizard makes itself (the first-run wizard, classic style).
WIZARD = (
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "&Help"),
)

#: What Qt's own (non-native) file dialog shows: labels, buttons, tool tips, the
#: list's columns and context menu, the overwrite question.
FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Kind"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer"),
)

#: Qt's own print dialog (Linux; Windows and macOS show the system's): the printer box,
#: the options (copies, range, colour, double-sided), the Properties dialog (paper,
#: orientation, margins, pages per sheet, the CUPS job tab), its warnings, and the page
#: sizes that hold a word (the international names A4, Letter, Legal… stay as Qt says).
PRINT_DIALOG = (
    QT_TRANSLATE_NOOP("QPrintDialog", "Print"),
    QT_TRANSLATE_NOOP("QPrintDialog", "&Print"),
    QT_TRANSLATE_NOOP("QPrintDialog", "&Options >>"),
    QT_TRANSLATE_NOOP("QPrintDialog", "&Options <<"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Print to File (PDF)"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Print To File ..."),
    QT_TRANSLATE_NOOP("QPrintDialog", "Local file"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Write PDF file"),
    QT_TRANSLATE_NOOP("QPrintDialog", "All Pages"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Odd Pages"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Even Pages"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Automatic"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Left to Right, Top to Bottom"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Left to Right, Bottom to Top"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Right to Left, Bottom to Top"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Right to Left, Top to Bottom"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Bottom to Top, Left to Right"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Bottom to Top, Right to Left"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Top to Bottom, Left to Right"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Top to Bottom, Right to Left"),
    QT_TRANSLATE_NOOP("QPrintDialog", "%1 already exists.\nDo you want to overwrite it?"),
    QT_TRANSLATE_NOOP("QPrintDialog", "%1 is a directory.\nPlease choose a different file name."),
    QT_TRANSLATE_NOOP(
        "QPrintDialog", "File %1 is not writable.\nPlease choose a different file name."
    ),
    QT_TRANSLATE_NOOP("QPrintDialog", "Invalid Pages Definition"),
    QT_TRANSLATE_NOOP(
        "QPrintDialog",
        "%1 does not follow the correct syntax. Please use ',' to separate ranges and "
        "pages, '-' to define ranges and make sure ranges do not intersect with each "
        "other.",
    ),
    QT_TRANSLATE_NOOP(
        "QPrintDialog",
        "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn "
        "one of those options off.",
    ),
    QT_TRANSLATE_NOOP("QPrintDialog", "Duplex Settings Conflicts"),
    QT_TRANSLATE_NOOP(
        "QPrintDialog", "There are conflicts in duplex settings. Do you want to fix them?"
    ),
    QT_TRANSLATE_NOOP("QPrintWidget", "Printer"),
    QT_TRANSLATE_NOOP("QPrintWidget", "&Name:"),
    QT_TRANSLATE_NOOP("QPrintWidget", "P&roperties"),
    QT_TRANSLATE_NOOP("QPrintWidget", "Location:"),
    QT_TRANSLATE_NOOP("QPrintWidget", "Preview"),
    QT_TRANSLATE_NOOP("QPrintWidget", "Type:"),
    QT_TRANSLATE_NOOP("QPrintWidget", "Output &file:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Copies"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Copies:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Collate"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Reverse"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Options"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Output Settings"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Print range"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Print all"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Pages from"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "to"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Pages"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Current Page"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Selection"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP(
        "QPrintSettingsOutput",
        "Specify pages or ranges separated by commas. Ranges are specified by two "
        "numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.",
    ),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Color Mode"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Color"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Grayscale"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
    QT_TRANSLATE_NOOP("QPrintPropertiesDialog", "Printer Properties"),
    QT_TRANSLATE_NOOP("QPrintPropertiesDialog", "Job Options"),
    QT_TRANSLATE_NOOP("QPrintPropertiesDialog", "Page Setup Conflicts"),
    QT_TRANSLATE_NOOP(
        "QPrintPropertiesDialog",
        "There are conflicts in page setup options. Do you want to fix them?",
    ),
    QT_TRANSLATE_NOOP("QPrintPropertiesDialog", "Advanced Option Conflicts"),
    QT_TRANSLATE_NOOP(
        "QPrintPropertiesDialog",
        "There are conflicts in some advanced options. Do you want to fix them?",
    ),
    QT_TRANSLATE_NOOP("QPrintPropertiesWidget", "Page"),
    QT_TRANSLATE_NOOP("QPrintPropertiesWidget", "Advanced"),
    QT_TRANSLATE_NOOP(
        "QPrintPropertiesWidget", "There are conflicts in some options. Please fix them."
    ),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Paper"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page size:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Width:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Height:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Paper source:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Custom"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Orientation"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Portrait"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Landscape"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Reverse landscape"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Reverse portrait"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Margins"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "top margin"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "bottom margin"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "left margin"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "right margin"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Millimeters (mm)"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Inches (in)"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Points (pt)"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pica (P̸)"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Didot (DD)"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Cicero (CC)"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page Layout"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Job"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Job Control"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Scheduled &printing:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Print Immediately"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Hold Indefinitely"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Day (06:00 to 17:59)"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Night (18:00 to 05:59)"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Second Shift (16:00 to 23:59)"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Third Shift (00:00 to 07:59)"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Weekend (Saturday to Sunday)"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Specific Time"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "&Billing information:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Job &priority:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Banner Pages"),
    QT_TRANSLATE_NOOP("QPageSize", "Custom"),
    QT_TRANSLATE_NOOP("QPageSize", "Custom (%1mm x %2mm)"),
    QT_TRANSLATE_NOOP("QPageSize", "Custom (%1pt x %2pt)"),
    QT_TRANSLATE_NOOP("QPageSize", "Custom (%1in x %2in)"),
    QT_TRANSLATE_NOOP("QPageSize", "Custom (%1pc x %2pc)"),
    QT_TRANSLATE_NOOP("QPageSize", "Custom (%1DD x %2DD)"),
    QT_TRANSLATE_NOOP("QPageSize", "Custom (%1CC x %2CC)"),
    QT_TRANSLATE_NOOP("QPageSize", "Postcard"),
    QT_TRANSLATE_NOOP("QPageSize", "Double Postcard"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope B4"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope B5"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope B6"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope C0"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope C1"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope C2"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope C3"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope C4"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope C5"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope C6"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope C65"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope C7"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope Chou 3"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope Chou 4"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope DL"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope Invite"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope Italian"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope Kaku 2"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope Kaku 3"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope Monarch"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope PRC 1"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope PRC 10"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope PRC 2"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope PRC 3"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope PRC 4"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope PRC 5"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope PRC 6"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope PRC 7"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope PRC 8"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope PRC 9"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope Personal"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope US 10"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope US 11"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope US 12"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope US 14"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope US 9"),
    QT_TRANSLATE_NOOP("QPageSize", "Envelope You 4"),
)

#: The file dialog's rarer texts: not found, write-protected, the delete question, the
#: accessible names of its buttons and sidebar, and the Type column's words for a folder,
#: a drive and the files radprev writes (size units come from QLocale, in every language).
FILE_DIALOG_MORE = (
    QT_TRANSLATE_NOOP(
        "QFileDialog",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
    ),
    QT_TRANSLATE_NOOP(
        "QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."
    ),
    QT_TRANSLATE_NOOP("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"),
    QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?"),
    QT_TRANSLATE_NOOP("QFileDialog", "Could not delete directory."),
    QT_TRANSLATE_NOOP("QFileDialog", "Go back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks"),
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
    QT_TRANSLATE_NOOP("QFileDialog", "Recent Places"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "Remove"),
    QT_TRANSLATE_NOOP("QFileDialog", "Unknown"),
    QT_TRANSLATE_NOOP("QFileDialog", "Find Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QMimeType", "PDF document"),
    QT_TRANSLATE_NOOP("QMimeType", "plain text document"),
)


def disambiguated() -> dict[str, tuple[str, ...]]:
    """Qt's texts that carry a disambiguation (the CUPS job tab, the folder type), by context.

    QT_TRANSLATE_NOOP has no third argument lupdate reads in Python, so these are
    marked as the calls Qt itself makes; the tests compare them with the dialog.
    """
    translate = QCoreApplication.translate
    return {
        "QCupsJobWidget": (
            translate("QCupsJobWidget", "&Start:", "Banner page at start"),
            translate("QCupsJobWidget", "&End:", "Banner page at end"),
            translate("QCupsJobWidget", "None", "CUPS Banner page"),
            translate("QCupsJobWidget", "Standard", "CUPS Banner page"),
            translate("QCupsJobWidget", "Unclassified", "CUPS Banner page"),
            translate("QCupsJobWidget", "Confidential", "CUPS Banner page"),
            translate("QCupsJobWidget", "Classified", "CUPS Banner page"),
            translate("QCupsJobWidget", "Secret", "CUPS Banner page"),
            translate("QCupsJobWidget", "Top Secret", "CUPS Banner page"),
        ),
        "QAbstractFileIconProvider": (
            translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        ),
    }
