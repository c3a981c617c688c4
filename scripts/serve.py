#!/usr/bin/env python3
"""Serves www/ on 127.0.0.1 for `make serve` and the browser tests.

A static server with the MIME types the page needs (application/wasm for instantiateStreaming,
text/javascript for modules), no caching (a rebuilt package is picked up on reload), and the
page's Content-Security-Policy also sent as a header (it covers the worker too).

Usage: serve.py [--port N] [--root DIR]   (--port 0: any free port). Prints the URL.
"""

import argparse
import functools
import http.server
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; "
    "connect-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


# The imitation of the Official Account editor (www/editors/wechat.html) carries the inline
# styles the real editor writes into drafts; everything else allows none.
INLINE_STYLE_PAGES = ("/editors/wechat.html",)


def csp_for(path):
    if path.split("?", 1)[0] in INLINE_STYLE_PAGES:
        return CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    return CSP


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".html": "text/html; charset=utf-8",
        ".css": "text/css; charset=utf-8",
        ".md": "text/markdown; charset=utf-8",
        ".ts": "text/plain; charset=utf-8",
        ".svg": "image/svg+xml",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Security-Policy", csp_for(self.path))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        super().end_headers()

    def log_message(self, format, *args):
        if not self.server.quiet:
            super().log_message(format, *args)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--root", default=str(ROOT / "www"))
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args()
    root = Path(args.root).resolve()
    if not (root / "pkg" / "draftlint.js").exists():
        sys.exit(f"serve: {root}/pkg is missing: run `make wasm` first")
    handler = functools.partial(Handler, directory=str(root))
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as server:
        server.quiet = args.quiet
        host, port = server.server_address[:2]
        print(f"draftlint: serving {root} at http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
