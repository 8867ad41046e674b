"""The admin as a Russian editor sees it in Chromium, JavaScript included: on the screens editors work on, no
English left untranslated and no names run into the words around them (issue 17)."""

import pytest

from accounts.staff import code_for
from tests.browser.admin_screens import foreign_words, joined_words
from tests.browser.harness import open_page

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("transactional_db")]


def test_every_editors_screen_reads_in_russian(site, browser, admin_walk):
    (email, password, key), screens = admin_walk
    page = open_page(browser, site[0], locale="ru-RU")  # a Russian editor's Chromium
    page.goto(f"{site[0]}/admin/")  # the site's sign-in, then the authenticator app's code
    page.fill("#id_login", email)
    page.fill("#id_password", password)
    page.click("main button[type=submit]")
    # Computed here from the key: while Playwright runs, Django refuses database calls in this thread.
    page.fill("#id_code", code_for(key))
    page.click("main button[type=submit]")
    page.wait_for_url(f"{site[0]}/admin/")

    problems = {}
    for screen in screens:
        response = page.goto(site[0] + screen.path)
        assert response.status == 200, f"{screen.name}: {screen.path} answered {response.status}"
        page.wait_for_selector(screen.ready)
        text = page.inner_text("body")
        found = foreign_words(text, screen.content) + joined_words(text)
        if found:
            problems[screen.name] = found
    assert not problems, "\n".join(f"{name}: {line}" for name, found in problems.items() for line in found)
