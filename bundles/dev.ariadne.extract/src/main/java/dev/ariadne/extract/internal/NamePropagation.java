package dev.ariadne.extract.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.TreeMap;

import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;

/**
 * Finds the other occurrences in a document of the names its extractors found once: the same name elsewhere, the
 * same name written in capitals (a headline or dateline: "WARSAW" after "Warsaw"), and the surname of a person
 * found by full name ("Berger" after "Anna Berger", also "Berger's"). Statistical extractors miss many repeats, and
 * the analyst expects every mention of a name the case knows. A form that two types claim is left alone; surnames
 * that are also month or weekday names are not propagated. New mentions never overlap found ones; each takes the
 * type, confidence (halved) and source of the mention it repeats.
 *
 * <p>Stateless; called by {@link ExtractionEngine} on the worker thread extracting the document, after merging;
 * linear in the length of the text.
 */
final class NamePropagation {

    private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "sept");

    private record Form(String text, EntityType type, Mention origin) {
    }

    private NamePropagation() {
    }

    /**
     * Adds the repeats of found names.
     *
     * @param text the document text
     * @param merged the merged mentions, by position
     * @param limit the end of the text searched (where a partial extraction stopped)
     * @return the mentions with the repeats, by position
     */
    static List<Mention> propagate(String text, List<Mention> merged, int limit) {
        Map<String, Form> byText = new HashMap<>();
        Set<String> conflicting = new HashSet<>();
        for (Mention m : merged) {
            EntityType type = m.type();
            if (type != EntityType.PERSON && type != EntityType.ORGANIZATION && type != EntityType.LOCATION) {
                continue;
            }
            String t = m.text();
            if (!isName(t)) {
                continue;
            }
            add(byText, conflicting, new Form(t, type, m));
            add(byText, conflicting, new Form(t.toUpperCase(Locale.ROOT), type, m));
            if (type == EntityType.PERSON) {
                int space = t.lastIndexOf(' ');
                if (space > 0) {
                    String last = t.substring(space + 1);
                    if (isName(last) && !CALENDAR_WORDS.contains(last.toLowerCase(Locale.ROOT))) {
                        add(byText, conflicting, new Form(last, type, m));
                        add(byText, conflicting, new Form(last.toUpperCase(Locale.ROOT), type, m));
                    }
                }
            }
        }
        conflicting.forEach(byText::remove);
        if (byText.isEmpty()) {
            return merged;
        }
        Map<String, List<Form>> byFirstWord = new HashMap<>();
        for (Form f : byText.values()) {
            byFirstWord.computeIfAbsent(firstWord(f.text(), 0), k -> new ArrayList<>()).add(f);
        }
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Form f) -> -f.text().length())));
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        for (Mention m : merged) {
            taken.put(m.start(), m.end());
        }
        List<Mention> added = new ArrayList<>();
        int n = Math.min(limit, text.length());
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            String word = firstWord(text, i);
            List<Form> forms = byFirstWord.get(word);
            int next = i + word.length();
            if (forms != null && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                for (Form f : forms) {
                    int end = i + f.text().length();
                    if (text.startsWith(f.text(), i) && (end == n || !Character.isLetterOrDigit(text.charAt(end)))
                            && free(taken, i, end)) {
                        Mention o = f.origin();
                        added.add(new Mention(o.documentId(), i, end, f.text(), f.type(), o.confidence() / 2,
                                o.normalized(), o.source()));
                        taken.put(i, end);
                        next = end;
                        break;
                    }
                }
            }
            i = Math.max(next, i + 1);
        }
        if (added.isEmpty()) {
            return merged;
        }
        List<Mention> all = new ArrayList<>(merged.size() + added.size());
        all.addAll(merged);
        all.addAll(added);
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return all;
    }

    private static void add(Map<String, Form> byText, Set<String> conflicting, Form form) {
        Form old = byText.putIfAbsent(form.text(), form);
        if (old != null && old.type() != form.type()) {
            conflicting.add(form.text());
        }
    }

    private static boolean isName(String t) {
        boolean mixedCase = t.chars().anyMatch(Character::isLowerCase);
        return t.length() >= 3 && Character.isUpperCase(t.charAt(0)) && !Names.isTitleWord(t)
                && (mixedCase || t.length() >= 4);
    }

    private static String firstWord(String s, int from) {
        int j = from;
        while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
            j++;
        }
        return s.substring(from, j);
    }

    private static boolean free(TreeMap<Integer, Integer> taken, int start, int end) {
        Entry<Integer, Integer> before = taken.floorEntry(end - 1);
        return before == null || before.getValue() <= start;
    }
}
