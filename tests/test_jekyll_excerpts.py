"""Jekyll's excerpt source: research/jekyll-semantics.md section 3 and section 12 cases 23-26."""

from __future__ import annotations

import pytest

from mkdocs_blog_plugin.jekyll.excerpts import ExcerptSplit, split_excerpt

LINK_REF_BODY = (
    "First paragraph with [link ref][link].\n\nSecond paragraph\n\n---\n\n"
    "Third paragraph\n\n[link]: https://jekyllrb.com/"
)


def split(body: str, separator: str = "\n\n") -> ExcerptSplit:
    result = split_excerpt(body, separator)
    assert result is not None
    return result


def test_link_reference_definitions_follow_the_head() -> None:
    # Case 23 (Jekyll's test_excerpt.rb).
    result = split(LINK_REF_BODY)
    assert result == ExcerptSplit(
        head="First paragraph with [link ref][link].",
        found=True,
        closers=(),
        references=("[link]: https://jekyllrb.com/",),
    )
    assert (
        result.source() == "First paragraph with [link ref][link].\n\n[link]: https://jekyllrb.com/"
    )


def test_custom_separator() -> None:
    # Case 24: `excerpt_separator: "\n---\n"` keeps paragraphs 1 and 2, not 3.
    source = split(LINK_REF_BODY, "\n---\n").source()
    assert source == (
        "First paragraph with [link ref][link].\n\nSecond paragraph\n"
        "\n\n[link]: https://jekyllrb.com/"
    )
    assert "Third" not in source


def test_empty_separator_means_no_excerpt() -> None:
    assert split_excerpt(LINK_REF_BODY, "") is None


@pytest.mark.parametrize(
    ("body", "separator", "head", "found"),
    [
        # "A whole-post excerpt": no separator, the whole body, nothing appended.
        ("One paragraph only.", "\n\n", "One paragraph only.", False),
        ("{% if x %}\nnothing follows", "\n\n", "{% if x %}\nnothing follows", False),
        ("", "\n\n", "", False),
        # A separator at the very end: Jekyll returns the head as it is.
        ("Ends with the separator\n\n", "\n\n", "Ends with the separator", True),
        ("{% if x %}\n<!-- more -->", "<!-- more -->", "{% if x %}\n", True),
    ],
)
def test_nothing_is_appended_when_nothing_follows(
    body: str, separator: str, head: str, found: bool
) -> None:
    assert split(body, separator) == ExcerptSplit(head, found, (), ())
    assert split(body, separator).source() == head


def test_the_first_separator_cuts() -> None:
    result = split("a <!-- more --> b <!-- more --> c", "<!-- more -->")
    assert (result.head, result.found, result.source()) == ("a ", True, "a ")


@pytest.mark.parametrize(
    ("body", "closers", "source"),
    [
        # Case 26: a cut inside a highlight, raw or if block.
        (
            "{% highlight ruby %}\nx = 1\n\ny = 2\n{% endhighlight %}\n",
            ("{% endhighlight %}",),
            "{% highlight ruby %}\nx = 1\n{% endhighlight %}",
        ),
        (
            "{% raw %}\n{{ page.title }}\n\n{{ site.url }}\n{% endraw %}",
            ("{% endraw %}",),
            "{% raw %}\n{{ page.title }}\n{% endraw %}",
        ),
        (
            "{% if page.x %}\nYes\n\nStill yes\n{% endif %}",
            ("{% endif %}",),
            "{% if page.x %}\nYes\n{% endif %}",
        ),
        # Innermost first: Jekyll walks the tags from the last one back.
        (
            "{% for p in site.posts %}{% if p.x %}\n\n{% endif %}{% endfor %}",
            ("{% endif %}", "{% endfor %}"),
            "{% for p in site.posts %}{% if p.x %}\n{% endif %}\n{% endfor %}",
        ),
        # Whitespace control is recognised, and the appended tag is plain.
        ("{%- unless x -%}\na\n\nb{% endunless %}", ("{% endunless %}",), None),
        ("{% capture c %}a\n\nb{% endcapture %}", ("{% endcapture %}",), None),
        ("{% comment %}a\n\nb{% endcomment %}", ("{% endcomment %}",), None),
        ("{% case x %}{% when 1 %}a\n\nb{% endcase %}", ("{% endcase %}",), None),
        ("{% tablerow i in (1..3) %}a\n\nb{% endtablerow %}", ("{% endtablerow %}",), None),
        # Closed in the head: nothing to do.
        ("{% if x %}a{% endif %} b\n\nc", (), None),
        ("{% if x %}a{%- endif -%} b\n\nc", (), None),
        # Jekyll asks whether an end tag occurs at all, not whether every block is closed.
        ("{% if x %}a{% endif %} {% if y %}b\n\nc{% endif %}", (), None),
        # Not blocks: tags without an end counterpart, and block delimiters.
        ("{% include JB/setup %}\n\nText", (), None),
        ("See {% post_url 2019-02-04-hello-world %}.\n\nMore", (), None),
        ("{% if x %}a{% else %}b{% elsif y %}\n\nc{% endif %}", ("{% endif %}",), None),
        # A plugin's block is known by its end tag anywhere in the body.
        ("{% gallery wide %}\na.png\n\nb.png\n{% endgallery %}", ("{% endgallery %}",), None),
        # Raw: Liquid reads no tags inside a closed raw block.
        ("Use {% raw %}`{% for p in x %}`{% endraw %} to loop.\n\nMore", (), None),
        (
            "{% if x %}{% raw %}{% endif %}{% endraw %}\n\n{% endif %}",
            ("{% endif %}",),
            "{% if x %}{% raw %}{% endif %}{% endraw %}\n{% endif %}",
        ),
        ("`{% raw %}{% raw %}{% endraw %}` and more\n\ntext", (), None),
        # ...while one the cut left open is scanned as Jekyll scans it: its closers land inside.
        (
            "{% raw %}\n{% if x %}\n\n{% endif %}\n{% endraw %}",
            ("{% endif %}", "{% endraw %}"),
            "{% raw %}\n{% if x %}\n{% endif %}\n{% endraw %}",
        ),
    ],
)
def test_liquid_blocks_left_open_are_closed(
    body: str, closers: tuple[str, ...], source: str | None
) -> None:
    result = split(body)
    assert result.closers == closers
    if source is not None:
        assert result.source() == source


@pytest.mark.parametrize(
    ("body", "references"),
    [
        (
            "See [a][1] and [b].\n\nText\n\n[1]: /one\n[b]: /two\n[c]: /three",
            ("[1]: /one", "[b]: /two"),
        ),
        # Footnotes are definitions too.
        ("A claim.[^1]\n\nText\n\n[^1]: The source.", ("[^1]: The source.",)),
        # Up to three spaces of indent, dropped; four make a code block, ignored.
        ("[x] and [y]\n\n   [x]: /x\n    [y]: /y", ("[x]: /x",)),
        # The label only has to occur literally in the head.
        ("Plain [note] text\n\n[note]: /n", ("[note]: /n",)),
        ("[Note] differs in case\n\n[note]: /n", ()),
        # Definitions in the head stay where they are and are not repeated.
        ("[x]\n[x]: /x\n\nmore\n\n[x]: /again", ("[x]: /again",)),
        ("[x][y]\n\n[y]:", ()),  # a definition needs something after the colon
    ],
)
def test_references(body: str, references: tuple[str, ...]) -> None:
    result = split(body)
    assert result.references == references
    if references:
        assert result.source() == f"{result.head}\n\n" + "\n".join(references)
    else:
        assert result.source() == result.head


def test_closers_come_before_references() -> None:
    result = split("{% if x %}See [a].\n\nb{% endif %}\n\n[a]: /a")
    assert result.source() == "{% if x %}See [a].\n{% endif %}\n\n[a]: /a"
