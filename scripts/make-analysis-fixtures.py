#!/usr/bin/env python3
"""Generates the analysis test fixtures from networkx.

For each reference network (Zachary's karate club, the Florentine families, Les Misérables,
Davis' Southern Women and a small seeded directed random graph) this writes

  Tests/StakeMapAnalysisTests/Fixtures/NAME.graphml  the network, for CLI tests (and NAME.gexf
                                                     when directed)
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


def burt_effective_size(graph, weight):
    """Burt's effective size, e(u) = Σ_v (1 − Σ_w p_uw m_vw), with networkx's own mutual weights."""
    nmw = nx.algorithms.structuralholes.normalized_mutual_weight
    result = {}
    for u in graph:
        contacts = set(nx.all_neighbors(graph, u)) - {u}
        if not contacts:
            result[u] = float("nan")
            continue
        result[u] = sum(1 - sum(nmw(graph, u, w, weight=weight) * nmw(graph, v, w, norm=max, weight=weight)
                                for w in contacts) for v in contacts)
    return result


def reference_networks():
    karate = nx.karate_club_graph()
    florentine = nx.florentine_families_graph()
    lesmis = nx.les_miserables_graph()
    davis = nx.davis_southern_women_graph()
    directed = nx.gnp_random_graph(60, 0.07, seed=7, directed=True)
    rng = __import__("random").Random(7)
    for u, v in directed.edges():
        directed[u][v]["weight"] = rng.randint(1, 5)
    # A growing network: directed, without cycles, with actors that only receive ties.
    growing = nx.gn_graph(40, seed=3)
    for u, v in growing.edges():
        growing[u][v]["weight"] = rng.randint(1, 5)
    return [("karate", karate), ("florentine", florentine), ("lesmis", lesmis),
            ("davis", davis), ("directed", directed), ("growing", growing)]


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
    result["pagerank_unweighted"] = per_node(nx.pagerank(graph, alpha=0.85, tol=1e-15, max_iter=100000, weight=None))
    result["pagerank_home"] = first
    result["pagerank_personalized"] = per_node(
        nx.pagerank(graph, alpha=0.85, personalization={first: 1}, tol=1e-15, max_iter=100000, weight="weight"))
    result["pagerank_personalized_unweighted"] = per_node(
        nx.pagerank(graph, alpha=0.85, personalization={first: 1}, tol=1e-15, max_iter=100000, weight=None))
    result["clustering"] = per_node(nx.clustering(undirected))
    result["transitivity"] = nx.transitivity(undirected)
    result["average_clustering"] = nx.average_clustering(undirected)
    result["degree_histogram"] = nx.degree_histogram(graph)
    eccentricity = {}
    for component in nx.connected_components(undirected):
        eccentricity.update(nx.eccentricity(undirected.subgraph(component)))
    result["eccentricity"] = {str(k): int(v) for k, v in eccentricity.items()}
    result["core_number"] = {k: int(v) for k, v in nx.core_number(graph).items()}
    if directed:
        result["components"] = sorted(sorted(c) for c in nx.weakly_connected_components(graph))
        result["strong_components"] = sorted(sorted(c) for c in nx.strongly_connected_components(graph))
    else:
        result["components"] = sorted(sorted(c) for c in nx.connected_components(graph))
    result["articulation_points"] = sorted(nx.articulation_points(undirected))
    result["bridges"] = sorted(sorted(e) for e in nx.bridges(undirected))
    # Constraint: networkx's default (vectorized) path, which gives every actor with a tie in
    # either direction a value. Effective size: Burt's formula as networkx's per-node path
    # computes it, over every non-isolated actor (the per-node path leaves out actors with only
    # incoming ties; the vectorized path divides m_uw by w's maximum instead of u's).
    result["constraint"] = per_node(nx.constraint(graph))
    result["constraint_weighted"] = per_node(nx.constraint(graph, weight="weight"))
    result["effective_size"] = per_node(burt_effective_size(graph, None))
    result["effective_size_weighted"] = per_node(burt_effective_size(graph, "weight"))
    result["density"] = nx.density(graph)
    largest = max(nx.connected_components(undirected), key=len)
    result["diameter"] = nx.diameter(undirected.subgraph(largest))
    result["radius"] = nx.radius(undirected.subgraph(largest))
    louvain = {}
    for seed in (0, 1, 2):
        communities = nx.community.louvain_communities(undirected, weight="weight", resolution=1, seed=seed)
        louvain[str(seed)] = nx.community.modularity(undirected, communities, weight="weight", resolution=1)
    result["louvain_modularity"] = louvain
    return result


def parallel_network(out):
    """A multigraph whose parallel ties differ in weight: shortest paths take the shortest tie."""
    rng = __import__("random").Random(11)
    base = nx.gnm_random_graph(16, 30, seed=11)
    graph = nx.MultiGraph()
    graph.add_nodes_from(str(n) for n in sorted(base.nodes()))
    for u, v in base.edges():
        graph.add_edge(str(u), str(v), weight=float(rng.randint(1, 5)))
    for u, v in list(base.edges())[::3]:
        graph.add_edge(str(u), str(v), weight=float(rng.randint(1, 5)))
    for _, _, data in graph.edges(data=True):
        data["length"] = 1.0 / data["weight"]
    nx.write_graphml(graph, os.path.join(out, "parallel.graphml"))
    document = {
        "name": "parallel", "networkx": nx.__version__,
        "measures": {
            "betweenness_inverse": per_node(nx.betweenness_centrality(graph, weight="length")),
            "betweenness_strength": per_node(nx.betweenness_centrality(graph, weight="weight")),
            "closeness_inverse": per_node(nx.closeness_centrality(graph, distance="length")),
            "closeness_strength": per_node(nx.closeness_centrality(graph, distance="weight")),
        },
    }
    write_json(out, "parallel", document)


def dated_network(out):
    """A network whose ties carry years (some none), and networkx's values on two slices of it."""
    rng = __import__("random").Random(5)
    base = nx.gnm_random_graph(40, 110, seed=5)
    graph = nx.Graph()
    graph.add_nodes_from(f"a{n}" for n in sorted(base.nodes()))
    years = {}
    for u, v in base.edges():
        year = None if rng.random() < 0.1 else rng.randint(2015, 2022)
        graph.add_edge(f"a{u}", f"a{v}", **({"date": str(year)} if year else {}))
        years[(f"a{u}", f"a{v}")] = year
    nx.write_graphml(graph, os.path.join(out, "dated.graphml"))

    def sliced(keep):
        part = nx.Graph()
        part.add_nodes_from(graph.nodes())
        part.add_edges_from(edge for edge, year in years.items() if keep(year))
        return part

    def values(part):
        return {"degree": per_node(nx.degree_centrality(part)),
                "betweenness": per_node(nx.betweenness_centrality(part)),
                "pagerank": per_node(nx.pagerank(part, tol=1e-15, max_iter=100000, weight=None)),
                "density": nx.density(part),
                "components": nx.number_connected_components(part)}

    document = {
        "name": "dated", "networkx": nx.__version__,
        "at": "2018", "measures_at": values(sliced(lambda year: year is None or year <= 2018)),
        "between": "2017..2019",
        "measures_between_dated": values(sliced(lambda year: year is not None and 2017 <= year <= 2019)),
    }
    write_json(out, "dated", document)


def write_json(out, name, document):
    with open(os.path.join(out, name + ".json"), "w") as handle:
        json.dump(document, handle, indent=1, sort_keys=True, allow_nan=False)
        handle.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, raw in reference_networks():
        graph = prepare(raw)
        nx.write_graphml(graph, os.path.join(OUT, name + ".graphml"))
        if graph.is_directed():
            # Gephi's format too: defaultedgetype="directed", edges without StakeMap kinds.
            nx.write_gexf(graph, os.path.join(OUT, name + ".gexf"))
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
    parallel_network(OUT)
    dated_network(OUT)


if __name__ == "__main__":
    main()
