import Testing
import StakeMap

/// The one markup escaper in both its dialects: markup the same way, everything else as each sink needs.
@Suite("Markup escaping")
struct MarkupEscapingTests {
    @Test("markup and line breaks: references in both dialects; the apostrophe as each writes it", arguments: [
        ("plain", "plain", "plain"),
        ("a<b>&\"c\"'", "a&lt;b&gt;&amp;&quot;c&quot;&#39;", "a&lt;b&gt;&amp;&quot;c&quot;&apos;"),
        ("line\nbreak\ttab\r", "line&#10;break&#9;tab&#13;", "line&#10;break&#9;tab&#13;"),
        ("معا \u{2067}نبنيها\u{2069}", "معا \u{2067}نبنيها\u{2069}", "معا \u{2067}نبنيها\u{2069}"),
    ])
    func markup(input: String, html: String, xml: String) {
        #expect(MarkupEscaping.escaped(input) == html)
        #expect(MarkupEscaping.escaped(input, for: .xml) == xml)
    }

    @Test("controls and bidi overrides: neutralised on a page, kept in data where XML can carry them")
    func controls() {
        let text = "bell\u{07} c1\u{85} rlo\u{202E} nonchar\u{FFFE}"
        #expect(MarkupEscaping.escaped(text) == "bell\u{FFFD} c1\u{FFFD} rlo⟨U+202E⟩ nonchar\u{FFFE}")
        #expect(MarkupEscaping.escaped(text, for: .xml) == "bell\u{FFFD} c1\u{85} rlo\u{202E} nonchar\u{FFFD}")
    }

    @Test("a page built elsewhere: text neutralised as the HTML dialect does, markup and line breaks untouched")
    func neutralized() {
        let page = "<p title=\"x\">a\u{1B}[31m\u{202E}b\n\tc\u{2028}</p>"
        #expect(MarkupEscaping.neutralized(page) == "<p title=\"x\">a\u{FFFD}[31m⟨U+202E⟩b\n\tc\u{2028}</p>")
    }
}
