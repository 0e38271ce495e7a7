"""The Liquid of old post bodies, rewritten before Markdown without evaluating anything.

Jekyll renders a post's Liquid before its Markdown. Only what old posts lean on is reproduced:
`raw`, `comment`, `highlight`, `post_url`, `link`, Jekyll-Bootstrap's `include JB/...` and its
`BASE_PATH`/`HOME_PATH`, `site.baseurl`, `site.url`, and a quoted path piped to `relative_url` or
`absolute_url`. Anything else is reported and, per `LiquidMode`:

* `warn`: left in place as literal text (a block keeps its tags and its body);
* `strip`: removed; a block loses its own tags but keeps its body (the least lossy choice), except
  `capture`, whose body Liquid never prints, which goes with it;
* `error`: as `warn`, and the result says the build should fail.

Tokens are cut as Liquid 4 (Jekyll 4.3) cuts them: a tag ends at the first `%}`, an output at the
first `}` (so `{{ x }` is malformed), and `raw` ends at the first `endraw` tag. Liquid inside
`highlight` is rendered by Jekyll (jekyll#6821 made it raw-like in the 4.0 pre-releases and was
reverted by #7592), so it is rewritten here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Protocol
from urllib.parse import quote

from mkdocs_blog_plugin.jekyll.problems import Problem

LiquidMode = Literal["warn", "strip", "error"]

_OPENER = re.compile(r"\{[{%]")
_TAG = re.compile(r"\{%-?\s*(\w+)\s*(.*?)-?%\}", re.DOTALL)
_END_RAW = re.compile(r"\{%-?\s*endraw(?!\w).*?%\}", re.DOTALL)
# Jekyll's HighlightBlock::SYNTAX: a language, then `name`, `name=value` or `name="1 2"` options.
_HIGHLIGHT = re.compile(r'([a-zA-Z0-9.+#_-]+)((?:\s+\w+(?:=(?:\w+|"(?:[0-9]+\s)*[0-9]+"))?)*)')
_URL_FILTER = re.compile(r"""(["'])(.*?)\1\s*\|\s*(relative_url|absolute_url)""", re.DOTALL)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_BACKTICKS = re.compile(r"`+")
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


class LinkResolver(Protocol):
    """Finds another file of the site; both return its URL, with the site's base, or None."""

    def post_url(self, name: str) -> str | None:
        """`2014-02-11-fosdem-summary` or `dir/2014-02-11-x`, as written in `{% post_url %}`."""
        ...

    def link(self, path: str) -> str | None:
        """`_posts/2017-03-02-x.markdown`: a path relative to the site source."""
        ...


@dataclass(frozen=True)
class LiquidSite:
    """What the rewriting needs from the site: `baseurl` is "" or "/docs", `url` has no final
    slash (or is "")."""

    baseurl: str
    url: str
    mode: LiquidMode
    resolver: LinkResolver


@dataclass(frozen=True)
class LiquidResult:
    """The rewritten text; `errors` is set when mode is "error" and anything was reported."""

    text: str
    problems: tuple[Problem, ...]
    errors: bool


def render_liquid(text: str, site: LiquidSite, first_line: int = 1) -> LiquidResult:
    """Rewrite the Liquid of a post body that starts on line `first_line` of its file.

    One left-to-right scan; never raises on bad Liquid. A `post_url` or `link` whose target is
    unknown stays as text, or becomes "#" with `strip` so that a Markdown link around it stays a
    (dead) link instead of pointing at the current page.
    """
    rewriter = _Rewriter(text, site, first_line)
    rewriter.run()
    problems = sorted(rewriter.problems, key=lambda problem: problem.line or 0)
    return LiquidResult(
        text="".join(rewriter.out),
        problems=tuple(problems),
        errors=site.mode == "error" and bool(problems),
    )


@dataclass
class _Frame:
    """A tag that may open a block, until its `end` tag comes (or never does)."""

    name: str
    slot: int  # index in `out` of the piece standing for the opening tag
    problems: int  # how many problems were reported before its body
    line: int
    lang: str | None = None  # set for a well-formed `highlight`


class _Rewriter:
    def __init__(self, text: str, site: LiquidSite, first_line: int) -> None:
        self.text = text
        self.site = site
        self.keep = site.mode != "strip"
        self.out: list[str] = []
        self.problems: list[Problem] = []
        self.stack: list[_Frame] = []
        self.open_names: dict[str, int] = {}
        self.after_text = False  # the last piece of `out` is source text (`{%-` trims it)
        self.trim_next = False  # the last token rewritten ended with `-%}` or `-}}`
        self.left_as_text = False  # the current token is being left as text
        self.line = first_line
        self.line_pos = 0
        self.found: dict[str, tuple[int, int]] = {}

    def run(self) -> None:
        text = self.text
        pos = 0
        while (match := _OPENER.search(text, pos)) is not None:
            start = match.start()
            self.add_text(text[pos:start])
            opener = match.group()
            close = self.find("%}" if opener == "{%" else "}", start + 2)
            if close < 0:
                self.report(f"unclosed {opener}", start)
                self.add_text(opener)
                pos = start + 2
                continue
            end = close + 2
            if text[close:end] not in ("%}", "}}"):  # Liquid 4 ends `{{` at the first `}`
                self.report("unclosed {{", start)
                self.add_text(text[start : close + 1])
                pos = close + 1
                continue
            pos = self.token(start, end)
        self.add_text(text[pos:])
        while self.stack:
            self.unclosed(self.pop())

    def find(self, needle: str, start: int) -> int:
        """`text.find`, remembering its last answer so that the whole scan stays linear."""
        since, at = self.found.get(needle, (len(self.text) + 1, -1))
        if since <= start and (at < 0 or start <= at):
            return at
        at = self.text.find(needle, start)
        self.found[needle] = (start, at)
        return at

    def line_at(self, pos: int) -> int:
        """The file line of `pos`; positions are asked for in increasing order."""
        self.line += self.text.count("\n", self.line_pos, pos)
        self.line_pos = pos
        return self.line

    def report(self, message: str, pos: int) -> None:
        self.problems.append(Problem(message, self.line_at(pos)))

    def add_text(self, piece: str) -> None:
        if self.trim_next:
            piece = piece.lstrip()
            self.trim_next = False
        if piece:
            self.out.append(piece)
        self.after_text = bool(piece)

    def token(self, start: int, end: int) -> int:
        """Rewrite the tag or output at `start:end`; returns where the scan goes on.

        Whitespace control trims the text around a token that is rewritten or removed, not
        around one left as text, which would glue it to its neighbours (a heading, say).
        """
        trimmed, untrimmed = -1, ""
        if self.text[start + 2] == "-" and self.after_text:
            trimmed, untrimmed = len(self.out) - 1, self.out[-1]
            self.out[-1] = untrimmed.rstrip()
        self.after_text = False
        self.left_as_text = False
        end = self.rewrite(self.text[start:end], start, end)
        if self.left_as_text:
            if trimmed >= 0:
                self.out[trimmed] = untrimmed
        else:
            self.trim_next = self.text[end - 3 : end] in ("-%}", "-}}")
        return end

    def rewrite(self, token: str, start: int, end: int) -> int:
        if token.startswith("{{"):
            self.output(token, start)
            return end
        match = _TAG.fullmatch(token)
        if match is None:
            self.report(f"invalid Liquid tag {_shorten(token)} left as text", start)
            self.keep_as_text(token)
            return end
        name, markup = match.group(1), match.group(2).strip()
        if name == "raw":
            return self.raw(start, end)
        if name.startswith("end") and self.open_names.get(name[3:], 0):
            self.close(name[3:], token)
        elif name == "include" and markup.startswith("JB/"):
            pass  # Jekyll-Bootstrap's setup only assigns variables; its other includes are theme
        elif name in ("post_url", "link") and "{{" not in markup:
            self.resolve(name, markup.removeprefix("/"), token, start)
        elif name == "comment":
            self.out.append(token)  # stays if never closed
            self.push(name, start)
        elif name == "highlight" and (syntax := _HIGHLIGHT.fullmatch(markup)) is not None:
            self.out.append(token)  # replaced by the fenced block when closed
            self.push(name, start, syntax.group(1).lower())
        else:
            if name == "highlight":
                self.drop_or_keep(f"bad Liquid highlight syntax {_shorten(token)}", token, start)
            else:
                self.drop_or_keep(f"unsupported Liquid {{% {name} %}}", token, start)
            if not name.startswith("end"):
                self.push(name, start)
        return end

    def output(self, token: str, start: int) -> None:
        expression = token[2:-2].removeprefix("-").removesuffix("-").strip()
        value = self.variable(expression)
        if value is None:
            self.drop_or_keep(f"unsupported Liquid {{{{ {_shorten(expression)} }}}}", token, start)
        else:
            self.out.append(value)

    def variable(self, expression: str) -> str | None:
        site = self.site
        if expression in ("site.baseurl", "BASE_PATH"):
            return site.baseurl
        if expression == "HOME_PATH":
            return site.baseurl + "/"
        if expression == "site.url":
            return site.url
        match = _URL_FILTER.fullmatch(expression)
        if match is None:
            return None
        _, path, name = match.groups()
        if _SCHEME.match(path):
            return path
        path = quote(path, safe=_URL_SAFE)  # Jekyll normalizes the URL with Addressable
        relative = site.baseurl + (path if not path or path.startswith("/") else "/" + path)
        return relative if name == "relative_url" else site.url + relative

    def drop_or_keep(self, what: str, token: str, start: int) -> None:
        self.report(f"{what} {'left as text' if self.keep else 'removed'}", start)
        if self.keep:
            self.keep_as_text(token)
        else:
            self.out.append("")

    def keep_as_text(self, token: str) -> None:
        self.out.append(token)
        self.left_as_text = True

    def resolve(self, name: str, target: str, token: str, start: int) -> None:
        resolver = self.site.resolver
        url = resolver.post_url(target) if name == "post_url" else resolver.link(target)
        if url is None:
            self.report(f"{name} target '{target}' not found", start)
            if self.keep:
                self.keep_as_text(token)
                return
            url = "#"
        self.out.append(url)

    def raw(self, start: int, end: int) -> int:
        match = _END_RAW.search(self.text, end)
        if match is None:
            self.report("unclosed {% raw %}", start)
            self.keep_as_text(self.text[start:])
            return len(self.text)
        self.out.append(self.text[end : match.start()])
        return match.end()

    def push(self, name: str, start: int, lang: str | None = None) -> None:
        """Open a frame whose opening tag is the last piece of `out`."""
        frame = _Frame(name, len(self.out) - 1, len(self.problems), self.line_at(start), lang)
        self.stack.append(frame)
        self.open_names[name] = self.open_names.get(name, 0) + 1

    def pop(self) -> _Frame:
        frame = self.stack.pop()
        self.open_names[frame.name] -= 1
        return frame

    def unclosed(self, frame: _Frame) -> None:
        """A frame without its `end` tag was a plain tag, unless it must be a block."""
        if frame.name == "comment" or frame.lang is not None:
            self.problems.append(Problem(f"unclosed {{% {frame.name} %}}", frame.line))

    def close(self, name: str, token: str) -> None:
        """End the innermost open `name`; the tags opened inside it were not blocks after all."""
        while self.stack[-1].name != name:
            self.unclosed(self.pop())
        frame = self.pop()
        if name == "comment" or (name == "capture" and not self.keep):
            del self.out[frame.slot :]
            del self.problems[frame.problems :]
        elif frame.lang is not None:
            code = "".join(self.out[frame.slot + 1 :])
            del self.out[frame.slot :]
            self.out.append(_fenced(frame.lang, code))
        elif self.keep:
            self.keep_as_text(token)


def _fenced(lang: str, code: str) -> str:
    """A fenced block, set off by blank lines so that it is a block even mid-paragraph."""
    code = code.strip("\r\n")  # as Jekyll's highlight tag does; indentation stays
    longest = max((len(run) for run in _BACKTICKS.findall(code)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"\n\n{fence}{lang}\n{code}\n{fence}\n\n"


def _shorten(source: str, limit: int = 60) -> str:
    flat = " ".join(source.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
