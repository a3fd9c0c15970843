"""Sealing coach's files with a passphrase: scrypt for the key, AES-GCM for the bytes.

A sealed file is a versioned header followed by the ciphertext:

    magic (8) | version (1) | log2 N (1) | r (1) | p (1) | salt (16) | check (16)
    | nonce (12) | ciphertext+tag

scrypt gives 48 bytes: the first 32 are the AES-256 key, the last 16 are the
"check", stored so that a wrong passphrase can be told apart from a damaged
file (scrypt's output bytes are independent, so the check reveals nothing of
the key). The whole header is the AEAD's associated data, so every byte of
the file is authenticated. Every write draws a fresh random nonce.

Two codecs share one small interface (`encode`/`decode` on bytes) so storage
code hooks in at exactly one place: `PLAIN` passes bytes through, a `Sealer`
encrypts them.
"""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from coach.errors import CoachError

MAGIC = b"COACHENC"
VERSION = 1
SALT_SIZE = 16
CHECK_SIZE = 16
NONCE_SIZE = 12
HEADER_SIZE = len(MAGIC) + 1 + 3 + SALT_SIZE + CHECK_SIZE + NONCE_SIZE
PASSPHRASE_ENV = "COACH_PASSPHRASE"


@dataclass(frozen=True)
class KdfParams:
    """scrypt's cost: 2**log_n rounds, block size r, parallelism p."""

    log_n: int = 15  # 32 MiB of memory and a fraction of a second per unlock
    r: int = 8
    p: int = 1

    @property
    def memory(self) -> int:
        """The bytes of memory scrypt takes with these settings (128 * r * N)."""
        return 128 * self.r * 2**self.log_n

    def check(self) -> None:
        """Refuse costs no coach would write: a tampered header must not eat the memory.

        Coach writes the defaults (32 MiB, p 1); a header may ask for up to four
        times that memory and four passes, and nothing more, before any is spent.
        """
        if not (10 <= self.log_n <= 22 and 1 <= self.r <= 32 and 1 <= self.p <= MAX_PASSES):
            raise ValueError(
                "the key settings in its header are out of range, so it is damaged "
                "or was not written by coach"
            )
        if self.memory > MAX_MEMORY:
            raise ValueError(
                f"its header asks for {self.memory >> 20} MiB of memory to open it, where "
                f"coach never uses more than {MAX_MEMORY >> 20} MiB, so it is damaged or "
                "was not written by coach (nothing was tried)"
            )


DEFAULT_PARAMS = KdfParams()
# The most a header may ask for: four times the memory coach writes, four passes.
MAX_MEMORY = 4 * DEFAULT_PARAMS.memory
MAX_PASSES = 4


class SealedFileError(CoachError):
    """A sealed file could not be opened; it was left as it was."""

    def __init__(self, path: Path | None, reason: str) -> None:
        where = f"{path}" if path is not None else "the file"
        # Not "it has not been changed": right after `coach passphrase` that read as the
        # passphrase not being changed (rv49).
        super().__init__(f"Cannot open {where}: {reason}. The file was left as it was.")
        self.path = path
        self.reason = reason


class WrongPassphrase(SealedFileError):
    """The passphrase does not open the file (or the file was altered)."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(
            path,
            "the passphrase is wrong",
        )


class PassphraseNeeded(SealedFileError):
    """The file is encrypted and no passphrase was given."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(
            path,
            f"it is encrypted and needs the passphrase (type it when asked, or set "
            f"{PASSPHRASE_ENV})",
        )


class ExpectedSealed(SealedFileError):
    """An encrypted journal's file turned up in plain text."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(
            path,
            "the journal is encrypted but this file is plain text, so it was not "
            "written by this journal's coach",
        )


class Codec(Protocol):
    """How bytes go to and come from disk."""

    @property
    def encrypted(self) -> bool:
        """Whether the bytes on disk are sealed."""
        ...

    def encode(self, plain: bytes) -> bytes:
        """The bytes to write for this content."""
        ...

    def decode(self, raw: bytes, path: Path | None = None) -> bytes:
        """The content of bytes read from disk; raises SealedFileError."""
        ...


def is_sealed(raw: bytes) -> bool:
    """Whether these bytes start like a sealed file."""
    return raw.startswith(MAGIC)


def file_is_sealed(path: Path) -> bool:
    """Whether the file at path is sealed (False when it is missing or unreadable)."""
    from coach.file_kind import open_regular

    try:
        # Never a plain open(): a named pipe in the journal's place would hang it.
        with open(open_regular(path), "rb") as handle:
            return is_sealed(handle.read(len(MAGIC)))
    except OSError:
        return False


class PlainCodec:
    """Bytes as they are; refuses to treat a sealed file as plain."""

    encrypted = False

    def encode(self, plain: bytes) -> bytes:
        """Unchanged."""
        return plain

    def decode(self, raw: bytes, path: Path | None = None) -> bytes:
        """Unchanged, unless the file is sealed: then the passphrase is needed."""
        if is_sealed(raw):
            raise PassphraseNeeded(path)
        return raw


PLAIN = PlainCodec()


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    """A 256-bit key and a 128-bit check value from the passphrase (scrypt, memory-hard)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32 + CHECK_SIZE, n=2**params.log_n, r=params.r, p=params.p)
    derived = kdf.derive(passphrase.encode("utf-8"))
    return derived[:32], derived[32:]


class Sealer:
    """Encrypts with one passphrase; keys are derived once per salt and kept in memory."""

    encrypted = True

    def __init__(self, passphrase: str, params: KdfParams = DEFAULT_PARAMS) -> None:
        if not passphrase:
            raise CoachError("The passphrase is empty; choose one with at least one character.")
        self._passphrase = passphrase
        self._params = params
        self._salt: bytes | None = None
        self._keys: dict[tuple[bytes, KdfParams], tuple[bytes, bytes]] = {}

    def _key(self, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
        key = self._keys.get((salt, params))
        if key is None:
            key = derive_key(self._passphrase, salt, params)
            self._keys[(salt, params)] = key
        return key

    def encode(self, plain: bytes) -> bytes:
        """A complete sealed file: header, then the ciphertext with its tag."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if self._salt is None:
            self._salt = os.urandom(SALT_SIZE)
        nonce = os.urandom(NONCE_SIZE)
        params = self._params
        key, check = self._key(self._salt, params)
        header = (
            MAGIC + bytes([VERSION, params.log_n, params.r, params.p]) + self._salt + check + nonce
        )
        return header + AESGCM(key).encrypt(nonce, plain, header)

    def decode(self, raw: bytes, path: Path | None = None) -> bytes:
        """The plain content; raises WrongPassphrase, ExpectedSealed or SealedFileError."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not is_sealed(raw):
            raise ExpectedSealed(path)
        if len(raw) < HEADER_SIZE + 16:
            raise SealedFileError(path, "the encrypted file is cut short")
        version = raw[len(MAGIC)]
        if version != VERSION:
            raise SealedFileError(
                path, f"it uses encryption format {version}, which this coach does not know"
            )
        at = len(MAGIC) + 1
        params = KdfParams(raw[at], raw[at + 1], raw[at + 2])
        try:
            params.check()
        except ValueError as error:
            raise SealedFileError(path, str(error)) from None
        at += 3
        salt = raw[at : at + SALT_SIZE]
        stored_check = raw[at + SALT_SIZE : at + SALT_SIZE + CHECK_SIZE]
        nonce = raw[at + SALT_SIZE + CHECK_SIZE : HEADER_SIZE]
        header = raw[:HEADER_SIZE]
        key, check = self._key(salt, params)
        if not hmac.compare_digest(check, stored_check):
            raise WrongPassphrase(path)
        try:
            plain = AESGCM(key).decrypt(nonce, raw[HEADER_SIZE:], header)
        except InvalidTag:
            raise SealedFileError(
                path, "it is damaged: it fails its integrity check (cut short or altered)"
            ) from None
        # Go on writing with the salt already on disk: no new key to derive.
        if self._salt is None and params == self._params:
            self._salt = salt
        return plain
