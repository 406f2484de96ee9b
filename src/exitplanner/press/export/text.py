"""Plain-text export and the e-mail to journalists (subject + body, or a ready .eml file)."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from exitplanner.press.release import PressRelease


def export_txt(release: PressRelease, path: Path, *, narrow: bool = True) -> None:
    path.write_text(release.to_text(), encoding="utf-8")


def email_parts(release: PressRelease) -> tuple[str, str]:
    """(subject, body) of the e-mail sending the release to the press."""
    return release.email_subject(), release.email_body()


def email_message(release: PressRelease, *, sender: str = "", to: str = "") -> EmailMessage:
    """A draft e-mail (UTF-8, quoted-printable) that mail clients open as a new message."""
    subject, body = email_parts(release)
    message = EmailMessage(policy=SMTP)
    message["Subject"] = subject
    if sender:
        message["From"] = sender
    if to:
        message["To"] = to
    message["X-Unsent"] = "1"  # Outlook and Thunderbird open it as a draft to send
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    return message


def export_eml(release: PressRelease, path: Path, *, narrow: bool = True) -> None:
    path.write_bytes(bytes(email_message(release)))
