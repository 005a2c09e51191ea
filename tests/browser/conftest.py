"""A real browser for the HTML report: Debian's chromium, driven by Playwright.

Playwright's own browser builds are never downloaded (`playwright install` is not run): the
system chromium is launched by path, headless, with the network-using background services
off. Where chromium is missing the browser tests are skipped with the command that installs
it, except under CI (.ci/run installs it), where a missing browser is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
VIEWPORT = {"width": 900, "height": 1200}


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        message = "chromium not installed (apt-get install -y chromium fonts-dejavu-core)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@dataclass
class Opened:
    """A page showing a report, and every request it made (the page's own URL first)."""

    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def foreign(self) -> list[str]:
        """Requests for anything but the page itself: a self-contained page makes none."""
        return [url for url in self.requests if url != self.url]


@pytest.fixture
def open_page(browser: Any, tmp_path: Path) -> Iterator[Callable[[str], Opened]]:
    """Write a page to a file and open it with the network blocked: every request is
    recorded, and any that is not the page itself is aborted."""
    contexts: list[Any] = []

    def open_(html: str) -> Opened:
        path = tmp_path / f"report-{len(contexts)}.html"
        path.write_text(html, encoding="utf-8")
        context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1, offline=True)
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page, path.as_uri())

        def route(handle: Any) -> None:
            if handle.request.url == opened.url:
                handle.continue_()
            else:
                handle.abort()

        context.route("**/*", route)
        page.on("request", lambda request: opened.requests.append(request.url))
        page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(opened.url, wait_until="load")
        return opened

    yield open_
    for context in contexts:
        context.close()
