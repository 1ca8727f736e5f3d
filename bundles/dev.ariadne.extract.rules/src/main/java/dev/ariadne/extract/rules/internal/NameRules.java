package dev.ariadne.extract.rules.internal;

import java.util.Set;

import dev.ariadne.api.entities.EntityType;

/**
 * Names over the token stream: gazetteer places, organisations and demonyms (value: the canonical name; for a
 * demonym, its country), and organisation names by pattern ("Russian Foreign Ministry", "Ministry of Foreign
 * Affairs", "Department of Homeland Security", "National Security Council"; value: the name as written).
 *
 * <p>Demonyms are emitted as {@link EntityType#MISC} with the country's canonical name as value ("German" gives
 * "Germany"), so the resolver can link them to the country; they are left out when they begin a longer name
 * ("German Marshall Fund"). Immutable after construction; called concurrently by {@link RulesExtractor} on worker
 * threads.
 */
final class NameRules implements Rules {

    /** Capitalised words after which a place is part of an organisation's or a building's name. */
    private static final Set<String> NAME_HEADS = Set.of("Post", "Times", "Journal", "Herald", "Tribune", "Daily",
            "Telegraph", "Gazette", "University", "College", "Institute", "School", "Street", "Avenue", "Road",
            "Square", "Airport", "Station", "Stadium", "Hotel", "Hospital", "Club", "FC", "United", "City", "Tech",
            "State", "Bank", "Group", "Company", "Corporation", "Corp", "Inc", "Ltd", "Airlines", "Airways",
            "Capitals", "Nationals", "Symphony", "Orchestra", "Museum", "Zoo", "Bridge", "Park", "Agreement",
            "Accords", "Accord", "Protocol", "Convention", "Treaty", "Declaration", "Consensus", "Marathon", "Open",
            "Cup", "Games", "Prize", "Award", "Review", "Studies", "Center", "Centre", "Foundation", "Council");

    /** Words in capitals after which "US" is the pronoun. */
    private static final Set<String> CAPS_OBJECT = Set.of("LET", "TO", "FOR", "OF", "WITH", "HELP", "GIVE", "JOIN",
            "TELL", "ABOUT", "AMONG", "BEHIND", "AGAINST", "FROM", "BY", "SHOW", "SEND", "CALL", "ALL", "MAKE",
            "LEAVE", "TAKE", "SAVE", "FOLLOW", "BETWEEN", "BEFORE", "LIKE", "UPON", "ON", "AT", "WITHOUT");

    /** Capitalised words that may follow a demonym without making it part of a longer name. */
    private static final Set<String> TITLES = Set.of("President", "Prime", "Premier", "Chancellor", "Minister",
            "Foreign", "Defence", "Defense", "Finance", "Interior", "Ambassador", "Envoy", "King", "Queen", "Prince",
            "Princess", "Crown", "General", "Gen", "Colonel", "Col", "Admiral", "Leader", "Supreme", "Vice",
            "Deputy", "Health", "Economy", "Trade", "Energy", "Justice", "Secretary", "Senator", "Sen", "Governor",
            "Mayor", "Chief", "Spokesman", "Spokeswoman", "Spokesperson", "Officials", "Government", "Emperor",
            "Patriarch", "Archbishop", "Cardinal", "Sheikh", "Emir", "Sultan", "Ayatollah", "Field", "Marshal",
            "Commander", "Major", "Lieutenant", "Captain", "Sergeant", "Private", "Parliament", "Speaker", "Judge",
            "Rep", "Representative", "MP", "MPs", "Lawmaker", "State", "National", "Cabinet", "Central", "Economic",
            "Commerce", "Treasury", "Army", "Navy", "Air", "Armed", "Military", "Coast", "Border", "Special",
            "Agriculture", "Education", "Culture", "Transport", "Labour", "Labor");

    /** Titles of people, which begin no organisation's name. */
    private static final Set<String> PERSON_TITLES = Set.of("Chief", "President", "Prime", "Minister", "Chancellor",
            "Deputy", "Vice", "Secretary", "Governor", "Mayor", "Senator", "Sen", "Rep", "Mr", "Mrs", "Ms", "Dr",
            "Spokesman", "Spokeswoman", "Spokesperson", "Ambassador", "Envoy", "Commissioner", "Director",
            "Chairman", "Chairwoman", "Head", "Leader", "Judge", "Justice", "Chair");

    /** Honorifics, after which a place name is a person's. */
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lady",
            "Lord", "Madam", "Mme", "Mister", "Prof", "Professor");

    /** Capitalised function words that begin sentences and are no part of a name. */
    private static final Set<String> FUNCTION = Set.of("The", "A", "An", "In", "At", "On", "From", "To", "And",
            "But", "For", "With", "By", "Of", "As", "While", "After", "Before", "Since", "During", "Both", "Across",
            "Like", "Unlike", "Neither", "Either", "Only", "If", "When", "Where", "Why", "How", "This", "That",
            "These", "Those", "Its", "His", "Her", "Their", "Our", "Meanwhile", "However", "Also", "Even", "Yet",
            "Although", "Though", "Under", "Over", "Between", "Against", "Inside", "Outside", "Near", "Via", "Then",
            "So", "Or", "Nor", "Not", "No", "All", "Some", "Many", "Most", "Several", "Last", "Next", "Every",
            "Each", "Mr", "Mrs", "Ms", "Dr");

    /** Words that end an organisation's name. */
    private static final Set<String> ORG_LAST = Set.of("Ministry", "Agency", "Department", "Commission", "Council",
            "Committee", "Bank", "Party", "Court", "Office", "Service", "Services", "Institute", "University",
            "Corporation", "Company", "Association", "Organization", "Organisation", "Federation", "Authority",
            "Bureau", "Parliament", "Assembly", "Army", "Navy", "Guard", "Guards", "Police", "Group", "Fund", "Forum",
            "Alliance", "Front", "Movement", "Foundation", "Inc", "Ltd", "Corp", "Airlines", "Airways", "Brigade",
            "Brigades", "Forces", "Command", "Tribunal", "Cabinet", "Secretariat", "Corps", "Directorate",
            "Administration", "Board", "Union", "League", "Coalition", "Society", "Institution", "Exchange",
            "Reserve", "Treasury", "Senate", "Congress", "Duma", "Rada", "Knesset", "Majlis", "Caucus");

    /** Words that begin an organisation's name followed by "of". */
    private static final Set<String> ORG_FIRST = Set.of("Ministry", "Department", "Bank", "University", "Office",
            "Council", "Court", "Commission", "Committee", "Organization", "Organisation", "Federation", "Union",
            "Institute", "League", "Church", "Secretariat", "Directorate", "Bureau", "Academy", "Chamber",
            "Association", "Board", "Agency", "House", "College", "Conference", "Centre", "Center");

    /** Lower-case words allowed inside a name after "of". */
    private static final Set<String> LINKS = Set.of("of", "for", "and", "the", "on", "&");

    private final Gazetteer gazetteer;

    NameRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void find(Chunk chunk, Found found) {
        Scope scope = chunk.scope();
        Tokens t = chunk.tokens();
        gazetteer(scope, t, found);
        organisations(scope, t, found);
    }

    private void gazetteer(Scope scope, Tokens t, Found found) {
        String text = scope.text();
        int n = t.size();
        int k = 0;
        int[] end = new int[1];
        while (k < n) {
            Gazetteer.Entry best = longest(gazetteer.root(), t, k, end);
            if (best == null && t.allCaps(k)) {
                best = longest(gazetteer.upper(), t, k, end);
            }
            int bestEnd = end[0];
            if (best == null || !accept(best, t, k, bestEnd)) {
                k++;
                continue;
            }
            EntityType type = best.type();
            double confidence = best.has('p') ? 0.7 : best.has('d') ? 0.75 : 0.9;
            found.add(text, t.start(k), t.end(bestEnd), type, confidence, best.canonical(), Found.GAZETTEER);
            k = bestEnd + 1;
        }
    }

    /** The entry of the longest name in the trie starting at token {@code k}, its last token in {@code end[0]}. */
    private static Gazetteer.Entry longest(Gazetteer.Node root, Tokens t, int k, int[] end) {
        Gazetteer.Node node = root.child(t.text(k));
        if (node == null) {
            return null;
        }
        Gazetteer.Entry best = node.entry;
        end[0] = k;
        int n = t.size();
        int j = k + 1;
        while (j < n && node.next != null) {
            // names run on only across adjacent tokens or single spaces
            if (t.start(j) - t.end(j - 1) > 1) {
                break;
            }
            node = node.child(t.text(j));
            if (node == null) {
                break;
            }
            if (node.entry != null) {
                best = node.entry;
                end[0] = j;
            }
            j++;
        }
        return best;
    }

    private boolean accept(Gazetteer.Entry e, Tokens t, int first, int last) {
        // inside a word joined by an apostrophe or a digit: "O'Brien", "G7s"
        if (first > 0 && t.start(first) == t.end(first - 1) && (t.word(first - 1) || t.is(first - 1, "'"))) {
            return false;
        }
        if (last + 1 < t.size() && t.end(last) == t.start(last + 1) && t.word(last + 1)) {
            return false;
        }
        boolean nextCap = t.capitalised(last + 1) && t.start(last + 1) - t.end(last) == 1
                && t.text().charAt(t.end(last)) == ' ';
        String next = nextCap ? t.text(last + 1) : null;
        if (first == last && t.is(first, "US") && t.allCaps(first - 1) && CAPS_OBJECT.contains(t.text(first - 1))) {
            return false; // "LET US GO", "JOIN US"
        }
        if (e.type() == EntityType.LOCATION && (HONORIFICS.contains(String.valueOf(wordAt(t, first - 1)))
                || t.is(first - 1, ".") && HONORIFICS.contains(String.valueOf(wordAt(t, first - 2))))) {
            return false; // "Mr Jordan", "Dr. Paris": people
        }
        if (e.type() == EntityType.LOCATION && next != null && NAME_HEADS.contains(next)) {
            return false; // "Washington Post", "Moscow State University"
        }
        if (e.type() == EntityType.LOCATION && !e.has('d')) {
            // a place inside a longer name: "UK Finance", "Tokyo Electron", "Telecom Egypt", "Port Sudan"
            if (next != null && !e.has('u') && !(t.allCaps(last + 1) && t.allCaps(first)) && partOfName(next)) {
                return false;
            }
            int p = first - 1;
            if (t.capitalised(p) && t.start(first) - t.end(p) == 1 && t.text().charAt(t.end(p)) == ' '
                    && !t.sentenceStart(p) && !(t.allCaps(p) && t.allCaps(first)) && partOfName(t.text(p))) {
                return false;
            }
        }
        if (e.has('p')) {
            if (next != null && !TITLES.contains(next)) {
                return false; // "Jordan Bardella", "Chad Smith"
            }
            int p = first - 1;
            if (t.capitalised(p) && t.start(first) - t.end(p) == 1 && !FUNCTION.contains(t.text(p))
                    && gazetteer.root().child(t.text(p)) == null) {
                return false; // "Michael Jordan"
            }
        }
        if (e.has('d') && next != null && !TITLES.contains(next)) {
            return false; // "German Marshall Fund"
        }
        return true;
    }

    private static String wordAt(Tokens t, int k) {
        return k >= 0 && k < t.size() ? t.text(k) : null;
    }

    /** Whether a capitalised word next to a place makes the place part of a longer name. */
    private boolean partOfName(String word) {
        return !TITLES.contains(word) && !FUNCTION.contains(word) && gazetteer.root().child(word) == null
                && DateRules.month(word) == 0 && !word.endsWith("day") && !ORG_LAST.contains(word)
                && !word.equals("I");
    }

    private void organisations(Scope scope, Tokens t, Found found) {
        String text = scope.text();
        int n = t.size();
        for (int k = 0; k < n; k++) {
            if (!t.capitalised(k)) {
                continue;
            }
            String w = t.text(k);
            int first = -1;
            int last = -1;
            if (ORG_FIRST.contains(w) && (t.is(k + 1, "of") || t.is(k + 1, "for"))) {
                // Ministry of Foreign Affairs, Bank of England, Department of Homeland Security
                int j = k + 2;
                if (t.is(j, "the")) {
                    j++;
                }
                int end = -1;
                while (j < n) {
                    if (t.capitalised(j) && t.start(j) - t.end(j - 1) <= 1) {
                        end = j;
                        j++;
                    } else if ((t.is(j, "and") || t.is(j, "&") || t.is(j, "for") || t.is(j, "of"))
                            && t.capitalised(j + 1)) {
                        j++;
                    } else if (t.is(j, "of") && t.is(j + 1, "the") && t.capitalised(j + 2)) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (end > 0) {
                    first = modifiersBefore(t, k);
                    last = end;
                }
            } else if (ORG_LAST.contains(w)) {
                if (t.capitalised(k + 1) && t.start(k + 1) - t.end(k) == 1 && !t.sentenceStart(k + 1)
                        && DateRules.month(t.text(k + 1)) == 0 && !t.text(k + 1).endsWith("day")
                        && !PERSON_TITLES.contains(t.text(k + 1))) {
                    continue; // "Chief Cabinet Secretary": the name goes on
                }
                int f = modifiersBefore(t, k);
                if (f < k) {
                    first = f;
                    last = k;
                    // Kiel Institute for the World Economy, Trust Fund for Victims
                    int j = k + 1;
                    if (t.is(j, "for") || t.is(j, "of") || t.is(j, "on")) {
                        boolean known = t.is(j, "of"); // "of" takes only a known name: "Forces of Hamid X" no
                        int q = t.is(j + 1, "the") ? j + 2 : j + 1;
                        int e = -1;
                        while (q < n && t.capitalised(q) && t.start(q) - t.end(q - 1) <= 1) {
                            e = q;
                            q++;
                            if ((t.is(q, "and") || t.is(q, "&")) && t.capitalised(q + 1)) {
                                q++;
                            }
                        }
                        if (e > 0 && (!known || gazetteer.lookup(text.substring(t.start(t.is(j + 1, "the") ? j + 2 : j + 1),
                                t.end(e))) != null)) {
                            last = e;
                        }
                    }
                }
            }
            if (first >= 0) {
                found.add(text, t.start(first), t.end(last), EntityType.ORGANIZATION, 0.7,
                        text.substring(t.start(first), t.end(last)), Found.GAZETTEER);
                k = last;
            }
        }
    }

    /** The first token of the capitalised words just before token {@code k} that belong to its name. */
    private int modifiersBefore(Tokens t, int k) {
        int f = k;
        while (true) {
            // Economic and Financial Crimes Commission; Japan Self-Defense Forces
            // one word joined by "and" that begins the name: "the Food and Agriculture Organization"
            if ((t.is(f - 1, "and") || t.is(f - 1, "&")) && f - 2 >= 0 && t.capitalised(f - 2)
                    && !t.capitalised(f - 3) && !t.sentenceStart(f - 2) && !FUNCTION.contains(t.text(f - 2))
                    && !PERSON_TITLES.contains(t.text(f - 2)) && gazetteer.lookup(t.text(f - 2)) == null) {
                f -= 2;
                break;
            }
            if (t.is(f - 1, "-") && t.end(f - 2) == t.start(f - 1) && t.end(f - 1) == t.start(f)
                    && t.capitalised(f - 2)) {
                f -= 2;
                continue;
            }
            // U.S. Indo-Pacific Command
            if (t.is(f - 1, ".") && t.is(f - 2, "S") && t.is(f - 3, ".") && t.is(f - 4, "U")
                    && t.start(f) - t.end(f - 1) == 1) {
                f -= 4;
                break;
            }
            if (!(f - 1 >= 0 && t.capitalised(f - 1) && t.start(f) - t.end(f - 1) == 1)) {
                break;
            }
            String p = t.text(f - 1);
            if (FUNCTION.contains(p) || DateRules.month(p) > 0 && p.length() > 3 || p.endsWith("day")) {
                break;
            }
            Gazetteer.Entry e = gazetteer.lookup(p);
            f--;
            if (t.sentenceStart(f) && e == null && !ORG_LAST.contains(p) && !isModifier(p)) {
                // a sentence's first word is a name's only when we know it
                f++;
                break;
            }
        }
        // titles before a name are not part of it: "Chief Cabinet Secretary"
        while (f < k && PERSON_TITLES.contains(t.text(f))) {
            f++;
        }
        return f;
    }

    private static boolean isModifier(String w) {
        return TITLES.contains(w) || w.equals("Federal") || w.equals("National") || w.equals("European")
                || w.equals("International") || w.equals("Central") || w.equals("Supreme") || w.equals("Security");
    }
}
