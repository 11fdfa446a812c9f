"""A small error hierarchy: every orbitscope error is also the built-in a caller would expect.

Bad *input* is not an error (it becomes a ``Rejected`` record); these are raised for configuration
and usage problems, with a message that says how to fix them.
"""


class OrbitscopeError(Exception):
    """Base of all orbitscope errors."""


class ConfigurationError(OrbitscopeError, ValueError):
    """A setting is missing or invalid."""


class InputPathError(OrbitscopeError, FileNotFoundError):
    """A path given on the command line does not exist."""


class StoreError(OrbitscopeError, OSError):
    """The DuckDB store cannot be opened or has an incompatible schema."""


class NotFoundError(OrbitscopeError, LookupError):
    """A requested record (document id, ...) is not in the store."""


class ExportError(OrbitscopeError, OSError):
    """An export cannot be written (unwritable path, unknown format)."""
