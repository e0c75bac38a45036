#ifndef STAKEMAP_CGRAPHVIZ_SHIM_H
#define STAKEMAP_CGRAPHVIZ_SHIM_H

// The Graphviz C API as StakeMapRender sees it. Swift 6 rejects C globals such as
// `Agdirected` and prefers `const char *`, so the few calls that need either go through the
// prefixed `static inline` wrappers below. Every function here must be called with the
// process-wide Graphviz lock held (Graphviz is not thread-safe).

#include <stdlib.h>
#include <string.h>
#include <graphviz/gvc.h>

#if !defined(AGRAPH) || !defined(AGNODE) || !defined(AGEDGE)
#error "StakeMap needs the cgraph API of Graphviz >= 2.30 (libgraphviz-dev)"
#endif

/// Opens an empty directed, non-strict root graph named `name`.
static inline Agraph_t *smap_open_directed(const char *name) {
    return agopen((char *)name, Agdirected, NULL);
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
