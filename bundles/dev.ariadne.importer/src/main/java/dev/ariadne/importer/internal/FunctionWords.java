package dev.ariadne.importer.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * A fast first guess at the language of a text from its most frequent function words ("the", "und", "les" …), for
 * the ten languages that make up most analysts' documents. It answers only when the evidence is clear (enough hits,
 * and the best language far ahead of the next); otherwise the n-gram detector decides. Tokenising the first few
 * thousand characters and counting costs tens of microseconds, against milliseconds for the n-gram detector.
 * Immutable; safe on any thread.
 */
final class FunctionWords {

    /** How many characters are looked at. */
    static final int SAMPLE = 2000;
    /** The fewest hits of the best language for an answer. */
    static final int MIN_HITS = 12;

    private static final Map<String, String> LANGUAGES = Map.of(
            "en", "the of and to in is that for it was on with as by at from this be are have has had not but "
                    + "they which were been will would said an or their its his her we you who",
            "fr", "le les des et est une dans pour pas sur au avec il elle ce sont été aux ont mais plus leur "
                    + "cette nous vous ou comme tout fait était",
            "de", "der die das und ist nicht ein eine zu den dem mit von sich auf für im auch wird wurde sind "
                    + "werden aus bei nach oder wie dass hat",
            "es", "el los las del y una por con para se al lo como más pero sus fue ha este esta entre sin "
                    + "también muy hay está son",
            "it", "il di che è per non della sono gli dei nel alla anche più ma questo delle degli ha nella "
                    + "essere stato tra",
            "pt", "os do da em um uma não dos das no na mais foi ao mas seu sua são pelo pela também já "
                    + "está muito ele ela",
            "nl", "het een en van dat op te niet zijn met voor er ook aan wordt bij werd door maar om naar "
                    + "nog hij ze deze",
            "ru", "и в не на что с по это как он его к но из за от для о был она так же было были они уже "
                    + "только",
            "pl", "i w nie na się z do że to jest o jak po ale od za co tak są przez jego był była także",
            "sv", "och att det som en på är av för med till den har de inte om ett var jag men sig från vid");

    private final Map<String, String[]> words;

    FunctionWords() {
        Map<String, String[]> index = new HashMap<>();
        LANGUAGES.forEach((language, list) -> {
            for (String word : list.split(" ")) {
                index.merge(word, new String[] {language}, FunctionWords::concat);
            }
        });
        this.words = Map.copyOf(index);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The language when the function words leave no doubt, else {@code null}. */
    String guess(CharSequence text) {
        int end = Math.min(text.length(), SAMPLE);
        Map<String, int[]> hits = new HashMap<>();
        StringBuilder word = new StringBuilder(24);
        for (int i = 0; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (word.length() < 24) {
                    word.append(Character.toLowerCase(c));
                }
                continue;
            }
            if (word.length() > 0) {
                String[] languages = words.get(word.toString());
                if (languages != null) {
                    for (String language : languages) {
                        hits.computeIfAbsent(language, l -> new int[1])[0]++;
                    }
                }
                word.setLength(0);
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, int[]> entry : hits.entrySet()) {
            int count = entry.getValue()[0];
            if (count > first) {
                second = first;
                first = count;
                best = entry.getKey();
            } else if (count > second) {
                second = count;
            }
        }
        return first >= MIN_HITS && first >= 3 * second ? best : null;
    }
}
