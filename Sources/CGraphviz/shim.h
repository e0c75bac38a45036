#ifndef STAKEMAP_CGRAPHVIZ_SHIM_H
#define STAKEMAP_CGRAPHVIZ_SHIM_H

// The Graphviz C API as StakeMapRender sees it. Swift 6 rejects C globals such as
// `Agdirected` and prefers `const char *`, so the few calls that need either go through the
// prefixed `static inline` wrappers below. Every function here must be called with the
// process-wide Graphviz lock held (Graphviz is not thread-safe).

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <graphviz/gvc.h>

#if !defined(AGRAPH) || !defined(AGNODE) || !defined(AGEDGE)
#error "StakeMap needs the cgraph API of Graphviz >= 2.30 (libgraphviz-dev)"
#endif

// MARK: Deterministic object ids
//
// cgraph's default id discipline uses the address of the interned name as an object's id,
// and subgraphs are kept ordered by id: clusters were then emitted in an order that depended
// on malloc, so the same map could give different SVG bytes within one process. This
// discipline numbers named objects in creation order (even ids: 2, 4, …; anonymous ones get
// odd ids) and keeps the names itself, so ids, order and `agnameof` are deterministic.

/// Names by id and a hash index of them, one per root graph.
typedef struct {
    char **names;      /* names[k] has id 2 (k + 1) */
    size_t count, capacity;
    size_t *slots;     /* open addressing: k + 1, or 0 for empty */
    size_t slotCount;  /* a power of two, at least twice count */
    IDTYPE anonymous;  /* the last odd id handed out */
    Agraph_t *graph;   /* the root graph, whose string dictionary holds the names */
} smap_ids;

static inline uint64_t smap_hash(const char *text) {
    uint64_t hash = 1469598103934665603ULL;
    while (*text) { hash ^= (unsigned char)*text++; hash *= 1099511628211ULL; }
    return hash;
}

/// The slot holding `name`, or the empty slot where it would go.
static inline size_t smap_ids_slot(const smap_ids *ids, const char *name) {
    size_t mask = ids->slotCount - 1, slot = (size_t)smap_hash(name) & mask;
    while (ids->slots[slot] != 0 && strcmp(ids->names[ids->slots[slot] - 1], name) != 0) slot = (slot + 1) & mask;
    return slot;
}

static inline int smap_ids_reserve(smap_ids *ids) {
    if (ids->count == ids->capacity) {
        size_t capacity = ids->capacity ? 2 * ids->capacity : 64;
        char **names = realloc(ids->names, capacity * sizeof *names);
        if (names == NULL) return 0;
        ids->names = names;
        ids->capacity = capacity;
    }
    if (2 * (ids->count + 1) > ids->slotCount) {
        size_t slotCount = ids->slotCount ? 2 * ids->slotCount : 128;
        size_t *slots = calloc(slotCount, sizeof *slots);
        if (slots == NULL) return 0;
        free(ids->slots);
        ids->slots = slots;
        ids->slotCount = slotCount;
        for (size_t k = 0; k < ids->count; k++) ids->slots[smap_ids_slot(ids, ids->names[k])] = k + 1;
    }
    return 1;
}

static inline void *smap_ids_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    smap_ids *ids = calloc(1, sizeof(smap_ids));
    if (ids != NULL) ids->graph = g;
    return ids;
}

static inline long smap_ids_map(void *state, int objtype, char *name, IDTYPE *id, int createflag) {
    smap_ids *ids = state;
    (void)objtype;
    if (name == NULL) {
        ids->anonymous += 2;
        *id = ids->anonymous - 1;
        return 1;
    }
    if (ids->slotCount > 0) {
        size_t slot = smap_ids_slot(ids, name);
        if (ids->slots[slot] != 0) { *id = 2 * (IDTYPE)ids->slots[slot]; return 1; }
    }
    if (!createflag || !smap_ids_reserve(ids)) return 0;
    /* Names must be cgraph reference strings, as with the default discipline: the DOT writer
       asks `aghtmlstr(name)`, which reads the string's header (a strdup'ed name has none). */
    char *copy = agstrdup(ids->graph, name);
    if (copy == NULL) return 0;
    ids->names[ids->count++] = copy;
    ids->slots[smap_ids_slot(ids, copy)] = ids->count;
    *id = 2 * (IDTYPE)ids->count;
    return 1;
}

static inline long smap_ids_alloc(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
    return 0; /* objects are created by name only */
}

static inline void smap_ids_free(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id; /* names live until the graph is closed */
}

static inline char *smap_ids_print(void *state, int objtype, IDTYPE id) {
    smap_ids *ids = state;
    (void)objtype;
    if (id == 0 || id % 2 != 0 || id / 2 > ids->count) return NULL;
    return ids->names[id / 2 - 1];
}

static inline void smap_ids_close(void *state) {
    smap_ids *ids = state;
    /* cgraph closes the id discipline before its string dictionary, so the names can be released. */
    for (size_t k = 0; k < ids->count; k++) agstrfree(ids->graph, ids->names[k]);
    free(ids->names);
    free(ids->slots);
    free(ids);
}

static inline void smap_ids_register(void *state, int objtype, void *object) {
    (void)state; (void)objtype; (void)object;
}

/// Opens an empty directed, non-strict root graph named `name`, with ids in creation order.
static inline Agraph_t *smap_open_directed(const char *name) {
    static Agiddisc_t ids = {
        smap_ids_open, smap_ids_map, smap_ids_alloc, smap_ids_free, smap_ids_print, smap_ids_close, smap_ids_register
    };
    static Agdisc_t discipline;
    discipline.mem = &AgMemDisc;
    discipline.id = &ids;
    discipline.io = &AgIoDisc;
    return agopen((char *)name, Agdirected, &discipline);
}

/// Finds or creates the subgraph `name` of `g`.
static inline Agraph_t *smap_subgraph(Agraph_t *g, const char *name) {
    return agsubg(g, (char *)name, 1);
}

/// Finds or creates the node `name` in `g` (and its root graph).
static inline Agnode_t *smap_node(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}

/// Creates the edge `name` from `tail` to `head` in `g`.
static inline Agedge_t *smap_edge(Agraph_t *g, Agnode_t *tail, Agnode_t *head, const char *name) {
    return agedge(g, tail, head, (char *)name, 1);
}

/// Declares a graph attribute of the root graph with its default value.
static inline void smap_declare_graph_attribute(Agraph_t *g, const char *name, const char *value) {
    agattr(g, AGRAPH, (char *)name, (char *)value);
}

/// Declares a node attribute of the root graph with its default value.
static inline void smap_declare_node_attribute(Agraph_t *g, const char *name, const char *value) {
    agattr(g, AGNODE, (char *)name, (char *)value);
}

/// Declares an edge attribute of the root graph with its default value.
static inline void smap_declare_edge_attribute(Agraph_t *g, const char *name, const char *value) {
    agattr(g, AGEDGE, (char *)name, (char *)value);
}

/// Sets a plain (escString) attribute on a graph, subgraph, node or edge; cgraph copies it.
static inline int smap_set(void *object, const char *name, const char *value) {
    return agsafeset(object, (char *)name, (char *)value, "");
}

/// The attribute `name` of nodes (`kind` `AGNODE`) or edges (`AGEDGE`) of the root graph `g`,
/// declared with an empty default when it is new (as `agsafeset` would declare it).
static inline Agsym_t *smap_symbol(Agraph_t *g, int kind, const char *name) {
    Agsym_t *symbol = agattr(g, kind, (char *)name, NULL);
    return symbol != NULL ? symbol : agattr(g, kind, (char *)name, "");
}

/// Sets the attribute `symbol` (from `smap_symbol`) on a node or edge; cgraph copies `value`.
static inline int smap_set_symbol(void *object, Agsym_t *symbol, const char *value) {
    return agxset(object, symbol, (char *)value);
}

/// The attribute kind (`AGRAPH`, `AGNODE`, `AGEDGE`) of a graph, subgraph, node or edge.
static inline int smap_attribute_kind(void *object) {
    int type = AGTYPE(object);
    return type == AGINEDGE ? AGEDGE : type;
}

/// Sets an HTML-like attribute (`label=<…>`) on a graph, subgraph, node or edge.
static inline int smap_set_html(void *object, const char *name, const char *html) {
    Agraph_t *root = agroot(object);
    int kind = smap_attribute_kind(object);
    Agsym_t *symbol = agattr(root, kind, (char *)name, NULL);
    if (symbol == NULL) symbol = agattr(root, kind, (char *)name, "");
    if (symbol == NULL) return -1;
    char *value = agstrdup_html(root, (char *)html);
    int result = agxset(object, symbol, value);
    agstrfree(root, value);
    return result;
}

/// Sends every Graphviz message (warnings included) to `sink` instead of standard error.
static inline void smap_capture_messages(agusererrf sink) {
    agseterr(AGWARN);
    agseterrf(sink);
}

/// Whether the context lists the plugin `name` of `kind` (`layout`, `render`, `device`, …).
static inline int smap_has_plugin(GVC_t *gvc, const char *kind, const char *name) {
    int count = 0;
    char **list = gvPluginList(gvc, kind, &count, NULL);
    int found = 0;
    if (list == NULL) return 0;
    for (int i = 0; i < count; i++) {
        if (list[i] != NULL) {
            if (strcmp(list[i], name) == 0) found = 1;
            free(list[i]);
        }
    }
    free(list);
    return found;
}

#endif
