"""Where a worker's time goes: py-spy samples a real worker draining a backlog, per pipeline stage.

Queues 3,000 raw articles on the embedded broker, starts one `newsstream worker`, samples it with
py-spy for 20 s (`pip install py-spy`; needs ptrace rights, as root here), and prints the share of
samples inside each stage of the pipeline and the hottest lines.

    python benchmarks/profile_worker.py
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.runtime.bench import _produce, _settings, _wait_until_serving, articles  # noqa: E402
from streams.runtime.broker import EmbeddedBroker  # noqa: E402
from streams.runtime.kafka import ensure_topics  # noqa: E402
from streams.runtime.run import WorkerProcess  # noqa: E402

STAGES = (
    "process_message", "parse_article", "enrich", "extract_entities", "extract_keywords", "mentioned_dates",
    "extract_quantities", "signature", "classify", "split_head", "split_body", "detect_language", "assign_story", "_send",
)  # fmt: skip


_JOIN_SECONDS = 3


def main() -> None:
    if shutil.which("py-spy") is None:
        raise SystemExit("py-spy is not installed: pip install py-spy")
    values, origin = articles(3000)
    print(f"profiling a worker draining 3000 articles from {origin}", file=sys.stderr)
    folded = Path(tempfile.mkdtemp()) / "worker.folded"
    with EmbeddedBroker() as broker:
        settings = _settings(broker)
        asyncio.run(ensure_topics(settings))
        asyncio.run(_produce(settings, settings.raw_topic, values))
        worker = WorkerProcess(settings)
        try:
            # Until it serves (its models loaded and its patterns compiled, which took ~10 s once, more than the
            # fixed 8 s this waited: the profile then sampled the regex compiler), then a moment to join its group.
            _wait_until_serving(settings, [worker])
            time.sleep(_JOIN_SECONDS)
            command = ["py-spy", "record", "--pid", str(worker.process.pid), "--duration", "20"]
            subprocess.run([*command, "--format", "raw", "--output", str(folded), "--nonblocking"], check=True)
        finally:
            worker.stop()
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for line in folded.read_text().splitlines():
        stack, count = line.rsplit(" ", 1)
        frames, samples = stack.split(";"), int(count)
        total += samples
        own[frames[-1]] += samples
        for name in {frame.split(" (")[0] for frame in frames}:
            inclusive[name] += samples
    print(f"{total} samples")
    for stage in STAGES:
        print(f"{stage:<22}{100 * inclusive[stage] / max(1, total):6.1f} %")
    print("hottest lines:")
    for frame, samples in own.most_common(10):
        print(f"{100 * samples / total:6.1f} %  {frame}")


if __name__ == "__main__":
    main()
