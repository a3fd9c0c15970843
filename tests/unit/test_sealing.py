"""`coach encrypt`, `decrypt` and `passphrase`: nothing readable left, nothing changed on a miss."""

from __future__ import annotations

import base64
import binascii
import json
import os
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest

from coach import cli_unlocking
from coach.cli import main
from coach.crypto import PASSPHRASE_ENV, Sealer, file_is_sealed
from coach.files import write_atomically
from coach.half_sealed import half_sealed
from coach.journal import Journal
from coach.paths import locate
from coach.unsaved import UnsavedStore
from coach.unsaved_aside import aside_notes
from coach.walk import WalkState
from tests.conftest import make_entry

ROOT = Path(__file__).resolve().parents[2]
COMPANY = "Zanzibarco Holdings"
VENT = "furious with Quillfeather today"
SECRETS = (COMPANY, VENT, "Mossgrove Analytics", "the walk vent about Ternwick")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def spellings(secret: str) -> list[bytes]:
    """The secret in every form a file could plausibly hold it."""
    found: list[bytes] = []
    for text in {secret, secret.lower(), secret.upper()}:
        raw = text.encode()
        found += [text.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]
        found += [text.encode("utf-32-le"), text.encode("utf-32-be")]
        found += [binascii.hexlify(raw), binascii.hexlify(raw).upper()]
        found.append(json.dumps(text, ensure_ascii=True).encode().replace(b" ", b"\\u0020"))
        found.append(urllib.parse.quote(text).encode())
        for shift in range(3):  # base64 at every alignment, edges trimmed
            for encode in (base64.b64encode, base64.urlsafe_b64encode):
                found.append(encode(b"\0" * shift + raw)[4:-4])
        found.append(base64.b32encode(raw)[:-8])
    return [form for form in found if len(form) >= 8]


def leaks(folder: Path) -> list[str]:
    problems = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        content = path.read_bytes()
        for secret in SECRETS:
            for form in spellings(secret):
                if form in content:
                    problems.append(f"{path.name} holds {secret!r} as {form[:20]!r}")
    return problems


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def filled_folder(folder: Path) -> Path:
    """A data folder with a journal, its backup, a conflict copy and walk autosaves."""
    places = locate(folder)
    journal = Journal.open(places.journal)
    journal.add(make_entry(COMPANY, private_note=VENT))
    # A hand edit, then a save: coach keeps its own version as a conflict copy.
    data = json.loads(places.journal.read_text())
    for record in data["entries"].values():
        record["notes"] = "edited by a sync tool"
    places.journal.write_text(json.dumps(data))
    journal.add(make_entry("Mossgrove Analytics"))
    assert journal.conflict_copies
    state = WalkState(company=COMPANY, vent="the walk vent about Ternwick", keep_vent=True)
    state.draft = f"Dear team at {COMPANY}"
    store = UnsavedStore(places.data_dir)  # a coach that stopped mid-walk
    store.open()
    store.put("walk", state.to_record(), kind="walk")
    store.close()
    write_atomically(places.walk.with_name("walk.json.damaged"), f"{{{VENT}".encode())
    assert leaks(folder)  # the test can fail: the plain folder leaks everywhere
    return folder


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return filled_folder(tmp_path / "data")


def test_after_encrypt_no_file_holds_entry_text_in_any_encoding(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "a long passphrase")
    # A dead coach's temp file may hold plain text too.
    (folder / ".journal.json.tmp-dead").write_bytes(COMPANY.encode())
    damaged = folder / "walk.json.damaged"
    typed = damaged.read_bytes()
    code, out, err = run(capsys, "--data-dir", str(folder), "encrypt")
    assert code == 0, err
    assert "Encrypted 5 files" in out
    assert leaks(folder) == []
    for name in ("journal.json", "journal.json.bak", "walk.json.damaged"):
        assert file_is_sealed(folder / name)
    assert all(file_is_sealed(path) for path in folder.glob("unsaved-*.json"))
    # rv28: the damaged plain autosave, sealed, was said to be offered back once it
    # opened with the journal's passphrase; it opens, and never reads as typing.
    said = " ".join(out.split())
    assert f"Encrypted {damaged} with the rest: typing coach set aside earlier" in said
    assert Sealer("a long passphrase").decode(damaged.read_bytes()) == typed
    (note,) = aside_notes(folder, folder / "journal.json")
    assert "encrypted with the journal's passphrase but damaged, so coach cannot" in note
    assert "offers it back" not in note and "`coach decrypt` makes it plain text" in note
    located = " ".join(run(capsys, "--data-dir", str(folder), "locate")[1].split())
    assert f"set aside: {note}" in located
    code, out, err = run(capsys, "--data-dir", str(folder), "list")
    assert code == 0 and COMPANY in out and "Mossgrove" in out


def test_encrypt_uses_the_variable_without_asking(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_asking(prompt: str, no_terminal: str | None = None) -> str:
        raise AssertionError(f"asked {prompt!r}")

    monkeypatch.setattr(cli_unlocking, "read_hidden", no_asking)
    monkeypatch.setenv(PASSPHRASE_ENV, "from the environment")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    journal = Journal.open(folder / "journal.json", codec=Sealer("from the environment"))
    assert {e.company for e in journal.entries()} == {COMPANY, "Mossgrove Analytics"}


def test_encrypt_asks_twice_and_a_mismatch_changes_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    answers = iter(["first try", "first tyr"])
    prompts: list[str] = []

    def typed(prompt: str, no_terminal: str | None = None) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(cli_unlocking, "read_hidden", typed)
    before = snapshot(folder)
    code, _, err = run(capsys, "--data-dir", str(folder), "encrypt")
    assert code == 1 and "not the same" in err and "nothing was changed" in err
    assert len(prompts) == 2
    assert snapshot(folder) == before


def test_decrypt_asks_once_checks_it_first_and_allows_three_tries(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "the right one")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    monkeypatch.delenv(PASSPHRASE_ENV)
    answers = iter(["a", "b", "c", "never asked"])
    prompts: list[str] = []

    def typed(prompt: str, no_terminal: str | None = None) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(cli_unlocking, "read_hidden", typed)
    before = snapshot(folder)
    code, _, err = run(capsys, "--data-dir", str(folder), "decrypt")
    assert code == 1 and "wrong 3 times" in err and "nothing was changed" in err
    assert prompts == ["Passphrase for the journal: "] * 3
    assert snapshot(folder) == before
    answers = iter(["the right oen", "the right one", "never asked"])
    prompts.clear()
    code, _, err = run(capsys, "--data-dir", str(folder), "decrypt")
    assert code == 0 and "Try again (2 more tries)" in err
    assert len(prompts) == 2  # the slip, then the right one: never asked twice over
    assert not file_is_sealed(folder / "journal.json")


def test_passphrase_checks_the_current_one_before_asking_for_a_new_one(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "the old one")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    monkeypatch.delenv(PASSPHRASE_ENV)
    answers = iter(["nope", "nope", "nope", "never asked"])
    prompts: list[str] = []

    def typed(prompt: str, no_terminal: str | None = None) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(cli_unlocking, "read_hidden", typed)
    before = snapshot(folder)
    code, _, err = run(capsys, "--data-dir", str(folder), "passphrase")
    assert code == 1 and "wrong 3 times" in err and "nothing was changed" in err
    assert prompts == ["Current passphrase: "] * 3  # never a new one typed for nothing
    assert snapshot(folder) == before
    answers = iter(["nope", "the old one", "the new one", "the new one"])
    prompts.clear()
    code, _, err = run(capsys, "--data-dir", str(folder), "passphrase")
    assert code == 0 and "Try again (2 more tries)" in err
    assert prompts[2:] == ["New passphrase: ", "The same passphrase again: "]
    journal = Journal.open(folder / "journal.json", codec=Sealer("the new one"))
    assert COMPANY in {e.company for e in journal.entries()}


def test_without_a_terminal_or_variable_coach_says_how(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    monkeypatch.delenv(PASSPHRASE_ENV)
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115
    code, _, err = run(capsys, "--data-dir", str(folder), "list")
    assert code == 1 and PASSPHRASE_ENV in err and "Traceback" not in err


@pytest.mark.parametrize(
    "command",
    [["list"], ["show", "x"], ["export"], ["stats"], ["decrypt"], ["passphrase"], ["encrypt"]],
)
def test_a_wrong_passphrase_exits_non_zero_with_the_bytes_untouched(
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "the right one")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    before = snapshot(folder)
    monkeypatch.setenv(PASSPHRASE_ENV, "the wrong one")
    monkeypatch.setenv("COACH_NEW_PASSPHRASE", "another")
    code, out, err = run(capsys, "--data-dir", str(folder), *command)
    assert code == 1
    assert "passphrase is wrong" in err and "The file was left as it was" in err
    assert "has not been changed" not in err  # read as "your passphrase was not changed" (rv49)
    assert COMPANY not in out
    assert snapshot(folder) == before


def test_a_wrong_passphrase_in_the_variable_stops_the_app_before_any_screen(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.app import App

    monkeypatch.setenv(PASSPHRASE_ENV, "the right one")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    before = snapshot(folder)
    screens_shown: list[object] = []
    monkeypatch.setattr(App, "run", lambda self, *a, **k: screens_shown.append(self))
    monkeypatch.setenv(PASSPHRASE_ENV, "the wrong one")
    code, out, err = run(capsys, "--data-dir", str(folder))
    assert code != 0
    assert screens_shown == []  # no screen with nobody able to fix the passphrase
    assert PASSPHRASE_ENV in err and "does not open the journal" in err
    assert "Traceback" not in err and COMPANY not in out + err
    assert snapshot(folder) == before


def test_encrypt_refuses_while_another_coach_runs_and_changes_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    running = UnsavedStore(folder)  # a coach open on this folder, mid-typing
    running.open()
    running.put("profile", {"name": COMPANY}, kind="profile")
    running.flush()
    before = snapshot(folder)
    monkeypatch.setenv(PASSPHRASE_ENV, "a long passphrase")
    code, _, err = run(capsys, "--data-dir", str(folder), "encrypt")
    assert code == 1
    assert "Another coach is running" in err and "Close the other coach first" in err
    assert snapshot(folder) == before  # its live autosave was not sealed under it
    running.close()
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    assert leaks(folder) == []


def test_decrypt_brings_back_plain_files(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = Journal.open(folder / "journal.json").entries()
    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(folder), "decrypt")
    assert code == 0 and "plain text again" in out
    assert not any(file_is_sealed(p) for p in folder.iterdir() if p.is_file())
    monkeypatch.delenv(PASSPHRASE_ENV)
    assert Journal.open(folder / "journal.json").entries() == plain
    [leftover], _ = UnsavedStore(folder).leftovers()
    assert leftover.surfaces["walk"]["values"]["company"] == COMPANY
    code, out, _ = run(capsys, "--data-dir", str(folder), "decrypt")
    assert code == 0 and "not encrypted" in out


@pytest.mark.parametrize("command", ["decrypt", "passphrase"])
def test_a_later_file_no_passphrase_opens_is_named_before_anything_changes(
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    # fz13: decrypt made the journal plain, then stopped at a later file, blaming the passphrase.
    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    monkeypatch.setenv("COACH_NEW_PASSPHRASE", "new")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    other = folder / "journal.json.conflict-older"  # sealed under a passphrase since changed
    write_atomically(other, Sealer("older").encode(b"{}"))
    before = snapshot(folder)
    code, _, err = run(capsys, "--data-dir", str(folder), command)
    assert code == 1 and snapshot(folder) == before
    said = " ".join(err.split())
    assert f"{other} is sealed with another passphrase than the one given" in said
    assert "Nothing was changed" in said and f"Move {other.name} out" in said
    # A damaged one: its own trouble is named, not the passphrase.
    cut = folder / "journal.json.bak"
    cut.write_bytes(cut.read_bytes()[:-5])
    other.unlink()
    before = snapshot(folder)
    code, _, err = run(capsys, "--data-dir", str(folder), command)
    assert code == 1 and snapshot(folder) == before
    assert f"Cannot open {cut}: it is damaged" in " ".join(err.split())
    cut.unlink()
    assert run(capsys, "--data-dir", str(folder), command)[0] == 0


@pytest.mark.parametrize("command", ["decrypt", "passphrase"])
def test_typing_set_aside_that_no_passphrase_opens_is_kept_and_named_not_refused(
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    # rv24: a set-aside autosave under an older passphrase (or damaged) stopped every
    # decrypt and passphrase change with "move it out"; it is not the journal.
    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    monkeypatch.setenv("COACH_NEW_PASSPHRASE", "new")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    older = folder / "walk.json.damaged"
    write_atomically(older, Sealer("older").encode(b'{"vent": "kept"}'))
    cut = folder / "unsaved-1a2b.json.damaged"
    cut.write_bytes(Sealer("pw").encode(b"{}")[:-5])
    kept = {path: path.read_bytes() for path in (older, cut)}
    code, out, err = run(capsys, "--data-dir", str(folder), command)
    assert code == 0, err
    said = " ".join(out.split())
    journal = folder / "journal.json"
    if command == "passphrase":
        assert Sealer("new").decode(journal.read_bytes())
        for path, raw in kept.items():
            assert path.read_bytes() == raw
            assert f"Left {path.name} as it was: typing coach set aside earlier" in said
    else:
        # Sealed beside a plain journal it would read as an encrypt stopped part way,
        # so a decrypt renames it, as `encrypt --set-aside-sealed` would; never deletes.
        assert not file_is_sealed(journal) and not half_sealed(locate(folder))
        for path, raw in kept.items():
            (moved,) = folder.glob(f"sealed-aside-*-{path.name}")
            assert moved.read_bytes() == raw and not path.exists()
            assert f"Renamed {path.name} to {moved.name} (still sealed" in said
            # rv28: home and `coach locate` named it no more once renamed.
            (note,) = [note for note in aside_notes(folder) if str(moved) in note]
            assert f"rename the file back to {path.name}" in note, note


def test_a_new_passphrase_replaces_the_old_on_every_file(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "old")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    monkeypatch.setenv("COACH_NEW_PASSPHRASE", "new")
    code, _out, err = run(capsys, "--data-dir", str(folder), "passphrase")
    assert code == 0, err
    monkeypatch.setenv(PASSPHRASE_ENV, "old")
    assert run(capsys, "--data-dir", str(folder), "list")[0] == 1
    monkeypatch.setenv(PASSPHRASE_ENV, "new")
    assert run(capsys, "--data-dir", str(folder), "list")[0] == 0
    new = Sealer("new")
    for name in ("journal.json.bak", "walk.json.damaged"):
        new.decode((folder / name).read_bytes())
    [leftover], _ = UnsavedStore(folder, codec=new).leftovers()
    assert leftover.surfaces["walk"]["values"]["company"] == COMPANY


def test_the_same_passphrase_again_is_not_called_a_change(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "same")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    before = (folder / "journal.json").read_bytes()
    monkeypatch.setenv("COACH_NEW_PASSPHRASE", "same")
    code, out, err = run(capsys, "--data-dir", str(folder), "passphrase")
    assert code == 1 and "changed" not in out
    assert "same as the current one, so nothing was changed" in err
    assert (folder / "journal.json").read_bytes() == before


def test_an_interrupted_encrypt_finishes_when_run_again(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    sealer = Sealer("pw")
    # As if killed after the walk autosave: it is sealed, the journal not yet.
    [walk] = folder.glob("unsaved-*.json")
    write_atomically(walk, sealer.encode(walk.read_bytes()))
    code, _out, err = run(capsys, "--data-dir", str(folder), "encrypt")
    assert code == 0, err
    assert leaks(folder) == []


def test_an_encrypted_journal_moved_to_another_machine_opens_with_the_passphrase(
    folder: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "travelling")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    # Another machine: a fresh home, no config, no keyring, only the journal file.
    elsewhere = tmp_path / "other-machine"
    fresh = elsewhere / "journal-copy"
    fresh.mkdir(parents=True)
    shutil.copy2(folder / "journal.json", fresh / "journal.json")
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(elsewhere),
        "XDG_CONFIG_HOME": str(elsewhere / ".config"),
        "XDG_DATA_HOME": str(elsewhere / ".local"),
        PASSPHRASE_ENV: "travelling",
    }
    listed = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(fresh), "list"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert listed.returncode == 0, listed.stderr
    assert COMPANY in listed.stdout and "Mossgrove Analytics" in listed.stdout


def test_encrypt_names_plain_files_it_does_not_own(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = folder / "drafts" / "reply.txt"
    saved.parent.mkdir()
    saved.write_text(f"Dear {COMPANY}")
    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    code, _, err = run(capsys, "--data-dir", str(folder), "encrypt")
    assert code == 0
    assert str(saved) in err and "plain text" in err


def test_a_fresh_folder_can_start_encrypted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    folder = tmp_path / "new"
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    assert file_is_sealed(folder / "journal.json")
    journal = Journal.open(folder / "journal.json", codec=Sealer("pw"))
    journal.add(make_entry("After"))
    assert file_is_sealed(folder / "journal.json")
    _code, out, _ = run(capsys, "--data-dir", str(folder), "locate")
    assert "encrypted:         yes" in out and "not remembered" in out


def test_a_sealed_walk_autosave_round_trips_and_another_passphrase_leaves_it_whole(
    tmp_path: Path,
) -> None:
    store = UnsavedStore(tmp_path, codec=Sealer("pw"))
    store.open()
    store.put("walk", WalkState(company=COMPANY).to_record(), kind="walk")
    store.close()
    [path] = tmp_path.glob("unsaved-*.json")
    assert COMPANY.encode() not in path.read_bytes()
    [leftover], _ = UnsavedStore(tmp_path, codec=Sealer("pw")).leftovers()
    assert leftover.surfaces["walk"]["values"]["company"] == COMPANY
    sealed = path.read_bytes()
    # Sealed with another passphrase (a change stopped part way) is not damaged: kept as it is.
    found, damaged = UnsavedStore(tmp_path, codec=Sealer("other")).leftovers()
    assert found == [] and damaged == [] and path.read_bytes() == sealed


class FakeKeyring:
    """Stands in for the keyring package (which coach treats as optional)."""

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, user: str, secret: str) -> None:
        self.saved[(service, user)] = secret

    def get_password(self, service: str, user: str) -> str | None:
        return self.saved.get((service, user))

    def delete_password(self, service: str, user: str) -> None:
        self.saved.pop((service, user), None)


def test_the_keyring_is_used_only_when_asked_and_locate_says_so(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeKeyring()
    monkeypatch.setitem(sys.modules, "keyring", fake)
    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    assert fake.saved == {}  # never silently
    monkeypatch.delenv(PASSPHRASE_ENV)
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115
    assert run(capsys, "--data-dir", str(folder), "list")[0] == 1
    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    monkeypatch.setenv("COACH_NEW_PASSPHRASE", "pw2")
    code, out, _ = run(capsys, "--data-dir", str(folder), "passphrase", "--remember")
    assert code == 0 and "remembered in your OS keyring" in out
    assert list(fake.saved.values()) == ["pw2"]
    monkeypatch.delenv(PASSPHRASE_ENV)
    code, out, _ = run(capsys, "--data-dir", str(folder), "list")
    assert code == 0 and COMPANY in out
    code, out, _ = run(capsys, "--data-dir", str(folder), "locate")
    assert "remembered in your OS keyring" in out
    code, out, _ = run(capsys, "--data-dir", str(folder), "passphrase", "--forget")
    assert code == 0 and fake.saved == {}
    assert run(capsys, "--data-dir", str(folder), "list")[0] == 1
    code, out, _ = run(capsys, "--data-dir", str(folder), "locate")
    assert "not remembered" in out


def test_remember_without_the_keyring_package_changes_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # import fails
    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    before = snapshot(folder)
    code, _, err = run(capsys, "--data-dir", str(folder), "encrypt", "--remember")
    assert code == 1 and "keyring package" in err and "nothing was remembered" in err
    assert snapshot(folder) == before


def test_saves_waiting_in_a_big_journals_log_are_sealed_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach.log_storage import LogStorage

    folder = tmp_path / "data"
    places = locate(str(folder))
    Journal.open(places.journal).add(make_entry("In the journal file"))
    # As a big journal does: the next saves wait in the append log.
    big = Journal(LogStorage(places.journal, append_over=0, fold_at=1000.0))
    big.add(make_entry(COMPANY, notes=VENT))
    log = folder / "journal.json.log"
    assert COMPANY.encode() in log.read_bytes()
    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    code, _out, err = run(capsys, "--data-dir", str(folder), "encrypt")
    assert code == 0, err
    assert not log.exists()
    assert leaks(folder) == []
    sealed = Journal.open(places.journal, codec=Sealer("pw"))
    assert {e.company for e in sealed.entries()} == {"In the journal file", COMPANY}
    sealed.add(make_entry("After sealing"))  # never appended in the clear
    assert not log.exists() and leaks(folder) == []


def test_a_typed_passphrase_may_be_retried_three_times(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "the right one")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    monkeypatch.delenv(PASSPHRASE_ENV)
    answers = iter(["wrong", "the right oen", "the right one"])
    prompts: list[str] = []

    def typed(prompt: str, no_terminal: str | None = None) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(cli_unlocking, "read_hidden", typed)
    code, out, err = run(capsys, "--data-dir", str(folder), "list")
    assert code == 0 and COMPANY in out
    assert len(prompts) == 3
    assert "does not open the journal. Try again (2 more tries)" in err
    assert "Try again (one more try)" in err
    # Once, after the first slip: what a lost passphrase means, and how to start again.
    assert err.count("Nothing can open this journal without it") == 1, err
    assert f"mv {folder}/journal.json* " in err and "another --data-dir" in err
    # Three misses: a clear message, nothing opened, nothing changed.
    before = snapshot(folder)
    answers = iter(["a", "b", "c", "never asked"])
    prompts.clear()
    code, out, err = run(capsys, "--data-dir", str(folder), "list")
    assert code == 1 and len(prompts) == 3
    assert "wrong 3 times" in err and "nothing was changed" in err
    assert COMPANY not in out and "Traceback" not in err
    assert snapshot(folder) == before
    assert err.count("Nothing can open this journal without it") == 2, err
    # A wrong one given in the variable: the same line.
    monkeypatch.setenv(PASSPHRASE_ENV, "not this one")
    code, out, err = run(capsys, "--data-dir", str(folder), "list")
    assert code == 1 and "the passphrase is wrong" in err
    assert "Nothing can open this journal without it" in err, err


def test_an_export_of_an_encrypted_journal_says_it_is_plain_text(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    plain_out = folder.parent / "plain.json"
    code, _, err = run(capsys, "--data-dir", str(folder), "export", "-o", str(plain_out))
    assert code == 0 and "plain text" not in err  # a plain journal: nothing to warn of
    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    target = folder.parent / "out.md"
    code, _, err = run(
        capsys, "--data-dir", str(folder), "export", "--format", "markdown", "-o", str(target)
    )
    assert code == 0 and COMPANY in target.read_text()
    assert f"the journal is encrypted, but {target} is plain text, not encrypted" in err


@pytest.mark.parametrize(
    ("command", "env"), [("passphrase", "COACH_NEW_PASSPHRASE"), ("encrypt", PASSPHRASE_ENV)]
)
def test_a_new_passphrase_of_only_spaces_is_refused(
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    env: str,
) -> None:
    if command == "passphrase":
        monkeypatch.setenv(PASSPHRASE_ENV, "pw")
        assert run(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    before = (folder / "journal.json").read_bytes()
    monkeypatch.setenv(env, " ")
    code, out, err = run(capsys, "--data-dir", str(folder), command)
    assert code == 1 and not out and "only spaces" in err and "Nothing was changed" in err
    assert (folder / "journal.json").read_bytes() == before
