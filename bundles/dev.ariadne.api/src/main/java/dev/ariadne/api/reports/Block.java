package dev.ariadne.api.reports;

import java.util.List;

/** One block of a report section. */
public sealed interface Block {

    /** A heading of a level from 1 to 4. */
    record Heading(int level, String text) implements Block {
    }

    /** A paragraph; its citations are numbered footnotes in order. */
    record Paragraph(String text, List<Citation> citations) implements Block {
        public Paragraph {
            citations = List.copyOf(citations);
        }
    }

    /** A quotation from a document, always cited. */
    record Quote(String text, Citation citation) implements Block {
    }

    /** A table with a header row. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** An image (PNG bytes) with a caption. */
    record Image(byte[] png, String caption) implements Block {
    }
}
