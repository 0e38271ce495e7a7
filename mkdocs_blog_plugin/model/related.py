"""Related posts: the posts sharing the most tags with a post.

The ranking is exact. Counting shared tags pair by pair costs the square of a tag's posts; here
each tag is a set of posts as the bits of a Python int (bit i: the i-th post, newest first), and
the posts sharing at least k of a post's tags are ANDs and ORs of its tags' sets, each a pass
over N/8 bytes. The newest posts of a set are its lowest bits.
"""

from __future__ import annotations

from collections.abc import Sequence

from .posts import Post


def related_posts(posts: Sequence[Post], limit: int = 3) -> dict[str, tuple[Post, ...]]:
    """For each post, by `source`: up to `limit` other posts, most tags in common first (tags
    compared case-insensitively), then in the blog's order (newest first, as Jekyll sorts). A
    post that shares no tag with it is not related; every post has an entry, possibly empty.
    """
    ranked = sorted(posts, key=Post.sort_key, reverse=True)  # the blog's order
    tag_sets = [{tag.casefold() for tag in post.tags} for post in ranked]
    members: dict[str, bytearray] = {}
    for i, tags in enumerate(tag_sets):
        for tag in tags:
            bits = members.setdefault(tag, bytearray((len(ranked) + 7) // 8))
            bits[i >> 3] |= 1 << (i & 7)
    sets = {tag: int.from_bytes(bits, "little") for tag, bits in members.items()}
    related: dict[str, tuple[Post, ...]] = {}
    for i, post in enumerate(ranked):
        found = _most_shared(i, [sets[tag] for tag in tag_sets[i]], limit)
        related[post.source] = tuple(ranked[j] for j in found)
    return related


def _most_shared(i: int, tag_bits: list[int], limit: int) -> list[int]:
    """The first `limit` posts but `i` by (tags shared with post `i`, descending; bit)."""
    me = 1 << i
    # at_least[k]: the other posts sharing more than k of the tags seen so far (never empty at
    # the top, so there are as many levels as the most tags shared, not as tags)
    at_least: list[int] = []
    for bits in tag_bits:
        others = bits ^ me  # post i is in each of its tags' sets
        at_least.append(0)
        for k in range(len(at_least) - 1, 0, -1):
            at_least[k] |= at_least[k - 1] & others
        at_least[0] |= others
        if not at_least[-1]:
            at_least.pop()
    found: list[int] = []
    above = 0  # the posts of the levels above, all taken
    for level in reversed(at_least):
        exactly = level ^ above  # `above` is a subset of `level`
        while exactly and len(found) < limit:
            lowest = exactly & -exactly
            exactly ^= lowest
            found.append(lowest.bit_length() - 1)
        if len(found) >= limit:
            break
        above = level
    return found
