#ifndef STAKEMAP_GRAPHVIZ_NUMBER_H
#define STAKEMAP_GRAPHVIZ_NUMBER_H

#include <stddef.h>

/// The longest text `smap_graphviz_number` writes, with room to spare.
#define SMAP_GRAPHVIZ_NUMBER_CAPACITY 400

/// Writes `number` as Graphviz 2.42's writers print a coordinate (`gvprintdouble`): within
/// 1e-8 of zero as 0, otherwise rounded to two decimals as `printf("%.02f")` rounds it (the
/// exact binary value to nearest, ties to even), without trailing zeros or a trailing point.
/// `out` must hold `SMAP_GRAPHVIZ_NUMBER_CAPACITY` bytes; nothing is NUL-terminated.
/// Returns the number of bytes written.
size_t smap_graphviz_number(double number, char *out);

/// The same text through the C library's `snprintf`, for what the fast path does not cover
/// (infinities, NaN, magnitudes of 1e13 and more) and for tests.
size_t smap_graphviz_number_printf(double number, char *out);

#endif
