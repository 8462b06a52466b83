"""The main window's page area: a stack sized by the page shown, in a scroll area.

Also how the window and its navigation fit the screen, and scrolling a focused
field into view.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class PageStack(QStackedWidget):
    """Sized by the page shown, not by the largest page (so no needless scroll bars)."""

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


def minimum_height_for_width(widget: QWidget, width: int) -> int:
    """The least height `widget` needs at `width` with its wrapped words and rows whole.

    Qt's own answer is no use here: a stacked widget reports the preferred height of its
    tallest widget, shown or not (a prisoner's file counted its observation editor), and
    a layout's plain minimum counts every wrapping label and button row as one line. So a
    stacked widget is asked for its shown widget, a wrapper holding one widget for that
    widget, and any other layout for its own minimum height at this width.
    """
    margins = widget.contentsMargins()
    inner = width - margins.left() - margins.right()
    around = margins.top() + margins.bottom()
    layout = widget.layout()
    if isinstance(widget, QStackedWidget):
        shown = widget.currentWidget()
        return around + (minimum_height_for_width(shown, inner) if shown is not None else 0)
    if layout is None:
        if widget.hasHeightForWidth():
            return max(widget.heightForWidth(width), widget.minimumSizeHint().height())
        return widget.minimumSizeHint().expandedTo(widget.minimumSize()).height()
    item = layout.itemAt(0) if layout.count() == 1 else None
    only = item.widget() if item is not None else None
    if only is not None and not only.isHidden():
        lm = layout.contentsMargins()
        inside = inner - lm.left() - lm.right()
        return around + lm.top() + lm.bottom() + minimum_height_for_width(only, inside)
    if layout.hasHeightForWidth():
        return max(layout.totalMinimumHeightForWidth(width), layout.totalMinimumSize().height())
    return layout.totalMinimumSize().height()


class PageAreaLayout(QVBoxLayout):
    """Holds the page stack inside the page area's scroll area.

    Its height for a width is the shown page's least height at that width (its wrapped
    words and button rows whole; `minimum_height_for_width`): the scroll area then makes
    the page at least that tall and scrolls when the window is shorter. The page's plain
    minimum height counted each wrapping row as one line, so at 150 % on 1024×768 a
    prisoner's file was squeezed and its parts drawn over each other (pl, sq, mk, sr-Cyrl;
    gui13, session 13). Not Qt's preferred height for the width: that is the tallest
    page's preferred height, which showed scroll bars on a window big enough.

    No loop with the scroll bar: a narrower page is never shorter (the bar, once shown
    for a height, stays; hidden, it stays hidden).
    """

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        item = self.itemAt(0)
        stack = item.widget() if item is not None else None
        page = stack.currentWidget() if isinstance(stack, QStackedWidget) else None
        if page is None:
            return super().heightForWidth(width)
        return minimum_height_for_width(page, width)

    def minimumHeightForWidth(self, width: int) -> int:
        return self.heightForWidth(width)


def scrolling_page_area(page_stack: PageStack) -> QScrollArea:
    """The page stack in a scroll area: a safety net for very small or scaled screens.

    The page area scrolls rather than pushing buttons off the window (pages are
    made to fit; see the screen-fit tests).
    """
    area = QScrollArea()
    area.setObjectName("pageArea")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    holder = QWidget()
    holder_layout = PageAreaLayout(holder)
    holder_layout.setContentsMargins(0, 0, 0, 0)
    holder_layout.addWidget(page_stack)
    area.setWidget(holder)
    return area


def fit_navigation(nav: QListWidget) -> None:
    """The navigation list as wide as its longest entry, no wider."""
    metrics = nav.fontMetrics()
    widest = max([metrics.horizontalAdvance(nav.item(i).text()) for i in range(nav.count())] or [0])
    nav.setFixedWidth(widest + metrics.horizontalAdvance("M") * 3)
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    nav.setSpacing(2)


def fit_to_screen(window: QWidget) -> None:
    """Most of the screen, never more than it (1024×768, 150 % scaling)."""
    metrics = window.fontMetrics()
    width, height = metrics.horizontalAdvance("M") * 100, metrics.height() * 46
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        # The window manager's frame is outside this size: the whole width opened 1025 px
        # wide on a 1024 px screen at 150 % (fixb9, session 9).
        width = min(max(width, int(free.width() * 0.9)), free.width() - 16)
        height = min(max(height, int(free.height() * 0.9)), free.height() - 40)
    window.resize(width, height)


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """`width`×`height`, or less where the screen is smaller (1024×768 at 150 % offers
    683×467): a dialog larger than the screen put its buttons off it."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        # A window manager's frame and title bar are outside the size given here.
        width = min(width, free.width() - 16)
        height = min(height, free.height() - 40)
    window.resize(max(width, window.minimumSizeHint().width()), max(height, 0))


def centre_on_screen(window: QWidget, screen: QScreen | None) -> None:
    """Centre `window` (not yet shown) on `screen`, or on the primary screen.

    A window manager left to place the login window after *Switch user* put it
    partly off a 1024×768 screen; a position the program sets is kept.
    """
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return
    if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        window.adjustSize()  # the size show() would give it
    free = screen.availableGeometry()
    size = window.size()
    title = window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    x = free.x() + max((free.width() - size.width()) // 2, 0)
    y = free.y() + max((free.height() - size.height() - title) // 2, 0)
    if window.screen() is not screen:
        window.setScreen(screen)
    window.move(x, y)


def grow_to_fit(window: QWidget, box: QWidget) -> None:
    """Give `box` (the login window's column) the height its words now need, and centre
    the window again.

    The window otherwise keeps the size it was shown with: the damaged-database message
    (and a central store's "upgrade it first" or "server not reachable") squeezed the
    fields and lost its last lines (seen in Polish at 1024×768, also at 150 %). The window
    grows by what the column lacks at its own width (the outer layout's height for the
    window's width did not follow a changed message). Grown, it was no longer centred and
    could run off the bottom of the screen (fixb9, session 9): it is centred again.
    """
    inner = box.layout()
    if inner is None or not box.hasHeightForWidth():
        return
    inner.invalidate()
    lacking = box.heightForWidth(box.width()) - box.height()
    if lacking > 0:
        window.resize(window.width(), window.height() + lacking)
        centre_on_screen(window, window.screen())


def scroll_into_view(widget: QWidget) -> None:
    """Scroll the nearest scroll area holding `widget` so that it is visible."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QScrollArea):
            ancestor.ensureWidgetVisible(widget)
            return
        ancestor = ancestor.parentWidget()
