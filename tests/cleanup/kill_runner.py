"""Child process of the kill test: run the deletion job on a journal against the fake X API, until killed.

    python kill_runner.py BASE_URL ACCESS_TOKEN CLIENT_ID JOURNAL

Prints ``ready`` once imports are done, so that the test's random kills land in the run, not in
Python's start-up.
"""

from __future__ import annotations

import sys


def main() -> int:
    from exitplanner.cleanup.clock import SystemClock
    from exitplanner.cleanup.gate import GateResult
    from exitplanner.cleanup.job import DeletionJob, JobSettings
    from exitplanner.cleanup.journal import Journal
    from exitplanner.networks.x import TokenKeeper, Tokens, XClient, XOAuth

    base_url, token, client_id, journal_path = sys.argv[1:5]
    keeper = TokenKeeper(XOAuth(client_id, api_base=base_url), Tokens(token, None, 4e9, client_id))
    settings = JobSettings(margin=0.01, backoff_base=0.01, backoff_cap=0.05, slice=0.05)
    with XClient(keeper, api_base=base_url, timeout=2.0) as client, Journal(journal_path) as journal:
        print("ready", flush=True)
        DeletionJob(client, journal, lambda: GateResult(True, "test"), clock=SystemClock(),
                    settings=settings).run()
    print("finished", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
