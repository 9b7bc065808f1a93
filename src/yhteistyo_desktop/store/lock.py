"""A lock file beside the workbook: one writer at a time, across computers.

``Budjetti.tyokirja`` is locked by ``Budjetti.tyokirja.lock``, created with
O_EXCL (atomic on local disks and on SMB/NFS shares) and holding who took it:
user name, computer, process id, the computer's boot and the process's start
time, a random token. The holder touches the file now and then
(:meth:`WorkbookLock.refresh`); a lock is *stale* when its holder is gone: on
the same computer, when the computer has been restarted since or its process
no longer runs (a live process with the same id but another start time is an
unrelated one that got the id later); on another computer, when it has not been
touched for ``STALE_AFTER`` seconds. A stale lock is taken over. SQLite's own
locks are not enough: they last only for a transaction, do not say who holds
them, and are unreliable on network shares.

Taking over is atomic: several processes may find the same stale lock at the
same moment, and exactly one of them may replace it. Each first creates a
*claim* file named after the stale lock's content with O_EXCL (only one claim
per stale lock can exist), then checks the lock file still holds exactly what
it judged stale, and only then replaces it. A process that loses the claim, or
finds the lock changed, starts over and sees the winner's fresh lock. A claim
whose maker died in those few milliseconds is removed once its maker is known
gone, by the same rules as a lock (``CLAIM_STALE_AFTER`` on another computer).
"""
from __future__ import annotations

import datetime as dt
import hashlib
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
#: A claim (a takeover in progress) left this long by a process on another computer is abandoned.
CLAIM_STALE_AFTER = 30
_ATTEMPTS = 20


@dataclass(frozen=True)
class LockHolder:
    user: str
    computer: str
    pid: int
    since: str
    token: str = ""
    #: The computer's boot (Linux boot id, or boot time elsewhere); "" in locks of older versions.
    boot: str = ""
    #: When the process started, as the system counts it; "" when not known.
    started: str = ""

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


def boot_id() -> str:
    """This boot of this computer: the kernel's boot id on Linux, the boot time elsewhere."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        pass
    if platform.system() in ("Darwin", "FreeBSD", "OpenBSD", "NetBSD"):  # pragma: no cover
        import subprocess
        try:
            out = subprocess.run(["sysctl", "-n", "kern.boottime"], capture_output=True,
                                 text=True, timeout=5).stdout
        except (OSError, subprocess.SubprocessError):
            return ""
        return out.split("}")[0].strip()  # "{ sec = 1700000000, usec = 12345 }"
    return ""


def process_started(pid: int) -> str:
    """When process ``pid`` started (clock ticks since boot on Linux); "" when not known."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    # the command name (field 2) may hold spaces and parentheses: count from its last ")"
    fields = stat[stat.rfind(")") + 2:].split()
    return fields[19] if len(fields) > 19 else ""


def _parse(raw: bytes) -> LockHolder | None:
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockHolder(user=str(data["user"]), computer=str(data["computer"]),
                          pid=int(data["pid"]), since=str(data["since"]),
                          token=str(data.get("token", "")), boot=str(data.get("boot", "")),
                          started=str(data.get("started", "")))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def read_holder(path: Path) -> LockHolder | None:
    """Who holds the lock of workbook ``path`` (None when nobody, or unreadable)."""
    try:
        return _parse(lock_path(path).read_bytes())
    except OSError:
        return None


def _holder_gone(holder: LockHolder) -> bool:
    """Whether the process named by a lock of this computer no longer runs."""
    if holder.boot and holder.boot != boot_id():
        return True  # the computer has been restarted since: every process of then is gone
    if not _pid_alive(holder.pid):
        return True
    # the id is in use, but by the same process only if it started when the lock says
    return bool(holder.started) and process_started(holder.pid) not in ("", holder.started)


def _file_stale(file: Path, holder: LockHolder | None, after: float, now: float | None) -> bool:
    now = time.time() if now is None else now
    try:
        age = now - file.stat().st_mtime
    except FileNotFoundError:
        return True
    if holder is None:  # half-written or garbage: stale once it is clearly not being written
        return age > 10
    if holder.computer == platform.node():
        return _holder_gone(holder)
    return age > after


def is_stale(path: Path, holder: LockHolder | None, now: float | None = None) -> bool:
    return _file_stale(lock_path(path), holder, STALE_AFTER, now)


def _create_exclusive(file: Path, content: bytes) -> bool:
    """Create ``file`` holding ``content`` unless it exists; a failed write leaves no file."""
    try:
        fd = os.open(file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        file.unlink(missing_ok=True)  # not a 0-byte lock that looks held by nobody knows whom
        raise
    return True


def _read_raw(file: Path) -> bytes | None:
    try:
        return file.read_bytes()
    except FileNotFoundError:
        return None


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
            "boot": boot_id(), "started": process_started(os.getpid()),
        }, ensure_ascii=False).encode("utf-8")

    def acquire(self) -> None:
        """Take the lock, taking over a stale one; :class:`LockedError` when held."""
        target = lock_path(self.path)
        content = self._content()
        for _attempt in range(_ATTEMPTS):
            if _create_exclusive(target, content):
                self.held = True
                return
            raw = _read_raw(target)
            if raw is None:
                continue  # released meanwhile: try again
            holder = _parse(raw)
            if not is_stale(self.path, holder):
                raise LockedError(self.path, holder or UNKNOWN_HOLDER)
            if self._take_over(target, raw, content):
                self.held = True
                return
        raise LockedError(self.path, read_holder(self.path) or UNKNOWN_HOLDER)

    def _take_over(self, target: Path, stale: bytes, content: bytes) -> bool:
        """Replace the lock file if it still holds ``stale`` and no other process is doing so."""
        claim = target.with_name(f"{target.name}.{hashlib.sha1(stale).hexdigest()[:16]}.claim")
        if not _create_exclusive(claim, content):
            raw = _read_raw(claim)
            if raw is not None and _file_stale(claim, _parse(raw), CLAIM_STALE_AFTER, None):
                claim.unlink(missing_ok=True)  # its maker died half-way
            else:
                time.sleep(0.02)  # another process is taking over: see what it made
            return False
        try:
            if _read_raw(target) != stale:
                return False  # taken over or released since it was judged stale
            tmp = target.with_name(f"{target.name}.{self.token}.tmp")
            try:
                tmp.write_bytes(content)
                os.replace(tmp, target)
            finally:
                tmp.unlink(missing_ok=True)
            return True
        finally:
            claim.unlink(missing_ok=True)

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
