"""The shared corpora's posts, read by the kramdown dialect, against what Jekyll 4.3 rendered.

Per corpus, the share of posts without Liquid whose blocks (headings, paragraphs, list items at
their depth, code blocks, table cells, definition terms) are all the same, typography included,
and the share of Jekyll's heading ids present; `benchmarks/kramdown_agreement.py` prints the
figures and the differing posts. The thresholds are what the dialect reached: never lower them.
"""

from __future__ import annotations

import pytest
from kramdown_corpora import agreement
from sitebuild import shared

from mkdocs_blog_plugin.kramdown import KramdownOptions, kramdown_html

# corpus: (% same with typography, % heading ids kept)
REACHED = {"nymote": (100.0, 100.0), "jekyll-docs": (100.0, 100.0), "18f": (100.0, 100.0)}


def convert(text: str, settings: dict[str, object]) -> str:
    options, _ = KramdownOptions.from_mapping(settings)
    return kramdown_html(text, options)


@pytest.mark.parametrize("name", sorted(REACHED))
def test_posts_read_as_jekyll_read_them(name: str) -> None:
    found = agreement(shared("corpora", name), convert)
    same, ids = REACHED[name]
    differing = "\n".join(f"{path}: {first}" for path, first in found.differing())
    assert found.same_typography >= same, differing
    assert found.ids_kept >= ids
