#!/usr/bin/env python3
"""Where the CPU of the measured route run goes: the JFR execution samples (benchmark/run.sh, -Dbench.jfr) by layer.

  benchmark/jfr-kosten.py target/benchmark/route071.jfr

Each sample is one Java thread's stack, seen running. "self" gives the sample to the layer of its topmost frame that
is not the JDK (JDK code counts for the layer that called it); "incl" counts the samples with a frame of that layer
anywhere on the stack (a layer calling another counts in both). Prints PROFILE lines for the report.
"""
import subprocess
import sys
from collections import Counter

LAGEN = [  # (layer, package prefixes), the first match wins
    ("jdbc_postgresql", ("org.postgresql.",)),
    ("hikaricp", ("com.zaxxer.hikari.",)),
    ("mybatis", ("org.apache.ibatis.",)),
    ("feel_scala", ("org.camunda.feel.", "scala.", "fastparse.")),
    ("dmn_engine", ("org.camunda.bpm.dmn.",)),
    ("juel", ("org.camunda.bpm.impl.juel.", "jakarta.el.", "javax.el.")),
    ("json_spin_jackson", ("com.fasterxml.jackson.", "org.camunda.spin.")),
    ("route071", ("nl.route071.",)),
    ("camunda_engine", ("org.camunda.bpm.engine.", "org.camunda.bpm.model.", "org.camunda.commons.")),
    ("spring", ("org.springframework.",)),
    ("logging", ("ch.qos.logback.", "org.slf4j.")),
]
JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")


def laag(frame):
    for naam, prefixen in LAGEN:
        if frame.startswith(prefixen):
            return naam
    return None if frame.startswith(JDK) else "other"


def stacks(bestand):
    uit = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", bestand],
                         check=True, capture_output=True, text=True).stdout
    stack, binnen = [], False
    for regel in uit.splitlines():
        r = regel.strip()
        if r.startswith("stackTrace = ["):
            stack, binnen = [], True
        elif binnen and r == "]":
            binnen = False
            yield stack
        elif binnen and r and r != "...":
            stack.append(r.split("(")[0])


def main(bestand):
    zelf, incl, totaal = Counter(), Counter(), 0
    for stack in stacks(bestand):
        totaal += 1
        lagen = [laag(f) for f in stack]
        eerste = next((l for l in lagen if l is not None), "jdk")
        zelf[eerste] += 1
        for l in set(x for x in lagen if x is not None):
            incl[l] += 1
    if totaal == 0:
        print("PROFILE FAILED no execution samples in " + bestand)
        return 1
    print(f"PROFILE samples={totaal} file={bestand} (self: topmost non-JDK frame; incl: anywhere on the stack)")
    for naam in sorted(set(zelf) | set(incl), key=lambda n: -zelf[n]):
        print(f"PROFILE layer={naam:<18} self_pct={100.0 * zelf[naam] / totaal:5.1f} incl_pct={100.0 * incl[naam] / totaal:5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
