#ifndef STAKEMAP_CGRAPHVIZ_SHIM_H
#define STAKEMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#endif
