package dev.ariadne.extract.rules.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.ariadne.api.entities.EntityType;

/**
 * E-mail addresses (value: the address in lower case), URLs (value: the URL, with "http://" added to a bare
 * "www." address) and phone numbers in international or North American form (value: "+" and digits, or the digits).
 *
 * <p>Immutable; called concurrently by {@link RulesExtractor} on worker threads.
 */
final class ContactRules implements Rules {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\\.)+[A-Za-z]{2,24}(?![\\w-])");
    private static final Pattern URL = Pattern.compile(
            "(?<![\\w@/.-])(?:(?:https?|ftp)://[^\\s<>\"'\\u201c\\u201d]+|www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"
                    + "(?:[/?#][^\\s<>\"'\\u201c\\u201d]*)?|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|gov|edu|int"
                    + "|io|info|eu|co\\.uk|gov\\.uk|org\\.uk|ac\\.uk)(?:/[^\\s<>\"'\\u201c\\u201d]*)?)(?![\\w@])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+\\d{1,3}[\\s.-]?(?:\\(0?\\d{1,4}\\)[\\s.-]?)?\\d{1,4}(?:[\\s.-]?\\d{2,4}){1,4}"
                    + "|\\(\\d{3}\\)\\s?\\d{3}[\\s.-]\\d{4}|\\b\\d{3}[.-]\\d{3}[.-]\\d{4})(?![\\w-]|[.,]\\d)");

    @Override
    public void find(Chunk chunk, Found found) {
        String text = chunk.scope().text();
        chunk.find(EMAIL, Chunk.AT, 12, true, m -> found.add(text, m.start(), m.end(), EntityType.EMAIL, 0.99,
                m.group().toLowerCase(Locale.ROOT), Found.CONTACT));
        chunk.find(URL, Chunk.WEB, 10, true, m -> {
            int end = m.end();
            // sentence punctuation and an unbalanced closing bracket are not part of the URL
            while (end > m.start() && ".,;:!?)]}".indexOf(text.charAt(end - 1)) >= 0) {
                char c = text.charAt(end - 1);
                if (c == ')' && balanced(text, m.start(), end)) {
                    break;
                }
                end--;
            }
            String url = text.substring(m.start(), end);
            if (!url.contains("://") && !url.startsWith("www.") && !url.contains("/") && url.indexOf('.') < 0) {
                return;
            }
            String value = url.contains("://") ? url : "http://" + url;
            found.add(text, m.start(), end, EntityType.URL, url.contains("://") || url.startsWith("www.") ? 0.98 : 0.8,
                    value, Found.CONTACT);
        });
        chunk.find(PHONE, Chunk.DIGIT, 7, true, m -> {
            String digits = m.group().replaceAll("[^0-9]", "");
            if (digits.length() >= 7 && digits.length() <= 15) {
                found.add(text, m.start(), m.end(), EntityType.PHONE, 0.9,
                        (m.group().startsWith("+") ? "+" : "") + digits, Found.PHONE);
            }
        });
    }

    /** Whether the brackets of {@code text[start, end)} are balanced, so a closing one belongs to the URL. */
    private static boolean balanced(String text, int start, int end) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth >= 0;
    }

}
