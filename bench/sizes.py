#!/usr/bin/env python3
"""Writes a size list shaped like DigitalOcean's GET /v2/sizes response, with as many sizes as its
real list (about 150), for benchmarks: `python3 bench/sizes.py 150 > build/bench/sizes-150.json`.

The families, slugs and spec ladders follow DigitalOcean's naming (Basic s-, Premium Intel/AMD,
General Purpose g-/gd-, CPU-Optimized c-/c2-, Memory-Optimized m-/m3-/m6-, Storage-Optimized so-);
the prices are INVENTED (a per-vCPU rate per family, varied by up to +-10% with a fixed seed):
they size the search, they are not prices to cite. Every twelfth size is unavailable everywhere,
as retired sizes are in the real list."""
import json
import random
import sys

FAMILIES = [
    # slug prefix, suffix, description, GB per vCPU, disk GB per vCPU, USD per vCPU-month
    ("s", "", "Basic", 2, 25, 6.0),
    ("s", "-intel", "Basic Intel", 2, 40, 7.0),
    ("s", "-amd", "Basic AMD", 2, 40, 7.0),
    ("g", "", "General Purpose", 4, 12.5, 15.75),
    ("gd", "", "General Purpose NVMe", 4, 25, 17.0),
    ("c", "", "CPU-Optimized", 2, 12.5, 10.5),
    ("c2", "", "CPU-Optimized 2x SSD", 2, 25, 11.75),
    ("m", "", "Memory-Optimized", 8, 25, 21.0),
    ("m3", "", "Memory-Optimized 3x SSD", 8, 75, 26.0),
    ("m6", "", "Memory-Optimized 6x SSD", 8, 150, 32.75),
    ("so", "", "Storage-Optimized", 8, 150, 41.5),
]
VCPUS = [1, 2, 4, 6, 8, 12, 16, 20, 24, 32, 40, 48, 60, 80]


def sizes(n):
    rnd = random.Random(20261130)
    out = []
    for prefix, suffix, desc, gb, disk, usd in FAMILIES:
        for v in VCPUS:
            if len(out) == n:
                return out
            mem = v * gb
            price = round(usd * v * rnd.uniform(0.9, 1.1))
            retired = len(out) % 12 == 11
            out.append({
                "slug": f"{prefix}-{v}vcpu-{mem}gb{suffix}",
                "memory": mem * 1024,
                "vcpus": v,
                "disk": int(disk * v),
                "transfer": round(1 + v / 2, 1),
                "price_monthly": price,
                "price_hourly": round(price / 672, 5),
                "regions": [] if retired else ["ams3", "fra1", "nyc1", "sfo3", "sgp1"],
                "available": not retired,
                "description": desc,
            })
    return out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    body = {"_note": "BENCHMARK INPUT: shaped like DigitalOcean's GET /v2/sizes response; prices are invented",
            "sizes": sizes(n), "links": {}, "meta": {"total": n}}
    json.dump(body, sys.stdout, indent=1)
    sys.stdout.write("\n")
