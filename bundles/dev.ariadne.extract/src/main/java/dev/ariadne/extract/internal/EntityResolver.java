package dev.ariadne.extract.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;

/**
 * Turns the merged mentions of one document into mentions of case-wide entities: gives each a canonical name, so
 * that one entity per canonical name and type exists across the case (ids from {@link EntityIds}).
 *
 * <ul>
 * <li>A surname or given name alone resolves to the full name of a person met in the same document ("Scholz" after
 * "Olaf Scholz"); of several candidates the nearest one before it wins. When the document has none, the only
 * person of the case with that surname, if there is exactly one.</li>
 * <li>Places and organisations written in several ways resolve through the alias table of {@link Names} ("US",
 * "U.S." and "United States" are "United States"), then through the extractor's normalised value, then an
 * acronym through the organisation of the document whose initials it is.</li>
 * <li>A capital that is the subject of a verb of speech or decision ("Moscow said", "Beijing has warned") is
 * flagged as standing for its country ({@code metonymyOf}), and stays a mention of the city.</li>
 * <li>Dates, amounts, e-mail addresses, URLs and phone numbers are named by their normalised value when the
 * extractor gave one.</li>
 * </ul>
 *
 * <p>Stateless; called by {@link ExtractionEngine} on the worker thread extracting the document, and by tests.
 */
final class EntityResolver {

    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "again", "quickly",
            "swiftly", "already", "repeatedly", "then", "now", "officially", "reportedly", "will", "would", "could",
            "may", "might", "must", "publicly", "firmly", "sharply", "angrily", "immediately", "promptly",
            "recently", "previously", "initially", "later", "formally", "strongly", "flatly", "is", "was",
            "has been", "been");
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "announced", "announces",
            "announce", "warned", "warns", "warn", "insisted", "insists", "insist", "denied", "denies", "deny",
            "accused", "accuses", "accuse", "rejected", "rejects", "reject", "demanded", "demands", "demand",
            "claimed", "claims", "claim", "stated", "states", "responded", "responds", "respond", "threatened",
            "threatens", "threaten", "condemned", "condemns", "condemn", "agreed", "agrees", "agree", "decided",
            "decides", "decide", "argued", "argues", "argue", "signalled", "signaled", "signals", "signal",
            "confirmed", "confirms", "confirm", "vowed", "vows", "vow", "urged", "urges", "urge", "called",
            "calls", "refused", "refuses", "refuse", "declared", "declares", "declare", "protested", "protests",
            "retaliated", "retaliates", "retaliate", "imposed", "imposes", "impose", "sanctioned", "blamed",
            "blames", "blame", "wants", "wanted", "sought", "seeks", "pledged", "pledges", "promised", "promises",
            "welcomed", "welcomes", "welcome", "criticised", "criticized", "criticises", "criticizes", "dismissed",
            "dismisses", "approved", "approves", "ordered", "orders", "expelled", "expels", "recalled", "summoned",
            "summons", "objected", "objects", "maintained", "maintains", "acknowledged",
            "acknowledges", "admitted", "admits", "countered", "counters", "replied", "replies", "suggested",
            "suggests", "hinted", "hints", "intends", "intended", "plans", "planned", "negotiated", "signed",
            "sent", "sends", "backed", "backs", "supports", "supported", "opposes", "opposed", "vetoed",
            "recognised", "recognized", "recognises", "recognizes", "reacted", "reacts", "complained",
            "complains", "believes", "believed", "considers", "considered", "told", "tells");
    private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "on", "in", "de", "du", "des",
            "la", "le", "&");

    private EntityResolver() {
    }

    /**
     * Resolves the mentions of one document.
     *
     * @param text the document text
     * @param mentions the merged mentions, by position
     * @param casePerson the unique full PERSON name of the case with a given word as surname (or given name)
     * @return the mentions with their raw canonical names and metonymy marks, by position
     */
    static List<EntityStore.Resolved> resolve(String text, List<Mention> mentions,
            Function<String, Optional<String>> casePerson) {
        List<String> names = new ArrayList<>(mentions.size());
        List<EntityType> types = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            types.add(m.type());
            names.add(baseName(m));
        }
        // names written in capitals take the form the document writes normally, else title case for people and
        // places ("WARSAW" -> "Warsaw")
        Map<String, String> normalForms = new java.util.HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (!isShouted(names.get(i))) {
                normalForms.putIfAbsent(types.get(i) + "|" + Names.key(names.get(i)), names.get(i));
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            String name = names.get(i);
            EntityType type = types.get(i);
            if (isShouted(name) && (type == EntityType.PERSON || type == EntityType.LOCATION
                    || type == EntityType.ORGANIZATION || type == EntityType.MISC)) {
                String normal = normalForms.get(type + "|" + Names.key(name));
                if (normal == null && type != EntityType.ORGANIZATION) {
                    normal = titleCase(name);
                }
                if (normal != null) {
                    names.set(i, normal);
                }
            }
        }
        // full person names of the document by each of their proper prefixes (F) and suffixes (L) of words
        Map<String, List<Integer>> personsByWord = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (types.get(i) == EntityType.PERSON) {
                String[] words = names.get(i).toLowerCase(Locale.ROOT).split(" ");
                if (words.length >= 2) {
                    for (int k = 1; k < words.length; k++) {
                        String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
                        String suffix = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                        addPerson(personsByWord, "F" + prefix, i, names);
                        addPerson(personsByWord, "L" + suffix, i, names);
                    }
                }
            }
        }
        // organisations of the document by their initials, for acronyms
        Map<String, String> orgsByInitials = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (types.get(i) == EntityType.ORGANIZATION) {
                String initials = initials(names.get(i));
                if (initials.length() >= 2) {
                    orgsByInitials.putIfAbsent(initials, names.get(i));
                }
            }
        }
        List<EntityStore.Resolved> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            EntityType type = types.get(i);
            String name = names.get(i);
            boolean singleWord = name.indexOf(' ') < 0;
            if ((type == EntityType.PERSON || type == EntityType.ORGANIZATION || type == EntityType.MISC)
                    && Names.alias(name) == null) {
                String full = fullName(name, i, mentions, names, personsByWord, type == EntityType.PERSON
                        || singleWord);
                if (full == null && singleWord && type == EntityType.PERSON && casePerson != null
                        && name.length() > 1) {
                    full = casePerson.apply(name).orElse(null);
                }
                if (full != null) {
                    name = full;
                    if (type != EntityType.PERSON) {
                        type = EntityType.PERSON;
                        m = new Mention(m.documentId(), m.start(), m.end(), m.text(), type, m.confidence(),
                                m.normalized(), m.source());
                    }
                }
            }
            if (type == EntityType.ORGANIZATION && singleWord && isAcronym(name) && Names.alias(name) == null) {
                String full = orgsByInitials.get(name.replace(".", ""));
                if (full != null && !full.equals(name)) {
                    name = full;
                }
            }
            String metonymy = null;
            if (type == EntityType.LOCATION) {
                String country = Names.countryOfCapital(name);
                if (country == null) {
                    country = Names.countryOfCapital(m.text());
                }
                if (country != null && isSubjectOfSpeech(text, m.end())) {
                    metonymy = country;
                }
            }
            out.add(new EntityStore.Resolved(m, name, metonymy));
        }
        return out;
    }

    /** The canonical name of a mention before looking at the rest of the document. */
    static String baseName(Mention m) {
        String text = collapse(m.text());
        String normalized = m.normalized() == null ? null : m.normalized().strip();
        switch (m.type()) {
            case DATE:
            case QUANTITY:
                return text;
            case PHONE:
            case URL:
                return normalized == null || normalized.isEmpty() ? text : normalized;
            case EMAIL:
                return (normalized == null || normalized.isEmpty() ? text : normalized).toLowerCase(Locale.ROOT);
            case PERSON:
                return text;
            default:
                String alias = Names.alias(text);
                if (alias != null) {
                    return alias;
                }
                if (normalized != null && isNameLike(normalized)) {
                    String aliasOfNormal = Names.alias(normalized);
                    return aliasOfNormal != null ? aliasOfNormal : normalized;
                }
                return text;
        }
    }

    private static boolean isNameLike(String s) {
        if (s.isEmpty() || s.length() > 200 || s.indexOf(':') >= 0 || Character.isDigit(s.charAt(0))) {
            return false;
        }
        return s.chars().anyMatch(Character::isLetter);
    }

    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void addPerson(Map<String, List<Integer>> index, String key, int at, List<String> names) {
        List<Integer> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        for (int other : list) {
            if (names.get(other).equals(names.get(at))) {
                return;
            }
        }
        list.add(at);
    }

    /** Whether a name is written in capitals (more than three letters, none lower case). */
    static boolean isShouted(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters > 3;
    }

    private static String titleCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '\u2019';
        }
        return out.toString();
    }

    private static String fullName(String word, int at, List<Mention> mentions, List<String> names,
            Map<String, List<Integer>> personsByWord, boolean givenNames) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<Integer> candidates = personsByWord.get("L" + lower);
        if (candidates == null && givenNames) {
            candidates = personsByWord.get("F" + lower);
        }
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        String nearest = null;
        String first = null;
        for (int index : candidates) {
            if (first == null) {
                first = names.get(index);
            }
            if (index < at) {
                nearest = names.get(index);
            }
        }
        return nearest != null ? nearest : first;
    }

    private static boolean isAcronym(String s) {
        String letters = s.replace(".", "");
        if (letters.length() < 2 || letters.length() > 8) {
            return false;
        }
        return letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (word.isEmpty() || ACRONYM_SKIP.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            char c = word.charAt(0);
            if (Character.isUpperCase(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the words after {@code end} are a verb of speech or decision, perhaps after auxiliaries. */
    static boolean isSubjectOfSpeech(String text, int end) {
        int i = end;
        for (int words = 0; words < 4; words++) {
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            int s = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i == s) {
                return false;
            }
            String word = text.substring(s, i).toLowerCase(Locale.ROOT);
            if (SPEECH_VERBS.contains(word)) {
                return true;
            }
            if (!AUXILIARIES.contains(word)) {
                return false;
            }
        }
        return false;
    }
}
