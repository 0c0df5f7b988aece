"""Large freed blocks go back to the operating system (glibc's allocator, where the worker runs).

glibc serves big allocations with mmap, but after freeing one it raises that threshold to the
block's size (up to 32 MB): from then on blocks of that size come from the heap and stay resident
once freed. The dedupe index merges its sorted keys with temporaries of tens of megabytes, so the
worker's RSS would climb as its index fills while its live memory did not (soak: +39 MB over 100,000
articles, 26 MB of it freed temporaries). A fixed threshold of 1 MiB keeps every large block in its
own mapping, returned when freed. Elsewhere (musl, macOS) this is a no-op.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

M_TRIM_THRESHOLD = -1  # from glibc's <malloc.h>
M_MMAP_THRESHOLD = -3
LARGE_BLOCK = 1 << 20


def return_large_blocks_to_os() -> bool:
    """Fix glibc's mmap and trim thresholds at 1 MiB; False where the C library is not glibc."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        return bool(libc.mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK)) and bool(libc.mallopt(M_TRIM_THRESHOLD, LARGE_BLOCK))
    except (OSError, AttributeError):
        return False


def rss_mb(pid: int) -> float:
    """Resident memory of process ``pid`` in MB (Linux /proc), what the bench and soak report."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0
