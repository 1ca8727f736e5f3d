package dev.ariadne.ui.documents.internal.model;

import java.util.Locale;
import java.util.Map;

/**
 * Short names a person reads for media types ({@code application/pdf} is "PDF", {@code message/rfc822} "E-mail"),
 * for the Type column, the facets and the Reader's metadata. Stateless; any thread.
 */
public final class TypeNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("text/plain", "Text"),
            Map.entry("text/markdown", "Markdown"),
            Map.entry("text/x-markdown", "Markdown"),
            Map.entry("text/x-web-markdown", "Markdown"),
            Map.entry("text/html", "HTML"),
            Map.entry("application/xhtml+xml", "HTML"),
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/msword", "DOC"),
            Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("text/rtf", "RTF"),
            Map.entry("message/rfc822", "E-mail"),
            Map.entry("application/mbox", "Mailbox"),
            Map.entry("application/zip", "ZIP"),
            Map.entry("application/x-tar", "TAR"),
            Map.entry("application/gzip", "GZIP"),
            Map.entry("application/x-gzip", "GZIP"),
            Map.entry("text/csv", "CSV"),
            Map.entry("application/json", "JSON"),
            Map.entry("application/xml", "XML"),
            Map.entry("text/xml", "XML"),
            Map.entry("application/octet-stream", "Binary"));

    private TypeNames() {
    }

    /** The media type without parameters, trimmed and lower-cased; {@code ""} for {@code null}. */
    public static String baseType(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        String base = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return base.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The short name of a media type: a known name, else {@code Image}, {@code Audio} or {@code Video} by top-level
     * type, else the subtype without {@code x-}/{@code vnd.} prefixes (upper-cased when short); {@code "?"} when the
     * type is empty.
     */
    public static String shortName(String mediaType) {
        String base = baseType(mediaType);
        if (base.isEmpty()) {
            return "?";
        }
        String known = NAMES.get(base);
        if (known != null) {
            return known;
        }
        int slash = base.indexOf('/');
        String top = slash < 0 ? base : base.substring(0, slash);
        switch (top) {
            case "image":
                return "Image";
            case "audio":
                return "Audio";
            case "video":
                return "Video";
            default:
                break;
        }
        String sub = slash < 0 ? base : base.substring(slash + 1);
        int plus = sub.lastIndexOf('+');
        if (plus > 0) {
            sub = sub.substring(plus + 1); // application/foo+xml reads as XML
        }
        if (sub.startsWith("x-")) {
            sub = sub.substring(2);
        }
        if (sub.startsWith("vnd.")) {
            sub = sub.substring(4);
        }
        int dot = sub.lastIndexOf('.');
        if (dot >= 0 && dot < sub.length() - 1) {
            sub = sub.substring(dot + 1);
        }
        if (sub.isEmpty()) {
            return top.isEmpty() ? "?" : top;
        }
        return sub.length() <= 4 ? sub.toUpperCase(Locale.ROOT) : sub;
    }
}
