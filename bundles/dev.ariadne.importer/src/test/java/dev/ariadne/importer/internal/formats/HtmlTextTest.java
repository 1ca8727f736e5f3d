package dev.ariadne.importer.internal.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void theMainElementIsKeptAndNavigationDropped() {
        HtmlText.Result result = HtmlText.extract(Jsoup.parse("<html><head><title>T</title></head><body>"
                + "<div class=site-menu><a href=/a>A</a> <a href=/b>B</a></div>"
                + "<main><h1>Heading</h1><p>First   paragraph\nwith   spaces.</p><p>Second.</p></main>"
                + "<div id=footer>Legal</div></body></html>", "https://example.org/"));

        assertThat(result.title()).isEqualTo("T");
        assertThat(result.text()).isEqualTo("Heading\n\nFirst paragraph with spaces.\n\nSecond.");
    }

    @Test
    void linksOfTheTextAreListedAfterItAndShortLinkListsDropped() {
        HtmlText.Result result = HtmlText.extract(Jsoup.parse("<body><p>See <a href=\"/report\">the report</a> "
                + "for details on the talks in Geneva.</p><ul><li><a href=/x>X</a></li><li><a href=/y>Y</a></li>"
                + "<li><a href=/z>Z</a></li></ul></body>", "https://example.org/"));

        assertThat(result.text()).isEqualTo("See the report for details on the talks in Geneva.\n\nLinks:\n"
                + "the report <https://example.org/report>");
        assertThat(result.title()).isEmpty();
    }

    @Test
    void preformattedTextKeepsItsLines() {
        HtmlText.Result result = HtmlText.extract(Jsoup.parse("<body><pre>a  b\n  c</pre></body>"));

        assertThat(result.text()).isEqualTo("a  b\nc");
    }
}
