"""The plugin's small stylesheet, added to every page through `extra_css`."""

from __future__ import annotations

from pathlib import Path

STYLESHEET_URI = "assets/jekyll-blog.css"
_ASSETS = Path(__file__).parents[2] / "assets"


def stylesheet(theme_name: str | None) -> str:
    """Material styles tags (`md-tag`) itself; other themes get pills from us."""
    css = (_ASSETS / "jekyll-blog.css").read_text("utf-8")
    if theme_name != "material":
        css += (_ASSETS / "jekyll-blog-tags.css").read_text("utf-8")
    return css
