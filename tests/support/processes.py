"""What Linux's /proc says about a process: its children and its resident memory (tests and benchmarks)."""

from __future__ import annotations

from pathlib import Path


def child_pids(pid: int) -> list[int]:
    """The processes whose parent is `pid` (a service's recognition workers); empty where there is no /proc."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended while we looked
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return children


def resident_mb(pid: int | str = "self", field: str = "VmRSS") -> float:
    """Resident memory of `pid` in MB now (VmRSS), or the most it ever was (VmHWM, the high-water mark).
    Raises OSError where /proc cannot tell."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise OSError(f"no {field} for process {pid}")
