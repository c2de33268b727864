#!/usr/bin/env python3
"""Times one-shot builds of the same synthetic site by Hugo and by the generator, in turn, and
prints the rows of the tables in README, "Speed" (wall mean, median and range, CPU, peak memory):

    mvn -q package -DskipTests                                   # target/vungcao-site.jar, for bin/vungcao
    mvn -q compile exec:java -Dexec.args="bench --dir $PWD/../b1003 --children 740 --news 185 --builds 1"
    python3 scripts/hugo-site.py ../b1003 ../hugo1003           # the same site for Hugo 0.111
    python3 scripts/speed-vs-hugo.py ../b1003 ../hugo1003 --rounds 10

Each round runs, in this order: `hugo --quiet -s HUGO_SITE`; `bin/vungcao build --site SITE --fresh`
(a first build: nothing taken from SITE/.cache/, as in a clean clone); `bin/vungcao build --site
SITE` (again: what the build before kept). Each builds into its site's public/ folder, which a
first round, not timed, creates (and the launcher's class archive with it). Needs GNU time at
/usr/bin/time (Debian: time) and hugo on the PATH. Alternating the commands spreads whatever else
the machine does over all of them; the load average is printed at the end, since other jobs on
the same cores slow a cold JVM more than Hugo. Kept for the benchmark only; not part of the
generator or its tests.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys


def run(command):
    """Wall seconds, user and system CPU seconds and peak RSS in MB of one run of `command`."""
    p = subprocess.run(["/usr/bin/time", "-f", "TIME %e %U %S %M"] + command,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(command)}\n{p.stderr}")
    m = re.search(r"TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)", p.stderr)
    wall, user, system, rss = m.groups()
    return float(wall), float(user), float(system), int(rss) / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", help="a site written by `bench --dir`")
    parser.add_argument("hugo_site", help="the same site written by scripts/hugo-site.py")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--launcher", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bin", "vungcao"))
    args = parser.parse_args()
    site, hugo_site = os.path.abspath(args.site), os.path.abspath(args.hugo_site)
    commands = {
        "Hugo": ["hugo", "--quiet", "-s", hugo_site],
        "`bin/vungcao`, first build": [args.launcher, "build", "--site", site, "--fresh"],
        "`bin/vungcao`, again": [args.launcher, "build", "--site", site],
    }
    for command in commands.values():
        run(command)
    times = {name: [] for name in commands}
    for _ in range(args.rounds):
        for name, command in commands.items():
            times[name].append(run(command))
    print("| command | wall: mean, median (min–max) | CPU user + sys (mean) | peak RSS |")
    print("|---|---|---|---|")
    for name, runs in times.items():
        wall = [r[0] for r in runs]
        rss = [r[3] for r in runs]
        print(f"| {name} | {statistics.mean(wall):.2f} s, {statistics.median(wall):.2f} s "
              f"({min(wall):.2f}–{max(wall):.2f}) | {statistics.mean(r[1] for r in runs):.2f} + "
              f"{statistics.mean(r[2] for r in runs):.2f} s | {min(rss):.0f}–{max(rss):.0f} MB |")
    print(f"\n{args.rounds} rounds; load average after: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
