"""OS errors are explained in words, not in the C library's English."""

from __future__ import annotations

import errno

from exitplanner.oserrors import describe_os_error


def test_common_causes_get_a_sentence_of_their_own():
    assert "not allowed" in describe_os_error(PermissionError(errno.EACCES, "Permission denied"))
    assert describe_os_error(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
    assert "does not exist" in describe_os_error(FileNotFoundError(errno.ENOENT, "No such file"))
    assert describe_os_error(OSError(errno.EIO, "Input/output error")) == "Input/output error"
