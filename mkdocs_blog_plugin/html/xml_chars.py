"""Text made storable in XML 1.0 (and UTF-8): the characters it cannot hold are removed."""

from __future__ import annotations

import re

# C0 controls other than tab, newline and carriage return; lone surrogates; U+FFFE and U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 forbids: lxml refuses them with an error."""
    return _FORBIDDEN.sub("", text)
