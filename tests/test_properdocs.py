"""The example site builds under ProperDocs, the maintained drop-in fork of MkDocs 1.6, installed
in a virtual environment of its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sitebuild import REPO, build, copy_example_site, text


def test_example_site_builds_with_properdocs(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    install = subprocess.run(
        [
            str(venv / "bin" / "pip"),
            "install",
            "--quiet",
            "properdocs",
            "mkdocs-material",
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    root = copy_example_site(tmp_path / "site")
    built = build(root, strict=True, command=str(venv / "bin" / "properdocs"))
    assert built.returncode == 0, built.log[-3000:]
    assert "jekyll-blog: 14 post files read, 13 posts built" in built.log
    page = built.page("blog/news/2014/02/11/harbour-hackers-talk/")
    assert text(page.cssselect("h1")[0]) == "TideKit at the Harbour Hackers meetup"
    assert len(built.page("blog/").cssselect(".jb-entry")) == 10
