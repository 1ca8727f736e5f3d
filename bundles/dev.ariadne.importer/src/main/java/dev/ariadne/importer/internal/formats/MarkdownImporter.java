package dev.ariadne.importer.internal.formats;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

import dev.ariadne.api.importing.DocumentImporter;

/**
 * Markdown, kept as the text it is (markup included, so offsets match the file), titled by its first heading
 * ({@code # Title} or a line underlined with {@code ===}).
 *
 * <p>A DS component registered as a {@link DocumentImporter}; called on import threads, concurrently.
 */
@Component(service = DocumentImporter.class)
@ImporterTypes(types = {"text/x-web-markdown", "text/markdown"})
@ServiceRanking(BuiltInImporter.RANKING)
public class MarkdownImporter extends PlainTextImporter {

    private static final int SCAN = 200;

    @Override
    protected String title(String text, String fileName) {
        String previous = null;
        int lines = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String trimmed = line.strip();
            if (trimmed.startsWith("# ")) {
                return trimmed.substring(2).replaceAll("\\s*#+\\s*$", "").strip();
            }
            if (previous != null && !previous.isBlank() && trimmed.matches("=+")) {
                return previous.strip();
            }
            previous = line;
            if (++lines > SCAN) {
                break;
            }
        }
        return super.title(text, fileName);
    }
}
