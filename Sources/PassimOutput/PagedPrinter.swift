import PassimIndex
import PassimSupport

/// The default view: the human printer's page, laid out whole once the search
/// is done (with the facet counts when asked for), then sent through the
/// pager when it is longer than the terminal.
package struct PagedPrinter: SearchPrinter {
    package let printer: HumanPrinter
    package let showsFacets: Bool
    package let usesPager: Bool
    private var text = ""

    package init(_ printer: HumanPrinter, showsFacets: Bool, usesPager: Bool) {
        self.printer = printer
        self.showsFacets = showsFacets
        self.usesPager = usesPager
    }

    package mutating func write(_ hit: SearchHit, to out: OutputStream) { text += printer.render(hit) }

    package mutating func finish(_ result: SearchResult, to out: OutputStream) {
        if showsFacets { text += printer.render(facets: result.facets, perKind: Tuning.facetsPerKind) }
        Self.page(text, to: out, usesPager: usesPager)
    }

    /// Through the pager when the text is longer than the terminal, else straight out.
    package static func page(_ text: String, to out: OutputStream, usesPager: Bool) {
        if usesPager, let pager = Pager.command(for: text, fd: 1) {
            if Pager.show(text, with: pager) { return }
            Console.standard.note("cannot run the pager `\(pager)`; set $PAGER to one that works, or give --no-pager")
        }
        out.write(text)
        out.flush()
    }
}
