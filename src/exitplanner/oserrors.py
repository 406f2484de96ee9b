"""The reason a file could not be written or read, in the user's language.

``OSError.strerror`` comes from the C library in English (« Permission denied »), even on a French
Windows; a French sentence ending in English words reads as a crash. The usual causes a
communication officer meets (read-only or forbidden folder, full disk, folder gone, file open in
another program) get a translated phrase; anything else keeps the system's own words.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

_NOT_ALLOWED = {errno.EACCES, errno.EPERM, errno.EROFS}
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_GONE = {errno.ENOENT, errno.ENOTDIR}


def describe_os_error(error: OSError, *, reading: bool = False) -> str:
    """A short phrase saying why, to complete « … could not be written: %1 » (or « read » with
    ``reading``: a file the user picked, for which « not allowed to write » would mislead)."""
    code = error.errno
    if reading and (isinstance(error, PermissionError) or code in _NOT_ALLOWED):
        return QCoreApplication.translate("oserrors", "you are not allowed to read this file")
    if reading and (isinstance(error, FileNotFoundError | NotADirectoryError) or code in _GONE):
        return QCoreApplication.translate("oserrors", "the file does not exist (any more)")
    if isinstance(error, PermissionError) or code in _NOT_ALLOWED:
        # On Windows a file open in Word or Excel is refused with the same error.
        return QCoreApplication.translate(
            "oserrors", "you are not allowed to write there, or the file is open in another program")
    if code in _DISK_FULL:
        return QCoreApplication.translate("oserrors", "the disk is full")
    if isinstance(error, FileNotFoundError | NotADirectoryError) or code in _GONE:
        return QCoreApplication.translate("oserrors", "the folder does not exist (any more)")
    if isinstance(error, IsADirectoryError):
        return QCoreApplication.translate("oserrors", "a folder has this name")
    return error.strerror or str(error) or type(error).__name__
