"""Steps that bring a loaded page to a state worth auditing (a registry entry's `prepare`): what a visitor
opens or types. They run in the browser, after the page has loaded, and move no focus, so a keyboard walk
still starts at the top of the page."""

from playwright.sync_api import Page

# A facet with more values than the listing shows at once, in the small demo too.
LONG_FACET = "#id_region"


def as_loaded(page: Page) -> None:
    """The page as it loads."""


def _open(page: Page, selector: str) -> None:
    page.evaluate(
        """selector => {
          const details = document.querySelector(selector);
          if (!details) throw new Error(`no ${selector} on ${location.href}`);
          details.open = true;
        }""",
        selector,
    )


def filters_open(page: Page) -> None:
    """The catalog's filters unfolded, as a phone shows them after a tap on «Фильтры»."""
    _open(page, ".filters__panel")


def long_facet_expanded(page: Page) -> None:
    filters_open(page)
    _open(page, f"{LONG_FACET} .facet__more")


def long_facet_narrowed(page: Page) -> None:
    """Letters typed in the long facet's box: only the values containing them stay."""
    filters_open(page)
    page.evaluate(
        """selector => {
          const box = document.querySelector(`${selector}-narrow`);
          box.value = document.documentElement.lang === 'ru' ? 'моск' : 'mosc';
          box.dispatchEvent(new Event('input'));
        }""",
        LONG_FACET,
    )


def visual_panel_open(page: Page) -> None:
    """The version's settings unfolded: just turned on from the usual site, or opened again."""
    if page.locator(".visual-toggle").count():
        with page.expect_navigation():
            page.click(".visual-toggle")
    else:
        _open(page, ".visual-panel__settings")


def visual_panel_after_a_choice(page: Page) -> None:
    """The panel folded back after a choice (the current font size chosen again: the scheme stays)."""
    visual_panel_open(page)
    with page.expect_navigation():
        page.click(".visual-panel .visual-choice[aria-current]")
