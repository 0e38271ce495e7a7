"""Blog feeds, pure: which feeds, a post as an entry, Atom 1.0, RSS 2.0 and JSON Feed 1.1
from a format-neutral `Feed`, each entry serialized once for all the feeds it is in."""
