"""A partner's calendar server on loopback, scripted for the tests of following partners
(tests/api/sources.rs). Python's own HTTP server (standard library only).

    python3 partner_server.py FOLDER    prints the port it listens on, then serves:

/feed/NAME        FOLDER/NAME as text/calendar, with a strong ETag (its SHA-256) and
                  Last-Modified; 304 to a matching If-None-Match or If-Modified-Since
/latin1/NAME      the same with "charset=ISO-8859-1"
/status/CODE      that status (503 and 429 with Retry-After: 120)
/redirect-private 302 to http://10.255.255.1/feed.ics (a private address)
/redirect-loop    302 to itself, forever
/redirect/NAME    302 to /feed/NAME (one redirect: followed)
/bomb             a gzip bomb: 200 MB of zeros sent gzip-compressed (about 200 KB)
/big              a 40 MB body
/truncated        a calendar cut short: Content-Length says more than is sent, then it closes
/cut              a calendar cut before END:VCALENDAR, its end the connection's (no length)
/html             an HTML page
/slow             waits 20 s before answering
/pause/NAME       waits 1 s, then serves /feed/NAME (to see how many requests are in flight)
/stats            {"requests": {path: n}, "not_modified": n, "user_agents": [...]} as JSON
"""

import gzip
import hashlib
import json
import os
import sys
import threading
import time
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FOLDER = sys.argv[1]
STATS = {"requests": {}, "not_modified": 0, "user_agents": [], "in_flight": 0, "most_at_once": 0}
LOCK = threading.Lock()
BOMB = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        with LOCK:
            STATS["requests"][self.path] = STATS["requests"].get(self.path, 0) + 1
            if self.path != "/stats":
                STATS["user_agents"].append(self.headers.get("User-Agent", ""))
        p = self.path
        if p.startswith("/pause/"):
            with LOCK:
                STATS["in_flight"] += 1
                STATS["most_at_once"] = max(STATS["most_at_once"], STATS["in_flight"])
            time.sleep(1)
            with LOCK:
                STATS["in_flight"] -= 1
            p = "/feed/" + p.split("/", 2)[2]
        if p.startswith("/feed/") or p.startswith("/latin1/"):
            name = p.split("/", 2)[2]
            path = os.path.join(FOLDER, os.path.basename(name))
            if not os.path.exists(path):
                return self.send(404, b"no such calendar")
            body = open(path, "rb").read()
            etag = '"%s"' % hashlib.sha256(body).hexdigest()[:32]
            mtime = os.path.getmtime(path)
            last_modified = formatdate(mtime, usegmt=True)
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            fresh = False
            if inm is not None:
                fresh = etag in [t.strip() for t in inm.split(",")]
            elif ims is not None:
                try:
                    fresh = int(mtime) <= parsedate_to_datetime(ims).timestamp()
                except (TypeError, ValueError):
                    fresh = False
            if fresh:
                with LOCK:
                    STATS["not_modified"] += 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            charset = "ISO-8859-1" if p.startswith("/latin1/") else "utf-8"
            return self.send(200, body, [("Content-Type", "text/calendar; charset=" + charset), ("ETag", etag), ("Last-Modified", last_modified), ("Cache-Control", "max-age=1800")])
        if p.startswith("/status/"):
            code = int(p.rsplit("/", 1)[1])
            extra = [("Retry-After", "120")] if code in (429, 503) else []
            return self.send(code, b"unavailable", extra)
        if p == "/redirect-private":
            return self.send(302, b"", [("Location", "http://10.255.255.1/feed.ics")])
        if p == "/redirect-loop":
            return self.send(302, b"", [("Location", "/redirect-loop")])
        if p.startswith("/redirect/"):
            return self.send(302, b"", [("Location", "/feed/" + p.split("/", 2)[2])])
        if p == "/bomb":
            return self.send(200, BOMB, [("Content-Type", "text/calendar"), ("Content-Encoding", "gzip")])
        if p == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            size = 40 * 1024 * 1024
            self.send_header("Content-Length", str(size))
            self.end_headers()
            chunk = b"X" * (1024 * 1024)
            try:
                for _ in range(40):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if p == "/truncated":
            body = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:cut@p\r\nSUMMARY:Cut\r\nDTSTART:20270101T100000Z\r\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            self.send_header("Content-Length", str(len(body) + 500))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            self.close_connection = True
            return
        if p == "/cut":
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:cut@p\r\nSUMMARY:Cut\r\n")
            self.wfile.flush()
            self.close_connection = True
            return
        if p == "/html":
            return self.send(200, b"<!doctype html><title>Calendar</title><p>Our events", [("Content-Type", "text/html")])
        if p == "/slow":
            time.sleep(20)
            return self.send(200, b"too late", [("Content-Type", "text/calendar")])
        if p == "/stats":
            with LOCK:
                body = json.dumps(STATS).encode()
            return self.send(200, body, [("Content-Type", "application/json")])
        return self.send(404, b"not here")


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # The client hung up on a body it refused (the bomb, the 40 MB one): expected.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


server = Server(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
