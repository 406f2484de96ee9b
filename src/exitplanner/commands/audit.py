"""``exitplanner audit ARCHIVE [--json]``: the step 2 audit without a screen.

Readable French text by default (numbers grouped with U+202F, like the GUI), or the JSON the
plan stores (``--json``) plus the archive's path and SHA-256. Bad input: one translated line on
stderr and exit code 2; interrupted: 130.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from exitplanner.progress import Cancelled

HELP = QT_TRANSLATE_NOOP("cli", "Audit an X archive (the zip downloaded from X, or its extracted folder)")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "archive",
        help=QCoreApplication.translate("cli", "the X archive zip, or the folder it was extracted to"),
    )
    parser.add_argument(
        "--json", action="store_true", help=QCoreApplication.translate("cli", "print the audit as JSON")
    )


def run(args: argparse.Namespace) -> int:
    from exitplanner.xarchive import audit, audit_to_json, import_archive, sha256_file
    from exitplanner.xarchive.errors import XArchiveError

    try:
        result = import_archive(args.archive)
        report = audit(result)
        archive = {
            "path": str(result.path),
            "sha256": sha256_file(result.path) if result.path.is_file() else None,
        }
    except XArchiveError as error:
        print(str(error).replace("\n", " "), file=sys.stderr)
        return 2
    except (KeyboardInterrupt, Cancelled):
        print(QCoreApplication.translate("cli", "Interrupted."), file=sys.stderr)
        return 130
    _utf8_stdout()
    if args.json:
        data = audit_to_json(report)
        data["archive"] = archive
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text_report(report, archive))
    return 0


def _utf8_stdout() -> None:
    """Emoji and accents in posts must not crash a Windows console with a legacy code page."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")


def text_report(report, archive: dict) -> str:
    from exitplanner.xarchive.audit import format_count, reconciliation_differences

    def line(label: str, value: object) -> str:
        return f"{label}\u00a0: {value}\n"

    counts = report.counts
    out = []
    account = report.account
    out.append(
        QCoreApplication.translate("XArchiveAuditText", "X archive audit of @%1").replace(
            "%1", account["username"]
        )
        + "\n\n"
    )
    out.append(
        line(
            QCoreApplication.translate("XArchiveAuditText", "Account"),
            f"@{account['username']} ({account['display_name']}), id {account['account_id']}",
        )
    )
    out.append(line(QCoreApplication.translate("XArchiveAuditText", "Created"), account["created_at"] or "—"))
    out.append(line(QCoreApplication.translate("XArchiveAuditText", "Archive"), archive["path"]))
    if archive.get("sha256"):
        out.append(line("SHA-256", archive["sha256"]))
    out.append("\n")
    labels = [
        ("posts", QCoreApplication.translate("XArchiveAuditText", "Posts (reposts included)")),
        ("originals", QCoreApplication.translate("XArchiveAuditText", "Original posts")),
        ("replies", QCoreApplication.translate("XArchiveAuditText", "Replies")),
        ("reposts", QCoreApplication.translate("XArchiveAuditText", "Reposts")),
        ("quotes", QCoreApplication.translate("XArchiveAuditText", "Quotes")),
        ("with_media", QCoreApplication.translate("XArchiveAuditText", "Posts with media")),
        ("long_posts", QCoreApplication.translate("XArchiveAuditText", "Long posts")),
        ("likes", QCoreApplication.translate("XArchiveAuditText", "Likes")),
        ("followers", QCoreApplication.translate("XArchiveAuditText", "Followers")),
        ("following", QCoreApplication.translate("XArchiveAuditText", "Following")),
        ("deleted_posts", QCoreApplication.translate("XArchiveAuditText", "Deleted posts kept by X")),
        ("dm_conversations", QCoreApplication.translate("XArchiveAuditText", "Direct message conversations")),
    ]
    for key, label in labels:
        out.append(line(label, format_count(counts[key])))
    out.append(line(QCoreApplication.translate("XArchiveAuditText", "First post"), report.first_post or "—"))
    out.append(line(QCoreApplication.translate("XArchiveAuditText", "Last post"), report.last_post or "—"))
    media = report.media
    out.append(
        line(
            QCoreApplication.translate("XArchiveAuditText", "Media files"),
            QCoreApplication.translate("XArchiveAuditText", "%1 (%2 bytes)")
            .replace("%1", format_count(media["files"]))
            .replace("%2", format_count(media["bytes"])),
        )
    )
    if report.hashtags:
        out.append(
            line(
                QCoreApplication.translate("XArchiveAuditText", "Most used hashtags"),
                ", ".join(f"{tag} ({format_count(n)})" for tag, n in report.hashtags[:8]),
            )
        )
    if report.mentions:
        out.append(
            line(
                QCoreApplication.translate("XArchiveAuditText", "Most mentioned accounts"),
                ", ".join(f"{handle} ({format_count(n)})" for handle, n in report.mentions[:8]),
            )
        )
    if report.top_posts:
        out.append(
            "\n"
            + QCoreApplication.translate("XArchiveAuditText", "Most engaging posts (likes + reposts):")
            + "\n"
        )
        for post in report.top_posts[:5]:
            text = " ".join(post.text.split())[:90]
            out.append(f"  {format_count(post.likes + post.reposts):>7}  {post.created_at[:10]}  {text}\n")
    if report.connected_apps:
        out.append("\n" + QCoreApplication.translate("XArchiveAuditText", "Connected applications:") + "\n")
        for app in report.connected_apps:
            out.append(f"  - {app['name']} ({', '.join(app['permissions'])})\n")
    out.append("\n" + QCoreApplication.translate("XArchiveAuditText", "Security:") + "\n")
    for finding in report.security:
        out.append(f"  {'!' if finding.severity == 'warning' else '-'} {finding.message}\n")
    out.append("\n" + QCoreApplication.translate("XArchiveAuditText", "Not in the archive:") + "\n")
    for finding in report.not_contained:
        out.append(f"  - {finding.message}\n")
    if report.warnings:
        out.append("\n" + QCoreApplication.translate("XArchiveAuditText", "Warnings:") + "\n")
        for warning in report.warnings:
            out.append(f"  ! {warning}\n")
    differences = reconciliation_differences(report)
    out.append("\n")
    if differences:
        out.append(
            QCoreApplication.translate(
                "XArchiveAuditText", "Reconciliation: the archive does not match its manifest:"
            )
            + "\n"
        )
        for key, expected, read in differences:
            out.append(
                "  "
                + QCoreApplication.translate("XArchiveAuditText", "%1: %2 announced, %3 read")
                .replace("%1", key)
                .replace("%2", format_count(expected or 0))
                .replace("%3", format_count(read))
                + "\n"
            )
    elif any(entry["expected"] is not None for entry in report.reconciliation.values()):
        out.append(
            QCoreApplication.translate(
                "XArchiveAuditText", "Reconciliation: every count matches the archive's manifest."
            )
            + "\n"
        )
    else:
        out.append(
            QCoreApplication.translate(
                "XArchiveAuditText", "Reconciliation: this older archive has no manifest to check against."
            )
            + "\n"
        )
    return "".join(out)
