"""orbitscope: an evidence-linked model of geopolitics from Polish news."""

__version__ = "0.1.0"
