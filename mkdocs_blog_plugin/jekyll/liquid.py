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

from .problems import Problem

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
    draft = _Draft(text, first_line)
    _Rewriter(draft, site).run()
    problems = sorted(draft.problems, key=lambda problem: problem.line or 0)
    return LiquidResult(
        text="".join(draft.pieces),
        problems=tuple(problems),
        errors=site.mode == "error" and bool(problems),
    )


class _Draft:
    """A rewrite in progress: the source text, the output pieces so far, the problems reported
    with their lines, and the whitespace control between tokens. Knows nothing of Liquid."""

    def __init__(self, text: str, first_line: int) -> None:
        self.text = text
        self.pieces: list[str] = []
        self.problems: list[Problem] = []
        self.after_text = False  # the last piece is source text (`{%-` trims it)
        self.trim_next = False  # the last token rewritten ended with `-%}` or `-}}`
        self.left_as_text = False  # the current token is being left as text
        self.untrimmed: tuple[int, str] | None = None  # the piece the current token trimmed
        self.line = first_line
        self.line_pos = 0
        self.found: dict[str, tuple[int, int]] = {}

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
        """Record a problem at the line of `pos`."""
        self.problems.append(Problem(message, self.line_at(pos)))

    def add_text(self, piece: str) -> None:
        """Copy source text between tokens, trimmed if the token before it asked for it."""
        if self.trim_next:
            piece = piece.lstrip()
            self.trim_next = False
        if piece:
            self.pieces.append(piece)
        self.after_text = bool(piece)

    def keep_as_text(self, token: str) -> None:
        """Leave the current token in the output as it was written."""
        self.pieces.append(token)
        self.left_as_text = True

    def begin_token(self, start: int) -> None:
        """Apply the `{%-` or `{{-` of the token at `start` to the text before it, undoably.

        Whitespace control trims the text around a token that is rewritten or removed, not
        around one left as text, which would glue it to its neighbours (a heading, say).
        """
        self.untrimmed = None
        if self.text[start + 2] == "-" and self.after_text:
            self.untrimmed = (len(self.pieces) - 1, self.pieces[-1])
            self.pieces[-1] = self.pieces[-1].rstrip()
        self.after_text = False
        self.left_as_text = False

    def end_token(self, end: int) -> None:
        """Undo the trimming if the token ending at `end` was left as text, else apply its `-%}`
        or `-}}` to the text after it."""
        if self.left_as_text:
            if self.untrimmed is not None:
                index, piece = self.untrimmed
                self.pieces[index] = piece
        else:
            self.trim_next = self.text[end - 3 : end] in ("-%}", "-}}")


@dataclass
class _Frame:
    """A tag that may open a block, until its `end` tag comes (or never does)."""

    name: str
    slot: int  # index in the draft's pieces of the one standing for the opening tag
    problems: int  # how many problems were reported before its body
    line: int
    lang: str | None = None  # set for a well-formed `highlight`


class _Blocks:
    """The tags still open as possible blocks, innermost last, and what ending each one does to
    the draft."""

    def __init__(self, draft: _Draft, keep: bool) -> None:
        self.draft = draft
        self.keep = keep
        self.stack: list[_Frame] = []
        self.open_names: dict[str, int] = {}

    def is_open(self, name: str) -> bool:
        """Whether an `end` + `name` tag would end a frame."""
        return bool(self.open_names.get(name, 0))

    def push(self, name: str, start: int, lang: str | None = None) -> None:
        """Open a frame whose opening tag, at `start`, is the draft's last piece."""
        draft = self.draft
        frame = _Frame(name, len(draft.pieces) - 1, len(draft.problems), draft.line_at(start), lang)
        self.stack.append(frame)
        self.open_names[name] = self.open_names.get(name, 0) + 1

    def pop(self) -> _Frame:
        """Take the innermost frame off the stack."""
        frame = self.stack.pop()
        self.open_names[frame.name] -= 1
        return frame

    def unclosed(self, frame: _Frame) -> None:
        """A frame without its `end` tag was a plain tag, unless it must be a block."""
        if frame.name == "comment" or frame.lang is not None:
            self.draft.problems.append(Problem(f"unclosed {{% {frame.name} %}}", frame.line))

    def close(self, name: str, token: str) -> None:
        """End the innermost open `name`; the tags opened inside it were not blocks after all."""
        while self.stack[-1].name != name:
            self.unclosed(self.pop())
        frame = self.pop()
        pieces = self.draft.pieces
        if name == "comment" or (name == "capture" and not self.keep):
            del pieces[frame.slot :]
            del self.draft.problems[frame.problems :]
        elif frame.lang is not None:
            code = "".join(pieces[frame.slot + 1 :])
            del pieces[frame.slot :]
            pieces.append(_fenced(frame.lang, code))
        elif self.keep:
            self.draft.keep_as_text(token)

    def close_all(self) -> None:
        """At the end of the text: none of the frames still open gets its `end` tag."""
        while self.stack:
            self.unclosed(self.pop())


class _Rewriter:
    """Cuts the draft's text into Liquid tags and outputs, and rewrites each one into it."""

    def __init__(self, draft: _Draft, site: LiquidSite) -> None:
        self.draft = draft
        self.site = site
        self.keep = site.mode != "strip"
        self.blocks = _Blocks(draft, self.keep)

    def run(self) -> None:
        draft, text = self.draft, self.draft.text
        pos = 0
        while (match := _OPENER.search(text, pos)) is not None:
            start = match.start()
            draft.add_text(text[pos:start])
            opener = match.group()
            close = draft.find("%}" if opener == "{%" else "}", start + 2)
            if close < 0:
                draft.report(f"unclosed {opener}", start)
                draft.add_text(opener)
                pos = start + 2
                continue
            end = close + 2
            if text[close:end] not in ("%}", "}}"):  # Liquid 4 ends `{{` at the first `}`
                draft.report("unclosed {{", start)
                draft.add_text(text[start : close + 1])
                pos = close + 1
                continue
            pos = self.token(start, end)
        draft.add_text(text[pos:])
        self.blocks.close_all()

    def token(self, start: int, end: int) -> int:
        """Rewrite the tag or output at `start:end`; returns where the scan goes on."""
        self.draft.begin_token(start)
        end = self.rewrite(self.draft.text[start:end], start, end)
        self.draft.end_token(end)
        return end

    def rewrite(self, token: str, start: int, end: int) -> int:
        """Rewrite one token into the draft; returns where it ends (past `endraw` for `raw`)."""
        if token.startswith("{{"):
            self.output(token, start)
            return end
        draft, blocks = self.draft, self.blocks
        match = _TAG.fullmatch(token)
        if match is None:
            draft.report(f"invalid Liquid tag {_shorten(token)} left as text", start)
            draft.keep_as_text(token)
            return end
        name, markup = match.group(1), match.group(2).strip()
        if name == "raw":
            return self.raw(start, end)
        if name.startswith("end") and blocks.is_open(name[3:]):
            blocks.close(name[3:], token)
        elif name == "include" and markup.startswith("JB/"):
            pass  # Jekyll-Bootstrap's setup only assigns variables; its other includes are theme
        elif name in ("post_url", "link") and "{{" not in markup:
            self.resolve(name, markup.removeprefix("/"), token, start)
        elif name == "comment":
            draft.pieces.append(token)  # stays if never closed
            blocks.push(name, start)
        elif name == "highlight" and (syntax := _HIGHLIGHT.fullmatch(markup)) is not None:
            draft.pieces.append(token)  # replaced by the fenced block when closed
            blocks.push(name, start, syntax.group(1).lower())
        else:
            if name == "highlight":
                self.drop_or_keep(f"bad Liquid highlight syntax {_shorten(token)}", token, start)
            else:
                self.drop_or_keep(f"unsupported Liquid {{% {name} %}}", token, start)
            if not name.startswith("end"):
                blocks.push(name, start)
        return end

    def output(self, token: str, start: int) -> None:
        expression = token[2:-2].removeprefix("-").removesuffix("-").strip()
        value = self.variable(expression)
        if value is None:
            self.drop_or_keep(f"unsupported Liquid {{{{ {_shorten(expression)} }}}}", token, start)
        else:
            self.draft.pieces.append(value)

    def variable(self, expression: str) -> str | None:
        """The value of a supported `{{ expression }}`, or None."""
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
        self.draft.report(f"{what} {'left as text' if self.keep else 'removed'}", start)
        if self.keep:
            self.draft.keep_as_text(token)
        else:
            self.draft.pieces.append("")

    def resolve(self, name: str, target: str, token: str, start: int) -> None:
        resolver = self.site.resolver
        url = resolver.post_url(target) if name == "post_url" else resolver.link(target)
        if url is None:
            self.draft.report(f"{name} target '{target}' not found", start)
            if self.keep:
                self.draft.keep_as_text(token)
                return
            url = "#"
        self.draft.pieces.append(url)

    def raw(self, start: int, end: int) -> int:
        text = self.draft.text
        match = _END_RAW.search(text, end)
        if match is None:
            self.draft.report("unclosed {% raw %}", start)
            self.draft.keep_as_text(text[start:])
            return len(text)
        self.draft.pieces.append(text[end : match.start()])
        return match.end()


def _fenced(lang: str, code: str) -> str:
    """A fenced block, set off by blank lines so that it is a block even mid-paragraph."""
    code = code.strip("\r\n")  # as Jekyll's highlight tag does; indentation stays
    longest = max((len(run) for run in _BACKTICKS.findall(code)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"\n\n{fence}{lang}\n{code}\n{fence}\n\n"


def _shorten(source: str, limit: int = 60) -> str:
    flat = " ".join(source.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
