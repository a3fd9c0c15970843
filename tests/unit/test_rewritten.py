"""The rewritten test modules one worker writes ahead are what pytest itself would import."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from _pytest.assertion.rewrite import PYC_TAIL, _read_pyc, _rewrite_test

from tests.rewritten import asked_for, rewrite_ahead, share


def _module(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


def _pyc(module: Path) -> Path:
    return module.parent / "__pycache__" / (module.name[:-3] + PYC_TAIL)


def test_a_module_written_ahead_is_read_back_as_pytest_rewrites_it(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    module = _module(tmp_path, "test_one.py", "def test_it():\n    x = 1\n    assert x == 2\n")
    assert rewrite_ahead(request.config, [module]) == 1
    read = _read_pyc(module, _pyc(module))
    assert read is not None
    _, fresh = _rewrite_test(module, request.config)
    # The rewritten assert explains itself: plain compiled code would not name `x`.
    assert read.co_consts == fresh.co_consts
    namespace: dict[str, object] = {}
    exec(read, namespace)
    with pytest.raises(AssertionError, match="assert 1 == 2"):
        namespace["test_it"]()  # type: ignore[operator]


def test_a_fresh_copy_is_kept_and_a_stale_one_is_written_again(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    module = _module(tmp_path, "test_two.py", "def test_it():\n    assert 1\n")
    assert rewrite_ahead(request.config, [module]) == 1
    assert rewrite_ahead(request.config, [module]) == 0
    module.write_text("def test_it():\n    assert 0, 'changed'\n", encoding="utf-8")
    stat = module.stat()
    os.utime(module, (stat.st_atime, stat.st_mtime + 5))
    assert rewrite_ahead(request.config, [module]) == 1
    read = _read_pyc(module, _pyc(module))
    assert read is not None
    namespace: dict[str, object] = {}
    exec(read, namespace)
    with pytest.raises(AssertionError, match="changed"):
        namespace["test_it"]()  # type: ignore[operator]


def test_the_workers_shares_cover_every_module_asked_for_once(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    names = ["test_a.py", "test_b.py", "sub/test_c.py", "helpers.py", "conftest.py"]
    for name in names:
        _module(tmp_path, name, "")
    modules = asked_for([str(tmp_path), str(tmp_path / "test_a.py") + "::test_x"])
    assert [m.relative_to(tmp_path).as_posix() for m in modules] == [
        "sub/test_c.py",
        "test_a.py",
        "test_b.py",
    ]
    shares = [share(modules, index, 2) for index in range(2)]
    assert sorted(shares[0] + shares[1]) == modules
    assert not set(shares[0]) & set(shares[1])
    assert asked_for([str(tmp_path / "helpers.py")]) == []
