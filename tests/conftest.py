from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not (CORPUS / "labels.csv").exists():
        pytest.skip("../shared/corpus absent : tests sur corpus réel ignorés")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_scan(corpus_dir: Path) -> dict:
    """One scan of the real corpus shared by every test that needs it (it takes a while)."""
    from clausecheck.pipeline import scan_json

    return scan_json([corpus_dir], workers=2)


@pytest.fixture(scope="module")
def scored(request: pytest.FixtureRequest) -> dict:
    """The test module's blind or sealed set (its `SET` folder) scored once through the real command line, like the
    sealed sets (tests/sealed_scorer.py)."""
    from sealed_scorer import sealed_scorer

    return sealed_scorer().run(request.module.SET)


# --------------------------------------------------------------------------- browser tests
# Headless Debian Chromium driven by Playwright (tests/browser/, tests/bilan/test_bilan_browser.py).
# Without it the browser tests are skipped, unless CLAUSECHECK_REQUIRE_BROWSER=1 (CI), where they
# fail; a skip is said again at the very end of the run, with the command that installs Chromium.

CHROMIUM = Path(os.environ.get("CLAUSECHECK_CHROMIUM", "/usr/bin/chromium"))  # Debian's
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BROWSER_SKIPPED = "test navigateur ignoré"


def browser_unavailable(reason: str) -> None:
    if os.environ.get("CLAUSECHECK_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (CLAUSECHECK_REQUIRE_BROWSER=1)")
    pytest.skip(f"{reason} : {BROWSER_SKIPPED}")


@pytest.fixture(scope="session")
def chromium():
    """A headless Chromium (Playwright's Browser), shared by every browser test of the run."""
    if not CHROMIUM.exists():
        browser_unavailable(f"Chromium absent ({CHROMIUM})")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        browser_unavailable("paquet playwright absent")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def browser_skip_message(reasons: list[str]) -> list[str]:
    """What the end of the run says when browser tests were skipped, with how to install what is missing."""
    if not reasons:
        return []
    lines = [f"{len(reasons)} test(s) navigateur ignoré(s) : le rapport HTML, le bilan et /docs n'ont pas été "
             "vérifiés dans un vrai navigateur."]
    if any("Chromium absent" in r for r in reasons):
        lines.append("Chromium (Debian) n'est pas installé. Pour l'installer : "
                     "sudo apt-get install -y chromium   (ou, en root : bash scripts/setup.sh --test)")
    if any("playwright" in r for r in reasons):
        lines.append('Le paquet playwright manque. Pour l\'installer : .venv/bin/pip install -e ".[test]"')
    lines.append("Puis relancer : bash scripts/test.sh")
    return lines


def pytest_terminal_summary(terminalreporter):
    reasons = []
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = getattr(report, "longrepr", None)
        reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr or "")
        if BROWSER_SKIPPED in reason:
            reasons.append(reason)
    lines = browser_skip_message(reasons)
    if lines:
        terminalreporter.write_sep("=", "tests navigateur ignorés", yellow=True, bold=True)
        for line in lines:
            terminalreporter.write_line(line, yellow=True)
