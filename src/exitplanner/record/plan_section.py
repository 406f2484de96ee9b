"""What the plan keeps about the archive of record: ``plan.sections["record"]`` (plain JSON).

Keys: ``folder`` (absolute path), ``tagmanifest_sha256`` (identifies the bag: any change to any
file changes a manifest, hence this hash), ``original_sha256``, ``created_at``, ``account``
(``username``, ``account_id``), ``posts``, ``media_files``, ``payload_bytes``, ``verified_at``
(ISO time of the last *successful full* verification, empty otherwise), ``last_check``
(``at``, ``ok``, ``problems``: the last verification whatever its outcome) and ``visa``
(``date``, ``reference``, ``scan``) of the Archives départementales, typed by the user.
The gate (:mod:`record.gate`) and the step 3 model read the same keys through these helpers.
"""

from __future__ import annotations

from typing import Any

from exitplanner.plan.model import Plan, now_iso

SECTION = "record"
X_ARCHIVE_SECTION = "x_archive"


def section(plan: Plan) -> dict[str, Any]:
    data = plan.sections.get(SECTION)
    return data if isinstance(data, dict) else {}


def _writable(plan: Plan) -> dict[str, Any]:
    data = plan.sections.get(SECTION)
    if not isinstance(data, dict):
        data = {}
        plan.sections[SECTION] = data
    return data


def x_archive(plan: Plan) -> dict[str, Any]:
    data = plan.sections.get(X_ARCHIVE_SECTION)
    return data if isinstance(data, dict) else {}


def x_account(plan: Plan) -> dict[str, str]:
    """``username`` and ``account_id`` of the plan's imported X archive (empty strings when unknown)."""
    account = (x_archive(plan).get("summary") or {}).get("account") or {}
    return {"username": str(account.get("username") or ""),
            "account_id": str(account.get("account_id") or "")}


def same_account(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """By account id when both have one (usernames change), else by username (case-insensitive)."""
    if a.get("account_id") and b.get("account_id"):
        return str(a["account_id"]) == str(b["account_id"])
    if a.get("username") and b.get("username"):
        return str(a["username"]).casefold() == str(b["username"]).casefold()
    return False


def store_export(plan: Plan, result: Any) -> None:
    """Record a finished export (a :class:`record.export.RecordResult`); the visa is kept."""
    data = _writable(plan)
    visa = data.get("visa")
    data.clear()
    data.update({
        "folder": str(result.folder),
        "tagmanifest_sha256": result.tagmanifest_sha256,
        "original_sha256": result.original_sha256,
        "created_at": result.created_at,
        "account": {"username": result.username, "account_id": result.account_id},
        "posts": result.posts,
        "media_files": result.media_files,
        "payload_bytes": result.payload_bytes,
        "verified_at": "",
        "last_check": {},
    })
    if isinstance(visa, dict):
        data["visa"] = visa


def store_verification(plan: Plan, report: Any, when: str | None = None) -> bool:
    """Record a verification (:class:`record.verify.VerifyReport`); True when it counts as successful.

    Success needs a full check without problems *of the recorded bag* (same tag manifest hash).
    """
    data = _writable(plan)
    when = when or now_iso()
    same_bag = bool(report.tagmanifest_sha256) and report.tagmanifest_sha256 == data.get("tagmanifest_sha256")
    success = report.ok and report.full and same_bag
    problems = len(report.problems()) + (0 if same_bag else 1)
    data["last_check"] = {"at": when, "ok": success, "problems": problems}
    if success:
        data["verified_at"] = when
    return success


def visa(plan: Plan) -> dict[str, str]:
    raw = section(plan).get("visa") or {}
    return {key: str(raw.get(key) or "") for key in ("date", "reference", "scan")}


def set_visa(plan: Plan, date: str, reference: str, scan: str) -> None:
    _writable(plan)["visa"] = {"date": date.strip(), "reference": reference.strip(), "scan": scan.strip()}


def has_visa(plan: Plan) -> bool:
    current = visa(plan)
    return bool(current["date"] and current["reference"])
