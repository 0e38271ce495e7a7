"""`tags_allowed` and `categories_allowed`: another spelling is a warning with the file, the
line and the nearest allowed spelling; `--strict` fails; every post is still built."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sitebuild import Built, build, write_site

POSTS = {
    "blog/_posts/2014-01-01-good.md": "---\ntitle: Good\ntags: [release notes]\n---\nA.\n",
    "blog/_posts/2014-01-02-odd.md": (
        "---\ntitle: Odd\ncategories: [Newz]\ntags:\n  - Release-Notes\n  - python\n---\nB.\n"
    ),
}


def allowed_site(root: Path, options: dict[str, Any], strict: bool = False) -> Built:
    config = {
        "site_name": "x",
        "site_url": "https://example.org/",
        "plugins": [{"jekyll-blog": options}],
    }
    files: dict[str, str | bytes] = {
        "index.md": "# x\n",
        "_data/tags.yml": "release notes: the notes of a release\npython: the language\n",
        **POSTS,
    }
    return build(write_site(root, config, files), strict=strict)


@pytest.mark.parametrize(
    "tags_allowed", [["release notes", "python"], "_data/tags.yml"], ids=["list", "file"]
)
def test_another_spelling_is_a_warning_with_its_line(tmp_path: Path, tags_allowed: Any) -> None:
    options = {"tags_allowed": tags_allowed, "categories_allowed": ["news"]}
    built = allowed_site(tmp_path / "site", options)
    assert built.returncode == 0, built.log[-2000:]
    assert built.warnings() == [
        "WARNING -  blog/_posts/2014-01-02-odd.md:4: tag 'Release-Notes' is not in "
        "tags_allowed: did you mean 'release notes'?",
        "WARNING -  blog/_posts/2014-01-02-odd.md:3: category 'Newz' is not in "
        "categories_allowed: did you mean 'news'?",
    ]
    # every post is built; the folder's category `blog` is not the author's to spell
    assert sorted(p.stem for p in built.site.rglob("*.html") if p.stem in ("good", "odd")) == [
        "good",
        "odd",
    ]
    if isinstance(tags_allowed, str):  # the file the option names is data, not a page
        assert not (built.site / "_data/tags.yml").exists()
    strict = allowed_site(tmp_path / "strict", options, strict=True)
    assert strict.returncode != 0


def test_a_missing_file_of_names_is_a_warning(tmp_path: Path) -> None:
    built = allowed_site(tmp_path / "site", {"tags_allowed": "_data/missing.yml"})
    assert any("_data/missing.yml: not read" in w for w in built.warnings()), built.warnings()


def test_a_value_that_is_no_list_nor_path_is_a_config_error(tmp_path: Path) -> None:
    built = allowed_site(tmp_path / "site", {"tags_allowed": {"a": 1}})
    assert built.returncode != 0
    assert "Expected a list of names or the path of a file" in built.log
    assert "Traceback" not in built.log
