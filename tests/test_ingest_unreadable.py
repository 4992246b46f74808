"""Per-file problems in a walked folder: each is one named error and the walk goes on.

Everything here is a real file-system object: a folder without permissions (the walk runs as an
unprivileged user when the tests run as root, since root reads any folder), a FIFO, a character
device, a broken link, a link loop, and a file removed after its folder was listed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from accords.errors import InputError
from accords.ingest.documents import SourceDocument, detect_language
from accords.ingest.sources import describe, iter_sources

TEXT = "Chile and Peru signed an agreement on trade on Monday.\n"
NOBODY = 65534


def outcome(items: list) -> list[tuple[str, str]]:
    """(file name, document id or the error message) for each item."""
    return [(Path(i.source or "").name, i.message) if isinstance(i, InputError)
            else (Path(i.document.source or "").name, i.id) for i in items]


@contextlib.contextmanager
def unprivileged() -> Iterator[None]:
    """Run the block as an ordinary user, so that permissions apply as they do to users."""
    if os.geteuid() != 0:
        yield
        return
    # Python itself lives under /root here: load what reading needs while still root
    detect_language(TEXT)
    try:
        os.setegid(NOBODY)
        os.seteuid(NOBODY)
    except PermissionError:
        pytest.skip("running as root without the right to change the effective user")
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder an ordinary user can walk (pytest's own temporary folders are root-only)."""
    folder = Path(tempfile.mkdtemp(prefix="accords-unreadable-"))
    folder.chmod(0o755)
    yield folder
    for path, dirs, _files in os.walk(folder):
        for d in dirs:
            os.chmod(os.path.join(path, d), 0o755)
    shutil.rmtree(folder)


def test_unreadable_subfolder_is_one_error_and_the_walk_goes_on(open_folder: Path) -> None:
    for name in ("a.txt", "locked/b.txt", "z/c.txt"):
        (open_folder / name).parent.mkdir(exist_ok=True)
        (open_folder / name).write_text(TEXT, encoding="utf-8")
    (open_folder / "locked").chmod(0)
    with unprivileged():
        items = list(iter_sources(open_folder))
        kind = describe(open_folder / "locked")
    assert outcome(items) == [
        ("a.txt", "a"),
        ("locked", "cannot read: permission denied"),
        ("c.txt", "c"),
    ]
    assert kind == "unknown"


def test_unreadable_folder_inside_a_folder_of_folders(open_folder: Path) -> None:
    """A folder of folders is checked for the BBC layout, which must not stop at one lock."""
    for name in ("one/a.txt", "two/b.txt"):
        (open_folder / name).parent.mkdir(exist_ok=True)
        (open_folder / name).write_text(TEXT, encoding="utf-8")
    (open_folder / "one").chmod(0)
    with unprivileged():
        items = list(iter_sources(open_folder))
    assert outcome(items) == [("one", "cannot read: permission denied"), ("b.txt", "b")]


def test_special_files_and_broken_links_are_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "b-pipe.txt")  # reading it would block forever
    (tmp_path / "c-link.txt").symlink_to("nowhere.txt")
    (tmp_path / "d-loop").symlink_to("d-loop")
    (tmp_path / "e.txt").write_text(TEXT, encoding="utf-8")
    items = list(iter_sources(tmp_path))
    assert outcome(items) == [
        ("a.txt", "a"),
        ("b-pipe.txt", "not a regular file: it is a named pipe (FIFO); only files and folders "
                       "are read"),
        ("c-link.txt", "broken link: it points to 'nowhere.txt', which does not exist"),
        ("d-loop", "a loop of symbolic links: it never reaches a file or folder"),
        ("e.txt", "e"),
    ]


def test_device_file_is_named(tmp_path: Path) -> None:
    device = tmp_path / "null.txt"
    try:
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device file needs privileges")
    [item] = list(iter_sources(tmp_path))
    assert isinstance(item, InputError)
    assert item.message == "not a regular file: it is a character device; only files and " \
                           "folders are read"


def test_file_removed_after_its_folder_was_listed(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    walk = iter_sources(tmp_path)
    first = next(walk)  # the folder is listed by now
    (tmp_path / "b.txt").unlink()
    items = [first, *walk]
    assert isinstance(first, SourceDocument)
    assert outcome(items) == [
        ("a.txt", "a"),
        ("b.txt", "no such file or folder (or it was removed while the batch ran)"),
        ("c.txt", "c"),
    ]
