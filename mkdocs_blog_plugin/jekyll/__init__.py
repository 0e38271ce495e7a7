"""Jekyll's rules as pure functions: no MkDocs imports here.

Each module holds one family of rules, as Jekyll 4 applies them (see the project's README for
the few deliberate differences).
"""
