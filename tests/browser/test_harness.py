"""The audit itself can fail: axe in Chromium reports known violations on a deliberately broken page."""

import pytest

from tests.browser.harness import axe_violations

pytestmark = pytest.mark.browser

BROKEN_PAGE = """<!DOCTYPE html><html><head><title>x</title></head>
<body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<p style="color:#ccc;background:#fff">faint</p><a href="#"></a></main></body></html>"""


def test_axe_reports_missing_alt_lang_contrast_and_link_name(browser):
    page = browser.new_page()
    page.set_content(BROKEN_PAGE)
    rules = {violation["id"] for violation in axe_violations(page)}
    page.close()
    assert {"image-alt", "html-has-lang", "color-contrast", "link-name"} <= rules
