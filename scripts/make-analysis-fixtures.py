#!/usr/bin/env python3
"""Generates the analysis test fixtures from networkx.

For each reference network (Zachary's karate club, the Florentine families, Les Misérables,
Davis' Southern Women and a small seeded directed random graph) this writes

  Tests/StakeMapAnalysisTests/Fixtures/NAME.graphml  the network, for CLI tests
  Tests/StakeMapAnalysisTests/Fixtures/NAME.json     nodes, edges [u, v, weight] and
                                                     networkx's value of every measure

Weighted path measures are computed twice: with `length = 1/weight` (StakeMap's default,
`--length inverse`) and with the weight itself as the length (networkx's `weight=` convention,
`--length strength`). NaN is written as null.

Usage: scripts/make-analysis-fixtures.py [OUTPUT-DIR]
"""
import json
import math
import os
import sys

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "Tests", "StakeMapAnalysisTests", "Fixtures")


def clean(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def per_node(mapping):
    return {str(k): clean(float(v)) for k, v in mapping.items()}


def per_edge(mapping):
    return [[str(u), str(v), float(x)] for (u, v), x in sorted(mapping.items())]


def reference_networks():
    karate = nx.karate_club_graph()
    florentine = nx.florentine_families_graph()
    lesmis = nx.les_miserables_graph()
    davis = nx.davis_southern_women_graph()
    directed = nx.gnp_random_graph(60, 0.07, seed=7, directed=True)
    rng = __import__("random").Random(7)
    for u, v in directed.edges():
        directed[u][v]["weight"] = rng.randint(1, 5)
    return [("karate", karate), ("florentine", florentine), ("lesmis", lesmis),
            ("davis", davis), ("directed", directed)]


def prepare(graph):
    graph = nx.relabel_nodes(graph, {n: str(n) for n in graph.nodes()})
    clean_graph = graph.__class__()
    clean_graph.add_nodes_from(sorted(graph.nodes()))
    for u, v, data in graph.edges(data=True):
        weight = float(data.get("weight", 1))
        clean_graph.add_edge(u, v, weight=weight, length=1.0 / weight)
    return clean_graph


def measures(graph):
    directed = graph.is_directed()
    undirected = graph.to_undirected() if directed else graph
    first = sorted(graph.nodes())[0]
    result = {}
    result["degree"] = per_node(nx.degree_centrality(graph))
    if directed:
        result["in_degree"] = per_node(nx.in_degree_centrality(graph))
        result["out_degree"] = per_node(nx.out_degree_centrality(graph))
    result["strength"] = per_node(dict(graph.degree(weight="weight")))
    for suffix, weight in (("", None), ("_inverse", "length"), ("_strength", "weight")):
        result["betweenness" + suffix] = per_node(nx.betweenness_centrality(graph, weight=weight))
        result["edge_betweenness" + suffix] = per_edge(nx.edge_betweenness_centrality(graph, weight=weight))
        result["closeness" + suffix] = per_node(nx.closeness_centrality(graph, distance=weight))
        result["harmonic" + suffix] = per_node(nx.harmonic_centrality(graph, distance=weight))
    for suffix, weight in (("", None), ("_weighted", "weight")):
        try:
            result["eigenvector" + suffix] = per_node(
                nx.eigenvector_centrality(graph, max_iter=100000, tol=1e-15, weight=weight))
        except nx.PowerIterationFailedConvergence:
            pass
    result["pagerank"] = per_node(nx.pagerank(graph, alpha=0.85, tol=1e-15, max_iter=100000, weight="weight"))
    result["pagerank_home"] = first
    result["pagerank_personalized"] = per_node(
        nx.pagerank(graph, alpha=0.85, personalization={first: 1}, tol=1e-15, max_iter=100000, weight="weight"))
    result["clustering"] = per_node(nx.clustering(undirected))
    result["transitivity"] = nx.transitivity(undirected)
    result["core_number"] = {k: int(v) for k, v in nx.core_number(graph).items()}
    if directed:
        result["components"] = sorted(sorted(c) for c in nx.weakly_connected_components(graph))
        result["strong_components"] = sorted(sorted(c) for c in nx.strongly_connected_components(graph))
    else:
        result["components"] = sorted(sorted(c) for c in nx.connected_components(graph))
    result["articulation_points"] = sorted(nx.articulation_points(undirected))
    result["bridges"] = sorted(sorted(e) for e in nx.bridges(undirected))
    # `nodes=` selects networkx's per-node implementation, which follows Burt's definition;
    # networkx 3.6's vectorized weighted effective_size (nodes=None) divides each mutual weight
    # by the column maximum instead of the row maximum, so it disagrees with its own per-node
    # path on weighted networks.
    every = list(graph.nodes())
    result["constraint"] = per_node(nx.constraint(graph, nodes=every))
    result["constraint_weighted"] = per_node(nx.constraint(graph, nodes=every, weight="weight"))
    result["effective_size"] = per_node(nx.effective_size(graph, nodes=every))
    result["effective_size_weighted"] = per_node(nx.effective_size(graph, nodes=every, weight="weight"))
    result["density"] = nx.density(graph)
    largest = max(nx.connected_components(undirected), key=len)
    result["diameter"] = nx.diameter(undirected.subgraph(largest))
    louvain = {}
    for seed in (0, 1, 2):
        communities = nx.community.louvain_communities(undirected, weight="weight", resolution=1, seed=seed)
        louvain[str(seed)] = nx.community.modularity(undirected, communities, weight="weight", resolution=1)
    result["louvain_modularity"] = louvain
    return result


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, raw in reference_networks():
        graph = prepare(raw)
        nx.write_graphml(graph, os.path.join(OUT, name + ".graphml"))
        document = {
            "name": name,
            "directed": graph.is_directed(),
            "nodes": sorted(graph.nodes()),
            "edges": [[u, v, d["weight"]] for u, v, d in sorted(graph.edges(data=True))],
            "networkx": nx.__version__,
            "measures": measures(graph),
        }
        with open(os.path.join(OUT, name + ".json"), "w") as handle:
            json.dump(document, handle, indent=1, sort_keys=True, allow_nan=False)
            handle.write("\n")
        print(f"{name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


if __name__ == "__main__":
    main()
