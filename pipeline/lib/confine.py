"""Confinement: the build reads only real files inside data/raw, never through a link or a path
that leads elsewhere. The one place where the rule for paths an input names is written.

A contributed article folder is untrusted: `text_file: ../../../etc/passwd`, an absolute path
or a symbolic link would make the build read, and then publish, a file from outside the
repository. So every path an input names must be relative, plain (no `..`, no control
characters) and resolve inside its document's folder; data/raw may hold only folders and
regular files; and every raw file is opened without following links and read only up to its limit.
"""
import os
import re
import stat
from pathlib import Path, PurePosixPath

from pipeline.lib import paths
from pipeline.lib.errors import InputError

# Control characters and the Unicode line and paragraph separators; tab and line feed are text.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def unsafe_text(text: str) -> str | None:
    """Why a string cannot be published as text (a control character, a lone surrogate), or None."""
    control = CONTROL.search(text)
    if control:
        return f"contains the control character {control.group()!r} at character {control.start()}"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return f"contains a lone surrogate ({text[error.start]!r}) at character {error.start}, not Unicode text"
    return None


def unsafe_name(name: str) -> str | None:
    """Why a string cannot be a file name here: every character must be printable (no control or
    format character such as a right-to-left override, no line separator, no lone surrogate)."""
    for index, character in enumerate(name):
        if not character.isprintable():
            return f"contains the non-printing character {character!r} at character {index}"
    return None


def inside(folder: Path, name, source: Path, field: str) -> Path:
    """The file that field `field` of `source` names, relative to `folder`, refused unless it is
    a plain relative path that stays inside the folder and passes through no link."""
    if not isinstance(name, str) or not name.strip():
        raise InputError(source, field, f"must name a file in {paths.relative(folder)}, found {name!r}")
    problem = unsafe_name(name)
    if problem:
        raise InputError(source, field, f"the file name {problem}")
    if "\\" in name:
        raise InputError(source, field, f"{name!r} contains a backslash; separate folders with /")
    pure = PurePosixPath(name)
    if pure.is_absolute():
        raise InputError(source, field, f"{name!r} is an absolute path; name a file inside {paths.relative(folder)}")
    if ".." in pure.parts:
        raise InputError(source, field, f"{name!r} goes up a folder (..); name a file inside {paths.relative(folder)}")
    if not pure.parts:
        raise InputError(source, field, f"{name!r} names the folder itself, not a file in it")
    path = folder.joinpath(*pure.parts)
    try:
        for part in [folder, *reversed(path.parents[:len(pure.parts) - 1]), path]:
            if part.is_symlink():
                raise InputError(source, field, f"{name!r} passes through the symbolic link {paths.relative(part)}; "
                                                "raw files must be real files")
        if not path.resolve().is_relative_to(folder.resolve()):
            raise InputError(source, field, f"{name!r} leads outside {paths.relative(folder)}")
    except OSError as error:  # a name too long for the file system, a folder that cannot be entered
        raise InputError(source, field, f"{name[:80]!r} cannot name a file: {error.strerror}") from None
    return path


def check_tree(root: Path = paths.RAW) -> None:
    """data/raw holds only folders and regular files with printable names: no symbolic link
    (it could point anywhere), no device, pipe or socket (reading one could hang the build).
    Folders are listed with os.scandir, whose entries know their type without a stat of each
    file (10,000 articles: 0.3 s instead of 2 s), and each folder's entries are checked in name order."""
    if root.is_symlink():
        raise InputError(root, None, "is a symbolic link; the raw data must be a real folder")
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            raise InputError(folder, None, f"cannot be listed: {error.strerror}") from None
        subfolders = []
        for entry in entries:
            problem = unsafe_name(entry.name)
            if problem:
                raise InputError(folder, None, f"the name {entry.name!r} {problem}; rename it")
            path = folder / entry.name
            if entry.is_symlink():
                raise InputError(path, None, "is a symbolic link; raw files must be real files inside data/raw "
                                             "(a link could make the build read and publish a file from elsewhere)")
            if entry.is_dir(follow_symlinks=False):
                subfolders.append(path)
            elif not entry.is_file(follow_symlinks=False):
                raise InputError(path, None, "is not a regular file (a device, pipe or socket); remove it")
        pending.extend(reversed(subfolders))  # depth first, in name order


def read_bytes(path: Path, limit: int, missing: str = "the file is missing") -> bytes:
    """A raw file's bytes: opened without following a link, refused when above `limit` bytes."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        raise InputError(path, None, missing) from None
    except OSError as error:
        if Path(path).is_symlink():
            raise InputError(path, None, "is a symbolic link; raw files must be real files") from None
        raise InputError(path, None, f"cannot be read: {error.strerror}") from None
    with os.fdopen(descriptor, "rb") as file:
        mode = os.fstat(file.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(path, None, "is not a regular file" + (" but a folder" if stat.S_ISDIR(mode) else ""))
        data = file.read(limit + 1)
    if len(data) > limit:
        raise InputError(path, None, f"is larger than the limit of {limit:,} bytes (pipeline/lib/limits.py)")
    return data
