"""Qt widgets: the main window, one module per wizard page, reusable widgets and background workers.

Nothing here holds business rules: pages are thin views over the plain models of
``exitplanner.steps`` and the core packages.
"""
