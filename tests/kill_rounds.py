"""Kill a saving process at random moments; no save it reported done may be lost."""

from __future__ import annotations

import multiprocessing
import random
import secrets
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

# The product imports these on its first save, lazily; imported here, the forkserver
# holds them and no round pays for them again (~0.15 CPU-s a round, in a child the
# CPU-per-test plugin cannot see).
import cryptography.exceptions
import cryptography.hazmat.primitives.ciphers.aead
import cryptography.hazmat.primitives.kdf.scrypt  # noqa: F401
import filelock  # noqa: F401

from coach.crypto import PLAIN, KdfParams, Sealer
from coach.journal import Journal
from coach.log_storage import LogStorage
from coach.model import Entry, Stage

# Each round forks from a server that has already imported coach: a fresh Python per round
# spent most of these tests' minute starting up, not saving.
FORKS = multiprocessing.get_context("forkserver")
FORKS.set_forkserver_preload([__name__])

# The cheapest key settings a header may carry: the tests are about the saves, and deriving
# the full-cost key in every round cost more than all the saves together.
CHEAP_KEY = KdfParams(log_n=10)


def kill_at_random_moments(
    work: Callable[..., None],
    args: tuple[object, ...],
    saved_ids: Callable[[], list[str]],
    *,
    rounds: int,
    seed: int,
    longest_pause: float,
) -> None:
    """Start `work(*args, report)` each round, kill it after its first report, check the disk.

    `work` sends the id of each save that returned; every one of them must be on disk after
    the kill, and no id may be there twice.
    """
    rng = random.Random(seed)
    confirmed: set[str] = set()
    for round_ in range(rounds):
        reader, report = FORKS.Pipe(duplex=False)
        worker = FORKS.Process(target=work, args=(*args, report), daemon=True)
        worker.start()
        report.close()  # the worker's copy is the only writer left, so its death ends the pipe
        confirmed.add(reader.recv_bytes().decode())  # at least one save
        time.sleep(rng.uniform(0, longest_pause))
        worker.kill()
        worker.join()
        confirmed.update(everything_left(reader))
        on_disk = saved_ids()
        missing = confirmed - set(on_disk)
        assert not missing, f"round {round_}: saves that returned are gone: {missing}"
        assert len(on_disk) == len(set(on_disk)), f"round {round_}: an entry is there twice"


def everything_left(reader: Connection) -> list[str]:
    """The ids still in the pipe after the worker died."""
    left = []
    while True:
        try:
            left.append(reader.recv_bytes().decode())
        except EOFError:
            reader.close()
            return left


def save_forever(path: Path, passphrase: str | None, report: Connection) -> None:
    """Add entries to a whole-file journal (sealed when given a passphrase) until killed."""
    codec = Sealer(passphrase, CHEAP_KEY) if passphrase else PLAIN
    add_until_killed(Journal.open(path, codec=codec), report)


def append_forever(path: Path, report: Connection) -> None:
    """Add entries to a journal that appends every save to its log and folds often."""
    add_until_killed(Journal(LogStorage(path, append_over=0, fold_at=0.3)), report)


def add_until_killed(journal: Journal, report: Connection) -> None:
    """Add big entries one after another, reporting each id once its save has returned."""
    n = 0
    while True:
        entry = journal.add(Entry(company="x" * 500 + str(n), stage=Stage.FINAL))
        report.send_bytes(entry.id.encode())
        n += 1


def import_forever(path: Path, report: Connection) -> None:
    """Import one entry at a time, as `coach import` does, each through a fresh journal."""
    name = secrets.token_hex(4)  # each round's entries are new, never twins of the last's
    for n in range(1000):
        storage = LogStorage(path, append_over=0, fold_at=1000.0, lock_timeout=60)
        journal = Journal(storage, check_now=False)
        result = journal.import_entries([Entry(company=f"{name}-{n}", stage=Stage.NO_REPLY)])
        assert result.added, "an import went the long way or found a twin"
        report.send_bytes(result.added[0].id.encode())
