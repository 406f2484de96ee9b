"""The plan: its model (``model``), its file format and storage (``storage``, ``codec``,
``atomic``, ``migrations``, ``secret_guard``), autosave and recent files, input validation and
the demo plan. Import the submodules directly; nothing is re-exported here so that importing one
of them stays cheap.
"""
