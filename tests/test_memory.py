"""The worker's allocator setting: large freed blocks leave the process's resident memory."""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import sys
import numpy as np
from streams.runtime.memory import return_large_blocks_to_os, rss_mb
import os
if sys.argv[1] == "set":
    assert return_large_blocks_to_os()
before = rss_mb(os.getpid())
for size in (24, 20, 16, 12, 8):  # freed temporaries of merges, each smaller than the last
    block = np.ones(size * 2**20 // 8)
    small = [bytes(100) for _ in range(1000)]  # heap allocations after the block, as a worker makes
    del block
print(rss_mb(os.getpid()) - before)
"""


def _growth(mode: str) -> float:
    result = subprocess.run([sys.executable, "-c", PROGRAM, mode], capture_output=True, text=True, timeout=60, check=True)
    return float(result.stdout)


def test_freed_large_blocks_are_returned_to_the_os() -> None:
    # Without the setting, glibc keeps about 20 MB of these freed blocks resident on this machine.
    assert _growth("set") < 4  # MB: nothing of the 80 MB of freed blocks stays resident
