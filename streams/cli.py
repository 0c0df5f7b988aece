"""The `newsstream` command: parse offline, or run the stream (worker, feed, tail, broker, run)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import orjson
from pydantic import ValidationError

from streams import __version__
from streams.inputs import InputError, iter_items


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return 2
    from streams.runtime.broker import BrokerError
    from streams.runtime.kafka import BrokerUnreachable

    if args.command != "worker":  # the CLI says what went wrong in one line; aiokafka's retries are noise
        logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    try:
        return int(args.handler(args))
    except (InputError, BrokerUnreachable, BrokerError) as error:
        print(f"newsstream {args.command}: {error}", file=sys.stderr)
        return 1 if not isinstance(error, InputError) else 2
    except ValidationError as error:
        problems = "; ".join(f"NEWS_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in error.errors())
        print(f"newsstream {args.command}: invalid settings: {problems}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsstream", description=__doc__)
    parser.add_argument("--version", action="version", version=f"newsstream {__version__}")
    commands = parser.add_subparsers(title="commands", dest="command")

    parse = commands.add_parser(
        "parse",
        help="parse raw articles offline: records on stdout, rejections on stderr (JSON Lines)",
        description="Parse files (.txt one article, .html/.htm[.gz] one page, .jsonl one envelope a line), "
        "directories (recursively) or - (stdin). Records go to stdout, rejections to stderr, one JSON "
        "object a line. Exits 0 whatever was rejected.",
    )
    parse.add_argument("paths", nargs="*", default=["-"], metavar="PATH")
    parse.set_defaults(handler=_parse_command)

    worker = commands.add_parser("worker", help="run the Faust worker against NEWS_BROKER_URL")
    worker.set_defaults(handler=_worker_command)

    feed = commands.add_parser("feed", help="send raw articles to the raw topic, one message each")
    feed.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or - (same inputs as parse)")
    feed.add_argument("--rate", type=float, default=None, metavar="N", help="at most N messages a second")
    feed.set_defaults(handler=_feed_command)

    tail = commands.add_parser("tail", help="print records of a topic as JSON Lines")
    tail.add_argument("--topic", default=None, help="topic to read (default: the parsed topic)")
    tail.add_argument("--from-beginning", action="store_true", help="start at the oldest message, not the newest")
    tail.add_argument("-n", type=int, default=None, metavar="N", help="stop after N records")
    tail.set_defaults(handler=_tail_command)

    replay = commands.add_parser(
        "replay-deadletter",
        help="send dead-lettered originals back to the raw topic (all, or by reason) once a fix has shipped",
    )
    replay.add_argument("--reason", action="append", default=None, metavar="REASON", help="only this reason (repeatable)")
    replay.set_defaults(handler=_replay_command)

    broker = commands.add_parser("broker", help="run only the embedded broker, in the foreground")
    broker.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    broker.set_defaults(handler=_broker_command)

    run = commands.add_parser(
        "run",
        help="the zero-setup main job: (embedded broker,) worker, and feed PATHs or the demo articles",
        description="Starts the embedded broker unless NEWS_BROKER_URL is set, a worker, and feeds PATHs (default: "
        "the packaged demo articles). With --exit-when-done, prints one JSON line "
        '{"fed": N, "parsed": P, "dead_lettered": D, "seconds": S, ...} and exits 0 exactly when N = P + D.',
    )
    run.add_argument("paths", nargs="*", metavar="PATH")
    run.add_argument("--exit-when-done", action="store_true", help="exit once every fed article came out")
    run.add_argument("--timeout", type=float, default=600.0, help="with --exit-when-done: give up after S seconds")
    run.add_argument("--rate", type=float, default=None, metavar="N", help="feed at most N messages a second")
    run.set_defaults(handler=_run_command)

    _line_command(
        commands,
        "entities",
        _entities_command,
        "named entities of each input line, as JSON Lines (how entity extraction is evaluated)",
        'Each input line is one text; for each, one JSON line {"entities": [{"text", "type", "start", "end", '
        '"canonical"}]} with offsets into that line (Python str indices).',
    )

    bench = commands.add_parser(
        "bench",
        help="measure the pipeline against a bare aiokafka loop and a bare Faust agent, on the embedded broker",
        description="One run on the embedded broker: aiokafka loop, Faust pass-through, the pipeline with one and two "
        "workers, the offline core, worker memory, end-to-end latency at half the throughput.",
    )
    bench.add_argument("--articles", type=int, default=2000, metavar="N", help="raw articles per measurement")
    bench.add_argument("--json", action="store_true", help="print one JSON object as the last line of stdout")
    bench.add_argument("--levers", action="store_true", help="instead: the Faust pass-through under each lever")
    bench.set_defaults(handler=_bench_command)

    _line_command(
        commands,
        "topics",
        _topics_command,
        "topic labels of each input line, as JSON Lines (how the classifier is evaluated)",
        'Each input line is a JSON object with "title" and "text" (and optionally "language"), or a plain text '
        'line; for each, one JSON line {"topics": [{"label", "score"}]}, best first.',
    )

    settings = commands.add_parser("settings", help="print the settings in force (secrets masked)")
    settings.set_defaults(handler=_settings_command)
    return parser


def _line_command(
    commands: Any, name: str, handler: Callable[[argparse.Namespace], int], summary: str, description: str
) -> None:
    """A command that reads one item a line from PATH or stdin and writes one JSON line each."""
    command = commands.add_parser(name, help=summary, description=description)
    command.add_argument("path", nargs="?", default="-", metavar="PATH|-")
    command.set_defaults(handler=handler)


def _parse_command(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from streams.core import Article, ParseOptions, parse_article
    from streams.core.enrich.duplicates import DuplicateIndex
    from streams.settings import load_settings

    options = ParseOptions(max_bytes=load_settings().max_message_bytes)
    index = DuplicateIndex()  # duplicates among the inputs of this run, as the stream finds them
    out, err = sys.stdout.buffer, sys.stderr.buffer
    for item in iter_items(args.paths):
        outcome = parse_article(item.data, options=options)
        if isinstance(outcome, Article) and outcome.enrichment is not None:
            found = outcome.enrichment
            outcome = replace(
                outcome, story=index.observe(outcome.id, found.fingerprint, found.signature, outcome.received_at)
            )
        stream = out if isinstance(outcome, Article) else err
        stream.write(orjson.dumps(outcome.to_dict()) + b"\n")
    out.flush()
    return 0


def _worker_command(args: argparse.Namespace) -> int:
    from streams.runtime.app import run_worker
    from streams.settings import load_settings

    return run_worker(load_settings())


def _feed_command(args: argparse.Namespace) -> int:
    from streams.runtime.feed import Progress, feed
    from streams.settings import load_settings

    settings = load_settings()
    items = list(iter_items(args.paths))
    report = asyncio.run(feed(settings, items, args.rate, Progress(len(items))))
    print(f"fed {report.sent} messages to {settings.raw_topic} in {report.seconds:.1f} s", file=sys.stderr)
    return 0


def _tail_command(args: argparse.Namespace) -> int:
    from streams.runtime.tail import tail
    from streams.settings import load_settings

    settings = load_settings()
    asyncio.run(tail(settings, args.topic or settings.parsed_topic, args.from_beginning, args.n))
    return 0


def _replay_command(args: argparse.Namespace) -> int:
    from streams.runtime.replay import replay_deadletter
    from streams.settings import load_settings

    settings = load_settings()
    reasons = frozenset(args.reason) if args.reason else None
    report = asyncio.run(replay_deadletter(settings, reasons))
    counts = ", ".join(f"{reason}: {count}" for reason, count in sorted(report.replayed.items())) or "none"
    print(f"replayed {sum(report.replayed.values())} of {report.read} dead letters to {settings.raw_topic} ({counts})",
          file=sys.stderr)  # fmt: skip
    return 0


def _broker_command(args: argparse.Namespace) -> int:
    from streams.runtime.broker import EmbeddedBroker

    with EmbeddedBroker(port=args.port) as broker:
        print(f"embedded broker (pid {broker.pid}) at {broker.url}; set NEWS_BROKER_URL={broker.url}", flush=True)
        print("Ctrl-C to stop", file=sys.stderr, flush=True)
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()
    return 0


def _run_command(args: argparse.Namespace) -> int:
    from streams.runtime.run import RunOptions, run
    from streams.settings import load_settings

    options = RunOptions(tuple(args.paths), args.exit_when_done, args.timeout, args.rate)
    return run(load_settings(), options)


def _entities_command(args: argparse.Namespace) -> int:
    from streams.core.enrich.entities import extract_entities
    from streams.core.enrich.tokens import tokenize

    out = sys.stdout.buffer
    for line in _input_lines(args.path):
        found = extract_entities(tokenize(line))
        out.write(orjson.dumps({"entities": [entity.to_dict() for entity in found]}) + b"\n")
    out.flush()
    return 0


def _input_lines(path: str) -> Iterator[str]:
    """The lines of a file, or of stdin for ``-``, without their line ends."""
    source = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    with source:
        for line in source:
            yield line.rstrip("\n")


def _bench_command(args: argparse.Namespace) -> int:
    from streams.runtime.bench import run_bench, run_levers

    say = lambda line: print(line, file=sys.stderr, flush=True)  # noqa: E731
    figures: dict[str, Any] = run_levers(args.articles, say) if args.levers else run_bench(args.articles, say)
    width = max(len(name) for name in figures)
    for name, value in figures.items():
        print(f"{name:<{width}}  {value}")
    if args.json:
        print(orjson.dumps(figures).decode())
    return 0


def _topics_command(args: argparse.Namespace) -> int:
    from streams.core.enrich.tokens import tokenize
    from streams.core.enrich.topics import classify
    from streams.core.language import detect_language

    out = sys.stdout.buffer
    for line in _input_lines(args.path):
        title, text, language = _topics_input(line)
        found = classify(title, tokenize(text), language or detect_language(f"{title or ''} {text}"))
        out.write(orjson.dumps({"topics": [{"label": t.label, "score": t.score} for t in found]}) + b"\n")
    out.flush()
    return 0


def _topics_input(line: str) -> tuple[str | None, str, str | None]:
    """(title, text, language) of one input line: a JSON object, or plain text."""
    if line.lstrip().startswith("{"):
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError:
            value = None
        if isinstance(value, dict):
            return value.get("title"), str(value.get("text") or ""), value.get("language")
    return None, line.strip(), None


def _settings_command(args: argparse.Namespace) -> int:
    from streams.settings import load_settings

    print(orjson.dumps(load_settings().masked(), option=orjson.OPT_INDENT_2).decode())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
