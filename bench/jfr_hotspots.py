#!/usr/bin/env python3
"""Hot spots of a JFR recording: execution samples by top frame (self) and by method anywhere on the stack
(inclusive), counted once per sample. Usage: jfr_hotspots.py RECORDING.jfr [--top N] [--prefix io.diplomaticvisits]"""
import argparse
import collections
import json
import subprocess


def frames(sample):
    for f in sample["values"]["stackTrace"]["frames"]:
        m = f["method"]
        cls = m["type"]["name"].replace("/", ".")
        yield cls.split(".")[-1] + "." + m["name"], f.get("lineNumber"), cls


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("recording")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--prefix", default="io.diplomaticvisits")
    a = ap.parse_args()
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample",
                          a.recording], check=True, capture_output=True, text=True).stdout
    samples = json.loads(out)["recording"]["events"]
    self_time = collections.Counter()
    self_line = collections.Counter()
    inclusive = collections.Counter()
    for s in samples:
        fs = list(frames(s))
        if not fs:
            continue
        self_time[fs[0][0]] += 1
        self_line[f"{fs[0][0]}:{fs[0][1]}"] += 1
        seen = set()
        for name, _, cls in fs:
            if cls.startswith(a.prefix) and name not in seen:
                seen.add(name)
                inclusive[name] += 1
    n = len(samples)
    print(f"{n} execution samples")
    for title, counter in (("self (top frame)", self_time), ("self by line", self_line),
                           (f"inclusive ({a.prefix} methods on the stack)", inclusive)):
        print(f"\n== {title}")
        for name, c in counter.most_common(a.top):
            print(f"{100.0 * c / n:6.1f}%  {name}")


if __name__ == "__main__":
    main()
