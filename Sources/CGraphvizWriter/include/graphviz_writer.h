#ifndef STAKEMAP_GRAPHVIZ_WRITER_H
#define STAKEMAP_GRAPHVIZ_WRITER_H

// Linked into the stakemap command only: its definition of Graphviz's `gvprintdouble`,
// exported from the executable (Package.swift), comes before libgvc's in the dynamic linker's
// order, so Graphviz's writer plugins print coordinates through `smap_graphviz_number`
// (graphviz_number.h). Nothing here is called from Swift.
//
// STAKEMAP_GRAPHVIZ_NUMBERS=graphviz in the environment hands every number to libgvc's own
// `gvprintdouble` instead, so that a test can compare the two writers' bytes.

#endif
