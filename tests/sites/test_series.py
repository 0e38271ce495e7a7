"""Series: their pages, their index and the box on each part, read back from built sites."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from linkcheck import broken_links
from sitebuild import Built, build, post_files, text, write_site

POSTS = {
    "2014-01-01-wiring.md": "title: Wiring\nseries: Tide clock",
    "2014-01-03-parts.md": "title: Parts list\nseries: Tide clock\nseries_order: 1",
    "2014-01-04-secret.md": "title: Secret\nseries: Tide clock\nunlisted: true",
    "2014-01-05-case.md": "title: The case\nseries: tide clock",  # one slug: one series
    "2014-01-06-dial.md": "title: Dial\nseries: Tide clock\nseries_order: soon",
    "2014-02-01-alone.md": "title: Alone\nseries: 2014",
    "2014-02-02-odd.md": "title: Odd\nseries: [a, b]",
    "2014-02-03-none.md": "title: None",
}
IN_ORDER = ["Parts list", "Wiring", "The case", "Dial"]  # series_order, then by date


def series_site(tmp_path: Path, strict: bool = False, **options: Any) -> Built:
    config = {
        "site_name": "Series",
        "site_url": "https://example.org/",
        "theme": {"name": options.pop("theme", "mkdocs")},
        "plugins": [{"jekyll-blog": options}],
    }
    files: dict[str, str | bytes] = {"index.md": "# Home\n"}
    files |= post_files(POSTS, lambda name: f"Text of {name}.\n", "blog/_posts/")
    return build(write_site(tmp_path / "site", config, files), strict=strict)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    built = series_site(tmp_path_factory.mktemp("series"))
    assert built.returncode == 0, built.log[-3000:]
    return built


def test_the_series_page_lists_its_parts_in_order(built: Built) -> None:
    series = built.page("blog/series/tide-clock/index.html")
    assert [text(h) for h in series.cssselect("h1")] == ["Series: Tide clock"]
    parts = series.cssselect("ol.jb-compact-posts li a.jb-entry-title")
    assert [text(a) for a in parts] == IN_ORDER
    alone = built.page("blog/series/2014/index.html")
    assert [text(a) for a in alone.cssselect(".jb-entry-title")] == ["Alone"]
    assert broken_links(built.site) == []


def test_each_part_shows_its_place_the_parts_and_its_neighbours(built: Built) -> None:
    for number, (day, slug) in enumerate(
        [("03", "parts"), ("01", "wiring"), ("05", "case"), ("06", "dial")], start=1
    ):
        post = built.page(f"blog/2014/01/{day}/{slug}.html")
        box = post.cssselect(".jb-series-box")[0]
        assert text(box.cssselect(".jb-series-part")[0]) == f"Part {number} of 4 of Tide clock"
        assert box.cssselect("a.jb-series-name")[0].get("href") == "../../../series/tide-clock/"
        items = box.cssselect(".jb-series-parts li")
        assert [text(li) for li in items] == IN_ORDER
        current = [i for i, li in enumerate(items, 1) if li.get("aria-current") == "page"]
        assert current == [number] and not items[number - 1].cssselect("a")
        previous = box.cssselect(".jb-series-previous")
        following = box.cssselect(".jb-series-next")
        if number > 1:
            assert text(previous[0]).endswith(f"Previous part: {IN_ORDER[number - 2]}")
        else:
            assert previous == []
        if number < 4:
            assert text(following[0]).startswith(f"Next part: {IN_ORDER[number]}")
        else:
            assert following == []


def test_unlisted_and_lone_posts_have_no_box_and_the_index_counts(built: Built) -> None:
    assert built.page("blog/2014/01/04/secret.html").cssselect(".jb-series-box") == []
    assert built.page("blog/2014/02/03/none.html").cssselect(".jb-series-box") == []
    alone = built.page("blog/2014/02/01/alone.html").cssselect(".jb-series-part")
    assert [text(p) for p in alone] == ["Part 1 of 1 of 2014"]
    index = built.page("blog/series/index.html")
    assert [text(h) for h in index.cssselect("h1")] == ["Series"]
    shown = [text(li) for li in index.cssselect(".jb-term-list li")]
    assert shown == ["2014 (1)", "Tide clock (4)"]


def test_a_series_or_order_that_is_not_one_is_a_warning_with_its_line(tmp_path: Path) -> None:
    assert any(
        "blog/_posts/2014-01-06-dial.md:4: series_order 'soon' is not a number" in line
        for line in series_site(tmp_path / "loose").warnings()
    )
    built = series_site(tmp_path / "strict", strict=True)
    assert built.returncode != 0
    warnings = built.warnings()
    assert any(
        "blog/_posts/2014-02-02-odd.md:3: series ['a', 'b'] is not a name" in w for w in warnings
    )


def test_series_pages_can_be_turned_off(tmp_path: Path) -> None:
    built = series_site(tmp_path, series=False)
    assert built.returncode == 0, built.log[-3000:]
    assert not (built.site / "blog/series").exists()
    assert built.page("blog/2014/01/01/wiring.html").cssselect(".jb-series-box") == []
