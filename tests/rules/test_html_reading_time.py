"""Reading time: the words of the text rendered HTML shows, per minute, rounded up."""

from __future__ import annotations

import pytest

from mkdocs_blog_plugin.html.reading_time import reading_minutes


@pytest.mark.parametrize(
    ("html", "words"),
    [
        ("", 0),
        ("<p>One two three.</p>", 3),
        ("<p>one</p>\n<p>two</p>", 2),
        # block boundaries separate words even without white space between them
        ("<p>one</p><p>two</p>", 2),
        ("one<br>two<br/>three<br />four", 4),
        ("<table><tr><td>one</td><td>two</td></tr></table>", 2),
        ("<ul><li>one</li><li>two</li></ul>", 2),
        ("<h2>Title</h2><div>text</div><section>more</section>", 3),
        ("one<img src='a.png' alt='a long alt text'>two", 2),
        # inline tags join the text around them
        ("<p><em>un</em>fold <strong>this</strong>.</p>", 2),
        ('<p>See <a href="/x" title="many words in here">the link</a>, <code>f()</code>;</p>', 4),
        ("<s>old</s>new <span class='n'>x</span>y <sub>2</sub>O", 3),
        ("<font color=red>red</font>dish <TT>mono</TT>space", 3),  # upper case: a separator
        # not shown: attributes, comments, scripts and styles
        ('<p class="a b c d">word</p>', 1),
        ("one<!-- two three -->four", 1),
        ("one <!--\n<p>two</p>\n--> three", 2),
        ("<script>var a = 'b c d';</script>word", 1),
        ('<script type="text/javascript">\nif (a < b) { x(); }\n</script> word', 1),
        ("<SCRIPT>a b c</Script>word", 1),
        ("<style>p { color: red; }</style><p>word</p>", 1),
        ("<scripts>a</scripts> b", 2),  # not a script element
        # entities are one character
        ("Fish &amp; Chips", 3),
        ("caf&eacute; cr&#232;me br&#xFB;l&eacute;e", 3),
        ("&lt;tag&gt; text", 2),
        ("10&nbsp;km and 5&#160;m", 5),
        ("<pre><code>def f(x):\n    return x &amp; 1\n</code></pre>", 6),
    ],
)
def test_words(html: str, words: int) -> None:
    assert reading_minutes(html, words_per_minute=1) == max(1, words)


@pytest.mark.parametrize(
    ("words", "per_minute", "minutes"),
    [
        (0, 200, 1),
        (1, 200, 1),
        (200, 200, 1),
        (201, 200, 2),
        (400, 200, 2),
        (401, 200, 3),
        (1000, 265, 4),
        (1060, 265, 4),
        (1061, 265, 5),
    ],
)
def test_minutes(words: int, per_minute: int, minutes: int) -> None:
    html = "<p>" + " ".join(["word"] * words) + "</p>"
    assert reading_minutes(html, per_minute) == minutes


def test_default_is_200_words_a_minute() -> None:
    assert reading_minutes("<p>" + "word " * 200 + "</p>") == 1
    assert reading_minutes("<p>" + "word " * 201 + "</p>") == 2


@pytest.mark.parametrize("per_minute", [0, -200])
def test_words_per_minute_must_be_positive(per_minute: int) -> None:
    with pytest.raises(ValueError, match="words_per_minute"):
        reading_minutes("<p>word</p>", per_minute)
