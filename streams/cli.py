"""The `newsstream` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import orjson

from streams import __version__
from streams.core import Article, parse_article
from streams.inputs import InputError, iter_items


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args))
    except InputError as error:
        print(f"newsstream: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsstream", description=__doc__)
    parser.add_argument("--version", action="version", version=f"newsstream {__version__}")
    commands = parser.add_subparsers(title="commands")

    parse = commands.add_parser(
        "parse",
        help="parse raw articles offline: records on stdout, rejections on stderr (JSON Lines)",
        description="Parse files (.txt one article, .html/.htm[.gz] one page, .jsonl one envelope a line), "
        "directories (recursively) or - (stdin). Records go to stdout, rejections to stderr, one JSON "
        "object a line. Exits 0 whatever was rejected.",
    )
    parse.add_argument("paths", nargs="*", default=["-"], metavar="PATH")
    parse.set_defaults(handler=_parse_command)
    return parser


def _parse_command(args: argparse.Namespace) -> int:
    out, err = sys.stdout.buffer, sys.stderr.buffer
    for item in iter_items(args.paths):
        outcome = parse_article(item.data)
        stream = out if isinstance(outcome, Article) else err
        stream.write(orjson.dumps(outcome.to_dict()) + b"\n")
    out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
