#!/usr/bin/env python3
# Clients for TestListenerHostile: each subcommand is one kind of client (hostile, or an
# honest one to show the listener still serves), run against the listener the test hosts
# on 127.0.0.1. What happened is printed a line at a time, for the test to check.
#
#   hostile_clients.py CERTS COMMAND ARGS...
#
# CERTS is a folder of NAME.crt and NAME.key (PEM, key passphrase "test-key").
import ftplib
import hashlib
import os
import random
import select
import socket
import ssl
import struct
import sys
import threading
import time

HOST = '127.0.0.1'
CERTS = sys.argv[1]


def say(*parts):
    print(*parts, flush=True)


def context(cert=None):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    if cert:
        ctx.load_cert_chain(os.path.join(CERTS, cert + '.crt'),
                            os.path.join(CERTS, cert + '.key'), password='test-key')
    return ctx


def abort(sock):
    # A reset instead of a goodbye, as a client that vanishes leaves it.
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    except OSError:
        pass
    sock.close()


def connect(port, timeout=10, source=None):
    return socket.create_connection((HOST, port), timeout=timeout,
                                    source_address=(source, 0) if source else None)


class Lines:
    """Reads CRLF lines and FTP replies from a socket, TLS or not."""

    def __init__(self, sock):
        self.sock = sock
        self.buffer = b''

    def line(self, timeout=20):
        deadline = time.monotonic() + timeout
        while b'\n' not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError('no reply')
            self.sock.settimeout(left)
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError('closed')
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b'\n')
        return line.decode('utf-8', 'replace').rstrip('\r')

    def reply(self, timeout=20):
        first = self.line(timeout)
        if len(first) > 3 and first[3] == '-':
            while True:
                last = self.line(timeout)
                if last.startswith(first[:3] + ' '):
                    return last
        return first


def explicit_tls(port, cert=None, timeout=20, source=None):
    """A control connection after AUTH TLS, and its reader."""
    raw = connect(port, timeout, source)
    lines = Lines(raw)
    lines.reply(timeout)
    raw.sendall(b'AUTH TLS\r\n')
    lines.reply(timeout)
    tls = context(cert).wrap_socket(raw)
    return tls, Lines(tls)


def ftps(port, cert=None, source=None, timeout=90):
    # Generous: password checks queue for the CPU (PBKDF2, 600,000 rounds each) behind
    # every other sign-on of a test, on a machine that may be running other suites too.
    f = ftplib.FTP_TLS(context=context(cert), timeout=timeout,
                       source_address=(source, 0) if source else None)
    f.connect(HOST, port)
    f.auth()
    return f


def attempt(fn):
    try:
        return str(fn())
    except ftplib.all_errors as e:
        return 'ERR ' + str(e)


def send_until(sock, chunk, seconds, limit, tail):
    """Sends `chunk` over and over without reading, for `seconds`; once `limit` bytes are
    sent, only `tail` now and then, to notice a close. Returns the bytes sent and why it
    stopped: 'time', or 'closed' by the listener."""
    sent = 0
    end = time.monotonic() + seconds
    sock.settimeout(0.2)
    while time.monotonic() < end:
        try:
            if sent < limit:
                sent += sock.send(chunk)
            else:
                sent += sock.send(tail)
                time.sleep(0.2)
        except (socket.timeout, ssl.SSLWantWriteError):
            continue
        except (OSError, ssl.SSLError):
            return sent, 'closed'
    return sent, 'time'


# --- one client of a kind

def flood_ftps(port, seconds, limit=30 * 1024 * 1024):
    """FEAT and NOOP in the clear, never a reply read."""
    sock = connect(port)
    say('flooding')
    sent, why = send_until(sock, b'FEAT\r\nNOOP\r\n' * 4096, seconds, limit, b'NOOP\r\n')
    abort(sock)
    return sent, why


def flood_https(port, seconds, limit=30 * 1024 * 1024):
    """TLS, a request, then more and more bytes, never a reply read."""
    sock = context().wrap_socket(connect(port))
    say('flooding')
    head = b'POST /nothing HTTP/1.1\r\nHost: localhost\r\nContent-Length: 16\r\n\r\n'
    sock.sendall(head + b'0123456789abcdef')
    sent, why = send_until(sock, b'x' * 16384, seconds, limit, b'x')
    abort(sock)
    return sent + len(head) + 16, why


def trickle_https(port, interval, give_up):
    """A request head, one byte at a time; returns (what it heard, closed?, seconds)."""
    start = time.monotonic()
    sock = context().wrap_socket(connect(port))
    head = (b'POST /machine.aspx HTTP/1.1\r\nHost: localhost\r\nX-Slow: ' + b'a' * 5000 +
            b'\r\n\r\n')
    heard = b''
    closed = False
    for byte in head:
        if time.monotonic() - start > give_up:
            break
        try:
            sock.settimeout(5)
            sock.send(bytes([byte]))
            readable, _, _ = select.select([sock], [], [], interval)
            if readable or sock.pending():
                data = sock.recv(65536)
                heard += data
                if not data:
                    closed = True
                    break
        except (OSError, ssl.SSLError):
            closed = True
            break
    abort(sock)
    return heard, closed, time.monotonic() - start


def trickle_ftps(port, interval, give_up, cert=None):
    """USER, then a NOOP now and then, never PASS; returns (replies, closed?, seconds)."""
    start = time.monotonic()
    sock, lines = explicit_tls(port, cert)
    replies = []
    closed = False
    try:
        sock.sendall(b'USER paula\r\n')
        replies.append(lines.reply())
        while time.monotonic() - start < give_up:
            sock.sendall(b'NOOP\r\n')
            replies.append(lines.reply())
            time.sleep(interval)
    except (OSError, ssl.SSLError, TimeoutError, ConnectionError):
        closed = True
    # The last words, if any were left unread.
    try:
        while True:
            replies.append(lines.reply(2))
    except Exception:
        pass
    abort(sock)
    return replies, closed, time.monotonic() - start


def churn_one(kind, port, stage):
    """Connects and vanishes at `stage`: 0 at once, 1 after the greeting or handshake,
    2 in the middle of a TLS handshake, 3 closes politely."""
    sock = connect(port)
    try:
        if stage == 1 and kind == 'ftps':
            Lines(sock).reply(10)
        elif stage == 1:
            sock = context().wrap_socket(sock)
        elif stage == 2:
            if kind == 'ftps':
                lines = Lines(sock)
                lines.reply(10)
                sock.sendall(b'AUTH TLS\r\n')
                lines.reply(10)
            sock.sendall(b'\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03' + os.urandom(32))
        if stage == 3:
            sock.close()
            return
    except (OSError, ssl.SSLError, TimeoutError, ConnectionError):
        pass
    abort(sock)


def honest_ftps(port, by_certificate, results, index):
    try:
        if by_certificate:
            f = ftps(port, 'gus')
            signed = f.login('gus')
        else:
            f = ftps(port)
            signed = f.login('paula', 'paula-demo')
        f.prot_p()
        f.nlst()
        bye = f.quit()
        results[index] = 'ok %d %s / %s' % (index, signed, bye)
    except Exception as e:  # any failure is the answer
        results[index] = 'fail %d %r' % (index, e)


# --- the subcommands

def cmd_flood_ftps(port, seconds):
    sent, why = flood_ftps(int(port), float(seconds))
    say('sent', sent)
    say('ended', why)


def cmd_flood_https(port, seconds):
    sent, why = flood_https(int(port), float(seconds))
    say('sent', sent)
    say('ended', why)


def cmd_trickle_https(port, interval, give_up):
    heard, closed, seconds = trickle_https(int(port), float(interval), float(give_up))
    say('heard', heard.split(b'\r\n')[0].decode('latin-1') if heard else '-')
    say('closed' if closed else 'still open', '%.1f' % seconds)


def cmd_trickle_ftps(port, interval, give_up):
    replies, closed, seconds = trickle_ftps(int(port), float(interval), float(give_up))
    for reply in replies:
        if not reply.startswith('200 NOOP'):
            say('reply', reply)
    say('noops', sum(1 for r in replies if r.startswith('200 NOOP')))
    say('closed' if closed else 'still open', '%.1f' % seconds)


def cmd_churn(https, ftps_port, implicit, count):
    count = int(count)
    jobs = []
    for i in range(count):
        jobs.append(('https', int(https), i % 4))
        jobs.append(('ftps', int(ftps_port), i % 4))
        if i % 5 == 0:
            jobs.append(('implicit', int(implicit), i % 4))
    random.shuffle(jobs)

    def run(part):
        for kind, port, stage in part:
            try:
                churn_one(kind, port, stage)
            except Exception:
                pass

    threads = [threading.Thread(target=run, args=(jobs[i::8],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    say('churned', len(jobs))


def cmd_starttls_inject(port):
    raw = connect(int(port))
    lines = Lines(raw)
    say('clear', lines.reply())
    raw.sendall(b'AUTH TLS\r\nNOOP\r\n')  # one write: the NOOP rides in the clear
    say('clear', lines.reply())
    if lines.buffer:
        say('clear-extra', lines.buffer)
    tls = context().wrap_socket(raw)
    tls_lines = Lines(tls)
    tls.sendall(b'PBSZ 0\r\n')
    say('tls', tls_lines.reply())
    tls.sendall(b'PROT P\r\n')
    say('tls', tls_lines.reply())
    tls.close()


def cmd_pipeline(port, count):
    """Client A sends `count` USER/PASS pairs in one write; client B, right after, a NOOP.
    How many of A's 230s had arrived when B's reply came tells whether the hashing held
    up the event loop."""
    count = int(count)
    a, a_lines = explicit_tls(int(port))
    a.sendall(b'USER paula\r\nPASS paula-demo\r\n' * count)
    b, b_lines = explicit_tls(int(port))
    b.sendall(b'NOOP\r\n')
    say('B', b_lines.reply())
    # What A has been sent by now, without waiting for more.
    a.setblocking(False)
    try:
        while True:
            chunk = a.recv(65536)
            if not chunk:
                break
            a_lines.buffer += chunk
    except (BlockingIOError, ssl.SSLWantReadError):
        pass
    a.setblocking(True)
    before = sum(1 for line in a_lines.buffer.split(b'\n') if line.startswith(b'230 '))
    say('A before B', before)
    signed = 0
    for _ in range(2 * count):
        if a_lines.reply(60).startswith('230 '):
            signed += 1
    say('A signed on', signed)
    b.close()
    a.close()


def cmd_throttle(port, source, other_source):
    """Wrong passwords from `source`, for several usernames; then the right one."""
    port = int(port)
    f = ftps(port, 'frank', source=source)
    say('frank USER', attempt(lambda: f.sendcmd('USER frank')))
    say('frank PASS', attempt(lambda: f.sendcmd('PASS wrong')))
    say('unknown USER', attempt(lambda: f.sendcmd('USER nobody-at-all')))
    say('unknown PASS', attempt(lambda: f.sendcmd('PASS wrong')))
    for name in ('nobody-1', 'nobody-2', 'nobody-3'):
        f.sendcmd('USER ' + name)
        attempt(lambda: f.sendcmd('PASS wrong'))
    say('paula USER', attempt(lambda: f.sendcmd('USER paula')))
    say('paula PASS', attempt(lambda: f.sendcmd('PASS paula-demo')))
    f.close()
    # Another address is not held back by those failures.
    g = ftps(port, source=other_source)
    say('elsewhere', attempt(lambda: g.login('paula', 'paula-demo')))
    g.quit()


def cmd_honest(port, count, mode):
    """`count` FTPS sign-ons at once: by certificate (gus), password (paula), or both."""
    count = int(count)
    results = [None] * count
    threads = []
    for i in range(count):
        by_certificate = mode == 'certificate' or (mode == 'both' and i % 2 == 0)
        threads.append(threading.Thread(target=honest_ftps,
                                        args=(int(port), by_certificate, results, i)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for line in results:
        say(line)


def cmd_download(port, name, size, pause, at_least):
    """RETR with a data connection that reads nothing for `pause` seconds, then reads at a
    pace that makes the whole transfer last `at_least` seconds."""
    size, pause, at_least = int(size), float(pause), float(at_least)
    f = ftps(int(port), 'gus')
    f.login('gus')
    f.prot_p()
    f.voidcmd('TYPE I')
    start = time.monotonic()
    conn = f.transfercmd('RETR ' + name)
    say('paused')
    time.sleep(pause)
    digest = hashlib.sha256()
    received = 0
    while True:
        data = conn.recv(65536)
        if not data:
            break
        digest.update(data)
        received += len(data)
        due = pause + (at_least - pause) * received / size
        ahead = due - (time.monotonic() - start)
        if ahead > 0:
            time.sleep(ahead)
    conn.unwrap()
    conn.close()
    say('received', received)
    say('sha256', digest.hexdigest())
    say('reply', attempt(f.voidresp))
    say('seconds', '%.1f' % (time.monotonic() - start))
    say('after', attempt(lambda: f.sendcmd('NOOP')))
    f.quit()


def cmd_mixed(https, ftps_port, implicit):
    """Hostile load on every port until stdin closes: non-readers, tricklers, a
    connect-and-vanish churn and random garbage. Prints how many of each it made."""
    https, ftps_port, implicit = int(https), int(ftps_port), int(implicit)
    stop = threading.Event()
    counts = {'flood': 0, 'trickle': 0, 'churn': 0, 'garbage': 0}
    lock = threading.Lock()

    def count(kind):
        with lock:
            counts[kind] += 1

    def again(kind, fn, pause):
        while not stop.is_set():
            try:
                fn()
            except Exception:
                pass
            count(kind)
            time.sleep(pause)

    def flood(port, is_https):
        if is_https:
            sock = context().wrap_socket(connect(port))
            sock.sendall(b'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n')
            chunk = b'y' * 16384
        else:
            sock = connect(port)
            chunk = b'FEAT\r\nNOOP\r\n' * 4096
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                sock.send(chunk)
            except (socket.timeout, ssl.SSLWantWriteError):
                continue
            except (OSError, ssl.SSLError):
                break
        abort(sock)

    def trickle(port, is_https):
        if is_https:
            sock = context().wrap_socket(connect(port))
            data = b'POST /machine.aspx HTTP/1.1\r\nHost: localhost\r\nX-Slow: ' + b'b' * 5000
            for byte in data:
                if stop.is_set():
                    break
                sock.send(bytes([byte]))
                time.sleep(0.2)
        else:
            sock, lines = explicit_tls(port)
            while not stop.is_set():
                sock.sendall(b'NOOP\r\n')
                lines.reply(10)
                time.sleep(0.5)
        abort(sock)

    def churn():
        kind, port = random.choice([('https', https), ('ftps', ftps_port),
                                    ('implicit', implicit)])
        churn_one(kind, port, random.randrange(4))

    def garbage(port):
        sock = connect(port)
        sock.sendall(os.urandom(random.randrange(1, 16384)))
        time.sleep(0.1)
        abort(sock)

    # (kind, client, pause before the next one)
    jobs = []
    for i in range(10):
        jobs.append(('flood', lambda: flood(https, True), 0.2))
        jobs.append(('flood', lambda: flood(ftps_port, False), 0.2))
        jobs.append(('trickle', lambda: trickle(https, True), 0.05))
        jobs.append(('trickle', lambda: trickle(ftps_port, False), 0.05))
    jobs.append(('churn', churn, 0.01))
    for port in (https, ftps_port, implicit):
        jobs.append(('garbage', lambda port=port: garbage(port), 0.02))
    threads = [threading.Thread(target=again, args=job, daemon=True) for job in jobs]
    for t in threads:
        t.start()
    say('started', len(threads))
    sys.stdin.read()  # until the test closes it
    stop.set()
    for t in threads:
        t.join(15)
    say(' '.join('%s %d' % item for item in sorted(counts.items())))


COMMANDS = {
    'flood-ftps': cmd_flood_ftps,
    'flood-https': cmd_flood_https,
    'trickle-https': cmd_trickle_https,
    'trickle-ftps': cmd_trickle_ftps,
    'churn': cmd_churn,
    'starttls-inject': cmd_starttls_inject,
    'pipeline': cmd_pipeline,
    'throttle': cmd_throttle,
    'honest': cmd_honest,
    'download': cmd_download,
    'mixed': cmd_mixed,
}

if __name__ == '__main__':
    COMMANDS[sys.argv[2]](*sys.argv[3:])
