#!/usr/bin/env python3
"""CPU time and wake-ups per request, per process and per thread, in each measurement window
of a `./murmur bench` run (ADR 0012).

    ./murmur bench ... > bench.log &
    bench/tools/thread-cpu.py record bench.log /tmp/threads      # until the run ends
    bench/tools/thread-cpu.py report /tmp/threads

`record` follows the run's output, stamps each line with the time it appeared, and from the
first warm-up on reads every thread's `/proc/<pid>/task/<tid>/schedstat` (CPU time, times
scheduled) every second, for the services, Kafka, the load generator, Redis and
PostgreSQL. It stops when the run prints its results. `report` takes, for each endpoint's
peak (measured in rounds, ADR 0014) and its half-of-peak window, the difference between the
first and last sample inside each window, summed over the endpoint's windows and divided by
the requests in them (rate times duration). Linux only; no access to the
JVMs is needed.
"""
import collections
import os
import re
import sys
import time

INTERVAL = 1.0


def process_name(pid):
    """Which part of the run a process is, or None for processes not ours."""
    try:
        args = open(f'/proc/{pid}/cmdline', 'rb').read().split(b'\0')
    except OSError:
        return None
    try:
        executable = os.readlink(f'/proc/{pid}/exe')
    except OSError:
        return None
    line = b' '.join(args).decode(errors='replace')
    if args[0].split(b' ')[0].endswith(b'redis-server'):
        # A Redis of the machine's own listens on the standard port; the run's on a free one.
        return None if ':6379' in line else 'redis'
    if executable.endswith('/postgres'):
        return 'postgres' if 'embedded-pg' in executable else None
    if not executable.endswith('/java'):
        return None
    service = re.search(r'/services/(\w+)/target/', line)
    if service:
        return service.group(1)
    if 'kafka.Kafka' in line:
        return 'kafka'
    if 'social.murmur.bench.Bench' in line:
        return 'load-generator'
    return None


def record(log, out):
    os.makedirs(out, exist_ok=True)
    stamped = open(os.path.join(out, 'phases.log'), 'w', buffering=1)
    samples = open(os.path.join(out, 'threads.log'), 'w', buffering=1)
    source = open(log, errors='replace')
    sampling = False
    while True:
        for line in iter(source.readline, ''):
            stamped.write(f'{time.time():.2f} {line}')
            sampling = sampling or 'warming up' in line
            if 'results in ' in line:
                return
        if sampling:
            now = time.time()
            rows = []
            for pid in filter(str.isdigit, os.listdir('/proc')):
                name = process_name(pid)
                if name is None:
                    continue
                try:
                    tids = os.listdir(f'/proc/{pid}/task')
                except OSError:
                    continue
                for tid in tids:
                    try:
                        thread = open(f'/proc/{pid}/task/{tid}/comm').read().strip().replace(' ', '_')
                        ran, _, scheduled = open(f'/proc/{pid}/task/{tid}/schedstat').read().split()
                    except OSError:
                        continue
                    rows.append(f'{now:.2f} {pid} {name} {tid} {thread} {ran} {scheduled}\n')
            samples.write(''.join(rows))
        time.sleep(INTERVAL)


def windows(phases):
    """(endpoint, 'peak' or 'half', start, end, requests per second) from the stamped log.

    A peak is measured in rounds, each printed when it ends with its rate and length; a
    fixed-rate run starts when the line before it was printed and ends with its own line."""
    found, previous = [], None
    for line in open(phases):
        m = re.match(r'(\d+\.\d+) bench: (.*?): (warming up|round \d+ of \d+: (\d+) requests/s over (\d+\.\d+) s'
                     r'|peak \d+ requests/s|at (\d+) requests/s)', line)
        if not m:
            continue
        at, name = float(m.group(1)), m.group(2)
        if m.group(4):
            found.append((name, 'peak', at - float(m.group(5)), at, float(m.group(4))))
        elif m.group(6):
            found.append((name, 'half', previous, at, float(m.group(6))))
        previous = at
    return found


def report(out):
    samples = collections.defaultdict(dict)
    for line in open(os.path.join(out, 'threads.log')):
        at, pid, name, tid, thread, ran, scheduled = line.split()
        samples[float(at)][(pid, tid)] = (name, re.sub(r'\d+', '#', thread), int(ran), int(scheduled))
    times = sorted(samples)
    # Per endpoint and kind: CPU and times scheduled per process and thread, requests, seconds.
    totals = collections.defaultdict(lambda: [collections.defaultdict(lambda: [0, 0]), 0.0, 0.0])
    for endpoint, kind, start, end, rate in windows(os.path.join(out, 'phases.log')):
        inside = [t for t in times if start + 0.3 <= t <= end - 0.3]
        if len(inside) < 2:
            continue
        first, last = samples[inside[0]], samples[inside[-1]]
        seconds = inside[-1] - inside[0]
        threads, _, _ = total = totals[(endpoint, kind)]
        total[1] += rate * seconds
        total[2] += seconds
        for key, (name, thread, ran, scheduled) in last.items():
            ran0, scheduled0 = first[key][2:] if key in first else (0, 0)
            threads[(name, thread)][0] += ran - ran0
            threads[(name, thread)][1] += scheduled - scheduled0
    for (endpoint, kind), (threads, requests, seconds) in totals.items():
        processes = collections.defaultdict(lambda: [0, 0])
        for (name, _), (ran, scheduled) in threads.items():
            processes[name][0] += ran
            processes[name][1] += scheduled
        total = sum(ran for ran, _ in processes.values())
        print(f'{endpoint}, {kind} at {requests / seconds:.0f}/s over {seconds:.0f} s: '
              f'{total / 1e6 / requests:.3f} ms CPU per request, {total / 1e9 / seconds * 100:.0f}% of one core')
        for name, (ran, scheduled) in sorted(processes.items(), key=lambda item: -item[1][0]):
            if ran / requests < 5_000:
                continue
            print(f'  {name:16s} {ran / 1e6 / requests:6.3f} ms {scheduled / requests:6.2f} times scheduled')
            for (owner, thread), (t_ran, t_scheduled) in sorted(threads.items(), key=lambda item: -item[1][0]):
                if owner == name and t_ran / requests >= 10_000:
                    print(f'      {thread:16s} {t_ran / 1e6 / requests:6.3f} ms {t_scheduled / requests:6.2f}')


if __name__ == '__main__':
    if len(sys.argv) == 4 and sys.argv[1] == 'record':
        record(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == 'report':
        report(sys.argv[2])
    else:
        sys.exit(__doc__)
