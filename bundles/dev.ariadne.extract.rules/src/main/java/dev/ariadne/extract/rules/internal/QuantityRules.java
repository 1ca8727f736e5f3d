package dev.ariadne.extract.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ariadne.api.entities.EntityType;

/**
 * Quantities: money ("$4.5 billion" gives "4500000000 USD"), percentages ("3.5 per cent" gives "3.5 %",
 * "2 percentage points" gives "2 pp") and measures with units ("400 kilometres" gives "400 km", "1.5 million
 * barrels a day" gives "1500000 bbl/d"). Ranges keep both ends ("5-6 %" gives "5-6 %"). Approximators stay in the
 * span ("almost $2 billion"), focus particles do not.
 *
 * <p>Immutable; called concurrently by {@link RulesExtractor} on worker threads.
 */
final class QuantityRules implements Rules {

    private static final String APPROX = "(?:(?<apx>(?i:almost|nearly|about|around|roughly|approximately|some"
            + "|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to"
            + "|just\\s+over|just\\s+under|well\\s+over|close\\s+to|upwards\\s+of|an\\s+estimated|as\\s+many\\s+as"
            + "|as\\s+much\\s+as|as\\s+little\\s+as|as\\s+few\\s+as|in\\s+excess\\s+of|a\\s+further|another))\\s+)?";
    private static final String NUM = "(?:" + Numbers.DIGITS + ")";
    private static final String SCALE_WORD = "(?:\\s*(?i:million|billion|trillion|thousand|mln|bln|mn|bn|tn)\\b"
            + "|(?:m|b|k|bn|mn|tn)\\b)";
    private static final String RANGE = "(?:\\s*(?:-|–)\\s*)";

    /** Currency symbols and prefixes, longest first, to ISO 4217 codes. */
    private static final Map<String, String> SYMBOLS = new LinkedHashMap<>();
    /** Currency words after a number, to ISO 4217 codes. */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();
    /** Units of measure, to their normal symbol. */
    private static final Map<String, String> UNITS = new LinkedHashMap<>();

    static {
        for (String[] e : new String[][] { { "US$", "USD" }, { "U.S.$", "USD" }, { "C$", "CAD" }, { "A$", "AUD" },
                { "NZ$", "NZD" }, { "HK$", "HKD" }, { "S$", "SGD" }, { "R$", "BRL" }, { "$", "USD" }, { "€", "EUR" },
                { "£", "GBP" }, { "¥", "JPY" }, { "₹", "INR" }, { "₽", "RUB" }, { "₩", "KRW" }, { "₺", "TRY" },
                { "₴", "UAH" }, { "₪", "ILS" }, { "Rs.", "INR" }, { "Rs", "INR" }, { "CHF", "CHF" }, { "USD", "USD" },
                { "EUR", "EUR" }, { "GBP", "GBP" }, { "JPY", "JPY" }, { "CNY", "CNY" }, { "RMB", "CNY" },
                { "RUB", "RUB" }, { "INR", "INR" }, { "UAH", "UAH" }, { "CAD", "CAD" }, { "AUD", "AUD" },
                { "TRY", "TRY" }, { "KRW", "KRW" }, { "BRL", "BRL" }, { "SEK", "SEK" }, { "NOK", "NOK" },
                { "DKK", "DKK" }, { "PLN", "PLN" }, { "ZAR", "ZAR" }, { "SAR", "SAR" }, { "AED", "AED" },
                { "ILS", "ILS" }, { "HKD", "HKD" }, { "SGD", "SGD" }, { "MXN", "MXN" }, { "NGN", "NGN" },
                { "EGP", "EGP" }, { "IRR", "IRR" }, { "PKR", "PKR" } }) {
            SYMBOLS.put(e[0], e[1]);
        }
        for (String[] e : new String[][] { { "US dollars", "USD" }, { "U.S. dollars", "USD" },
                { "Canadian dollars", "CAD" }, { "Australian dollars", "AUD" }, { "Hong Kong dollars", "HKD" },
                { "New Zealand dollars", "NZD" }, { "Singapore dollars", "SGD" }, { "Taiwan dollars", "TWD" },
                { "Swiss francs", "CHF" }, { "CFA francs", "XOF" }, { "Norwegian crowns", "NOK" },
                { "Norwegian kroner", "NOK" }, { "Swedish kronor", "SEK" }, { "Swedish crowns", "SEK" },
                { "Danish kroner", "DKK" }, { "Danish crowns", "DKK" }, { "Czech crowns", "CZK" }, { "koruna", "CZK" }, { "pounds sterling", "GBP" }, { "dollars", "USD" }, { "dollar", "USD" },
                { "euros", "EUR" }, { "euro", "EUR" }, { "pounds", "GBP" }, { "sterling", "GBP" }, { "yen", "JPY" },
                { "yuan", "CNY" }, { "renminbi", "CNY" }, { "rubles", "RUB" }, { "roubles", "RUB" },
                { "ruble", "RUB" }, { "rouble", "RUB" }, { "rupees", "INR" }, { "rupee", "INR" },
                { "hryvnias", "UAH" }, { "hryvnia", "UAH" }, { "hryvnas", "UAH" }, { "reais", "BRL" }, { "shillings", "KES" }, { "Kenyan shillings", "KES" },
                { "rupiah", "IDR" }, { "ringgit", "MYR" }, { "baht", "THB" }, { "pesos", "MXN" }, { "dinars", "DZD" },
                { "Egyptian pounds", "EGP" }, { "francs", "CHF" },
                { "shekels", "ILS" }, { "dirhams", "AED" }, { "riyals", "SAR" }, { "rials", "IRR" },
                { "zlotys", "PLN" }, { "zloty", "PLN" }, { "forints", "HUF" }, { "forint", "HUF" },
                { "kronor", "SEK" }, { "kroner", "NOK" }, { "lira", "TRY" }, { "liras", "TRY" }, { "naira", "NGN" },
                { "rand", "ZAR" }, { "won", "KRW" }, { "bitcoins", "BTC" }, { "bitcoin", "BTC" } }) {
            WORDS.put(e[0], e[1]);
        }
        for (String[] e : new String[][] { { "square kilometres", "km2" }, { "square kilometers", "km2" }, { "square kilometre", "km2" },
                { "square kilometer", "km2" }, { "square mile", "mi2" }, { "square metre", "m2" }, { "cubic metre", "m3" },
                { "sq km", "km2" }, { "km2", "km2" }, { "km²", "km2" }, { "square miles", "mi2" },
                { "square metres", "m2" }, { "square meters", "m2" }, { "sq m", "m2" }, { "m2", "m2" }, { "m²", "m2" },
                { "cubic metres", "m3" }, { "cubic meters", "m3" }, { "m3", "m3" }, { "m³", "m3" },
                { "bcm", "bcm" }, { "kilometres per hour", "km/h" }, { "kilometers per hour", "km/h" },
                { "km/h", "km/h" }, { "kph", "km/h" }, { "miles per hour", "mph" }, { "mph", "mph" },
                { "kilometres", "km" }, { "kilometers", "km" }, { "kilometre", "km" }, { "kilometer", "km" },
                { "km", "km" }, { "miles", "mi" }, { "mile", "mi" }, { "nautical miles", "nmi" },
                { "metres", "m" }, { "meters", "m" }, { "metre", "m" }, { "meter", "m" },
                { "centimetres", "cm" }, { "centimeters", "cm" }, { "cm", "cm" }, { "millimetres", "mm" },
                { "millimeters", "mm" }, { "mm", "mm" }, { "feet", "ft" }, { "foot", "ft" }, { "ft", "ft" },
                { "inches", "in" }, { "inch", "in" }, { "yards", "yd" }, { "hectares", "ha" }, { "hectare", "ha" },
                { "acres", "acre" }, { "acre", "acre" }, { "kilograms", "kg" }, { "kilogrammes", "kg" },
                { "kilogram", "kg" }, { "kilos", "kg" }, { "kg", "kg" }, { "grams", "g" }, { "grammes", "g" },
                { "milligrams", "mg" }, { "tonnes", "t" }, { "tonne", "t" }, { "tons", "t" }, { "ton", "t" },
                { "metric tons", "t" }, { "pounds of", "lb" }, { "lbs", "lb" }, { "ounces", "oz" },
                { "litres", "l" }, { "liters", "l" }, { "litre", "l" }, { "liter", "l" }, { "gallons", "gal" },
                { "barrels", "bbl" }, { "barrel", "bbl" }, { "bpd", "bbl/d" }, { "megawatts", "MW" },
                { "megawatt", "MW" }, { "MW", "MW" }, { "gigawatts", "GW" }, { "gigawatt", "GW" }, { "GW", "GW" },
                { "kilowatts", "kW" }, { "kW", "kW" }, { "terawatt hours", "TWh" }, { "terawatt-hours", "TWh" },
                { "TWh", "TWh" }, { "gigawatt hours", "GWh" }, { "gigawatt-hours", "GWh" }, { "GWh", "GWh" },
                { "megawatt hours", "MWh" }, { "megawatt-hours", "MWh" }, { "MWh", "MWh" },
                { "kilowatt hours", "kWh" }, { "kilowatt-hours", "kWh" }, { "kWh", "kWh" },
                { "degrees Celsius", "°C" }, { "degrees Fahrenheit", "°F" }, { "°C", "°C" }, { "°F", "°F" },
                { "degrees", "°" }, { "knots", "kn" }, { "megatons", "Mt" }, { "kilotons", "kt" },
                { "gigabytes", "GB" }, { "terabytes", "TB" }, { "calories", "kcal" } }) {
            UNITS.put(e[0], e[1]);
        }
    }

    private final Pattern money;
    private final Pattern moneyWords;
    private final Pattern percent;
    private final Pattern measure;

    QuantityRules() {
        String symbols = alternation(SYMBOLS.keySet());
        money = Pattern.compile("(?<![\\w$€£¥])" + APPROX + "(?<cur>" + symbols + ")\\s?(?<n>" + NUM + ")(?<sc>"
                + SCALE_WORD + ")?(?:" + RANGE + "(?:" + symbols + ")?\\s?(?<n2>" + NUM + ")(?<sc2>" + SCALE_WORD
                + ")?)?(?:\\s+(?<tail>dollars|euros))?(?![\\w])");
        moneyWords = Pattern.compile("(?<![\\w.,$€£])" + APPROX + "(?<n>" + NUM + "|" + Numbers.WORDS + ")(?:" + RANGE
                + "(?<n2>" + NUM + "))?(?<sc>" + SCALE_WORD + ")?\\s+(?<cur>" + alternation(WORDS.keySet()) + "|"
                + alternation(SYMBOLS.keySet().stream().filter(k -> k.matches("[A-Z]{3}")).toList())
                + ")(?![\\w-])");
        percent = Pattern.compile("(?<![\\w.,])" + APPROX + "(?<sign>[-+−])?(?<n>" + NUM + "|" + Numbers.WORDS + ")(?:"
                + RANGE + "(?<n2>" + NUM + "))?\\s*(?<u>%|(?i:per\\s?cent|percent|percentage\\s+points?|pct|basis"
                + "\\s+points?|bps)(?![\\w-]))");
        measure = Pattern.compile("(?<![\\w.,])" + APPROX + "(?<n>" + NUM + "|" + Numbers.WORDS + ")(?:" + RANGE
                + "(?<n2>" + NUM + "))?(?<sc>\\s*(?:million|billion|thousand|trillion|hundred))?[\\s-]?(?<u>"
                + alternation(UNITS.keySet()) + ")(?![\\w²³])(?<per>\\s+(?:a|per|each)\\s+(?:day|year|month|hour"
                + "|week|second))?");
    }

    @Override
    public void find(Chunk chunk, Found found) {
        Scope scope = chunk.scope();
        String text = scope.text();
        chunk.find(money, Chunk.DIGIT, 7, true, m -> {
            String code = SYMBOLS.get(m.group("cur"));
            BigDecimal sc2 = m.group("sc2") == null ? null : Numbers.scale(m.group("sc2"));
            BigDecimal sc = m.group("sc") != null ? Numbers.scale(m.group("sc")) : sc2 != null ? sc2 : BigDecimal.ONE;
            if (m.group("cur").matches("[A-Z]{3}") && m.group("sc") == null && m.group("n").length() < 2
                    && m.group("n2") == null && text.charAt(m.start("n") - 1) != ' ') {
                return;
            }
            String value = amount(m.group("n"), sc, m.group("n2"), sc2 == null ? sc : sc2) + " " + code;
            add(scope, found, m, value);
        });
        chunk.find(moneyWords, Chunk.DIGIT | Chunk.NUMBER_WORD, 7, false, m -> {
            String word = m.group("cur");
            String code = WORDS.containsKey(word) ? WORDS.get(word) : SYMBOLS.get(word);
            BigDecimal sc = Numbers.scale(m.group("sc"));
            if (word.equals("won") && m.group("sc") == null) {
                return; // "3 won" is more often the verb
            }
            if (word.startsWith("pound") && text.startsWith(" of", m.end()) && !word.contains("sterling")) {
                return; // "ten pounds of cocaine" is a weight
            }
            if (word.equals("rand") || word.equals("lira")) {
                if (m.group("sc") == null && !Character.isDigit(m.group("n").charAt(0))) {
                    return;
                }
            }
            String value = amount(m.group("n"), sc, m.group("n2"), sc);
            if (value == null) {
                return;
            }
            add(scope, found, m, value + " " + code);
        });
        chunk.find(percent, Chunk.DIGIT | Chunk.NUMBER_WORD, 7, true, m -> {
            String u = m.group("u").toLowerCase(Locale.ROOT);
            String unit = u.startsWith("percentage") ? "pp" : u.startsWith("basis") || u.equals("bps") ? "bp" : "%";
            String value = amount(m.group("n"), BigDecimal.ONE, m.group("n2"), BigDecimal.ONE);
            if (value == null) {
                return;
            }
            if (m.group("sign") != null) {
                value = (m.group("sign").equals("+") ? "+" : "-") + value;
            }
            add(scope, found, m, value + " " + unit);
        });
        chunk.find(measure, Chunk.DIGIT | Chunk.NUMBER_WORD, 7, false, m -> {
            String u = m.group("u");
            String unit = UNITS.get(u);
            if (u.equals("pounds of")) {
                // keep "of" out of the span
                int end = m.start("u") + "pounds".length();
                String value = amount(m.group("n"), Numbers.scale(m.group("sc")), m.group("n2"),
                        Numbers.scale(m.group("sc")));
                if (value != null) {
                    found.add(text, spanStart(text, m), end, EntityType.QUANTITY, 0.85, value + " lb", Found.MEASURE);
                }
                return;
            }
            if (u.equals("degrees") && m.group("n").matches("(?i)[a-z].*")) {
                return; // "three degrees" are diplomas as often as temperatures
            }
            String value = amount(m.group("n"), Numbers.scale(m.group("sc")), m.group("n2"),
                    Numbers.scale(m.group("sc")));
            if (value == null) {
                return;
            }
            String per = m.group("per");
            int end = m.end();
            if (per != null) {
                end = m.start("per"); // "a day" is a rate, not part of the quantity's span
                String p = per.trim();
                unit = unit + "/" + switch (p.substring(p.lastIndexOf(' ') + 1)) {
                    case "day" -> "d";
                    case "year" -> "a";
                    case "month" -> "mo";
                    case "hour" -> "h";
                    case "week" -> "wk";
                    default -> "s";
                };
            }
            found.add(text, spanStart(text, m), end, EntityType.QUANTITY, 0.9, value + " " + unit, Found.MEASURE);
        });
    }

    private static void add(Scope scope, Found found, Matcher m, String value) {
        found.add(scope.text(), spanStart(scope.text(), m), m.end(), EntityType.QUANTITY, 0.9, value, Found.MEASURE);
    }

    /** Where the span starts: the match, without a leading "the" or a leading "a further"/"another". */
    private static int spanStart(String text, Matcher m) {
        String apx = m.group("apx");
        if (apx != null) {
            String a = apx.toLowerCase(Locale.ROOT);
            if (a.startsWith("a further") || a.startsWith("another")) {
                return m.start("apx") + apx.length();
            }
        }
        return m.start();
    }

    /** "4500000000", or "4000000000-5000000000" for a range, or {@code null} when a number does not parse. */
    private static String amount(String n, BigDecimal scale, String n2, BigDecimal scale2) {
        BigDecimal a = Numbers.parse(n);
        if (a == null) {
            return null;
        }
        String value = Numbers.plain(a.multiply(scale));
        if (n2 != null) {
            BigDecimal b = Numbers.parse(n2);
            if (b == null) {
                return null;
            }
            value = value + "-" + Numbers.plain(b.multiply(scale2));
        }
        return value;
    }

    private static String alternation(Iterable<String> words) {
        List<String> list = new ArrayList<>();
        words.forEach(list::add);
        list.sort((a, b) -> b.length() - a.length());
        StringBuilder sb = new StringBuilder("(?:");
        for (String w : list) {
            if (sb.length() > 3) {
                sb.append('|');
            }
            sb.append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        }
        return sb.append(')').toString();
    }
}
