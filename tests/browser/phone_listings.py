"""Where the first result of each catalog listing lies on a 375 px phone, and how many presses of Tab reach
it from the top of the page, against a running site (`scripts/measure-phone-listings`).

Figures, not a test: it prints one row per listing, for the plain list and a filtered one (see FILTERED in
the browser registry), and with `--shots DIR` saves a screenshot of each at 375 and 1280 px.
"""

import argparse
from pathlib import Path

from tests.browser.harness import chromium

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
SEGMENTS = ("premises", "projects", "organizations", "manufacturers", "orders")
FILTERED = {
    "premises": "kind=office&kind=laboratory&okrug=zelao",
    "projects": "stage=pilot&stage=mvp",
    "organizations": "region=moscow&size=small",
    "manufacturers": "capabilities=cnc-machining&capabilities=3d-printing",
    "orders": "status=open&capabilities=cnc-machining",
}
FIRST_RESULT = ".cards > li"
TAB_LIMIT = 1000


def first_result_y(page) -> float | None:
    return page.evaluate(
        "selector => { const first = document.querySelector(selector);"
        " return first ? Math.round(first.getBoundingClientRect().top + window.scrollY) : null; }",
        FIRST_RESULT,
    )


def tabs_to_first_result(page) -> int | None:
    for presses in range(1, TAB_LIMIT + 1):
        page.keyboard.press("Tab")
        if page.evaluate("selector => !!document.activeElement.closest(selector)", FIRST_RESULT):
            return presses
    return None


def measure(server: str, language: str, shots: Path | None) -> list[tuple[str, int | None, int | None]]:
    rows = []
    with chromium() as browser:
        for segment in SEGMENTS:
            for name, query in (("list", ""), ("filtered", FILTERED[segment])):
                url = f"{server}/{language}/catalog/{segment}/" + (f"?{query}" if query else "")
                context = browser.new_context(viewport=PHONE)
                page = context.new_page()
                page.goto(url)
                y = first_result_y(page)
                if shots:
                    page.screenshot(path=shots / f"{segment}-{name}-375.png", full_page=False)
                presses = tabs_to_first_result(page)
                context.close()
                if shots:
                    context = browser.new_context(viewport=DESKTOP)
                    page = context.new_page()
                    page.goto(url)
                    page.screenshot(path=shots / f"{segment}-{name}-1280.png", full_page=False)
                    context.close()
                rows.append((f"{segment} {name}", y, presses))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="http://127.0.0.1:8000")
    parser.add_argument("--language", default="ru", choices=("ru", "en"))
    parser.add_argument("--shots", type=Path, help="save screenshots at 375 and 1280 px here")
    options = parser.parse_args()
    if options.shots:
        options.shots.mkdir(parents=True, exist_ok=True)
    print(f"{'listing at 375 px':<24} {'first result y, px':>18} {'Tab presses to it':>18}")
    for name, y, presses in measure(options.server, options.language, options.shots):
        print(f"{name:<24} {y if y is not None else '-':>18} {presses if presses is not None else '-':>18}")


if __name__ == "__main__":
    main()
