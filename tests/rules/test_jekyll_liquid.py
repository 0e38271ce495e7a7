"""The Liquid of old post bodies (jekyll-semantics.md section 9, section 12 cases 28-30)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from sitebuild import shared

from mkdocs_blog_plugin.jekyll.liquid import LiquidMode, LiquidResult, LiquidSite, render_liquid
from mkdocs_blog_plugin.jekyll.problems import Problem

MODES: tuple[LiquidMode, ...] = ("warn", "strip", "error")
RAW = re.compile(r"\{%-?\s*raw\s*-?%\}(.*?)\{%-?\s*endraw\s*-?%\}", re.DOTALL)


class Site:
    """A resolver over fixed tables that records what it was asked."""

    def __init__(
        self, posts: dict[str, str] | None = None, files: dict[str, str] | None = None
    ) -> None:
        self.posts = posts or {}
        self.files = files or {}
        self.asked: list[tuple[str, str, str | None]] = []

    def post_url(self, name: str) -> str | None:
        url = self.posts.get(name)
        self.asked.append(("post_url", name, url))
        return url

    def link(self, path: str) -> str | None:
        url = self.files.get(path)
        self.asked.append(("link", path, url))
        return url


POSTS = {
    "2019-02-04-hello-world": "/2019/02/04/hello-world.html",
    "movies/2019-02-05-hello-movies": "/movies/2019/02/05/hello-movies.html",
    "Cats and Dogs/2019-02-04-hello-world": "/cats%20and%20dogs/2019/02/04/hello-world.html",
    "2016-11-26-special-chars-(+)": "/2016/11/26/special-chars-(+)/",
}
FILES = {
    "_posts/2018-02-15-metaprogramming.md": "/2018/02/15/metaprogramming.html",
    "index.md": "/",
}


def render(
    text: str,
    mode: LiquidMode = "warn",
    baseurl: str = "",
    url: str = "http://example.org",
    resolver: Site | None = None,
    first_line: int = 1,
) -> LiquidResult:
    site = LiquidSite(baseurl, url, mode, resolver or Site(POSTS, FILES))
    return render_liquid(text, site, first_line)


def messages(result: LiquidResult) -> list[str]:
    return [problem.message for problem in result.problems]


# --- post_url and link (section 9, section 12 case 28) --------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{% post_url 2019-02-04-hello-world %}", "/2019/02/04/hello-world.html"),
        ("{%post_url 2019-02-04-hello-world%}", "/2019/02/04/hello-world.html"),
        ("{% post_url /2019-02-04-hello-world %}", "/2019/02/04/hello-world.html"),
        ("{% post_url movies/2019-02-05-hello-movies %}", "/movies/2019/02/05/hello-movies.html"),
        (
            "{% post_url Cats and Dogs/2019-02-04-hello-world %}",
            "/cats%20and%20dogs/2019/02/04/hello-world.html",
        ),
        ("{% post_url 2016-11-26-special-chars-(+) %}", "/2016/11/26/special-chars-(+)/"),
        ("[1.0]: {% post_url 2019-02-04-hello-world %}", "[1.0]: /2019/02/04/hello-world.html"),
        ("({%\npost_url\n2019-02-04-hello-world\n%})", "(/2019/02/04/hello-world.html)"),
        ("{% link _posts/2018-02-15-metaprogramming.md %}", "/2018/02/15/metaprogramming.html"),
        ("[home]({% link index.md %})", "[home](/)"),
        (
            "({% link\n_posts/2018-02-15-metaprogramming.md %})",
            "(/2018/02/15/metaprogramming.html)",
        ),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_post_url_and_link_resolve(source: str, expected: str, mode: LiquidMode) -> None:
    result = render(source, mode)
    assert result == LiquidResult(expected, (), False)


def test_resolver_gets_the_name_as_written_and_its_url_is_used_as_is() -> None:
    resolver = Site({"movies/2019-02-05-hello-movies": "/blog/movies/2019/02/05/hello-movies.html"})
    result = render("{% post_url /movies/2019-02-05-hello-movies %}", resolver=resolver)
    assert resolver.asked == [
        ("post_url", "movies/2019-02-05-hello-movies", "/blog/movies/2019/02/05/hello-movies.html")
    ]
    # The resolver's URL already has the base: Jekyll 4 prepends it (the 3.x idiom doubles it).
    assert render(
        "{{ site.baseurl }}{% post_url 2019-02-04-hello-world %}", baseurl="/blog"
    ).text == ("/blog/2019/02/04/hello-world.html")
    assert result.text == "/blog/movies/2019/02/05/hello-movies.html"


@pytest.mark.parametrize(
    ("mode", "text", "errors"),
    [
        ("warn", "[x]({% post_url 2019-02-04-nope %}) [y]({% link contact.md %})", False),
        ("strip", "[x](#) [y](#)", False),
        ("error", "[x]({% post_url 2019-02-04-nope %}) [y]({% link contact.md %})", True),
    ],
)
def test_missing_target(mode: LiquidMode, text: str, errors: bool) -> None:
    result = render("[x]({% post_url 2019-02-04-nope %}) [y]({% link contact.md %})", mode)
    assert result == LiquidResult(
        text,
        (
            Problem("post_url target '2019-02-04-nope' not found", 1),
            Problem("link target 'contact.md' not found", 1),
        ),
        errors,
    )


def test_post_url_with_a_liquid_variable_is_unsupported() -> None:
    resolver = Site(POSTS)
    result = render("{% post_url {{ page.slug }} %}", resolver=resolver)
    assert resolver.asked == []
    assert result.text == "{% post_url {{ page.slug }} %}"
    assert messages(result) == ["unsupported Liquid {% post_url %} left as text"]


# --- highlight (section 9, section 12 case 29) ----------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{% highlight text %}\ntest\n{% endhighlight %}", "\n\n```text\ntest\n```\n\n"),
        ("{% highlight Ruby %}\nputs 1\n{% endhighlight %}", "\n\n```ruby\nputs 1\n```\n\n"),
        (
            "{% highlight ruby linenos %}\nputs 1\n{% endhighlight %}",
            "\n\n```ruby\nputs 1\n```\n\n",
        ),
        ("{% highlight sh linenos=table %}\nls\n{% endhighlight %}", "\n\n```sh\nls\n```\n\n"),
        (
            '{% highlight c++ linenos mark_lines="1 2" %}\nint a;\n{% endhighlight %}',
            "\n\n```c++\nint a;\n```\n\n",
        ),
        ("{%- highlight yaml -%}\na: 1\n{%- endhighlight -%}", "\n\n```yaml\na: 1\n```\n\n"),
        # Leading and trailing line breaks go, indentation and inner blank lines stay.
        (
            "{% highlight bash %}\n\n\n    make\n\n    make install\n\n{% endhighlight %}",
            "\n\n```bash\n    make\n\n    make install\n```\n\n",
        ),
        # A block even in the middle of a paragraph.
        ("Run {% highlight sh %}ls{% endhighlight %} now.", "Run \n\n```sh\nls\n```\n\n now."),
        # A fence in the code gets a longer fence around it.
        (
            "{% highlight md %}\n```py\nx\n```\n{% endhighlight %}",
            "\n\n````md\n```py\nx\n```\n````\n\n",
        ),
        # Jekyll 4 renders Liquid inside highlight (#6821 was reverted), so raw still matters.
        (
            "{% highlight html %}\n<a href='{{ site.baseurl }}/'>{% raw %}{{ x }}{% endraw %}</a>\n"
            "{% endhighlight %}",
            "\n\n```html\n<a href='/docs/'>{{ x }}</a>\n```\n\n",
        ),
        (
            "{% highlight liquid %}{% raw %}\n{% endhighlight %}\n{% endraw %}{% endhighlight %}",
            "\n\n```liquid\n{% endhighlight %}\n```\n\n",
        ),
    ],
)
def test_highlight_becomes_a_fenced_block(source: str, expected: str) -> None:
    assert render(source, baseurl="/docs") == LiquidResult(expected, (), False)


@pytest.mark.parametrize(
    ("mode", "text", "message"),
    [
        ("warn", "{% highlight %}\nx\n{% endhighlight %}", "left as text"),
        ("strip", "\nx\n", "removed"),
        ("error", "{% highlight %}\nx\n{% endhighlight %}", "left as text"),
    ],
)
@pytest.mark.parametrize("markup", ["", "ruby linenos=", 'ruby mark_lines="a"', "(ruby)"])
def test_highlight_with_bad_syntax(mode: LiquidMode, text: str, message: str, markup: str) -> None:
    tag = f"{{% highlight {markup} %}}"
    result = render(f"{tag}\nx\n{{% endhighlight %}}", mode)
    assert result.text == text.replace("{% highlight %}", tag)
    assert messages(result) == [f"bad Liquid highlight syntax {' '.join(tag.split())} {message}"]
    assert result.errors == (mode == "error")


def test_liquid_left_as_text_inside_highlight_is_code() -> None:
    result = render("{% highlight liquid %}\n{{ page.title }}\n{% endhighlight %}")
    assert result.text == "\n\n```liquid\n{{ page.title }}\n```\n\n"
    assert result.problems == (Problem("unsupported Liquid {{ page.title }} left as text", 2),)


# --- raw, comment ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{% raw %}{{ site.baseurl }}{% endraw %}", "{{ site.baseurl }}"),
        ("{%raw%}{% for a in b %}{{a}}{% endfor %}{%endraw%}", "{% for a in b %}{{a}}{% endfor %}"),
        ("`{% raw %}{% raw %}{% endraw %}`", "`{% raw %}`"),
        ("{% raw %}{% highlight %}{% endraw %}", "{% highlight %}"),
        (
            "{% raw %}\n  status: {staged {%!s(bool=false)}}\n{% endraw %}",
            "\n  status: {staged {%!s(bool=false)}}\n",
        ),
        ("{% raw %}{% comment %}{% endraw %}", "{% comment %}"),
        ("{% raw %}{{ unclosed {% unclosed{% endraw %}", "{{ unclosed {% unclosed"),
        ("a {%- raw -%} b {% endraw %} c", "a b  c"),
        ("a {% raw %} b {%- endraw -%} c", "a  b c"),
        ("{% raw %}{% endrawx %}{% endraw %}", "{% endrawx %}"),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_raw_is_kept_verbatim(source: str, expected: str, mode: LiquidMode) -> None:
    assert render(source, mode, baseurl="/docs") == LiquidResult(expected, (), False)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("a{% comment %}gone{% endcomment %}b", "ab"),
        ("a\n{% comment %}\n{{ 'x' | embed: 'y' }}\n{% oembed z %}\n{% endcomment %}\nb", "a\n\nb"),
        ("{% comment %}{% comment %}x{% endcomment %}y{% endcomment %}z", "z"),
        ("{% comment %}{% raw %}{% endcomment %}{% endraw %}{% endcomment %}z", "z"),
        ("a  {%- comment -%} x {%- endcomment -%}  b", "ab"),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_comment_is_removed_with_its_problems(source: str, expected: str, mode: LiquidMode) -> None:
    assert render(source, mode) == LiquidResult(expected, (), False)


# --- Jekyll-Bootstrap and site variables (section 12 case 30) -------------------------------------


@pytest.mark.parametrize(
    ("source", "baseurl", "expected"),
    [
        ("{% include JB/setup %}", "", ""),
        ("{% include JB/setup %}\n\nText", "/docs", "\n\nText"),
        ("{% include JB/comments %}", "", ""),
        ("[home]({{ HOME_PATH }})", "", "[home](/)"),
        ("[home]({{ HOME_PATH }})", "/docs", "[home](/docs/)"),
        ("![x]({{ BASE_PATH }}/img/x.png)", "", "![x](/img/x.png)"),
        ("![x]({{BASE_PATH}}/img/x.png)", "/docs", "![x](/docs/img/x.png)"),
        (
            "{{ site.baseurl }}/a {{site.baseurl}}/b {{site.baseurl }}/c",
            "/docs",
            "/docs/a /docs/b /docs/c",
        ),
        ("[a]({{- site.baseurl -}}/x)", "/docs", "[a](/docs/x)"),
        ("<img src='{{\nsite.baseurl\n}}/a.png'>", "", "<img src='/a.png'>"),
        ("{{ site.url }}{{ site.baseurl }}/", "/docs", "http://example.org/docs/"),
        ('{{ "/docs/assets/" | relative_url }}', "/blog", "/blog/docs/assets/"),
        ("{{ 'about' | relative_url }}", "/blog", "/blog/about"),
        ("{{ 'about' | relative_url }}", "", "/about"),
        ('{{ "/docs/themes/#assets" | relative_url }}', "", "/docs/themes/#assets"),
        ('{{ "/a b.png" | relative_url }}', "", "/a%20b.png"),
        ('{{ "/docs/assets/" | absolute_url }}', "/blog", "http://example.org/blog/docs/assets/"),
        ('{{ "https://jekyllrb.com/" | absolute_url }}', "/blog", "https://jekyllrb.com/"),
        ('{{ "mailto:a@b.c" | relative_url }}', "/blog", "mailto:a@b.c"),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_supported_variables(source: str, baseurl: str, expected: str, mode: LiquidMode) -> None:
    assert render(source, mode, baseurl=baseurl) == LiquidResult(expected, (), False)


def test_site_url_may_be_empty() -> None:
    assert render('{{ site.url }}|{{ "/a" | absolute_url }}', url="").text == "|/a"


# --- everything else, per mode --------------------------------------------------------------------

UNSUPPORTED = [
    # source, named as, text once stripped
    ("{% oembed https://twitter.com/18F/status/1 %}", "{% oembed %}", ""),
    ("{{ page.title }}", "{{ page.title }}", ""),
    ('{{ "noah" | team_link }}', '{{ "noah" | team_link }}', ""),
    ("{{ ASSET_PATH }}/x.css", "{{ ASSET_PATH }}", "/x.css"),
    ('{{ site.baseurl | prepend: "x" }}', '{{ site.baseurl | prepend: "x" }}', ""),
    ("{{ site.baseurl | relative_url }}", "{{ site.baseurl | relative_url }}", ""),
    ('{{ "/a" | relative_url | append: "b" }}', '{{ "/a" | relative_url | append: "b" }}', ""),
    ("{{ 1 | plus: 1 }}", "{{ 1 | plus: 1 }}", ""),
    ('{% assign n = "1|2" | split: "|" %}', "{% assign %}", ""),
    ("{% include svg/blog/coins.svg %}", "{% include %}", ""),
    ("{% gist 1234 %}", "{% gist %}", ""),
    ("{% endfor %}", "{% endfor %}", ""),
    ("{% for i in n %}[#{{ i }}]: x{% endfor %}", "{% for %}", "[#]: x"),
    ("{% if a %}yes{% else %}no{% endif %}", "{% if %}", "yesno"),
    ("{% unless a %}x{% endunless %}", "{% unless %}", "x"),
    # Liquid never prints a capture's body where it stands.
    ("{% capture x %}hidden {{ page.y }}{% endcapture %}", "{% capture %}", ""),
]


@pytest.mark.parametrize(("source", "named", "stripped"), UNSUPPORTED)
def test_unsupported_in_warn_mode_is_left_as_text(source: str, named: str, stripped: str) -> None:
    result = render(source)
    assert result.text == source
    assert result.problems[0] == Problem(f"unsupported Liquid {named} left as text", 1)
    assert not result.errors


@pytest.mark.parametrize(("source", "named", "stripped"), UNSUPPORTED)
def test_unsupported_in_strip_mode_is_removed(source: str, named: str, stripped: str) -> None:
    result = render(source, "strip")
    assert result.text == stripped
    assert result.problems[0] == Problem(f"unsupported Liquid {named} removed", 1)
    assert not result.errors


@pytest.mark.parametrize(("source", "named", "stripped"), UNSUPPORTED)
def test_unsupported_in_error_mode_fails(source: str, named: str, stripped: str) -> None:
    result = render(source, "error")
    assert result.text == source
    assert result.problems[0] == Problem(f"unsupported Liquid {named} left as text", 1)
    assert result.errors


def test_each_unsupported_tag_and_output_is_reported_once() -> None:
    source = "{% for i in n %}\n- {{ i }}\n{% else %}\nnone\n{% endfor %}"
    assert messages(render(source)) == [
        "unsupported Liquid {% for %} left as text",
        "unsupported Liquid {{ i }} left as text",
        "unsupported Liquid {% else %} left as text",
    ]
    assert render(source, "strip").text == "\n- \n\nnone\n"


def test_unsupported_block_keeps_supported_liquid_inside() -> None:
    source = "{% for p in site.posts %}[{{ p.title }}]({{ site.baseurl }}/x){% endfor %}"
    assert render(source, "strip", baseurl="/d").text == "[](/d/x)"
    assert render(source, baseurl="/d").text == (
        "{% for p in site.posts %}[{{ p.title }}](/d/x){% endfor %}"
    )


def test_long_expressions_are_shortened_in_messages() -> None:
    source = '{{ "https://www.youtube-nocookie.com/embed/x" | embed: "A very long title, really" }}'
    (problem,) = render(source).problems
    assert problem.message.startswith('unsupported Liquid {{ "https://www.youtube-nocookie')
    assert "… }} left as text" in problem.message
    assert len(problem.message) < 100


def test_nothing_is_ever_evaluated() -> None:
    source = "{% assign x = 1 %}{{ x }}{% if true %}a{% endif %}{{ 'a' | upcase }}"
    assert render(source).text == source
    assert render(source, "strip").text == "a"


# --- whitespace control ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "mode", "expected"),
    [
        ("a \n {{- site.baseurl -}} \n b", "warn", "a/docsb"),
        (
            "a \n {%- post_url 2019-02-04-hello-world -%} \n b",
            "warn",
            "a/2019/02/04/hello-world.htmlb",
        ),
        ("a \n {%- include JB/setup -%} \n b", "warn", "ab"),
        ("a  {%- if x -%}  b  {%- endif -%}  c", "strip", "abc"),
        ("a \n{{ site.baseurl -}}\n\n b", "warn", "a \n/docsb"),
        ("a \n{%- assign x = 1 %}\n b", "strip", "a\n b"),
        # Left as text, a tag keeps the text around it: gluing would break the heading.
        ("{%- if x -%}\n\n## Heading", "warn", "{%- if x -%}\n\n## Heading"),
        ("x\n\n{{- page.title }}", "error", "x\n\n{{- page.title }}"),
        ("[a]({%- post_url nope -%} )", "warn", "[a]({%- post_url nope -%} )"),
    ],
)
def test_whitespace_control(source: str, mode: LiquidMode, expected: str) -> None:
    assert render(source, mode, baseurl="/docs").text == expected


# --- line numbers ---------------------------------------------------------------------------------


def test_problem_line_is_the_line_in_the_file() -> None:
    body = "one\ntwo\nthree\nfour\nsee {% oembed x %}\nsix"
    assert render(body, first_line=7).problems == (
        Problem("unsupported Liquid {% oembed %} left as text", 11),
    )


def test_problem_lines_in_order_across_blocks_and_unclosed_tags() -> None:
    body = (
        "{% raw %}\n{{ a }}\n{% endraw %}\n"  # 3-5
        "{% highlight x %}\n{{ b }}\n"  # 6-7, never closed
        "{% for c in d %}\n{{ c }}\n{% endfor %}\n"  # 8-10
        "{% post_url\nnope %}\n"  # 11-12
        "{{ e }"  # 13
    )
    assert render(body, first_line=3).problems == (
        Problem("unclosed {% highlight %}", 6),
        Problem("unsupported Liquid {{ b }} left as text", 7),
        Problem("unsupported Liquid {% for %} left as text", 8),
        Problem("unsupported Liquid {{ c }} left as text", 9),
        Problem("post_url target 'nope' not found", 11),
        Problem("unclosed {{", 13),
    )


# --- malformed Liquid: a problem, the text kept, never an exception -------------------------------


@pytest.mark.parametrize(
    ("source", "expected", "message", "line"),
    [
        (
            "a\n{% raw %}\n{{ b }}\n{% endraw",
            "a\n{% raw %}\n{{ b }}\n{% endraw",
            "unclosed {% raw %}",
            2,
        ),
        (
            "{% highlight sh %}\nls {{ site.baseurl }}",
            "{% highlight sh %}\nls /d",
            "unclosed {% highlight %}",
            1,
        ),
        (
            "a\n\n{% comment %}\nkept {{ site.baseurl }}",
            "a\n\n{% comment %}\nkept /d",
            "unclosed {% comment %}",
            3,
        ),
        ("{{ site.baseurl }} and {% oops", "/d and {% oops", "unclosed {%", 1),
        ("x\n{{ site.baseurl }} {{ oops", "x\n/d {{ oops", "unclosed {{", 2),
        ("{{ a } {{ site.baseurl }}", "{{ a } /d", "unclosed {{", 1),
        (
            "{%!s(bool=false)}} %}",
            "{%!s(bool=false)}} %}",
            "invalid Liquid tag {%!s(bool=false)}} %} left as text",
            1,
        ),
        ("{% %}", "{% %}", "invalid Liquid tag {% %} left as text", 1),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_malformed_liquid(
    source: str, expected: str, message: str, line: int, mode: LiquidMode
) -> None:
    result = render(source, mode, baseurl="/d")
    assert result == LiquidResult(expected, (Problem(message, line),), mode == "error")


def test_an_end_tag_closes_its_block_over_unclosed_tags() -> None:
    source = "{% highlight sh %}\n{% comment %}\nls\n{% endhighlight %}"
    result = render(source)
    assert result.text == "\n\n```sh\n{% comment %}\nls\n```\n\n"
    assert result.problems == (Problem("unclosed {% comment %}", 2),)


def test_pathological_input_is_linear() -> None:
    sources = [
        "{% " * 100_000,
        "{{ " * 100_000,
        "{% a %}x" * 50_000,
        "{% if %}" * 50_000 + "{% endif %}" * 50_000,
        "{% comment %}" * 50_000 + "{% endcomment %}" * 50_000,
    ]
    began = time.perf_counter()
    for source in sources:
        render(source)
    assert time.perf_counter() - began < 10  # about 1 s when linear, minutes when quadratic


# --- every post of the shared corpora -------------------------------------------------------------


def corpus_posts(name: str) -> tuple[Path, list[Path]]:
    corpus = shared("corpora") / name
    source = next(iter(sorted(corpus.rglob("_config.yml")))).parent
    posts = sorted(path for path in source.rglob("*") if path.is_file() and "_posts" in path.parts)
    return source, posts


def split_body(text: str) -> tuple[str, int]:
    """The body after the second `---` line, and its first line number in the file."""
    lines = text.split("\n")
    closing = [index for index, line in enumerate(lines) if line.rstrip() == "---"][1]
    return "\n".join(lines[closing + 1 :]), closing + 2


@pytest.mark.parametrize("name", ["nymote", "jekyll-docs", "18f"])
def test_every_corpus_post(name: str) -> None:
    source, posts = corpus_posts(name)
    urls = {path.stem: f"/posts/{path.stem}/" for path in posts}
    resolver = Site(
        urls,
        {path.relative_to(source).as_posix(): urls[path.stem] for path in posts},
    )
    base = re.compile(r"\{\{-?\s*site\.baseurl\s*-?\}\}")
    expected_lookups = 0
    for path in posts:
        body, first_line = split_body(path.read_text("utf-8"))
        for mode in MODES:
            render(body, mode, baseurl="/base", resolver=Site(POSTS), first_line=first_line)
        result = render(body, baseurl="/base", resolver=resolver, first_line=first_line)
        raws = RAW.findall(body)
        outside = RAW.sub("", body)
        expected_lookups += len(re.findall(r"\{%-?\s*(?:post_url|link)\s", outside))
        for raw in raws:
            assert raw in result.text, path
        inside = "".join(raws)
        assert len(base.findall(result.text)) == len(base.findall(inside)), path
        assert result.text.count("{% highlight") == inside.count("{% highlight"), path
        assert "{% include JB/" not in result.text, path
        assert all(problem.line and problem.line >= first_line for problem in result.problems)
    assert len(resolver.asked) == expected_lookups
    # The only targets not found are site pages, not posts (jekyll-docs links _docs/history.md).
    for tag, target, url in resolver.asked:
        assert url is not None or (tag == "link" and "_posts" not in target), target
