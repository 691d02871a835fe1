"""The web explorer in a real browser: Debian's chromium driven by Playwright, against the API
(uvicorn on a free loopback port) on the real Neo4j loaded from ../shared/corpus/dev by the real
loader. Each test saves an artefact under artifacts/explorer/ to look at: a screenshot, or for the
one test without a browser the HTML it fetched. The screenshots of an earlier run are removed when
the first browser test of this run starts (so `-m "not neo4j"` leaves them alone).

What the pages must show is read from the graph (through the canned queries) or from the issue's
known facts, never from the page's own code.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_process import serve_api
from neo4j import Driver
from playwright.sync_api import sync_playwright

from graph.facts_to_rows import article_id, facts_to_rows
from graph.load import load_paths
from graph.schema import ensure_schema
from graph.write import write_articles
from loaders.keys import name_key
from partygraph.settings import Settings
from queries.registry import QueryRegistry

REPO = Path(__file__).resolve().parents[1]
DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
ARTIFACTS = REPO / "artifacts" / "explorer"
CHROMIUM = Path("/usr/bin/chromium")
# Debian's chromium, headless, talking to nothing but the test server.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
UI_TIMEOUT_MS = 20_000
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# The issue's known facts about the dev corpus.
PERSON_TYPED = "nguyen dac thanh"
PERSON_NAME = "Nguyễn Đắc Thành"
POST_TITLE = "Phó Bí thư Thường trực"
POST_BODY = "Đảng ủy Bộ Ngoại giao"
POST_DATE = "2021-05-24"
DIRECTIVE_CODE = "35-CT/TW"
DIRECTIVE_KEY = "35-CT/TW|2019"  # the Politburo's 2019 directive on the congresses before the XIII
CITING_CONGRESS = ("Đảng bộ Bộ Công Thương", 3)
# An article of the dev corpus (web_02.txt) naming 35-CT/TW of 2019.
NAMING_ARTICLE = "Đại hội đại biểu Đảng bộ Khối Doanh nghiệp Trung ương lần thứ III, nhiệm kỳ 2020 – 2025"
NATIONAL_CONGRESS = "Đảng Cộng sản Việt Nam|XIII"
# The letters of the name beyond ASCII: ễ (U+1EC5), Đ (U+0110), ắ (U+1EAF), à (U+00E0).
VIETNAMESE_LETTERS = "ễĐắà"

# The synthetic citation graph for the scale test: at least this many nodes.
LARGE_GRAPH_NODES = 10_000
# One article per congress, each citing several documents drawn from ~60,000 possible ones.
SYNTHETIC_CONGRESSES = 1200
DIRECTIVES_PER_CONGRESS = 9
SYNTHETIC_TYPES = (("Chỉ thị", "CT"), ("Nghị quyết", "NQ"), ("Kế hoạch", "KH"), ("Hướng dẫn", "HD"))
SYNTHETIC_ISSUERS = (("Bộ Chính trị", "TW"), ("Ban Tổ chức Trung ương", "BTCTW"), ("Đảng ủy Khối", "ĐUK"))
# The most links the explorer may ask for at once (the citation_graph query's max).
MAX_LINKS_PER_REQUEST = 500
# The most elements the page's document may hold with the biggest page of links drawn: the
# canvas draws the graph, and the links table has a row of a few cells per link.
MAX_DOM_ELEMENTS = 20 * MAX_LINKS_PER_REQUEST
# Records in window.partygraphLongestTaskMs the longest task (ms) the main thread ran.
LONGEST_TASK_WATCH = """
window.partygraphLongestTaskMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.partygraphLongestTaskMs = Math.max(window.partygraphLongestTaskMs, entry.duration);
  }
}).observe({type: "longtask", buffered: true});
"""


# ---- the server, the graph and the browser ----------------------------------------------------


@pytest.fixture(scope="module")
def dev_graph(neo4j_driver: Driver, neo4j_settings: Settings) -> Driver:
    """The session's Neo4j holding exactly the dev corpus, loaded by the real loader."""
    database = neo4j_settings.neo4j_database
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=database)
    ensure_schema(neo4j_driver, database)
    summary = load_paths(neo4j_driver, [DEV_CORPUS], database=database)
    assert summary.read > 0 and not summary.skipped, [f"{s.path}: {s.reason}" for s in summary.skipped]
    return neo4j_driver


@pytest.fixture(scope="module")
def registry(neo4j_settings: Settings) -> QueryRegistry:
    return QueryRegistry.from_folder(neo4j_settings)


@pytest.fixture(scope="module")
def api_url(dev_graph: Driver) -> Iterator[str]:
    """The API with the explorer at /, served by uvicorn in its own process on a free port."""
    # os.environ carries NEO4J_URI & co. from the neo4j_server fixture.
    with serve_api(dict(os.environ), ARTIFACTS / "uvicorn.log") as (url, _):
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator:
    _fresh_screenshots()  # a browser test runs: the pictures of an earlier run go
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (scripts/test.sh does)",
                    pytrace=False)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Tab:
    """One browser page on the explorer, failing the test on any script error it raised."""

    def __init__(self, browser, base_url: str, name: str, viewport: dict) -> None:
        self.context = browser.new_context(viewport=viewport, locale="vi-VN")
        self.page = self.context.new_page()
        self.page.set_default_timeout(UI_TIMEOUT_MS)
        self.base_url = base_url
        self.name = name
        self.errors: list[str] = []
        self.api_requests: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("request", self._record)

    def _record(self, request) -> None:
        if request.url.startswith(self.base_url) and "/static/" not in request.url:
            self.api_requests.append(request.url)

    def open(self, fragment: str = "") -> None:
        self.page.goto(self.base_url + fragment)

    def screenshot(self, suffix: str = "", full_page: bool = True) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{self.name}{suffix}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path

    def close(self) -> None:
        self.context.close()


def _open_tab(browser, api_url: str, request, viewport: dict) -> Iterator[Tab]:
    tab = Tab(browser, api_url, request.node.name, viewport)
    yield tab
    if not ARTIFACTS.joinpath(f"{tab.name}.png").exists():
        tab.screenshot()  # a failed test still leaves a picture of where it stopped
    tab.close()
    assert not tab.errors, f"script errors in the page: {tab.errors}"


@pytest.fixture
def tab(browser, api_url: str, request) -> Iterator[Tab]:
    """A desktop-sized page."""
    yield from _open_tab(browser, api_url, request, DESKTOP)


@pytest.fixture
def phone(browser, api_url: str, request) -> Iterator[Tab]:
    """A page the size of a phone held upright (390 px wide)."""
    yield from _open_tab(browser, api_url, request, PHONE)


def _fresh_screenshots() -> None:
    """Remove the screenshots of an earlier run (called once a browser test starts, not at import)."""
    if ARTIFACTS.exists():
        for old in ARTIFACTS.glob("*.png"):
            old.unlink()


def rendered(page) -> None:
    """Wait until the view shows the page of the current address, fully drawn."""
    page.wait_for_function(
        "() => { const v = document.getElementById('view');"
        " return v.dataset.route === location.hash && v.getAttribute('aria-busy') === 'false'; }"
    )


def no_horizontal_overflow(page) -> bool:
    return page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")


def assert_on_screen_and_whole(page, selector: str) -> None:
    """The element is shown, inside the width of the window, and nothing of it is clipped or covered.

    Whole: its own box scrolls nothing away (scrollWidth/Height within client size), no ancestor
    hides part of it (overflow), and the points along its first line are the element itself.
    """
    locator = page.locator(selector)
    locator.scroll_into_view_if_needed()
    assert locator.is_visible(), f"{selector} is not visible"
    box = page.evaluate(
        """selector => {
            const el = document.querySelector(selector);
            const r = el.getBoundingClientRect();
            let clippedBy = null;
            for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                const style = getComputedStyle(a);
                if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
                const c = a.getBoundingClientRect();
                const outside = r.left < c.left - 1 || r.right > c.right + 1
                    || r.top < c.top - 1 || r.bottom > c.bottom + 1;
                if (outside) {
                    clippedBy = a.tagName + (a.id ? '#' + a.id : '') + '.' + a.className;
                    break;
                }
            }
            // Along the first line box (an inline element's first line may start mid-line).
            const first = el.getClientRects()[0] || r;
            const line = (first.top + first.bottom) / 2;
            const probes = [0.1, 0.5, 0.9].map(f => {
                const hit = document.elementFromPoint(first.left + first.width * f, line);
                return Boolean(hit && (hit === el || el.contains(hit)));
            });
            return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width,
                    innerWidth: window.innerWidth, innerHeight: window.innerHeight,
                    overflowX: el.scrollWidth - el.clientWidth, overflowY: el.scrollHeight - el.clientHeight,
                    fontSize: parseFloat(getComputedStyle(el).fontSize), clippedBy, probes};
        }""",
        selector,
    )
    assert box["width"] > 0 and box["left"] >= 0 and box["right"] <= box["innerWidth"], box
    assert box["top"] < box["innerHeight"] and box["bottom"] > 0, box
    assert box["overflowX"] <= 0 and box["overflowY"] <= 0, f"{selector} cuts its own text: {box}"
    assert box["clippedBy"] is None, f"{selector} is clipped: {box}"
    assert all(box["probes"]), f"{selector} is covered: {box}"
    assert box["fontSize"] >= 12, f"{selector} is too small to read: {box}"


# ---- the files themselves (no browser, no Neo4j) -----------------------------------------------


def test_root_serves_the_explorer_and_every_asset_it_names_with_vendored_licences(request):
    from fastapi.testclient import TestClient

    from api.app import create_app

    client = TestClient(create_app(Settings()))
    index = client.get("/")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ARTIFACTS.joinpath(f"{request.node.name}.html").write_bytes(index.content)  # its artefact
    assert index.status_code == 200 and index.headers["content-type"].startswith("text/html")
    assert '<meta charset="utf-8">' in index.text
    static = REPO / "api" / "static"
    named = set(re.findall(r'(?:src|href)="(static/[^"]+)"', index.text))
    for script in static.joinpath("js").rglob("*.js"):
        named |= set(re.findall(r'"(static/vendor/[^"]+)"', script.read_text(encoding="utf-8")))
    assert any("vis-timeline" in n for n in named) and any("cytoscape" in n for n in named)
    for path in sorted(named):
        assert client.get("/" + path).status_code == 200, path
    # No CDN: nothing the explorer ships loads a script or style from another host.
    remote = re.compile(r"(?:src|href)=[\"']?(?:https?:)?//")
    for asset in static.rglob("*"):
        if asset.suffix in {".html", ".css"} or (asset.suffix == ".js" and "vendor" not in asset.parts):
            assert not remote.search(asset.read_text(encoding="utf-8")), asset
    for library in (static / "vendor").iterdir():
        if library.is_dir():
            assert list(library.glob("LICENSE*")), f"{library.name} ships without its licence"


# ---- search and the person page ---------------------------------------------------------------


def test_search_as_you_type_then_timeline_shows_the_post_and_its_sentence(tab: Tab, registry, dev_graph):
    expected = _attestation(registry, dev_graph, PERSON_NAME, POST_TITLE, POST_BODY, POST_DATE)
    page = tab.page
    tab.open()
    # Results come while typing: no Enter, no button.
    page.locator("#search-input").press_sequentially(PERSON_TYPED, delay=40)
    hit = page.locator("#search-results a[data-kind=person]", has_text=PERSON_NAME)
    hit.first.wait_for()
    hit.first.click()

    page.locator("#person-name").wait_for()
    assert page.locator("#person-name").inner_text() == PERSON_NAME
    page.locator("#person-timeline[data-ready=true]").wait_for()

    _click_attestation_dot(page, POST_TITLE, POST_BODY, POST_DATE)

    sentence = page.locator("#evidence-sentence")
    sentence.wait_for()
    assert sentence.inner_text() == expected["evidence"]
    assert PERSON_NAME in sentence.inner_text()
    panel = page.locator("#evidence").inner_text()
    assert POST_TITLE in panel and POST_BODY in panel and POST_DATE in panel
    article_link = page.locator("#evidence-article")
    assert article_link.inner_text() == (expected["title"] or expected["article"])
    tab.screenshot()

    # The article link opens the article, which lists the holding with the same sentence.
    article_link.click()
    page.locator("#article-title").wait_for()
    assert page.locator("main").get_by_text(expected["evidence"]).count() >= 1
    tab.screenshot("-article")


def _click_attestation_dot(page, title: str, body: str, date: str) -> None:
    """Click, on the timeline row of TITLE of BODY, the dot of the attestation on DATE."""
    label = page.locator(".vis-label", has_text=f"{title} · {body}")
    label.wait_for()
    row_class = re.search(r"\bholding-\d+\b", label.get_attribute("class")).group(0)
    dot = page.locator(f".vis-item.vis-dot.attestation.{row_class}.on-{date}")
    assert dot.count() == 1, "one dot for the attestation of that day on the post's row"
    dot.click()


def _attestation(
    registry: QueryRegistry, driver: Driver, person: str, title: str, body: str, date: str
) -> dict:
    """The one attestation the graph holds of PERSON as TITLE of BODY on DATE."""
    rows = registry.run(driver, "person_timeline", {"person": person}).rows
    holdings = [
        r for r in rows if name_key(r["title"]) == name_key(title) and r["organization_key"] == name_key(body)
    ]
    assert holdings, f"the graph has no {title} of {body} for {person}"
    attestations = [a for h in holdings for a in h["attestations"] if a["date"] == date]
    assert len(attestations) == 1, f"the graph has {len(attestations)} attestations on {date}"
    return attestations[0]


# ---- the directive page and the congresses citing it -------------------------------------------


def test_directive_page_shows_issuer_date_and_the_congresses_citing_it(tab: Tab, registry, dev_graph):
    page = tab.page
    tab.open()
    page.locator("#search-input").press_sequentially(DIRECTIVE_CODE, delay=40)
    hits = page.locator("#search-results a[data-kind=directive]")
    hits.first.wait_for()

    # The code may name several documents (numbers restart each term): open the cited one(s).
    directives = registry.run(dev_graph, "directive", {"directive": DIRECTIVE_CODE}).rows
    cited = [d for d in directives if d["citations"] > 0]
    assert cited, f"the graph has no congress citing {DIRECTIVE_CODE}"
    keys_offered = {hits.nth(i).get_attribute("data-key") for i in range(hits.count())}
    assert {d["key"] for d in directives} <= keys_offered

    directive = max(cited, key=lambda d: d["citations"])
    page.locator(f"#search-results a[data-key='{directive['key']}']").click()
    page.locator(".directive-title").wait_for()
    header = page.locator(".directive-card").inner_text()
    assert DIRECTIVE_CODE in page.locator(".directive-title").inner_text()
    assert directive["issuer"] and directive["issuer"] in header
    if directive["date"]:
        day = directive["date"].split("-")
        assert "/".join(reversed(day)) in header  # shown as dd/mm/yyyy

    citing = registry.run(dev_graph, "directive_citations", {"directive": directive["key"]}).rows
    shown = {a.get_attribute("href") for a in page.locator("#citations a.citing-congress").all()}
    expected = {"#/congress/" + _quote(row["congress"]) for row in citing}
    assert shown == expected
    known = f"{name_key(CITING_CONGRESS[0]).removeprefix('đảng bộ ')}|{CITING_CONGRESS[1]}"
    assert "#/congress/" + _quote(known) in shown, "the congress of Đảng bộ Bộ Công Thương, III, cites it"
    tab.screenshot()

    # A citing congress's page lists the directive back.
    page.locator(f"#citations a.citing-congress[href='#/congress/{_quote(known)}']").first.click()
    page.locator("#congress-name").wait_for()
    assert page.locator("#congress-directives").get_by_text(DIRECTIVE_CODE).count() >= 1
    tab.screenshot("-congress")


def test_directive_page_lists_the_articles_naming_it_and_opens_one(tab: Tab, registry, dev_graph):
    page = tab.page
    naming = registry.run(dev_graph, "directive_articles", {"directive": DIRECTIVE_KEY, "limit": 100}).rows
    assert NAMING_ARTICLE in {row["title"] for row in naming}, f"the graph has {NAMING_ARTICLE!r} naming it"
    tab.open("#/directive/" + _quote(DIRECTIVE_KEY))
    rendered(page)
    assert page.locator(".directive-card").get_attribute("data-key") == DIRECTIVE_KEY

    # Every article naming it (one page: fewer than the page size), each a link to its page.
    listed = page.locator("#directive-articles > li > a")
    shown = {listed.nth(i).get_attribute("href"): listed.nth(i).inner_text() for i in range(listed.count())}
    assert shown == {"#/article/" + _quote(row["article"]): row["title"] or row["article"] for row in naming}
    known = next(row for row in naming if row["title"] == NAMING_ARTICLE)
    link = page.locator("#directive-articles > li > a", has_text=NAMING_ARTICLE)
    assert link.count() == 1
    # Each item shows the sentence naming it.
    item = page.locator("#directive-articles > li", has=page.locator("a", has_text=NAMING_ARTICLE))
    assert item.locator("q").inner_text() == known["evidence"][0]
    item.scroll_into_view_if_needed()
    tab.screenshot()

    link.click()
    page.wait_for_url(re.compile(r"#/article/"))
    rendered(page)
    assert page.locator("#article-title").inner_text() == NAMING_ARTICLE
    # The article's page names the directive back, a link to its page.
    back = page.locator(f"main a[href='#/directive/{_quote(DIRECTIVE_KEY)}']")
    assert back.count() >= 1, "the article links back to the directive"
    tab.screenshot("-article")


def _quote(key: str) -> str:
    """A key as the page puts it in a link (JavaScript's encodeURIComponent)."""
    from urllib.parse import quote

    return quote(key, safe="-_.!~*'()")


# ---- the body page ----------------------------------------------------------------------------


def test_body_page_lists_parts_posts_and_holders(tab: Tab, registry, dev_graph):
    page = tab.page
    tab.open("#/search?q=" + "dang uy bo ngoai giao")
    page.locator("#search-results a[data-kind=organization]", has_text=POST_BODY).first.click()
    page.locator("#organization-name").wait_for()
    assert page.locator("#organization-name").inner_text() == POST_BODY

    body = registry.run(dev_graph, "organization", {"organization": POST_BODY}).rows[0]
    for part in body["parts"]:
        assert page.locator("#organization-parts a", has_text=part["name"]).count() == 1
    holders = registry.run(dev_graph, "organization_holders", {"organization": POST_BODY, "parts": True}).rows
    table = page.locator("table.rows").last
    for holder in holders:
        row = table.locator("tr", has_text=holder["person"]).filter(has_text=holder["title"])
        assert row.count() >= 1, f"{holder['person']} ({holder['title']}) is listed"
    assert any(h["person"] == PERSON_NAME and h["title"] == POST_TITLE for h in holders)
    page.locator("#holders-timeline[data-ready=true]").wait_for()
    tab.screenshot()


# ---- the citation graph -----------------------------------------------------------------------


def test_citation_graph_filters_by_issuer_and_opens_a_node(tab: Tab, registry, dev_graph):
    page = tab.page
    tab.open("#/graph")
    graph = page.locator("#cy[data-ready=true]")
    graph.wait_for()
    everything = registry.run(dev_graph, "citation_graph_summary", {}).rows[0]
    assert int(graph.get_attribute("data-edges")) == min(everything["links"], 100)
    tab.screenshot("-all")

    # Filter on the issuer code with the most cited documents; only its documents stay.
    code = next(c["issuer_code"] for c in everything["issuer_codes"] if c["issuer_code"])
    page.select_option("#filter-issuer", code)
    page.locator("#graph-filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"issuer_code="))
    rendered(page)
    filtered = registry.run(dev_graph, "citation_graph", {"issuer_code": code, "limit": 100}).rows
    directive_keys = _graph_nodes(page, "directive")
    assert directive_keys == {row["directive"] for row in filtered}
    assert int(page.locator("#cy").get_attribute("data-edges")) == len(filtered)

    # A period keeps only documents issued in it.
    years = sorted({row["year"] for row in filtered if row["year"]})
    assert years, f"the documents of {code} have years"
    page.fill("#filter-from_year", str(years[-1]))
    page.fill("#filter-to_year", str(years[-1]))
    page.locator("#graph-filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"to_year="))
    rendered(page)
    in_period = {row["directive"] for row in filtered if row["year"] == years[-1]}
    assert _graph_nodes(page, "directive") == in_period
    tab.screenshot()

    # Clicking a directive node on the canvas opens its page.
    target = sorted(in_period)[0]
    _click_node(page, f"d:{target}")
    page.wait_for_url(re.compile(r"#/directive/"))
    rendered(page)
    assert page.locator(".directive-card").first.get_attribute("data-key") == target
    tab.screenshot("-opened")


def _graph_nodes(page, kind: str) -> set[str]:
    return set(page.evaluate(
        "kind => window.partygraphExplorer.graph.nodes()"
        ".filter(n => n.data('kind') === kind).map(n => n.data('key'))",
        kind,
    ))


def _click_node(page, node_id: str, zoom: float | None = None) -> None:
    """Click the node on the canvas, centred first (and zoomed to ZOOM, so it stands apart)."""
    position = page.evaluate(
        """([id, zoom]) => {
            const cy = window.partygraphExplorer.graph;
            const node = cy.getElementById(id);
            if (zoom) cy.zoom(zoom);
            cy.center(node);
            const p = node.renderedPosition();
            const box = cy.container().getBoundingClientRect();
            return {x: box.left + p.x, y: box.top + p.y};
        }""",
        [node_id, zoom],
    )
    page.mouse.click(position["x"], position["y"])


# ---- phone width ------------------------------------------------------------------------------


def test_pages_fit_a_phone_and_render_vietnamese(phone: Tab, dev_graph):
    page = phone.page
    phone.open("#/search?q=nguyen dac")
    page.locator("#search-results a", has_text=PERSON_NAME).first.wait_for()
    assert no_horizontal_overflow(page)
    assert_on_screen_and_whole(page, "#search-input")
    phone.screenshot("-search")

    phone.open("#/directive/" + _quote(DIRECTIVE_CODE))
    rendered(page)
    assert no_horizontal_overflow(page)
    assert page.locator(".directive-card").count() == 2, "the code names two documents: a choice"
    phone.screenshot("-choice")

    phone.open("#/graph")
    page.locator("#cy[data-ready=true]").wait_for()
    assert no_horizontal_overflow(page)
    assert_fits_the_width(page, "#cy")
    phone.screenshot("-graph")


def test_phone_person_page_a_dot_shows_the_whole_sentence(phone: Tab, registry, dev_graph):
    expected = _attestation(registry, dev_graph, PERSON_NAME, POST_TITLE, POST_BODY, POST_DATE)
    page = phone.page
    phone.open("#/person/" + _quote(name_key(PERSON_NAME)))
    rendered(page)
    page.locator("#person-timeline[data-ready=true]").wait_for()
    assert no_horizontal_overflow(page)
    assert page.locator("#person-name").inner_text() == PERSON_NAME
    assert_on_screen_and_whole(page, "#person-name")
    assert_fits_the_width(page, "#person-timeline")
    assert page.locator("table.rows").get_by_text(POST_TITLE).count() >= 1
    assert page.evaluate("document.characterSet") == "UTF-8"

    # A tap on the dot of the day, at phone width, shows the sentence whole and readable.
    _click_attestation_dot(page, POST_TITLE, POST_BODY, POST_DATE)
    sentence = page.locator("#evidence-sentence")
    sentence.wait_for()
    assert sentence.inner_text() == expected["evidence"]
    assert_on_screen_and_whole(page, "#evidence-sentence")
    assert_on_screen_and_whole(page, "#evidence-article")
    assert no_horizontal_overflow(page)
    phone.screenshot("-screen", full_page=False)  # what the phone shows after the tap
    phone.screenshot()


def test_phone_body_page_fits(phone: Tab, registry, dev_graph):
    page = phone.page
    body = registry.run(dev_graph, "organization", {"organization": POST_BODY}).rows[0]
    phone.open("#/organization/" + _quote(body["key"]))
    rendered(page)
    page.locator("#holders-timeline[data-ready=true]").wait_for()
    assert page.locator("#organization-name").inner_text() == POST_BODY
    assert no_horizontal_overflow(page)
    assert_on_screen_and_whole(page, "#organization-name")
    assert_fits_the_width(page, "#holders-timeline")
    # The name beside each holder's dot is drawn whole inside the chart, none cut at its edge.
    cut = page.evaluate(
        """() => {
            const panel = document.querySelector('#holders-timeline .vis-panel.vis-center')
                .getBoundingClientRect();
            return [...document.querySelectorAll('#holders-timeline .vis-item.vis-point')]
                .filter(item => { const r = item.getBoundingClientRect();
                                  return r.left < panel.left - 1 || r.right > panel.right + 1; })
                .map(item => item.textContent);
        }"""
    )
    assert page.locator("#holders-timeline .vis-item.vis-point").count() >= 1
    assert not cut, f"names cut at the edge of the chart: {cut}"
    for part in body["parts"]:
        assert_fits_the_width(page, f"#organization-parts a >> text='{part['name']}'")
    holder = page.locator("table.rows tr", has_text=PERSON_NAME).filter(has_text=POST_TITLE).first
    holder.scroll_into_view_if_needed()
    assert holder.is_visible()
    assert_fits_the_width(page, "table.rows")
    phone.screenshot()


def test_phone_national_congress_page_fits(phone: Tab, registry, dev_graph):
    page = phone.page
    rows = registry.run(dev_graph, "congress", {"congress": NATIONAL_CONGRESS}).rows
    assert rows, f"the graph has no congress {NATIONAL_CONGRESS}"
    congress = rows[0]
    phone.open("#/congress/" + _quote(congress["key"]))
    rendered(page)
    assert page.locator("#congress-name").inner_text() == congress["name"]
    assert no_horizontal_overflow(page)
    assert_on_screen_and_whole(page, "#congress-name")
    if congress["directives"]:
        assert_fits_the_width(page, "#congress-directives")
    for official in congress["officials"][:5]:
        row = page.locator("table.rows tr", has_text=official["person"]).first
        row.scroll_into_view_if_needed()
        assert row.is_visible()
    phone.screenshot()


def test_phone_directive_page_fits(phone: Tab, registry, dev_graph):
    page = phone.page
    phone.open("#/directive/" + _quote(DIRECTIVE_KEY))
    rendered(page)
    assert DIRECTIVE_CODE in page.locator(".directive-title").inner_text()
    assert no_horizontal_overflow(page)
    assert_on_screen_and_whole(page, ".directive-title")
    assert_fits_the_width(page, ".directive-card")
    assert_fits_the_width(page, "#citations")
    assert_fits_the_width(page, "#directive-articles")
    citing = page.locator("#citations a.citing-congress").first
    citing.scroll_into_view_if_needed()
    assert citing.is_visible()
    phone.screenshot()


def assert_fits_the_width(page, selector: str) -> None:
    """The (first) element is shown and lies within the width of the window."""
    locator = page.locator(selector).first
    locator.scroll_into_view_if_needed()
    assert locator.is_visible(), f"{selector} is not visible"
    box = locator.bounding_box()
    width = page.evaluate("window.innerWidth")
    assert box and box["width"] > 0, f"{selector} has no size: {box}"
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, f"{selector} leaves the {width} px: {box}"


# ---- Vietnamese in a face that has its letters ------------------------------------------------


def _families_with(letters: str) -> set[str]:
    """The font families installed (fontconfig) that have a glyph for each of LETTERS."""
    fc_list = shutil.which("fc-list")
    assert fc_list, "fc-list is missing (fontconfig comes with chromium)"
    charset = " ".join(f"{ord(c):x}" for c in letters)
    listed = subprocess.run(
        [fc_list, f":charset={charset}", "family"], capture_output=True, text=True, check=True
    )
    return {name.strip() for line in listed.stdout.splitlines() for name in line.split(",") if name.strip()}


def test_vietnamese_names_are_drawn_with_a_font_that_has_their_letters(tab: Tab, dev_graph):
    covering = _families_with(VIETNAMESE_LETTERS)
    assert covering & {"Liberation Sans", "DejaVu Sans"}, (
        f"no font of the page's stack has {VIETNAMESE_LETTERS}: apt-get install fonts-dejavu-core "
        f"fonts-liberation (scripts/test.sh does); installed with them: {sorted(covering)}"
    )
    page = tab.page
    tab.open("#/person/" + _quote(name_key(PERSON_NAME)))
    rendered(page)
    assert page.locator("#person-name").inner_text() == PERSON_NAME
    stack = [f.strip().strip("\"'") for f in page.evaluate(
        "getComputedStyle(document.getElementById('person-name')).fontFamily").split(",")]

    # The fonts chromium actually drew the name with (DevTools protocol), each one having the letters.
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "#person-name"})["nodeId"]
    used = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    cdp.detach()
    assert used, "chromium reports no font for the name"
    families = [f["familyName"] for f in used]
    assert set(families) <= covering, f"drawn with {families}; those with every letter: {sorted(covering)}"
    assert families[0] in stack, f"the name is drawn with {families[0]}, not a face of the page's {stack}"
    # One face for the whole name: no letter falls back alone to another face.
    assert len(set(families)) == 1, f"the name mixes faces: {used}"

    # The same face measures each letter alike whatever the fallback behind it: it has the glyph
    # (a missing one would be drawn by the fallback, monospace and serif differing), and not as tofu.
    widths = page.evaluate(
        """([family, letters]) => {
            const ctx = document.createElement('canvas').getContext('2d');
            const width = (font, text) => { ctx.font = font; return ctx.measureText(text).width; };
            return [...letters, 'Nguyễn'].map(text => ({
                text,
                mono: width(`16px "${family}", monospace`, text),
                serif: width(`16px "${family}", serif`, text),
                tofu: width(`16px "${family}", monospace`, '\\u25a1'.repeat([...text].length)),
            }));
        }""",
        [families[0], VIETNAMESE_LETTERS],
    )
    for w in widths:
        assert w["mono"] > 0 and abs(w["mono"] - w["serif"]) < 0.01, w
    assert abs(widths[-1]["mono"] - widths[-1]["tofu"]) > 0.5, widths[-1]
    tab.screenshot()


# ---- a graph of 10,000 nodes: the explorer asks for pages, never for the whole ---------------


@pytest.fixture(scope="module")
def large_graph(api_url: str, neo4j_driver: Driver, neo4j_settings: Settings) -> int:
    """Replace the dev graph by a synthetic citation graph of LARGE_GRAPH_NODES+ nodes; its link count.

    Written through the real writer from facts made up here (congresses of many party
    organisations citing numbered documents), so the shapes are the loader's own.
    """
    database = neo4j_settings.neo4j_database
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=database)
    rng = random.Random(7)
    batch = []
    for n in range(SYNTHETIC_CONGRESSES):
        organisation = f"Đảng bộ Khối Doanh nghiệp số {n}"
        year = rng.choice([2015, 2019, 2020, 2024, 2025])
        directives = []
        for day in range(DIRECTIVES_PER_CONGRESS):
            number = str(rng.randint(1, 999))
            kind, kind_code = rng.choice(SYNTHETIC_TYPES)
            issuer, issuer_code = rng.choice(SYNTHETIC_ISSUERS)
            directives.append({"key": f"{number}-{kind_code}/{issuer_code}", "type": kind, "number": number,
                               "issuer": issuer, "issuer_code": issuer_code, "date": f"{year}-05-{10 + day}"})
        congress = {"organization": organisation, "ordinal": 1 + n % 20}
        facts = {
            "article": {"title": f"Đại hội Đảng bộ số {n}", "published": f"{year}-06-01"},
            "congresses": [congress],
            "directives": directives,
            "citations": [{"congress": congress, "directive": d["key"], "relation": "cites",
                           "evidence": f"Thực hiện {d['type']} số {d['key']}."} for d in directives],
        }
        text = f"synthetic {n}"
        batch.append(facts_to_rows(facts, article_id(text), f"synthetic/{n}.txt"))
        if len(batch) == 200:
            write_articles(neo4j_driver, batch, database)
            batch = []
    if batch:
        write_articles(neo4j_driver, batch, database)
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (n) WHERE n:Congress OR n:Directive RETURN count(n) AS nodes", database_=database
    )
    assert records[0]["nodes"] >= LARGE_GRAPH_NODES
    return records[0]["nodes"]


def test_graph_of_ten_thousand_nodes_is_paged(tab: Tab, registry, large_graph: int, neo4j_driver: Driver):
    page = tab.page
    # The longest stretch the page's main thread was busy (Long Tasks API), from the first script on.
    page.add_init_script(LONGEST_TASK_WATCH)
    tab.open("#/graph")
    page.locator("#cy[data-ready=true]").wait_for()
    summary = registry.run(neo4j_driver, "citation_graph_summary", {}).rows[0]
    assert summary["congresses"] + summary["directives"] >= LARGE_GRAPH_NODES
    first_page = int(page.locator("#cy").get_attribute("data-edges"))
    assert first_page == 100
    assert page.locator("#graph-range").inner_text().endswith(f"{summary['links']} liên kết")

    page.locator("#graph-next").click()
    page.wait_for_url(re.compile(r"offset=100"))
    rendered(page)
    assert "101–200" in page.locator("#graph-range").inner_text()

    page.select_option("#filter-limit", str(MAX_LINKS_PER_REQUEST))
    page.locator("#graph-filters button[type=submit]").click()
    page.wait_for_url(re.compile(rf"limit={MAX_LINKS_PER_REQUEST}"))
    rendered(page)
    assert int(page.locator("#cy").get_attribute("data-edges")) == MAX_LINKS_PER_REQUEST

    # Capped: the canvas holds the one page of links and its ends, not the graph's 10,000 nodes,
    # and the page's document stays small (the links table is the page too).
    drawn = page.evaluate(
        """() => { const cy = window.partygraphExplorer.graph;
                   return {nodes: cy.nodes().length, edges: cy.edges().length,
                           elements: document.getElementsByTagName('*').length}; }"""
    )
    assert drawn["edges"] == MAX_LINKS_PER_REQUEST
    assert drawn["nodes"] == int(page.locator("#cy").get_attribute("data-nodes"))
    assert MAX_LINKS_PER_REQUEST < drawn["nodes"] <= 2 * MAX_LINKS_PER_REQUEST < large_graph
    assert drawn["elements"] <= MAX_DOM_ELEMENTS, drawn
    tab.screenshot()

    # Responsive: the canvas answers the wheel (it zooms), and a node clicked opens its page.
    zoom = page.evaluate("window.partygraphExplorer.graph.zoom()")
    box = page.locator("#cy").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    page.wait_for_function("z => window.partygraphExplorer.graph.zoom() > z", arg=zoom)
    target = page.evaluate(
        "() => window.partygraphExplorer.graph.nodes('[kind = \"congress\"]').first().data('key')"
    )
    _click_node(page, f"c:{target}", zoom=3)
    page.wait_for_url(re.compile(r"#/congress/"))
    rendered(page)
    assert page.evaluate("location.hash") == "#/congress/" + _quote(target)
    assert page.locator("#congress-name").is_visible()
    tab.screenshot("-node")

    # Still responsive: the search box, clicked and typed into, answers after the biggest page,
    # and the graph left behind was torn down.
    page.go_back()
    page.locator("#cy[data-ready=true]").wait_for()
    assert int(page.locator("#cy").get_attribute("data-edges")) == MAX_LINKS_PER_REQUEST
    page.locator(".topnav a").first.click()
    rendered(page)
    assert page.evaluate("!(window.partygraphExplorer || {}).graph"), "the graph outlived its page"
    page.locator("#search-input").click()
    page.locator("#search-input").press_sequentially("doanh nghiep so 12", delay=20)
    page.locator("#search-results a", has_text="Doanh nghiệp số 12").first.wait_for()
    tab.screenshot("-search")

    # No task held the page for as long as the UI waits (the bound every step above had anyway).
    longest = page.evaluate("window.partygraphLongestTaskMs")
    assert longest is not None, "the Long Tasks API watched nothing"
    assert longest < UI_TIMEOUT_MS, f"the page froze for {longest:.0f} ms"

    # Every request for links asked for a bounded page.
    link_requests = [u for u in tab.api_requests if re.search(r"/queries/citation_graph(\?|$)", u)]
    assert link_requests
    for url in link_requests:
        limit = re.search(r"[?&]limit=(\d+)", url)
        assert limit and int(limit.group(1)) <= MAX_LINKS_PER_REQUEST, url
