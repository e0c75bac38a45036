#!/usr/bin/env python3
"""Writes a synthetic StakeMap network as native YAML, for the benchmarks.

Usage: scripts/make_network.py SHAPE N FILE
  SHAPE  mixed     — the network of scripts/bench-render: about two ties per actor, coalitions,
                     English and Arabic names (what a grown alliance file looks like)
         ba        — a Barabási–Albert network (m = 2, seed 42, networkx), connected
         isolated  — N actors and no ties at all
Deterministic: the same arguments give the same bytes.
"""
import sys

KINDS = ["person", "organization", "organization", "un-body", "government", "diplomatic-mission",
         "person", "media", "community", "person"]
TIE_KINDS = ["met", "met", "met", "partners-with", "supports", "advocates-to", "funds", "opposes"]


def actors(n):
    for i in range(n):
        kind = "coalition" if i % 10 == 9 else KINDS[i % 10]
        yield f"  - {{id: a{i}, kind: {kind}, name: {{en: Actor {i}, ar: فاعل {i}}}}}"


def mixed_ties(n):
    state = 1

    def nxt(bound):
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (state >> 33) % bound

    for i in range(1, n):
        other = nxt(i)
        yield f"  - {{from: a{i}, to: a{other}, kind: {TIE_KINDS[nxt(len(TIE_KINDS))]}}}"
        extra = nxt(n)
        if extra != i:
            coalition = (extra // 10) * 10 + 9
            if i % 7 == 0 and coalition < n and coalition != i:
                yield f"  - {{from: a{i}, to: a{coalition}, kind: member-of}}"
            else:
                yield f"  - {{from: a{i}, to: a{extra}, kind: met}}"


def ba_ties(n):
    import networkx as nx
    for index, (u, v) in enumerate(nx.barabasi_albert_graph(n, 2, seed=42).edges()):
        yield f"  - {{from: a{u}, to: a{v}, kind: {TIE_KINDS[index % len(TIE_KINDS)]}}}"


def main():
    shape, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    lines = ["stakemap: 1", f"title: {{en: Synthetic network of {n} actors}}", "actors:"]
    lines.extend(actors(n))
    ties = {"mixed": mixed_ties, "ba": ba_ties, "isolated": lambda _: iter(())}[shape](n)
    tie_lines = list(ties)
    if tie_lines:
        lines.append("ties:")
        lines.extend(tie_lines)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
