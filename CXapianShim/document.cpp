// Documents being built, and the term generator that fills them.

#include "internal.h"

using namespace xs;

extern "C" {

xs_status xs_document_new(xs_document **out, xs_error *err) {
    if (!out) return invalid(err, "no place for the document handle");
    return guard(err, [&] { *out = new xs_document(); });
}

void xs_document_free(xs_document *doc) { delete doc; }

xs_status xs_document_set_data(xs_document *doc, const char *data, size_t len, xs_error *err) {
    if (!doc) return invalid(err, "no document");
    return guard(err, [&] { doc->doc.set_data(str(data, len)); });
}

xs_status xs_document_add_value(xs_document *doc, uint32_t slot, const char *value, size_t len,
                                xs_error *err) {
    if (!doc) return invalid(err, "no document");
    return guard(err, [&] { doc->doc.add_value(slot, str(value, len)); });
}

xs_status xs_document_data(const xs_document *doc, xs_string *out, xs_error *err) {
    clear(out);
    if (!doc || !out) return invalid(err, "no document or no place for the data");
    return guard(err, [&] { give(doc->doc.get_data(), out); });
}

xs_status xs_document_add_term(xs_document *doc, const char *term, size_t len, uint32_t wdf, xs_error *err) {
    if (!doc) return invalid(err, "no document");
    if (len == 0) return invalid(err, "empty term");
    return guard(err, [&] { doc->doc.add_term(str(term, len), wdf); });
}

xs_status xs_document_remove_terms(xs_document *doc, const char *prefix, size_t prefix_len, xs_error *err) {
    if (!doc) return invalid(err, "no document");
    return guard(err, [&] {
        const std::string p = str(prefix, prefix_len);
        std::vector<std::string> doomed;
        for (auto t = doc->doc.termlist_begin(); t != doc->doc.termlist_end(); ++t) {
            const std::string term = *t;
            if (term.compare(0, p.size(), p) == 0) doomed.push_back(term);
        }
        for (const auto &term : doomed) doc->doc.remove_term(term);
    });
}

xs_status xs_document_add_boolean_term(xs_document *doc, const char *term, size_t len, xs_error *err) {
    if (!doc) return invalid(err, "no document");
    if (len == 0) return invalid(err, "empty term");
    return guard(err, [&] { doc->doc.add_boolean_term(str(term, len)); });
}

xs_status xs_document_each_term(const xs_document *doc, xs_document_term_visitor visit, void *context,
                                xs_error *err) {
    if (!doc || !visit) return invalid(err, "no document or no visitor");
    return guard(err, [&] {
        for (auto t = doc->doc.termlist_begin(); t != doc->doc.termlist_end(); ++t) {
            const std::string term = *t;
            visit(context, term.data(), term.size(), t.get_wdf());
        }
    });
}

// ----------------------------------------------------------- term generation

xs_status xs_termgen_new(const char *language, size_t language_len, xs_termgen **out, xs_error *err) {
    if (!out) return invalid(err, "no place for the term generator handle");
    return guard(err, [&] {
        auto *handle = new xs_termgen();
        try {
            handle->stem = make_stemmer(str(language, language_len));
        } catch (...) {
            delete handle;
            throw;
        }
        handle->tg.set_stemmer(handle->stem);
        *out = handle;
    });
}

void xs_termgen_free(xs_termgen *tg) { delete tg; }

xs_status xs_termgen_index(xs_termgen *tg, xs_document *doc, const char *text, size_t text_len,
                           const char *prefix, size_t prefix_len, uint32_t wdf_inc,
                           xs_stemming stemming, bool positions, xs_error *err) {
    if (!tg || !doc) return invalid(err, "no term generator or no document");
    if (!valid_stemming(stemming)) return invalid(err, "unknown stemming strategy");
    return guard(err, [&] {
        tg->tg.set_document(doc->doc);
        tg->tg.set_stemming_strategy(static_cast<Xapian::TermGenerator::stem_strategy>(stemming));
        const std::string t = str(text, text_len), p = str(prefix, prefix_len);
        if (positions)
            tg->tg.index_text(t, wdf_inc, p);
        else
            tg->tg.index_text_without_positions(t, wdf_inc, p);
    });
}

xs_status xs_termgen_increase_termpos(xs_termgen *tg, uint32_t delta, xs_error *err) {
    if (!tg) return invalid(err, "no term generator");
    return guard(err, [&] { tg->tg.increase_termpos(delta); });
}

void xs_termgen_reset(xs_termgen *tg) {
    if (!tg) return;
    try { tg->tg.set_termpos(0); } catch (...) {}
}

} // extern "C"
