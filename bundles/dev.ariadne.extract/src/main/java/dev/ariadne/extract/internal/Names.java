package dev.ariadne.extract.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The built-in word lists of the merger and the resolver: titles and honorifics, focus particles, the alias table of
 * places and organisations written in several ways, and capitals with their countries (for metonymy). Constants
 * only; read from any thread.
 */
final class Names {

    /** Words that open a title before a person's name (compared in lower case without a final period). */
    static final Set<String> TITLE_WORDS = Set.of("president", "vice", "chancellor", "prime", "minister", "premier",
            "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady",
            "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt", "admiral",
            "adm", "sergeant", "sgt", "commander", "marshal", "field", "brigadier", "corporal", "private",
            "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor",
            "judge", "justice", "king", "queen", "prince", "princess", "emperor", "empress", "pope", "cardinal",
            "archbishop", "bishop", "rev", "reverend", "father", "sheikh", "ayatollah", "imam", "rabbi",
            "secretary", "undersecretary", "under-secretary", "ambassador", "envoy", "commissioner", "chairman",
            "chairwoman", "chair", "ceo", "director", "spokesman", "spokeswoman", "spokesperson", "chief",
            "deputy", "acting", "former", "foreign", "defence", "defense", "finance", "interior", "economy",
            "health", "trade", "energy", "state", "general-secretary", "secretary-general", "first",
            "supreme", "leader", "opposition", "mp", "mep", "st", "saint", "herr", "frau", "monsieur", "madame",
            "m", "mme", "señor", "senor", "president-elect", "chancellor-elect", "crown", "grand", "duke",
            "duchess", "count", "countess", "baron", "baroness", "emir", "sultan", "tsar", "czar", "shah",
            "officer", "inspector", "detective", "sheriff", "attorney", "prosecutor", "counsel", "auditor",
            "minister-president", "taoiseach", "ald", "alderman", "councillor", "councilor", "speaker");

    /** Words that single out an amount or a time but are not part of it ("only two weeks"). */
    static final Set<String> FOCUS_PARTICLES = Set.of("only", "just", "even", "merely", "still", "already", "also",
            "solely", "alone", "too", "simply", "barely");

    /** Lower-case written forms of a place or organisation, dots removed, to its canonical name. */
    static final Map<String, String> ALIASES = new HashMap<>();
    /** Lower-case particles that may start or sit inside a person's name ("de Wit", "Hendrik van der Berg"). */
    static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "del", "della",
            "la", "le", "al", "el", "bin", "ibn", "du", "dos", "das", "ter", "ten", "zu", "y", "abu", "ben");

    /** Common nouns that are no organisation's name when they stand alone ("the Ministry", "the Commission"). */
    static final Set<String> INSTITUTION_NOUNS = Set.of("ministry", "commission", "department", "office",
            "council", "government", "committee", "agency", "court", "bank", "state", "energy", "commerce",
            "defence", "defense", "interior", "finance", "trade", "treasury", "parliament", "army", "navy",
            "police", "cabinet", "administration", "authority", "board", "company", "group", "union", "party",
            "foundation", "institute", "university", "embassy", "consulate", "secretariat", "senate", "congress",
            "assembly", "tribunal", "bureau", "service", "forces", "ministries", "government's");

    /** Prepositions that open a time expression but are not part of it ("on Thursday", "over five years"). */
    static final Set<String> DATE_PREPOSITIONS = Set.of("on", "in", "at", "since", "for", "during", "until", "till",
            "by", "from", "over", "within", "throughout", "after", "before", "between", "through", "across", "into",
            "to", "of");

    /** Words of comparison that open an amount but are not part of it ("above 3 per cent", "below $60"). */
    static final Set<String> AMOUNT_PREPOSITIONS = Set.of("above", "below", "under", "from", "to", "at", "of",
            "between", "by", "for", "in", "on", "with");

    /** Rate suffixes after an amount that are not part of it ("1.2 million barrels a day"). */
    static final List<String> RATE_SUFFIXES = List.of(" a day", " per day", " a year", " per year", " per annum",
            " a month", " per month", " a week", " per week", " each year", " every year", " annually", " daily",
            " a quarter", " per quarter", " each day", " every day", " each month", " yearly", " monthly");

    /** Lower-case canonical names of countries and some regions that a capital stands for. */
    static final Map<String, String> CAPITALS = new HashMap<>();
    /** Look-up keys of the canonical names in the alias table that are organisations, not places. */
    static final Set<String> ORGANIZATIONS = new java.util.HashSet<>();
    /** Lower-case English names of the countries and territories Java knows (ISO 3166), for compounds. */
    static final Set<String> COUNTRIES;

    static {
        Set<String> countries = new java.util.HashSet<>();
        for (String code : Locale.getISOCountries()) {
            countries.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        COUNTRIES = Set.copyOf(countries);
        alias("United States", "us", "usa", "united states", "united states of america", "the united states",
                "america", "the us", "the usa");
        alias("United Kingdom", "uk", "united kingdom", "britain", "great britain", "the uk",
                "united kingdom of great britain and northern ireland", "gb");
        alias("European Union", "eu", "european union", "the eu");
        alias("United Nations", "un", "united nations", "the un", "uno");
        alias("NATO", "nato", "north atlantic treaty organization", "north atlantic treaty organisation", "otan");
        alias("Russia", "russia", "russian federation", "the russian federation");
        alias("China", "china", "people's republic of china", "prc", "the people's republic of china");
        alias("Taiwan", "taiwan", "republic of china", "roc");
        alias("South Korea", "south korea", "republic of korea", "rok", "korea, south");
        alias("North Korea", "north korea", "dprk", "democratic people's republic of korea", "korea, north");
        alias("Iran", "iran", "islamic republic of iran");
        alias("Syria", "syria", "syrian arab republic");
        alias("Vietnam", "vietnam", "viet nam");
        alias("Czech Republic", "czech republic", "czechia");
        alias("Netherlands", "netherlands", "the netherlands", "holland");
        alias("Ivory Coast", "ivory coast", "côte d'ivoire", "cote d'ivoire");
        alias("Myanmar", "myanmar", "burma");
        alias("Turkey", "turkey", "türkiye", "turkiye");
        alias("United Arab Emirates", "united arab emirates", "uae");
        alias("Democratic Republic of the Congo", "democratic republic of the congo", "drc", "dr congo",
                "congo-kinshasa");
        alias("Bosnia and Herzegovina", "bosnia and herzegovina", "bosnia-herzegovina", "bosnia");
        alias("Kyiv", "kyiv", "kiev");
        alias("Beijing", "beijing", "peking");
        alias("Mumbai", "mumbai", "bombay");
        alias("International Monetary Fund", "imf", "international monetary fund");
        alias("World Health Organization", "who", "world health organization", "world health organisation");
        alias("World Trade Organization", "wto", "world trade organization", "world trade organisation");
        alias("International Atomic Energy Agency", "iaea", "international atomic energy agency");
        alias("Organization of the Petroleum Exporting Countries", "opec",
                "organization of the petroleum exporting countries");
        alias("Association of Southeast Asian Nations", "asean", "association of southeast asian nations");
        alias("African Union", "african union", "au");
        alias("European Central Bank", "ecb", "european central bank");
        alias("Federal Reserve", "federal reserve", "the fed", "fed", "us federal reserve");
        alias("Organization for Security and Co-operation in Europe", "osce",
                "organization for security and co-operation in europe");
        alias("Group of Seven", "g7", "g-7", "group of seven");
        alias("Group of Twenty", "g20", "g-20", "group of twenty");
        alias("Associated Press", "ap", "associated press", "the associated press");
        alias("Agence France-Presse", "afp", "agence france-presse", "agence france presse");
        alias("International Criminal Court", "icc", "international criminal court");
        alias("International Court of Justice", "icj", "international court of justice");
        alias("United Nations Security Council", "unsc", "security council", "un security council",
                "united nations security council");
        alias("Baltic Sea", "baltic sea", "baltic");
        alias("Gulf Cooperation Council", "gcc", "gulf cooperation council");
        alias("Shanghai Cooperation Organisation", "sco", "shanghai cooperation organisation",
                "shanghai cooperation organization");
        alias("European Commission", "european commission", "the commission");
        alias("World Bank", "world bank");
        for (String org : List.of("European Union", "United Nations", "NATO", "International Monetary Fund",
                "World Health Organization", "World Trade Organization", "International Atomic Energy Agency",
                "Organization of the Petroleum Exporting Countries", "Association of Southeast Asian Nations",
                "African Union", "European Central Bank", "Federal Reserve",
                "Organization for Security and Co-operation in Europe", "Group of Seven", "Group of Twenty",
                "Associated Press", "Agence France-Presse", "International Criminal Court",
                "International Court of Justice", "United Nations Security Council", "Gulf Cooperation Council",
                "Shanghai Cooperation Organisation", "European Commission", "World Bank", "Kremlin")) {
            ORGANIZATIONS.add(key(org));
        }

        capital("Moscow", "Russia");
        capital("Kremlin", "Russia");
        capital("Beijing", "China");
        capital("Washington", "United States");
        capital("Kyiv", "Ukraine");
        capital("London", "United Kingdom");
        capital("Paris", "France");
        capital("Berlin", "Germany");
        capital("Tokyo", "Japan");
        capital("Tehran", "Iran");
        capital("Ankara", "Turkey");
        capital("Brussels", "European Union");
        capital("Delhi", "India");
        capital("New Delhi", "India");
        capital("Islamabad", "Pakistan");
        capital("Seoul", "South Korea");
        capital("Pyongyang", "North Korea");
        capital("Taipei", "Taiwan");
        capital("Jerusalem", "Israel");
        capital("Riyadh", "Saudi Arabia");
        capital("Cairo", "Egypt");
        capital("Damascus", "Syria");
        capital("Baghdad", "Iraq");
        capital("Kabul", "Afghanistan");
        capital("Warsaw", "Poland");
        capital("Rome", "Italy");
        capital("Madrid", "Spain");
        capital("Ottawa", "Canada");
        capital("Canberra", "Australia");
        capital("Brasilia", "Brazil");
        capital("Brasília", "Brazil");
        capital("Mexico City", "Mexico");
        capital("Caracas", "Venezuela");
        capital("Havana", "Cuba");
        capital("Minsk", "Belarus");
        capital("Budapest", "Hungary");
        capital("Vienna", "Austria");
        capital("Bern", "Switzerland");
        capital("Stockholm", "Sweden");
        capital("Helsinki", "Finland");
        capital("Oslo", "Norway");
        capital("Copenhagen", "Denmark");
        capital("The Hague", "Netherlands");
        capital("Athens", "Greece");
        capital("Belgrade", "Serbia");
        capital("Bucharest", "Romania");
        capital("Sofia", "Bulgaria");
        capital("Prague", "Czech Republic");
        capital("Vilnius", "Lithuania");
        capital("Riga", "Latvia");
        capital("Tallinn", "Estonia");
        capital("Tbilisi", "Georgia");
        capital("Yerevan", "Armenia");
        capital("Baku", "Azerbaijan");
        capital("Chisinau", "Moldova");
        capital("Hanoi", "Vietnam");
        capital("Manila", "Philippines");
        capital("Jakarta", "Indonesia");
        capital("Bangkok", "Thailand");
        capital("Dhaka", "Bangladesh");
        capital("Doha", "Qatar");
        capital("Abu Dhabi", "United Arab Emirates");
        capital("Amman", "Jordan");
        capital("Beirut", "Lebanon");
        capital("Tripoli", "Libya");
        capital("Khartoum", "Sudan");
        capital("Addis Ababa", "Ethiopia");
        capital("Nairobi", "Kenya");
        capital("Pretoria", "South Africa");
        capital("Abuja", "Nigeria");
        capital("Buenos Aires", "Argentina");
        capital("Santiago", "Chile");
        capital("Lima", "Peru");
        capital("Bogota", "Colombia");
        capital("Bogotá", "Colombia");
        capital("Dublin", "Ireland");
        capital("Lisbon", "Portugal");
        capital("Wellington", "New Zealand");
        capital("Canberra", "Australia");
        capital("Kinshasa", "Democratic Republic of the Congo");
        capital("Algiers", "Algeria");
        capital("Rabat", "Morocco");
        capital("Tunis", "Tunisia");
        capital("Sanaa", "Yemen");
        capital("Muscat", "Oman");
        capital("Kuwait City", "Kuwait");
        capital("Ulaanbaatar", "Mongolia");
        capital("Astana", "Kazakhstan");
        capital("Tashkent", "Uzbekistan");
    }

    private Names() {
    }

    private static void alias(String canonical, String... forms) {
        for (String form : forms) {
            ALIASES.put(key(form), canonical);
        }
        ALIASES.put(key(canonical), canonical);
    }

    private static void capital(String capital, String country) {
        CAPITALS.put(capital.toLowerCase(Locale.ROOT), country);
    }

    /** The look-up key of a name: lower case, dots removed, spaces collapsed, curly apostrophes made straight. */
    static String key(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                continue;
            }
            if (c == '\u2019') {
                c = '\'';
            }
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** The canonical name of a written form in the alias table, or {@code null}. */
    static String alias(String text) {
        return ALIASES.get(key(text));
    }

    /** The country a capital stands for, or {@code null} when {@code name} is not a known capital. */
    static String countryOfCapital(String name) {
        return CAPITALS.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a name is a country (by Java's English country names) or a form of the alias table. */
    static boolean isPlaceOrBody(String name) {
        return COUNTRIES.contains(name.toLowerCase(Locale.ROOT)) || alias(name) != null
                || countryOfCapital(name) != null;
    }

    /**
     * The type of a well-known name: ORGANIZATION for the international bodies of the alias table, LOCATION for
     * countries, capitals and the places of the alias table, else {@code null}.
     */
    static dev.ariadne.api.entities.EntityType typeOf(String name) {
        String canonical = alias(name);
        String k = key(canonical == null ? name : canonical);
        if (ORGANIZATIONS.contains(k)) {
            return dev.ariadne.api.entities.EntityType.ORGANIZATION;
        }
        return isPlaceOrBody(name) ? dev.ariadne.api.entities.EntityType.LOCATION : null;
    }

    /** Whether a word (a title word, perhaps with a final period) opens a title. */
    static boolean isTitleWord(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }
}
