#ifndef STAKEMAP_CLIBYAML_SHIM_H
#define STAKEMAP_CLIBYAML_SHIM_H

// libyaml's event API as the native reader sees it (Debian's libyaml-dev, pkg-config yaml-0.1).
// The reader only parses: it never emits, and it reads every field of an event through the
// accessors below so that the Swift side does not depend on the layout of the event union.

#include <stddef.h>
#include <yaml.h>

/// The text of a scalar event and its length in bytes (it may contain NUL).
static inline const unsigned char *smap_yaml_scalar(const yaml_event_t *event, size_t *length) {
    *length = event->data.scalar.length;
    return event->data.scalar.value;
}

/// The anchor (`&name`) of a scalar, sequence or mapping start event, or of an alias event; NULL if none.
static inline const unsigned char *smap_yaml_anchor(const yaml_event_t *event) {
    switch (event->type) {
    case YAML_SCALAR_EVENT: return event->data.scalar.anchor;
    case YAML_SEQUENCE_START_EVENT: return event->data.sequence_start.anchor;
    case YAML_MAPPING_START_EVENT: return event->data.mapping_start.anchor;
    case YAML_ALIAS_EVENT: return event->data.alias.anchor;
    default: return NULL;
    }
}

/// The explicit tag of a node event as its resolved name, or NULL when it is implicit.
/// A quoted scalar without a tag resolves to `tag:yaml.org,2002:str`.
static inline const unsigned char *smap_yaml_tag(const yaml_event_t *event) {
    switch (event->type) {
    case YAML_SCALAR_EVENT:
        if (event->data.scalar.quoted_implicit) return (const unsigned char *)"tag:yaml.org,2002:str";
        return event->data.scalar.tag;
    case YAML_SEQUENCE_START_EVENT:
        return event->data.sequence_start.implicit ? NULL : event->data.sequence_start.tag;
    case YAML_MAPPING_START_EVENT:
        return event->data.mapping_start.implicit ? NULL : event->data.mapping_start.tag;
    default: return NULL;
    }
}

/// The style of a scalar event (0 any, 1 plain, 2 single-quoted, 3 double-quoted, 4 literal, 5 folded).
static inline int smap_yaml_scalar_style(const yaml_event_t *event) {
    return (int)event->data.scalar.style;
}

#endif
