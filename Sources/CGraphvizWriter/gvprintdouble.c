#define _GNU_SOURCE
#include "graphviz_writer.h"
#include "graphviz_number.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

// Graphviz's job type and writer, as libgvc exports them (gvcjob.h, gvio.h).
typedef struct GVJ_s GVJ_t;
extern size_t gvwrite(GVJ_t *job, const char *text, size_t length);

typedef void (*graphviz_print)(GVJ_t *job, double number);

// Graphviz's own gvprintdouble (the next definition after this one, libgvc's) when
// STAKEMAP_GRAPHVIZ_NUMBERS=graphviz asks for it, to compare; else NULL.
static graphviz_print graphviz_own;
static pthread_once_t graphviz_own_once = PTHREAD_ONCE_INIT;

static void find_graphviz_own(void) {
    const char *choice = getenv("STAKEMAP_GRAPHVIZ_NUMBERS");
    if (choice != NULL && strcmp(choice, "graphviz") == 0) {
        graphviz_own = (graphviz_print)dlsym(RTLD_NEXT, "gvprintdouble");
    }
}

/// Replaces libgvc's `gvprintdouble` for the whole process: the same bytes, written without
/// snprintf (graphviz_number.c).
__attribute__((visibility("default")))
void gvprintdouble(GVJ_t *job, double number) {
    pthread_once(&graphviz_own_once, find_graphviz_own);
    if (graphviz_own != NULL) {
        graphviz_own(job, number);
        return;
    }
    char text[SMAP_GRAPHVIZ_NUMBER_CAPACITY];
    size_t length = smap_graphviz_number(number, text);
    gvwrite(job, text, length);
}
