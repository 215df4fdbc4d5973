"""The dataset's home page (make site): built from the package, offline, deterministic, and working
in a real browser (Debian's headless Chromium, driven through chromedriver by Selenium)."""
import hashlib
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from pipeline.lib.tables import read_table
from pipeline.outputs import site
from pipeline.stages.package import package_metadata
from tests.conftest import DOCUMENT, ROOT

SITE = ROOT / "build" / "site"
ARTICLE = f"article/{DOCUMENT}.html"
SCREENSHOTS = ROOT / "build" / "screenshots"
FRONT_PAGE_BUDGET = 500 * 1024  # bytes: the front page, its stylesheet and script, without figures
CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")


class Page(HTMLParser):
    """The ids, links and resource loads of one HTML page."""

    def __init__(self):
        super().__init__()
        self.ids, self.links, self.loads, self.images, self.lang = set(), [], [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        if tag in ("script", "img", "iframe", "source") and "src" in attrs:
            self.loads.append(attrs["src"])
        if tag == "link" and "href" in attrs:
            self.loads.append(attrs["href"])
        if tag == "img":
            self.images.append(attrs)


def parsed(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def site_dir() -> Path:
    if not (SITE / "index.html").exists():
        pytest.fail("build/site is missing: run `make site` (`make test` builds it first)")
    return SITE


@pytest.fixture(scope="module")
def pages(site_dir) -> dict[str, Page]:
    return {path.relative_to(site_dir).as_posix(): parsed(path) for path in sorted(site_dir.rglob("*.html"))}


def test_the_site_is_the_same_bytes_when_built_again(site_dir):
    files = site.build(ROOT)
    on_disk = {path.relative_to(site_dir).as_posix(): path.read_bytes()
               for path in site_dir.rglob("*") if path.is_file()}
    assert files == on_disk, "build/site is stale or not deterministic: run make site"


def test_every_page_is_english_and_loads_nothing_from_the_network(pages):
    for name, page in pages.items():
        assert page.lang == "en", name
        remote = [load for load in page.loads if urlsplit(load).scheme or load.startswith("//")]
        assert remote == [], f"{name} loads {remote}"


def test_every_link_and_anchor_resolves(site_dir, pages):
    checked = 0
    for name, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme in ("http", "https", "mailto"):
                continue
            target = (site_dir / name).parent / unquote(parts.path) if parts.path else site_dir / name
            target = target.resolve()
            assert target.is_file() and site_dir.resolve() in target.parents, f"{name}: {link} does not exist"
            if parts.fragment:
                anchors = pages[target.relative_to(site_dir.resolve()).as_posix()].ids
                assert unquote(parts.fragment) in anchors, f"{name}: {link}: no such anchor"
            checked += 1
    assert checked > 500  # the site is densely linked: every row links somewhere


def test_front_page_offers_the_release_with_sizes_and_checksums(site_dir):
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    metadata = package_metadata()
    assert metadata["version"] in html and "@misc{" in html and "cff-version" in html
    for suffix in ("zip", "xlsx", "sqlite"):
        data = (ROOT / "dist" / f"{metadata['name']}-{metadata['version']}.{suffix}").read_bytes()
        assert hashlib.sha256(data).hexdigest() in html, suffix


def test_figures_have_alt_text(pages):
    images = pages["index.html"].images
    assert len(images) == len(list((ROOT / "figures").glob("*.png")))
    assert all(len(image.get("alt", "")) > 40 for image in images)


def test_front_page_weight_without_figures_is_within_budget(site_dir, pages):
    loads = [load for load in pages["index.html"].loads if not load.startswith("figures/")]
    assert loads == ["assets/site.css", "assets/site.js"]
    weight = (site_dir / "index.html").stat().st_size + sum((site_dir / load).stat().st_size for load in loads)
    assert weight < FRONT_PAGE_BUDGET, f"{weight} bytes"


def test_every_column_has_its_description_in_the_header(site_dir):
    for resource in package_metadata()["resources"]:
        html = (site_dir / "tables" / f"{resource}.html").read_text(encoding="utf-8")
        fields = site.Site(ROOT).resources[resource]["schema"]["fields"]
        for field in fields:
            assert re.search(rf'<th scope="col" title="[^"]+" data-type="{field["type"]}"><button[^>]*>'
                             rf'{re.escape(field["name"])}</button>', html), f"{resource}.{field['name']}"


# In a real browser.
needs_browser = pytest.mark.skipif(CHROMIUM is None or CHROMEDRIVER is None,
                                   reason="chromium and chromedriver are missing: `make browser` installs them "
                                          "(as root, with apt-get)")


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                     "--disable-background-networking", "--disable-component-update", "--window-size=1400,900"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def open_page(browser, name: str, width: int = 1400, height: int = 900):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    browser.get((SITE / name).as_uri())
    return browser


@needs_browser
def test_no_page_logs_a_console_error(browser, pages):
    problems = []
    for name in pages:
        open_page(browser, name)
        problems += [(name, entry["message"]) for entry in browser.get_log("browser")
                     if entry["level"] in ("SEVERE", "WARNING")]
    assert problems == []


@needs_browser
@pytest.mark.parametrize("table, text_field", [("events", "evidence_text"), ("statements", "text"),
                                                ("source_notes", "text"), ("actor_mentions", "text")])
def test_highlighted_words_are_the_rows_words(browser, table, text_field):
    """For every row, the highlighted pieces that carry its id spell exactly the row's text in the CSV."""
    open_page(browser, ARTICLE)
    shown = browser.execute_script("""
        const found = {};
        document.querySelectorAll('#article-text .hl').forEach(piece => {
          piece.dataset.ids.split(' ').forEach(id => { found[id] = (found[id] || '') + piece.textContent; });
        });
        return found;""")
    rows = read_table(ROOT, table)
    key = site.Site(ROOT).keys[table]
    assert rows
    for row in rows:
        assert shown.get(row[key]) == row[text_field], row[key]


@needs_browser
def test_selecting_a_highlight_lists_its_rows_by_mouse_and_keyboard(browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    statement = f"{DOCUMENT}-s03"
    open_page(browser, ARTICLE)
    # the piece of the statement that most rows cover: its words are also an event's and an actor's mention
    piece = max(browser.find_elements(By.CSS_SELECTOR, f'.hl[data-ids~="{statement}"]'),
                key=lambda element: len(element.get_attribute("data-ids").split()))
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", piece)
    piece.click()
    listed = [item.get_attribute("data-id") for item in browser.find_elements(By.CSS_SELECTOR, "#selection li")]
    assert listed == piece.get_attribute("data-ids").split() and statement in listed and len(listed) >= 3
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "article-selection-1400.png"))  # the README's picture
    note = f"{DOCUMENT}-n02"
    browser.execute_script("arguments[0].focus()", browser.find_element(By.CSS_SELECTOR, f'.hl[data-ids~="{note}"]'))
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    listed = [item.get_attribute("data-id") for item in browser.find_elements(By.CSS_SELECTOR, "#selection li")]
    assert note in listed and statement not in listed


@needs_browser
def test_a_rows_link_opens_the_article_at_its_words(browser):
    from selenium.webdriver.common.by import By
    event = f"{DOCUMENT}-e04"
    open_page(browser, "tables/events.html")
    browser.find_element(By.CSS_SELECTOR, f'tr[id="{event}"] td a').click()
    assert browser.current_url.endswith(f"{ARTICLE}#{event}")
    current = browser.execute_script("return Array.from(document.querySelectorAll('.hl.current'))"
                                     ".map(piece => piece.textContent).join('')")
    row = next(row for row in read_table(ROOT, "events") if row["event_id"] == event)
    assert row["evidence_text"] in current
    top = browser.execute_script(f"return document.getElementById('{event}').getBoundingClientRect().top")
    assert 0 <= top < 900, "the article is not scrolled to the row's words"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "article-at-a-row-1400.png"))


@needs_browser
def test_tables_sort_and_filter(browser):
    from selenium.webdriver.common.by import By
    open_page(browser, "tables/events.html")
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#events thead th")]
    column = headers.index("char_start")
    button = browser.find_elements(By.CSS_SELECTOR, "#events thead th button")[column]

    def column_values():
        return browser.execute_script(
            f"return Array.from(document.querySelectorAll('#events tbody tr:not([hidden])'))"
            f".map(row => row.cells[{column}].textContent)")

    button.click()
    ascending = [int(value) for value in column_values()]
    assert ascending == sorted(ascending) and ascending != [int(row["char_start"]) for row in read_table(ROOT, "events")]
    button.click()
    assert [int(value) for value in column_values()] == sorted(ascending, reverse=True)
    browser.find_element(By.ID, "events-filter").send_keys("threaten")
    visible = browser.execute_script("return Array.from(document.querySelectorAll('#events tbody tr:not([hidden])'))"
                                     ".map(row => row.id)")
    expected = [row["event_id"] for row in read_table(ROOT, "events")
                if any("threaten" in value.lower() for value in row.values())]
    assert expected and sorted(visible) == sorted(expected)
    assert browser.find_element(By.ID, "events-count").text == f"{len(expected)} of {len(ascending)} rows"


@needs_browser
@pytest.mark.parametrize("width, height", [(1400, 900), (390, 800)], ids=["desktop", "phone"])
def test_pages_fit_the_screen_and_are_photographed(browser, pages, width, height):
    """No page scrolls sideways (wide tables scroll in their own box); screenshots are kept as artifacts."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    photographed = ["index.html", ARTICLE, "tables/statements.html", "actors/nassar-al-nahar.html", "codebook.html"]
    for name in pages:
        open_page(browser, name, width, height)
        overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} at {width} px is {overflow} px too wide"
        if name in photographed:
            browser.save_screenshot(str(SCREENSHOTS / f"{Path(name).stem}-{width}.png"))


def test_the_site_does_not_depend_on_timezone_locale_or_hash_seed(tmp_path, site_dir):
    import os
    import subprocess
    import sys
    env = {**os.environ, "TZ": "Pacific/Kiritimati", "LC_ALL": "C", "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "pipeline.outputs.site", str(tmp_path / "site")], cwd=ROOT, env=env,
                   check=True, capture_output=True)
    built = {path.relative_to(tmp_path / "site").as_posix(): path.read_bytes()
             for path in (tmp_path / "site").rglob("*") if path.is_file()}
    assert built == {path.relative_to(site_dir).as_posix(): path.read_bytes()
                     for path in site_dir.rglob("*") if path.is_file()}


def contrast(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    lighter, darker = sorted([luminance(foreground), luminance(background)], reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_text_has_enough_contrast_on_every_background_of_the_stylesheet():
    css = (site.ASSETS / "site.css").read_text(encoding="utf-8")
    colours = dict(re.findall(r"--(\w+): (#[0-9a-f]{6})", css))
    backgrounds = set(re.findall(r"background(?:-color)?: (#[0-9a-f]{6})", css)) | {"#ffffff"}
    assert len(backgrounds) >= 5
    for background in backgrounds:
        assert contrast(colours["text"], background) >= 7, background  # WCAG AAA for the body text
        assert contrast(colours["muted"], background) >= 4.5, background
    assert contrast(colours["link"], "#ffffff") >= 4.5


@needs_browser
def test_the_legend_switches_a_tables_highlights_off_and_on(browser):
    from selenium.webdriver.common.by import By
    open_page(browser, ARTICLE)
    style = ("return getComputedStyle(document.querySelector("
             "'.article-text .hl-events:not(.hl-actor_mentions):not(.current)')).backgroundColor")
    shown = browser.execute_script(style)
    box = browser.find_element(By.CSS_SELECTOR, 'input[data-toggle="hl-events"]')
    box.click()
    assert browser.execute_script(style) == "rgba(0, 0, 0, 0)" != shown
    box.click()
    assert browser.execute_script(style) == shown


def test_the_front_page_shows_the_agreement_report_where_one_exists(tmp_path, site_dir):
    for name in ["datapackage.json", "data", "README.md", "CITATION.cff", "dist", "figures", "docs"]:
        (tmp_path / name).symlink_to(ROOT / name)
    assert "id='quality'" not in site.build(tmp_path)["index.html"].decode("utf-8")
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "agreement.md").write_text(
        "# Agreement\n\n| field | alpha |\n|---|---|\n| mode | 0.91 |\n\n<!-- summary\n- **events**: mode α 0.91\n-->\n",
        encoding="utf-8")
    files = site.build(tmp_path)
    front = files["index.html"].decode("utf-8")
    assert "id='quality'" in front and "mode α 0.91" in front and 'href="agreement.html"' in front
    assert "<td>0.91</td>" in files["agreement.html"].decode("utf-8")
