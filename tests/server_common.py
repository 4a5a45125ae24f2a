"""Shared by the kosearch-server tests (server_*.py): the flags ctest passes,
a database of the bundled corpus, a server started on a free loopback port,
and HTTP requests that return (status, headers, body)."""
import argparse, http.client, json, pathlib, re, signal, subprocess, urllib.parse


def parse_args(doc):
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("--server", required=True)
    ap.add_argument("--index", required=True)
    ap.add_argument("--query", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--docs", help="folder where the browser test saves its screenshot")
    ap.add_argument("--sanitized", action="store_true",
                    help="the server is built with AddressSanitizer: its quarantine keeps freed memory, "
                         "so resident memory is reported, not checked")
    return ap.parse_args()


def index_corpus(index, corpus, db):
    subprocess.run([index, "-q", "--db", str(db), str(corpus)], check=True, timeout=300)


class Server:
    """kosearch-server on 127.0.0.1, a port the system picks."""

    def __init__(self, binary, *flags):
        self.proc = subprocess.Popen([binary, "--listen", "127.0.0.1:0", *map(str, flags)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        line = self.proc.stderr.readline().decode()
        m = re.search(r"listening on http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            self.proc.kill()
            raise RuntimeError("kosearch-server did not start: " + line + self.proc.stderr.read().decode())
        self.port = int(m.group(1))

    def request(self, method, path, params=None, body=None, headers=None, timeout=60):
        if params is not None:
            path += "?" + urllib.parse.urlencode(params, doseq=True)
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            return r.status, dict(r.getheaders()), r.read()
        finally:
            conn.close()

    def get_json(self, path, params=None):
        status, headers, body = self.request("GET", path, params)
        return status, json.loads(body)

    def rss_kb(self):
        for line in pathlib.Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0

    def stop(self, sig=signal.SIGTERM, timeout=30):
        """Sends `sig` and returns the exit code and what the server printed."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        code = self.proc.wait(timeout=timeout)
        return code, self.proc.stderr.read().decode()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def cli_json(query_bin, db, args):
    r = subprocess.run([query_bin, "--db", str(db), "--json", *args], capture_output=True, timeout=120)
    return r.returncode, r.stdout, r.stderr.decode()


class Checks:
    def __init__(self):
        self.failures = 0
        self.count = 0

    def check(self, ok, what):
        self.count += 1
        if not ok:
            self.failures += 1
            print("FAIL:", what, flush=True)
        return ok

    def done(self, name):
        print(f"{name}: {self.count - self.failures} of {self.count} checks passed", flush=True)
        return 1 if self.failures else 0
