"""A lock file beside the workbook: one writer at a time, across computers.

``Budjetti.tyokirja`` is locked by ``Budjetti.tyokirja.lock``, created with
O_EXCL (atomic on local disks and on SMB/NFS shares) and holding who took it:
user name, computer, process id, a random token. The holder touches the file
now and then (:meth:`WorkbookLock.refresh`); a lock is *stale* when its holder
is gone: on the same computer, when its process no longer runs; on another
computer, when it has not been touched for ``STALE_AFTER`` seconds. A stale
lock is taken over. SQLite's own locks are not enough: they last only for a
transaction, do not say who holds them, and are unreliable on network shares.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import platform
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

#: A lock not touched for this long, held on another computer, is taken to be abandoned.
STALE_AFTER = 15 * 60
#: How often the holder touches its lock.
REFRESH_EVERY = 60


@dataclass(frozen=True)
class LockHolder:
    user: str
    computer: str
    pid: int
    since: str
    token: str = ""

    def describe(self) -> str:
        if not self.user and not self.computer:  # the lock file is empty or unreadable
            return "tuntematon ohjelma (lukitustiedosto on tyhjä tai vioittunut)"
        since = self.since
        try:
            since = dt.datetime.fromisoformat(self.since).strftime("%-d.%-m.%Y klo %H.%M")
        except ValueError:
            pass
        return f"{self.user} tietokoneella {self.computer} (avattu {since})"


#: The holder of a lock file that is empty or cannot be read (told as such, not as "? tietokoneella ?").
UNKNOWN_HOLDER = LockHolder("", "", 0, "")


class LockedError(Exception):
    """The workbook is open for writing elsewhere."""

    def __init__(self, path: Path, holder: LockHolder):
        super().__init__(f"Työkirja {path.name} on jo muokattavana: {holder.describe()}. "
                         "Voit avata sen vain luettavaksi.")
        self.path = path
        self.holder = holder


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes
        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_holder(path: Path) -> LockHolder | None:
    """Who holds the lock of workbook ``path`` (None when nobody, or unreadable)."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockHolder(user=str(data["user"]), computer=str(data["computer"]),
                          pid=int(data["pid"]), since=str(data["since"]),
                          token=str(data.get("token", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(path: Path, holder: LockHolder | None, now: float | None = None) -> bool:
    now = time.time() if now is None else now
    try:
        age = now - lock_path(path).stat().st_mtime
    except FileNotFoundError:
        return True
    if holder is None:  # half-written or garbage: stale once it is clearly not being written
        return age > 10
    if holder.computer == platform.node():
        return not _pid_alive(holder.pid)
    return age > STALE_AFTER


class WorkbookLock:
    """The lock this process holds on one workbook file."""

    def __init__(self, path: Path, user: str):
        self.path = Path(path)
        self.user = user
        self.token = uuid.uuid4().hex
        self.held = False

    def _content(self) -> bytes:
        return json.dumps({
            "user": self.user, "computer": platform.node(), "pid": os.getpid(),
            "since": dt.datetime.now().isoformat(timespec="seconds"), "token": self.token,
        }, ensure_ascii=False).encode("utf-8")

    def acquire(self) -> None:
        """Take the lock, taking over a stale one; :class:`LockedError` when held."""
        target = lock_path(self.path)
        for _attempt in range(3):
            try:
                fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = read_holder(self.path)
                if not is_stale(self.path, holder):
                    raise LockedError(self.path, holder or UNKNOWN_HOLDER) from None
                self._take_over(target)
                if self.verify():
                    self.held = True
                    return
                continue
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(self._content())
                    f.flush()
                    os.fsync(f.fileno())
            except BaseException:
                # A full disk: an empty lock file left here would make the workbook look held
                # by an unknown user ("? tietokoneella ?") to everyone, this process included.
                target.unlink(missing_ok=True)
                raise
            self.held = True
            return
        holder = read_holder(self.path)
        raise LockedError(self.path, holder or UNKNOWN_HOLDER)

    def _take_over(self, target: Path) -> None:
        tmp = target.with_name(f"{target.name}.{self.token}.tmp")
        try:
            tmp.write_bytes(self._content())
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)  # a full disk leaves no stray file
            raise

    def verify(self) -> bool:
        """Whether the lock file still names this process (it may have been taken over)."""
        holder = read_holder(self.path)
        return holder is not None and holder.token == self.token

    def refresh(self) -> bool:
        """Touch the lock so others see its holder is alive; False when it was lost."""
        if not self.held or not self.verify():
            self.held = False
            return False
        os.utime(lock_path(self.path))
        return True

    def release(self) -> None:
        if self.held and self.verify():
            try:
                lock_path(self.path).unlink()
            except FileNotFoundError:
                pass
        self.held = False
