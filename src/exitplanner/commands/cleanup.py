"""``exitplanner cleanup (PLAN | --demo) [--dry-run | --login | --run]``: the X clean-up without a screen.

``--dry-run`` (the default) reads the plan's imported X archive, applies the filters and prints the
selection, the duration at X's limits and the estimated cost; nothing is sent anywhere.
``--login --client-id ID`` connects the X account in the browser (OAuth 2.0 PKCE, loopback redirect)
and keeps the tokens in the system's password store. ``--run`` refuses unless the archive of record
of the account verifies (``exitplanner.record.gate``), then runs the deletion job with a progress
line; Ctrl+C stops it cleanly and running the same command again continues where it stopped.

Exit codes: 0 done, 1 the job stopped (login again, credits, refusals), 2 bad input or refused by
the gate, 130 interrupted.
"""

from __future__ import annotations

import argparse
import signal
import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from exitplanner.cleanup.selection import KINDS, Filters

HELP = QT_TRANSLATE_NOOP("cli", "Delete posts, reposts and likes on X: estimate (dry run), log in, run")


def configure(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("plan", nargs="?", help=QCoreApplication.translate("cli", "plan file"))
    source.add_argument("--demo", action="store_true",
                        help=QCoreApplication.translate("cli", "use the demo plan and its synthetic archive"))
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true",
                      help=QCoreApplication.translate("cli",
                                                      "show the selection, duration and cost (default)"))
    mode.add_argument("--login", action="store_true",
                      help=QCoreApplication.translate("cli", "connect the X account in the browser"))
    mode.add_argument("--run", action="store_true",
                      help=QCoreApplication.translate("cli", "run the deletion (resumes a stopped run)"))
    parser.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help=QCoreApplication.translate("cli", "only posts from this day on"))
    parser.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help=QCoreApplication.translate("cli", "only posts up to this day (included)"))
    parser.add_argument("--kind", choices=KINDS, action="append",
                        help=QCoreApplication.translate("cli", "only this kind of post (repeatable)"))
    parser.add_argument("--replies-only", action="store_true",
                        help=QCoreApplication.translate("cli", "only replies"))
    parser.add_argument("--reposts-only", action="store_true",
                        help=QCoreApplication.translate("cli", "only reposts"))
    parser.add_argument("--keep-top", type=int, default=0, metavar="N",
                        help=QCoreApplication.translate("cli",
                                                        "keep the N posts with the most likes and reposts"))
    parser.add_argument("--keep-ids", default="", metavar="ID,ID",
                        help=QCoreApplication.translate("cli", "post ids to keep, separated by commas"))
    parser.add_argument("--likes", action="store_true",
                        help=QCoreApplication.translate("cli", "also remove the likes listed in the archive"))
    parser.add_argument("--client-id", default="",
                        help=QCoreApplication.translate("cli", "client id of your X developer app (--login)"))
    parser.add_argument("--port", type=int, default=None,
                        help=QCoreApplication.translate("cli",
                                                        "loopback port of the redirect address (--login)"))
    parser.add_argument("--report-dir", default="",
                        help=QCoreApplication.translate("cli", "folder of the final report (default: the "
                                                        "archive of record)"))
    parser.add_argument("--yes", action="store_true",
                        help=QCoreApplication.translate("cli",
                                                        "confirm despite the archive of record's warning"))
    parser.add_argument("--api-base", default="", help=argparse.SUPPRESS)  # tests: the fake X API


def _error(message: str) -> None:
    sys.stdout.flush()
    print(message.replace("\n", " "), file=sys.stderr)


def _filters(args: argparse.Namespace) -> Filters:
    keep = {part.strip() for part in args.keep_ids.split(",") if part.strip()}
    return Filters(since=args.since, until=args.until, kinds=set(args.kind or ()),
                   keep_top=max(0, args.keep_top), keep_ids=keep, replies_only=args.replies_only,
                   reposts_only=args.reposts_only,
                   include_likes=args.likes)


def _load_plan(args: argparse.Namespace) -> Any:
    if args.demo:
        from exitplanner.plan.demo import demo_plan

        return demo_plan()
    from exitplanner.plan.storage import load_plan

    return load_plan(args.plan)


def _archive_path(plan: Any, demo: bool) -> Path | None:
    section = plan.sections.get("x_archive")
    path = section.get("path") if isinstance(section, dict) else None
    if path:
        return Path(path)
    if demo:
        from exitplanner.xarchive import demo_archive_path

        return demo_archive_path()
    return None


def run(args: argparse.Namespace) -> int:
    from exitplanner.cleanup.estimate import describe, estimate, format_count
    from exitplanner.cleanup.journal import ACTION_REPOST
    from exitplanner.cleanup.selection import protected_ids, select
    from exitplanner.plan.errors import PlanError
    from exitplanner.progress import Cancelled
    from exitplanner.xarchive import import_archive
    from exitplanner.xarchive.errors import XArchiveError

    try:
        plan = _load_plan(args)
        archive = _archive_path(plan, args.demo)
        if archive is None:
            _error(QCoreApplication.translate(
                "cli",
                "This plan has no imported X archive: import it in step 2 (or with exitplanner audit).",
            ))
            return 2
        result = import_archive(archive)
    except (PlanError, XArchiveError) as error:
        _error(str(error))
        return 2
    except (KeyboardInterrupt, Cancelled):
        _error(QCoreApplication.translate("cli", "Interrupted."))
        return 130

    username = result.account.username
    selection = select(result.posts, _filters(args), result.like_ids, protected_ids(plan.sections))
    counts = {action: selection.count(action) for action in ("post", "repost", "like")}
    unresolved = sum(1 for t in selection.targets if t.action == ACTION_REPOST and not t.source)
    print(QCoreApplication.translate("cli",
                                     "X account: @%1 — %2 posts in the archive, %3 kept by the filters")
          .replace("%1", username).replace("%2", format_count(selection.considered))
          .replace("%3", format_count(selection.kept_by_filter + selection.kept_top + selection.kept_ids)))
    for line in describe(estimate(counts, unresolved)):
        print(line)

    _previous_run(username)
    if args.login:
        return _login(args, username)
    if not args.run:
        print(QCoreApplication.translate("cli", "Dry run: nothing was sent to X."))
        return 0
    return _run(args, plan, username, selection.targets, result.account.account_id)


def _previous_run(username: str) -> None:
    """Where an earlier run of this account stands (the journal survives restarts and days)."""
    from exitplanner.cleanup.journal import Journal, journal_path

    path = journal_path(username)
    if not path.exists():
        return
    with Journal(path, exclusive=False) as journal:
        counts = journal.counts()
    print(QCoreApplication.translate("cli", "Journal of earlier runs: %1 deleted, %2 already gone, "
                                     "%3 failed, %4 still to do (they are kept; --run continues).")
          .replace("%1", str(counts["deleted"])).replace("%2", str(counts["already_gone"]))
          .replace("%3", str(counts["failed"])).replace("%4", str(counts["pending"] + counts["in_flight"])))


def _login(args: argparse.Namespace, username: str) -> int:
    import webbrowser

    from exitplanner.networks.errors import NetworkError
    from exitplanner.networks.x import DEFAULT_API_BASE, DEFAULT_REDIRECT_PORT, TokenKeeper, XClient, XOAuth
    from exitplanner.progress import Cancelled
    from exitplanner.secrets import CredentialStore

    if not args.client_id:
        _error(QCoreApplication.translate("cli",
                                          "Give the client id of your X developer app with --client-id."))
        return 2
    port = args.port or DEFAULT_REDIRECT_PORT
    print(QCoreApplication.translate("cli", "The redirect address registered in your X app must be "
                                     "http://127.0.0.1:%1/callback. Your browser opens now.")
          .replace("%1", str(port)))
    try:
        oauth = XOAuth(args.client_id, api_base=args.api_base or DEFAULT_API_BASE)
        tokens = oauth.authorize(webbrowser.open, port=port)
        keeper = TokenKeeper(oauth, tokens)
        with XClient(keeper, api_base=args.api_base or DEFAULT_API_BASE) as client:
            user = client.me()
    except NetworkError as error:
        _error(error.message)
        return 1
    except (KeyboardInterrupt, Cancelled):
        _error(QCoreApplication.translate("cli", "Interrupted."))
        return 130
    if user.username.casefold() != username.casefold():
        _error(QCoreApplication.translate("cli", "You logged in as @%1 but the archive is of @%2: log in "
                                          "with the account of the archive.").replace("%1", user.username)
               .replace("%2", username))
        return 2
    store = CredentialStore()
    keeper.save_as(store, user.username)
    if store.problem is not None:
        _error(store.problem.message)
    print(QCoreApplication.translate("cli", "Connected as @%1.").replace("%1", user.username))
    return 0


def gate_for(plan: Any):
    from exitplanner.cleanup.gate import gate_for_plan

    return gate_for_plan(plan)


def _run(args: argparse.Namespace, plan: Any, username: str, targets: list, account_id: str) -> int:
    from exitplanner import paths
    from exitplanner.cleanup.job import DeletionJob, JobRefused, JobStopped
    from exitplanner.cleanup.journal import Journal, JournalBusy, journal_path
    from exitplanner.networks.errors import NetworkError
    from exitplanner.networks.x import DEFAULT_API_BASE, TokenKeeper, XClient
    from exitplanner.progress import Cancelled, Progress
    from exitplanner.secrets import CredentialStore

    gate = gate_for(plan)
    verdict = gate()
    if not verdict.ok:
        _error(verdict.message)
        return 2
    print(verdict.message)
    if verdict.warning:
        _error(verdict.warning)
        if not args.yes:
            _error(QCoreApplication.translate("cli", "Add --yes to confirm and start the deletion anyway."))
            return 2
    api_base = args.api_base or DEFAULT_API_BASE
    try:
        keeper = TokenKeeper.load(CredentialStore(), username, api_base=api_base)
    except NetworkError:
        _error(QCoreApplication.translate("cli", "The X account @%1 is not connected: run this command with "
                                          "--login --client-id ID first.").replace("%1", username))
        return 1
    record = plan.sections.get("record")
    folder = args.report_dir or (record.get("folder") if isinstance(record, dict) else "") or str(
        paths.user_data_dir() / "cleanup")

    def line(done: int, total: int, message: str) -> None:
        print(f"\r[{done}/{total}] {message}\033[K", end="", file=sys.stderr, flush=True)

    progress = Progress(line)
    previous = signal.signal(signal.SIGINT, lambda *_: progress.cancel())
    try:
        with XClient(keeper, api_base=api_base) as client, Journal(journal_path(username)) as journal:
            journal.withdraw(targets)  # a narrower choice than an earlier run: its leftovers stay on X
            journal.add(targets)
            job = DeletionJob(client, journal, gate=lambda: verdict, progress=progress, report_dir=folder,
                              account=username, account_id=account_id or None)
            status = job.run()
    except (JobRefused, JournalBusy) as error:
        _error(error.message)
        return 2
    except JobStopped as error:
        print(file=sys.stderr)
        _error(error.message)
        return 1
    except Cancelled:
        print(file=sys.stderr)
        _error(QCoreApplication.translate("cli", "Stopped. Run the same command again to continue."))
        return 130
    finally:
        signal.signal(signal.SIGINT, previous)
    print(file=sys.stderr)
    print(QCoreApplication.translate("cli", "Finished: %1 deleted, %2 already gone, %3 failed. Report: %4")
          .replace("%1", str(status.counts.get("deleted", 0)))
          .replace("%2", str(status.counts.get("already_gone", 0)))
          .replace("%3", str(status.counts.get("failed", 0))).replace("%4", str(status.report)))
    return 0
