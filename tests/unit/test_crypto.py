"""The sealed-file format: round trips, fresh nonces, and every failure told apart."""

from __future__ import annotations

import pytest

from coach.crypto import (
    HEADER_SIZE,
    MAGIC,
    PLAIN,
    KdfParams,
    PassphraseNeeded,
    SealedFileError,
    Sealer,
    WrongPassphrase,
    is_sealed,
)

TEXT = "Zanzibar Ltd [b] — the vent: I am furious".encode()


def test_a_sealed_file_round_trips_and_hides_the_text() -> None:
    sealer = Sealer("correct horse")
    sealed = sealer.encode(TEXT)
    assert is_sealed(sealed) and sealed.startswith(MAGIC)
    assert b"Zanzibar" not in sealed
    assert Sealer("correct horse").decode(sealed) == TEXT


def test_every_write_has_a_fresh_nonce() -> None:
    sealer = Sealer("correct horse")
    first, second = sealer.encode(TEXT), sealer.encode(TEXT)
    assert first != second
    nonce = slice(HEADER_SIZE - 12, HEADER_SIZE)
    assert first[nonce] != second[nonce]


def test_the_header_stores_the_version_and_key_settings() -> None:
    sealed = Sealer("pw", KdfParams(log_n=12, r=8, p=1)).encode(TEXT)
    assert sealed[len(MAGIC)] == 1
    assert tuple(sealed[len(MAGIC) + 1 : len(MAGIC) + 4]) == (12, 8, 1)
    # A reader with other defaults still opens it: the settings come from the file.
    assert Sealer("pw").decode(sealed) == TEXT


def test_a_wrong_passphrase_is_named_as_such() -> None:
    sealed = Sealer("right").encode(TEXT)
    with pytest.raises(WrongPassphrase, match="passphrase is wrong"):
        Sealer("wrong").decode(sealed)


@pytest.mark.parametrize("where", ["header", "nonce", "body", "tag"])
def test_any_changed_byte_is_caught(where: str) -> None:
    sealed = bytearray(Sealer("pw").encode(TEXT))
    at = {
        "header": len(MAGIC) + 4,  # inside the salt
        "nonce": HEADER_SIZE - 1,
        "body": HEADER_SIZE + 3,
        "tag": len(sealed) - 1,
    }[where]
    sealed[at] ^= 0x01
    with pytest.raises(SealedFileError):
        Sealer("pw").decode(bytes(sealed))


def test_a_damaged_body_is_not_blamed_on_the_passphrase() -> None:
    sealed = Sealer("pw").encode(TEXT)
    with pytest.raises(SealedFileError, match="damaged") as caught:
        Sealer("pw").decode(sealed[:-5])
    assert not isinstance(caught.value, WrongPassphrase)


def test_an_unknown_version_or_absurd_cost_is_refused() -> None:
    sealed = bytearray(Sealer("pw").encode(TEXT))
    sealed[len(MAGIC)] = 9
    with pytest.raises(SealedFileError, match="format 9"):
        Sealer("pw").decode(bytes(sealed))
    sealed[len(MAGIC)] = 1
    sealed[len(MAGIC) + 1] = 40  # 2**40 rounds would never finish
    with pytest.raises(SealedFileError, match="out of range"):
        Sealer("pw").decode(bytes(sealed))


@pytest.mark.parametrize(("log_n", "r", "p"), [(22, 32, 1), (18, 8, 1), (17, 16, 1), (15, 8, 5)])
def test_a_header_asking_more_than_coach_ever_writes_is_refused_before_any_work(
    monkeypatch: pytest.MonkeyPatch, log_n: int, r: int, p: int
) -> None:
    """16 GiB of scrypt (log_n 22, r 32) on a shared machine: refused, never tried."""
    import coach.crypto

    sealed = bytearray(Sealer("pw", KdfParams(log_n=10)).encode(TEXT))
    sealed[len(MAGIC) + 1 : len(MAGIC) + 4] = bytes([log_n, r, p])

    def never(*_: object) -> tuple[bytes, bytes]:
        raise AssertionError("scrypt ran on a hostile header")

    monkeypatch.setattr(coach.crypto, "derive_key", never)
    with pytest.raises(SealedFileError, match="damaged or was not written by coach") as caught:
        Sealer("pw").decode(bytes(sealed))
    assert not isinstance(caught.value, WrongPassphrase)


def test_what_coach_writes_is_well_within_the_bound() -> None:
    KdfParams().check()
    KdfParams(log_n=17, r=8, p=4).check()  # four times the memory, four passes: the edge


def test_plain_codec_asks_for_the_passphrase_on_a_sealed_file() -> None:
    with pytest.raises(PassphraseNeeded, match="COACH_PASSPHRASE"):
        PLAIN.decode(Sealer("pw").encode(TEXT))
    assert PLAIN.decode(TEXT) == TEXT


def test_a_sealer_refuses_plain_text_and_an_empty_passphrase() -> None:
    with pytest.raises(SealedFileError, match="plain text"):
        Sealer("pw").decode(b'{"entries": {}}')
    with pytest.raises(Exception, match="empty"):
        Sealer("")


@pytest.mark.product_key_cost
def test_a_sealer_made_without_settings_uses_the_products_full_key_cost() -> None:
    # Other tests derive cheap keys (tests/conftest.py's cheap_keys); this one keeps the
    # product's: 2**15 rounds of 8 blocks, one pass, written into the header.
    assert KdfParams() == KdfParams(log_n=15, r=8, p=1)
    sealed = Sealer("pw").encode(TEXT)
    assert tuple(sealed[len(MAGIC) + 1 : len(MAGIC) + 4]) == (15, 8, 1)
    assert Sealer("pw").decode(sealed) == TEXT


def test_other_tests_derive_cheap_keys_from_a_header_that_says_so() -> None:
    sealed = Sealer("pw").encode(TEXT)
    assert tuple(sealed[len(MAGIC) + 1 : len(MAGIC) + 4]) == (10, 8, 1)
