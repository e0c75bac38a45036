#ifndef STAKEMAP_CLIBXML2_SHIM_H
#define STAKEMAP_CLIBXML2_SHIM_H

// libxml2's streaming reader (xmlTextReader) as StakeMapFormats sees it. The reader is opened
// with options that never load a DTD, never substitute entities and never touch the network;
// external entities are refused by a process-wide loader; the first error is captured with
// its position instead of being printed.

#include <string.h>
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with Foundation's own copy of ICU
// (_FoundationICU) in one Swift module; StakeMap never touches libxml2's ICU converters (only
// pointers to libxml2's own handlers), so the ICU parts of its headers are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

#if LIBXML_VERSION < 20900
#error "StakeMap needs libxml2 >= 2.9 (libxml2-dev)"
#endif

/// The first error a reader met: libxml2's code, position and message.
typedef struct {
    int code;
    int line;
    int column;
    int count;
    char message[256];
} stakemap_xml_error;

#if LIBXML_VERSION >= 21200
static void stakemap_xml_record_error(void *context, const xmlError *error)
#else
static void stakemap_xml_record_error(void *context, xmlErrorPtr error)
#endif
{
    stakemap_xml_error *sink = (stakemap_xml_error *)context;
    if (sink == NULL || error == NULL || error->level < XML_ERR_ERROR) return;
    sink->count += 1;
    if (sink->count > 1) return;
    sink->code = error->code;
    sink->line = error->line;
    sink->column = error->int2;
    sink->message[0] = 0;
    if (error->message != NULL) strncpy(sink->message, error->message, sizeof(sink->message) - 1);
    sink->message[sizeof(sink->message) - 1] = 0;
}

/// Sends the reader's errors to `sink` (never to standard error).
static inline void stakemap_xml_capture_errors(xmlTextReaderPtr reader, stakemap_xml_error *sink) {
    xmlTextReaderSetStructuredErrorHandler(reader, stakemap_xml_record_error, sink);
}

static xmlParserInputPtr stakemap_xml_no_entity(const char *url, const char *id, xmlParserCtxtPtr context) {
    (void)url; (void)id; (void)context;
    return NULL;
}

/// Makes every attempt to load an external entity or DTD fail, for the whole process.
static inline void stakemap_xml_refuse_external_entities(void) {
    xmlSetExternalEntityLoader(stakemap_xml_no_entity);
}

/// The options every StakeMap reader uses: no network, no DTD loading, no entity substitution,
/// no messages printed.
static inline int stakemap_xml_options(void) {
    return XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
}

/// Whether the document type declaration the reader is on has an internal subset with
/// declarations (entities, elements, attribute lists, notations).
///
/// The document is taken from the current node. Only when there is none is it asked of the reader
/// (`xmlTextReaderCurrentDoc`), which makes the reader keep the document when it is freed: it is
/// then stored in `*kept`, for the caller to free with `xmlFreeDoc` after `xmlFreeTextReader`
/// (found by fuzzing: every malformed file leaked its document).
static inline int stakemap_xml_doctype_declares(xmlTextReaderPtr reader, xmlDocPtr *kept) {
    xmlNodePtr node = xmlTextReaderCurrentNode(reader);
    xmlDocPtr document = node != NULL ? node->doc : NULL;
    if (document == NULL && kept != NULL && *kept == NULL) {
        document = xmlTextReaderCurrentDoc(reader);
        *kept = document;
    } else if (document == NULL && kept != NULL) {
        document = *kept;
    }
    if (document != NULL && document->intSubset != NULL) {
        xmlDtdPtr subset = document->intSubset;
        if (subset->children != NULL || subset->entities != NULL || subset->pentities != NULL) return 1;
    }
    if (node != NULL && node->type == XML_DTD_NODE && node->children != NULL) return 1;
    return 0;
}

#endif
