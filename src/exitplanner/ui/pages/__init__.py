"""One module per wizard page; :func:`create_page` maps a step to its page class."""
