"""The X clean-up (DESIGN §5): select what to remove, estimate it, then run a resumable, paced deletion job.

``selection`` (filters over the imported archive), ``estimate`` (count, duration, cost), ``journal``
(durable SQLite state of every id), ``pacing`` (rate-limit windows, back-off), ``job`` (the run
itself), ``gate`` (the archive-of-record check that must pass first), ``report`` (the final CSV).
"""
