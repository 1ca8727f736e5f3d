package dev.ariadne.importer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cheap looks at the first bytes of a file, enough to confirm what its name says for the common text formats
 * (plain text, HTML, Markdown, e-mail) without matching Tika's thousand magic patterns, which costs more than
 * indexing a small document. Each test answers {@code true} only when the bytes leave no doubt; anything else goes
 * to Tika. Also counts the messages of a mailbox, so that a file holding one message (an e-mail saved with its
 * {@code From } envelope line) is imported as that message rather than as a mailbox of one.
 *
 * <p>Stateless; used by {@link MediaTypes} on import threads.
 */
final class TextShapes {

    private TextShapes() {
    }

    /**
     * Whether the bytes are text in an 8-bit encoding: no NUL and no control character other than tab, line feed,
     * form feed, carriage return and escape (UTF-16 and binary formats all have some in their first kilobytes).
     */
    static boolean isText(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first byte that is not a UTF-8 byte-order mark or white space; {@code length} if none. */
    static int contentStart(byte[] head, int length) {
        int i = length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3
                : 0;
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r'
                || head[i] == '\f')) {
            i++;
        }
        return i;
    }

    /** Whether the text at {@code from} starts with {@code prefix} (ASCII, exact case). */
    static boolean startsWith(byte[] head, int length, int from, String prefix) {
        if (length - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (head[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The index just after the line that starts at {@code from} (after its line feed), or {@code length}. */
    static int nextLine(byte[] head, int length, int from) {
        for (int i = from; i < length; i++) {
            if (head[i] == '\n') {
                return i + 1;
            }
        }
        return length;
    }

    /**
     * Whether the line at {@code from} is a mail header: a field name of printable ASCII without a colon, then a
     * colon ({@code Received: from …}, {@code Subject: …}).
     */
    static boolean isHeaderLine(byte[] head, int length, int from) {
        int i = from;
        while (i < length && head[i] > ' ' && head[i] < 0x7f && head[i] != ':') {
            i++;
        }
        return i > from && i < length && head[i] == ':';
    }

    /**
     * Whether the text starts like an e-mail message: a header line, or a {@code From } envelope line followed by a
     * header line.
     */
    static boolean looksLikeMail(byte[] head, int length) {
        int start = contentStart(head, length);
        if (startsWith(head, length, start, "From ")) {
            int second = nextLine(head, length, start);
            return second < length && isHeaderLine(head, length, second);
        }
        return isHeaderLine(head, length, start);
    }

    /**
     * Whether the text starts like something that is not plain prose for Tika to recognise: markup, a mail header or
     * envelope, a PDF, PostScript or RTF header.
     */
    static boolean mayBeSomethingElse(byte[] head, int length) {
        int start = contentStart(head, length);
        return start < length && (head[start] == '<' || head[start] == '%' || head[start] == '{'
                || startsWith(head, length, start, "From ") || isHeaderLine(head, length, start));
    }

    /**
     * How many messages a mailbox holds, counting at most {@code max}: a message starts with a {@code From } line at
     * the start of the file or after a blank line (the rule {@link dev.ariadne.importer.internal.formats.MboxImporter}
     * splits by). Reads the file once, line by line.
     */
    static int countMessages(Path file, int max) throws IOException {
        int count = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            boolean previousBlank = true;
            boolean blank = true;
            int matched = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (matched >= 0 && matched < 5) {
                        matched = b == "From ".charAt(matched) ? matched + 1 : -1;
                        if (matched == 5 && previousBlank && ++count >= max) {
                            return count;
                        }
                    }
                    if (b == '\n') {
                        previousBlank = blank;
                        blank = true;
                        matched = 0;
                    } else if (b != '\r' && b != ' ' && b != '\t') {
                        blank = false;
                    }
                }
            }
        }
        return count;
    }
}
