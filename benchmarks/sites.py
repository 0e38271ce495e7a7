"""The benchmark's sites: N generated Jekyll posts, written out three ways.

- `floor`: the posts as plain MkDocs pages under `docs/posts/`, kept out of the nav with
  `not_in_nav`, front matter reduced to `title` and `date`, no blog plugin;
- `jekyll-blog`: the Jekyll posts under `docs/_posts/`, where a Jekyll site has them, the plugin
  with its defaults;
- `material`: the posts in Material's layout (`docs/blog/posts/`, `date:` a YAML timestamp,
  `categories:`, `tags:`, `authors:`), Material's `blog` and `tags` plugins and
  mkdocs-rss-plugin.

All three use the Material theme, the same Markdown extensions and the same docs pages, and
every post has the same body in all three; only what must differ does (front matter, where the
posts live, how a post links to another post, Material's `<!-- more -->` excerpt marker).
Everything is derived from one seed, so the same arguments write the same files.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

VARIANTS = ("floor", "jekyll-blog", "material")


def _words(text: str) -> list[str]:
    return text.split()


WORDS = _words("""
able about above across after again against along already also always among another answer
around back because become before began begin behind being below better between both bring
build built called came change check clear close code common could course cover create current
data day default deploy design detail different does done down during each early easy edge
either enough even every example fast feature field file final find first fix follow form found
four free full general give good great group half hand hard have head help here high hold home
however idea important include input instead issue just keep kind know large last later layer
lead least leave less level light like line list little local long look made main make many
mark may mean measure might mind model more most move much must name near need never new next
node note number often old once only open order other output over own page part path pattern
place plan point port possible power present problem process program public quite rather read
ready real reason record release remain report request result return right rule run same save
scale search second section see seem serve server service set several shape short should show
side simple since single site size small some source space special stable start state step
still store such support sure system table take task team test than that their them then there
these thing think those though three through time today together tool top track tree true turn
under until update upon use user value version very view wait want watch way well were what
when where which while whole why wide will with within without word work world would write year
""")

TECH = _words("""
python rust go javascript typescript java kotlin swift haskell ocaml elixir erlang clojure scala
ruby php perl lua zig nim docker kubernetes nginx postgres sqlite redis kafka linux freebsd
macos windows android ios wasm llvm gcc git mercurial ci testing benchmarks performance security
privacy cryptography networking http dns tls ssh ipv6 databases compilers parsers types
concurrency async memory profiling debugging logging monitoring observability tracing
deployment packaging releases documentation mkdocs jekyll markdown yaml json xml css html
accessibility design ux api cli terminal editors vim emacs conferences talks meetups community
hiring remote open-source licensing funding roadmap retrospective tutorial howto announcement
""")

CATEGORIES = ("engineering", "releases", "community", "tutorials", "ops", "research", "news")
AUTHORS = (
    ("ana", "Ana Lima"),
    ("tom", "Tom Okafor"),
    ("mei", "Mei Tanaka"),
    ("raj", "Raj Patel"),
    ("eva", "Eva Novak"),
    ("sam", "Sam Reyes"),
)
OFFSETS = ("+0000", "+0100", "+0200", "-0500", "-0800", "+0530")
LANGUAGES = ("python", "bash", "yaml", "json", "text")

DOCS_PAGES = (
    ("index.md", "Bench", "Welcome"),
    ("getting-started.md", "Getting started", "Install"),
    ("guide/install.md", "Installing", "Requirements"),
    ("guide/configure.md", "Configuring", "Options"),
    ("guide/usage.md", "Usage", "Everyday commands"),
    ("reference/cli.md", "Command line", "Commands"),
    ("reference/api.md", "API", "Functions"),
    ("faq.md", "FAQ", "Questions"),
    ("changelog.md", "Changelog", "Releases"),
)
DOC_TARGETS = ("guide/install.md", "guide/configure.md", "reference/cli.md", "faq.md")

SITE_URL = "https://example.org/bench/"
MARKDOWN_EXTENSIONS = """\
markdown_extensions:
  - toc:
      permalink: true
  - admonition
  - attr_list
  - tables
  - pymdownx.highlight
  - pymdownx.superfences
"""


@dataclass
class Post:
    name: str  # Jekyll file name without extension: 2016-03-04-some-title
    title: str
    date: datetime  # aware, the author's local time
    offset: str  # +0100
    categories: list[str]
    tags: list[str]
    author: tuple[str, str]  # (key, name)
    body: list[str]  # blocks; "{POST_LINK}" and "{DOC_LINK}" are filled in per variant
    link_to: int  # index of the post this one links to
    doc_target: str


def _zipf_weights(n: int, s: float) -> list[float]:
    return [1.0 / (rank + 1) ** s for rank in range(n)]


def _tag_names(rng: random.Random, count: int) -> list[str]:
    """`count` distinct tag names, in an order that becomes their popularity rank: plain
    names (`python`) first, then the long tail of compound ones (`python-release`)."""
    names = list(TECH)
    rng.shuffle(names)
    names = names[:count]
    while len(names) < count:
        name = f"{rng.choice(TECH)}-{rng.choice(WORDS)}"
        if name not in names:
            names.append(name)
    return names


def _sentence(rng: random.Random, low: int = 8, high: int = 20) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random, sentences: tuple[int, int] = (3, 6)) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(*sentences)))


def _code(rng: random.Random, language: str) -> str:
    a, b, c = (rng.choice(WORDS) for _ in range(3))
    if language == "python":
        lines = [
            f"def {a}_{b}(items, limit={rng.randint(2, 50)}):",
            f'    """{_sentence(rng, 4, 8)}"""',
            "    result = []",
            "    for item in items[:limit]:",
            f"        if item.{c}:",
            f"            result.append(item.{b}())",
            "    return result",
        ]
    elif language == "bash":
        lines = [
            f"mkdir -p {a}/{b}",
            f"cd {a} && git log --oneline | head -n {rng.randint(3, 20)}",
            f'for f in *.{c}; do echo "$f"; done',
            f"tool {b} --{c}={rng.randint(1, 99)} --verbose",
        ]
    elif language == "yaml":
        lines = [
            f"{a}:",
            f"  {b}: {rng.randint(1, 1000)}",
            f"  {c}: true",
            "  items:",
            f"    - {rng.choice(WORDS)}",
            f"    - {rng.choice(WORDS)}",
        ]
    elif language == "json":
        lines = [
            "{",
            f'  "{a}": {rng.randint(1, 1000)},',
            f'  "{b}": ["{c}", "{rng.choice(WORDS)}"],',
            f'  "enabled": {rng.choice(["true", "false"])}',
            "}",
        ]
    else:
        lines = [_sentence(rng, 4, 9) for _ in range(rng.randint(3, 6))]
    return "\n".join([f"```{language}", *lines, "```"])


def _body(rng: random.Random) -> list[str]:
    """Several paragraphs, a heading, a list, a fenced code block and links: 300-550 words; in
    kramdown's idioms as Jekyll posts are written: the list right after its paragraph, items
    nested at two spaces, quotes and dashes typed straight, some footnotes and attribute lists."""
    heading = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5))).capitalize()
    items = [
        f"- {_sentence(rng, 3, 10)[:-1]}"
        + (f" `{rng.choice(WORDS)}`" if rng.random() < 0.3 else "")
        for _ in range(rng.randint(3, 6))
    ]
    if rng.random() < 0.5:
        items[1] += "".join(f"\n  - {_sentence(rng, 2, 6)[:-1]}" for _ in range(2))
    link_word = rng.choice(WORDS)
    external = f"https://{rng.choice(TECH)}.example.com/{rng.choice(WORDS)}/{rng.choice(WORDS)}"
    quoted = " ".join(rng.choice(WORDS) for _ in range(3))
    blocks = [
        _paragraph(rng, (2, 4)),  # the excerpt
        f"{_paragraph(rng)} See [the {link_word} notes]({external}) for the background.",
        f"## {heading}",
        f"{_paragraph(rng)} The [configuration guide]({{DOC_LINK}}) has every option -- "
        f'it\'s "{quoted}"...',
        f"{_sentence(rng, 4, 8)[:-1]}:\n" + "\n".join(items),
        _code(rng, rng.choice(LANGUAGES)),
        f"{_paragraph(rng)} We wrote about this [in an earlier post]({{POST_LINK}}).",
        *[_paragraph(rng) for _ in range(rng.randint(1, 3))],
    ]
    if rng.random() < 0.3:
        blocks[-1] += "\n{: .note}"
    if rng.random() < 0.3:
        blocks[1] += "[^1]"
        blocks.append(f"[^1]: {_sentence(rng)}")
    return blocks


def make_posts(count: int, seed: int, tag_count: int = 200) -> list[Post]:
    """`count` posts over ten years, deterministic from `seed`."""
    rng = random.Random(seed)
    tags = _tag_names(rng, tag_count)
    tag_weights = _zipf_weights(len(tags), 1.1)
    category_weights = _zipf_weights(len(CATEGORIES), 1.0)
    start = datetime(2015, 1, 1, tzinfo=timezone.utc)
    span = (datetime(2025, 1, 1, tzinfo=timezone.utc) - start).total_seconds()
    seen_slugs: set[str] = set()
    posts = []
    for _ in range(count):
        while True:
            title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 7))).capitalize()
            slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
            if slug not in seen_slugs:
                seen_slugs.add(slug)
                break
        offset = rng.choice(OFFSETS)
        sign = 1 if offset[0] == "+" else -1
        zone = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
        moment = start + timedelta(minutes=int(rng.random() * span / 60))
        local = moment.astimezone(zone)
        post_tags: list[str] = []
        wanted = rng.choice((1, 2, 2, 3, 3, 3, 4, 5))
        while len(post_tags) < wanted:
            tag = rng.choices(tags, tag_weights)[0]
            if tag not in post_tags:
                post_tags.append(tag)
        categories = [rng.choices(CATEGORIES, category_weights)[0]]
        if rng.random() < 0.15:
            extra = rng.choice(CATEGORIES)
            if extra not in categories:
                categories.append(extra)
        posts.append(
            Post(
                name=f"{local:%Y-%m-%d}-{slug}",
                title=title,
                date=local,
                offset=offset,
                categories=categories,
                tags=post_tags,
                author=rng.choice(AUTHORS),
                body=_body(rng),
                link_to=rng.randrange(count - 1) if count > 1 else 0,
                doc_target=rng.choice(DOC_TARGETS),
            )
        )
    for index, post in enumerate(posts):  # never a link to itself
        if count > 1 and post.link_to >= index:
            post.link_to += 1
    return posts


def _relative(from_dir: str, target: str) -> str:
    depth = len([part for part in from_dir.split("/") if part])
    return "../" * depth + target


def _yaml_list(values: list[str]) -> str:
    return "[" + ", ".join(values) + "]"


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# Where each variant's posts are, under docs_dir. Jekyll's posts stay where a Jekyll site has
# them: under `blog/_posts/`, Jekyll's folder rule would put every post in the category `blog`.
POST_FOLDERS = {"floor": "posts", "jekyll-blog": "_posts", "material": "blog/posts"}


def post_text(post: Post, posts: list[Post], variant: str) -> tuple[str, str]:
    """(path under docs_dir, file text) of one post in one variant's layout."""
    other = posts[post.link_to].name
    body = list(post.body)
    if variant == "floor":
        front = [
            f"title: {_quoted(post.title)}",
            f"date: {post.date:%Y-%m-%d %H:%M:%S} {post.offset}",
        ]
        post_link = f"{other}.md"
    elif variant == "jekyll-blog":
        front = [
            "layout: post",
            f"title: {_quoted(post.title)}",
            f"date: {post.date:%Y-%m-%d %H:%M:%S} {post.offset}",
            f"categories: {_yaml_list(post.categories)}",
            f"tags: {_yaml_list(post.tags)}",
            f"author: {post.author[1]}",
        ]
        post_link = f"{{% post_url {other} %}}"
    elif variant == "material":
        front = [
            f"title: {_quoted(post.title)}",
            f"date: {post.date:%Y-%m-%d %H:%M:%S}{post.offset[:3]}:{post.offset[3:]}",
            "categories:",
            *[f"  - {c}" for c in post.categories],
            "tags:",
            *[f"  - {t}" for t in post.tags],
            "authors:",
            f"  - {post.author[0]}",
        ]
        post_link = f"{other}.md"
        body.insert(1, "<!-- more -->")  # Material's excerpt marker; Jekyll cuts at "\n\n"
    else:
        raise ValueError(variant)
    folder = POST_FOLDERS[variant]
    doc_link = _relative(folder, post.doc_target)
    text = "\n\n".join(body).replace("{POST_LINK}", post_link).replace("{DOC_LINK}", doc_link)
    return f"{folder}/{post.name}.md", "---\n" + "\n".join(front) + "\n---\n\n" + text + "\n"


def _docs_page(rng: random.Random, path: str, title: str, section: str) -> str:
    blocks = [f"# {title}", _paragraph(rng), f"## {section}", _paragraph(rng)]
    blocks.append("\n".join(f"- {_sentence(rng, 3, 8)}" for _ in range(4)))
    blocks.append(_code(rng, "bash"))
    blocks.append("## More\n\n" + _paragraph(rng))
    if path != "faq.md":
        blocks.append(f"See also the [FAQ]({_relative(path.rpartition('/')[0], 'faq.md')}).")
    return "\n\n".join(blocks) + "\n"


def _config(variant: str) -> str:
    head = f"""\
site_name: Bench
site_description: A documentation site with a large blog, for the benchmark.
site_author: The Bench authors
site_url: {SITE_URL}
theme:
  name: material
  features:
    - navigation.indexes
{MARKDOWN_EXTENSIONS}"""
    if variant == "floor":
        return head + "plugins:\n  - search\nnot_in_nav: |\n  /posts/\n"
    if variant == "jekyll-blog":
        return head + "plugins:\n  - search\n  - jekyll-blog\n"
    if variant == AS_DOCS:
        return head + "plugins:\n  - search\n  - jekyll-blog:\n      markdown: mkdocs\n"
    return (
        head
        + """\
plugins:
  - search
  - material/blog
  - material/tags
  - rss:
      match_path: blog/posts/.*
      use_git: false
      date_from_meta:
        as_creation: date
      categories:
        - categories
        - tags
      abstract_chars_count: -1
"""
    )


# A variant built from another's files with other options: the blog with posts read as docs pages.
AS_DOCS = "jekyll-blog-as-docs"
LAYOUTS = {AS_DOCS: "jekyll-blog"}


def write_site(root: Path, variant: str, posts: list[Post], seed: int) -> Path:
    """Write one variant's site under `root`; return its mkdocs.yml."""
    config_variant, variant = variant, LAYOUTS.get(variant, variant)
    docs = root / "docs"
    rng = random.Random(seed + 1)  # docs pages: the same in every variant
    files: dict[str, str] = {
        path: _docs_page(rng, path, title, section) for path, title, section in DOCS_PAGES
    }
    if variant != "floor":
        files["blog/index.md"] = "# Blog\n\nNews from the Bench team.\n"
    if variant == "material":
        files["blog/tags.md"] = "# Tags\n\n<!-- material/tags -->\n"
        files["blog/.authors.yml"] = "authors:\n" + "".join(
            f"  {key}:\n    name: {name}\n    description: Writer\n    avatar: https://example.org/{key}.png\n"
            for key, name in AUTHORS
        )
    for post in posts:
        path, text = post_text(post, posts, variant)
        files[path] = text
    for path, text in files.items():
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(_config(config_variant), encoding="utf-8")
    return config


def post_path(root: Path, variant: str, post: Post) -> Path:
    """Where one post's file is in a variant's site (the file the rebuild edits)."""
    return root / "docs" / POST_FOLDERS[LAYOUTS.get(variant, variant)] / f"{post.name}.md"
