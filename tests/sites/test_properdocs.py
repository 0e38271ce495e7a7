"""ProperDocs, the maintained drop-in fork of MkDocs 1.6, as a host of its own: installed in a
virtual environment beside MkDocs', it builds the same sites byte for byte (the generator tag
aside); and where MkDocs has no plugins (MkDocs 2), importing the plugin says so."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from sitebuild import CORPORA, REPO, broken_site, build, copy_example_site, corpus_site, text

# Each host names itself in the page: `<meta name="generator" content="mkdocs-1.6.1, ...">`.
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def venv_with(root: Path, *packages: str) -> Path:
    """A virtual environment at `root` with `packages` installed, for its `bin` folder."""
    subprocess.run([sys.executable, "-m", "venv", str(root)], check=True)
    install = subprocess.run(
        [str(root / "bin" / "pip"), "install", "--quiet", *packages],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    return root / "bin"


@pytest.fixture(scope="module")
def properdocs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    bin_dir = venv_with(
        tmp_path_factory.mktemp("venv"),
        "properdocs",
        "properdocs-theme-mkdocs",
        "mkdocs-material",
        str(REPO),
    )
    return bin_dir / "properdocs"


def test_example_site_builds_with_properdocs(tmp_path: Path, properdocs: Path) -> None:
    root = copy_example_site(tmp_path / "site")
    built = build(root, strict=True, command=str(properdocs))
    assert built.returncode == 0, built.log[-3000:]
    assert "jekyll-blog: 14 post files read, 13 posts built" in built.log
    page = built.page("blog/news/2014/02/11/harbour-hackers-talk/")
    assert text(page.cssselect("h1")[0]) == "TideKit at the Harbour Hackers meetup"
    assert len(built.page("blog/").cssselect(".jb-entry")) == 10


def site_files(site: Path) -> dict[str, bytes]:
    """Every file of a built site, the generator tag blanked, the sitemaps (dates) left out."""
    return {
        path.relative_to(site).as_posix(): GENERATOR.sub(b"", path.read_bytes())
        for path in sorted(site.rglob("*"))
        if path.is_file() and not path.name.startswith("sitemap.xml")
    }


def under_material(root: Path) -> Path:
    config_path = root / "mkdocs.yml"
    config = yaml.safe_load(config_path.read_text("utf-8"))
    if config["theme"]["name"] != "material":
        config["theme"] = {"name": "material", "font": False}
        config_path.write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    return root


def example(tmp: Path) -> Path:
    return copy_example_site(tmp / "example")


def broken(tmp: Path) -> Path:
    return broken_site(tmp / "broken")


def corpus(name: str) -> Callable[[Path], Path]:
    return lambda tmp: corpus_site(tmp, name)[0]


@pytest.mark.parametrize(
    "make_site",
    [example, broken, *(corpus(name) for name in CORPORA)],
    ids=["example", "broken-posts", *CORPORA],
)
def test_properdocs_builds_the_same_site_as_mkdocs(
    tmp_path: Path, properdocs: Path, make_site: Callable[[Path], Path]
) -> None:
    """Under Material: the `mkdocs` theme is the host's own, and each host brands it."""
    with_mkdocs = build(under_material(make_site(tmp_path / "mkdocs")))
    with_properdocs = build(
        under_material(make_site(tmp_path / "properdocs")), command=str(properdocs)
    )
    assert with_mkdocs.returncode == 0, with_mkdocs.log[-3000:]
    assert with_properdocs.returncode == 0, with_properdocs.log[-3000:]
    mkdocs_files, properdocs_files = site_files(with_mkdocs.site), site_files(with_properdocs.site)
    assert sorted(properdocs_files) == sorted(mkdocs_files)
    differ = [name for name, data in mkdocs_files.items() if properdocs_files[name] != data]
    assert differ == []


def test_without_a_plugin_api_the_import_says_what_to_install(tmp_path: Path) -> None:
    """MkDocs 2 has no plugins; the package installed beside it (without its dependencies,
    which pin MkDocs below 2) explains itself instead of failing on an import deep inside."""
    bin_dir = venv_with(tmp_path / "venv", "--pre", "mkdocs>=2.0.dev0")
    install = subprocess.run(
        [str(bin_dir / "pip"), "install", "--quiet", "--no-deps", str(REPO)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    run = subprocess.run(
        [str(bin_dir / "python"), "-c", "import mkdocs_blog_plugin.plugin"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert run.returncode != 0
    assert run.stderr.strip().splitlines()[-1] == (
        "ImportError: jekyll-blog is a plugin for MkDocs 1.6 or ProperDocs 1.6, and the MkDocs "
        "installed here has no plugins (MkDocs 2 dropped them): install 'mkdocs>=1.6,<2' or "
        "'properdocs'"
    )
