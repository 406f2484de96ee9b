"""OS errors are explained in words, not in the C library's English."""

from __future__ import annotations

import errno

from exitplanner.oserrors import describe_os_error


def test_common_causes_get_a_sentence_of_their_own():
    assert "not allowed" in describe_os_error(PermissionError(errno.EACCES, "Permission denied"))
    assert describe_os_error(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
    assert "does not exist" in describe_os_error(FileNotFoundError(errno.ENOENT, "No such file"))
    assert describe_os_error(OSError(errno.EIO, "Input/output error")) == "Input/output error"


def test_a_file_that_cannot_be_read_is_not_described_as_a_write_problem():
    denied = PermissionError(errno.EACCES, "Permission denied")
    assert describe_os_error(denied, reading=True) == "you are not allowed to read this file"
    gone = FileNotFoundError(errno.ENOENT, "No such file")
    assert describe_os_error(gone, reading=True) == "the file does not exist (any more)"
    assert describe_os_error(OSError(errno.ENOSPC, "No space"), reading=True) == "the disk is full"


def test_press_export_into_a_missing_folder_names_the_cause(tmp_path):
    import pytest

    from exitplanner.plan.demo import demo_plan
    from exitplanner.press.errors import ExportError
    from exitplanner.press.export import export_release
    from exitplanner.press.model import PressReleaseModel

    release = PressReleaseModel(demo_plan()).release()
    with pytest.raises(ExportError) as raised:
        export_release(release, "txt", tmp_path / "gone" / "communique.txt")
    assert "does not exist" in str(raised.value)
