#ifndef STAKEMAP_CFONTCONFIG_SHIM_H
#define STAKEMAP_CFONTCONFIG_SHIM_H

// fontconfig, asked in-process whether a font family is installed (instead of running
// `fc-list`). Loading fontconfig's configuration here also means Graphviz's text layout
// (pango, which uses the same default configuration) finds it loaded.

#include <stddef.h>
#include <fontconfig/fontconfig.h>

/// Whether a font of `family` is installed: 1 yes, 0 no, -1 fontconfig could not be read.
static inline int smap_font_family_installed(const char *family) {
    if (!FcInit()) return -1;
    FcPattern *pattern = FcPatternCreate();
    FcObjectSet *objects = FcObjectSetBuild(FC_FAMILY, (char *)0);
    if (pattern == NULL || objects == NULL) {
        if (pattern) FcPatternDestroy(pattern);
        if (objects) FcObjectSetDestroy(objects);
        return -1;
    }
    FcPatternAddString(pattern, FC_FAMILY, (const FcChar8 *)family);
    FcFontSet *set = FcFontList(NULL, pattern, objects);
    FcPatternDestroy(pattern);
    FcObjectSetDestroy(objects);
    if (set == NULL) return -1;
    int found = 0;
    for (int font = 0; font < set->nfont && !found; font++) {
        FcChar8 *name = NULL;
        for (int index = 0; FcPatternGetString(set->fonts[font], FC_FAMILY, index, &name) == FcResultMatch; index++) {
            if (FcStrCmpIgnoreCase(name, (const FcChar8 *)family) == 0) { found = 1; break; }
        }
    }
    FcFontSetDestroy(set);
    return found;
}

#endif
