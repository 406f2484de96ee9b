"""``exitplanner generate-archive OUT.zip --posts N …``: a synthetic X archive (tests, demos, benchmarks)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

HELP = QT_TRANSLATE_NOOP("cli", "Write a synthetic X archive of a fictional commune (for tests and demos)")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", help=QCoreApplication.translate("cli", "zip file to write"))
    parser.add_argument(
        "--posts", type=int, default=1000, help=QCoreApplication.translate("cli", "number of posts")
    )
    parser.add_argument(
        "--layout",
        choices=["modern", "legacy"],
        default="modern",
        help=QCoreApplication.translate("cli", "modern (tweets.js, manifest) or legacy (tweet.js)"),
    )
    parser.add_argument("--seed", type=int, default=0, help=QCoreApplication.translate("cli", "random seed"))
    parser.add_argument(
        "--parts",
        type=int,
        default=1,
        help=QCoreApplication.translate("cli", "number of tweets-partN.js files"),
    )
    parser.add_argument(
        "--media", type=int, default=0, help=QCoreApplication.translate("cli", "number of media files")
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=QCoreApplication.translate("cli", "overwrite the file if it exists"),
    )


def run(args: argparse.Namespace) -> int:
    from exitplanner.xarchive.generator import generate_archive

    out = Path(args.out)
    if args.posts < 0 or args.parts < 1 or args.media < 0:
        print(
            QCoreApplication.translate("cli", "Posts and media must be positive, parts at least 1."),
            file=sys.stderr,
        )
        return 2
    if out.exists() and not args.force:
        print(
            QCoreApplication.translate("cli", "%1 already exists (use --force to overwrite it).").replace(
                "%1", str(out)
            ),
            file=sys.stderr,
        )
        return 2
    if not out.parent.is_dir():
        print(
            QCoreApplication.translate("cli", "The folder %1 does not exist.").replace("%1", str(out.parent)),
            file=sys.stderr,
        )
        return 2
    made = generate_archive(
        out, args.posts, layout=args.layout, seed=args.seed, parts=args.parts, media=args.media
    )
    print(
        QCoreApplication.translate("cli", "%1 written: %2 posts, %3 media files.")
        .replace("%1", str(out))
        .replace("%2", str(args.posts))
        .replace("%3", str(made.media_files))
    )
    return 0
