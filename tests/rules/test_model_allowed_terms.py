"""`tags_allowed` and `categories_allowed` (model/allowed_terms.py): a term spelled otherwise is
a problem naming the nearest allowed spelling."""

from __future__ import annotations

import pytest

from mkdocs_blog_plugin.model.allowed_terms import AllowedTerms


@pytest.mark.parametrize(
    ("used", "messages"),
    [
        (["release notes", "python"], []),
        (
            ["Release Notes"],
            ["tag 'Release Notes' is not in tags_allowed: did you mean 'release notes'?"],
        ),
        (
            ["release-notes"],
            ["tag 'release-notes' is not in tags_allowed: did you mean 'release notes'?"],
        ),
        (["pyton", "pyton"], ["tag 'pyton' is not in tags_allowed: did you mean 'python'?"]),
        (["zebra"], ["tag 'zebra' is not in tags_allowed"]),
    ],
)
def test_the_nearest_allowed_spelling(used: list[str], messages: list[str]) -> None:
    assert AllowedTerms("tag", ("release notes", "python")).problems(used) == messages
