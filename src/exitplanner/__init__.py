"""ExitPlanner: guide a French local authority through leaving X cleanly."""

__version__ = "0.1.0"
