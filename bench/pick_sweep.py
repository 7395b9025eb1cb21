#!/usr/bin/env python3
"""The baseline for the pick sweep: the same computation in numpy, on one core.

Reads the plans the Java benchmark exported (`monthly_usd,capacity_users,feasible` per plan, where
feasible means the plan meets the availability and budget goals), then, timed: sorts the feasible
plans by cost, keeps each plan that carries more users than every cheaper one (a running maximum),
and answers every users value 1..1000 by a sorted search on that frontier. Prints the median of
timed runs after warm-up runs, in milliseconds, and a checksum of the picks so the Java side can
check both computed the same answer.

Usage: python3 bench/pick_sweep.py plans.csv [users_max]
"""
import sys
import time

import numpy as np


def picks(usd, cap, feasible, users):
    order = np.lexsort((-cap, usd))  # cost ascending, then more capacity first
    order = order[feasible[order]]
    c = cap[order]
    running = np.maximum.accumulate(c)
    keep = np.ones(len(c), dtype=bool)
    keep[1:] = running[1:] > running[:-1]
    keep &= c == running
    front_usd = usd[order][keep]
    front_cap = c[keep]
    i = np.searchsorted(front_cap, users, side="left")
    found = i < len(front_cap)
    out = np.full(len(users), np.nan)
    out[found] = front_usd[i[found]]
    return out


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    data = np.loadtxt(path, delimiter=",", skiprows=1)
    usd, cap, feasible = data[:, 0], data[:, 1].astype(np.int64), data[:, 2] > 0
    users = np.arange(1, top + 1)
    for _ in range(5):
        picks(usd, cap, feasible, users)
    times = []
    for _ in range(15):
        t = time.perf_counter()
        out = picks(usd, cap, feasible, users)
        times.append(time.perf_counter() - t)
    times.sort()
    print(f"plans={len(usd)} median_ms={1000 * times[len(times) // 2]:.3f} checksum={np.nansum(out):.2f}")


if __name__ == "__main__":
    main()
