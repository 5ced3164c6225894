"""`serve` command: build, serve on localhost, rebuild + reload the browser on every change.

    python -m site_builder serve [--content DIR] [--output DIR] [--host 127.0.0.1] [--port 8000] [--open]
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import webbrowser
from pathlib import Path

from site_builder.commands import missing_content_dir
from site_builder.render.theme import default_cache_dir
from site_builder.serve.app import DEBOUNCE_SECONDS, DEFAULT_HOST, DEFAULT_PORT, LiveServer, make_builder


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", type=Path, default=Path("content"), metavar="DIR",
                        help="content folder: articles/, site.yaml, entities.yaml (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=Path("site"), metavar="DIR",
                        help="folder the preview is built into and served from (default: %(default)s)")
    parser.add_argument("--host", default=DEFAULT_HOST,
                        help="address to bind (default: %(default)s, this machine only)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help="port to listen on; 0 picks a free one (default: %(default)s)")
    parser.add_argument("--open", action="store_true", help="open the site in the default browser")
    parser.add_argument("--base-url", default=None, help="override site.yaml's base_url")
    parser.add_argument("--cache", type=Path, default=None, metavar="DIR",
                        help="annotation cache folder, shared with `build` (default: .cache/site_builder beside the content folder)")
    parser.add_argument("--no-cache", action="store_true", help="annotate every article again on start")
    parser.add_argument("--workers", type=int, default=None, help="processes for annotation (default: one per core)")
    parser.add_argument("--debounce", type=float, default=DEBOUNCE_SECONDS, metavar="SECONDS",
                        help="quiet time after the last file event before rebuilding (default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")


def run(args: argparse.Namespace) -> int:
    content = args.content
    if missing_content_dir(content):
        return 2
    output = args.output
    problem = _bad_output(content, output)
    if problem:
        print(f"{output}: {problem}", file=sys.stderr)
        return 2
    builder = make_builder(content, output, base_url=args.base_url,
                           cache_dir=None if args.no_cache else (args.cache or default_cache_dir(content, output)),
                           workers=args.workers)
    server = LiveServer(builder, output, host=args.host, port=args.port, debounce=args.debounce,
                        verbose=args.verbose)
    main_thread = threading.current_thread() is threading.main_thread()
    saved = (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) if main_thread else None
    if main_thread:  # SIGTERM (from `make`, a process manager, CI) stops as cleanly as Ctrl-C;
        # SIGINT too, even when the shell started us with it ignored (a background job)
        signal.signal(signal.SIGTERM, _interrupt)
        signal.signal(signal.SIGINT, _interrupt)
    try:
        try:
            server.start()
        except OSError as exc:
            print(f"Cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        print(f"Serving {output} on {server.url}  (watching {', '.join(str(p) for p in server.watch)}; "
              "Ctrl-C to stop)", file=sys.stderr, flush=True)
        if args.open:
            webbrowser.open(server.url)
        server.wait()
    except KeyboardInterrupt:
        print("\nStopping.", file=sys.stderr)
    finally:
        if main_thread:  # a second Ctrl-C must not interrupt the clean shutdown
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
        try:
            server.stop()
        finally:
            if saved is not None:  # ignored signals are inherited by every process started later
                signal.signal(signal.SIGINT, saved[0])
                signal.signal(signal.SIGTERM, saved[1])
    return 0


def _bad_output(content: Path, output: Path) -> str:
    """The same rule as the builder's (site_builder.write.safety), checked before anything starts."""
    c, o = content.resolve(), output.resolve()
    if o == c or o in c.parents:
        return "the output folder must not be, or contain, the content folder"
    if c in o.parents:
        return "the output folder must not be inside the content folder"
    return ""


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
