package dev.ariadne.extract.nlp4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact store's writer and reader, on generated lexica. */
class LexiconFileTest {

    @TempDir
    Path dir;

    static String word(Random r) {
        String[] parts = {"a", "b", "Zü", "ß", "中", "\uD83D\uDE00", "-", "'s", "0", "x", "Ω", "é"};
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(parts[r.nextInt(parts.length)]);
        }
        return sb.toString();
    }

    @Test
    void vectorsComeBackWithinHalfAQuantisationStep() throws Exception {
        Random r = new Random(7);
        Map<String, float[]> original = new HashMap<>();
        while (original.size() < 5_000) {
            float[] v = new float[50];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (r.nextGaussian() * (1 + r.nextInt(3)));
            }
            original.put(word(r) + original.size(), v);
        }
        LexiconWriter w = new LexiconWriter(50);
        original.forEach((k, v) -> w.addValue(k, 0, v));
        w.write(dir.resolve("emb.lex"));

        LexiconFile f = LexiconFile.map(dir.resolve("emb.lex"));

        assertThat(f.size()).isEqualTo(original.size());
        assertThat(f.dimension()).isEqualTo(50);
        for (Map.Entry<String, float[]> e : original.entrySet()) {
            int entry = f.find(e.getKey());
            assertThat(entry).as(e.getKey()).isNotNegative();
            assertThat(f.key(entry)).isEqualTo(e.getKey());
            float[] got = f.vector(entry);
            float step = f.scale(entry);
            float max = 0;
            for (float x : e.getValue()) {
                max = Math.max(max, Math.abs(x));
            }
            assertThat(step).isCloseTo(max / 127f, org.assertj.core.data.Offset.offset(1e-6f));
            float worst = 0;
            for (int i = 0; i < got.length; i++) {
                worst = Math.max(worst, Math.abs(got[i] - e.getValue()[i]));
            }
            assertThat(worst).as(e.getKey()).isLessThanOrEqualTo(step / 2 + 1e-6f);
        }
        assertThat(f.find("not a word")).isEqualTo(-1);
        assertThat(f.find("")).isEqualTo(-1);
    }

    @Test
    void listsAreSharedAndFoundByKey() throws Exception {
        LexiconWriter w = new LexiconWriter(0);
        w.add("Paris", List.of("NNP"));
        w.add("run", List.of("VB", "NN"));
        w.add("walk", List.of("VB", "NN"));
        w.add("Zürich", List.of("NNP"));
        w.add("\uD83D\uDE00", List.of("SYM"));
        w.add("prefix-only", null);
        w.write(dir.resolve("lists.lex"));

        LexiconFile f = LexiconFile.map(dir.resolve("lists.lex"));

        assertThat(f.valueTable()).hasSize(3);
        assertThat(f.valueTable().get(f.value(f.find("run")))).containsExactly("VB", "NN");
        assertThat(f.value(f.find("run"))).isEqualTo(f.value(f.find("walk")));
        assertThat(f.valueTable().get(f.value(f.find("Zürich")))).containsExactly("NNP");
        assertThat(f.valueTable().get(f.value(f.find("\uD83D\uDE00")))).containsExactly("SYM");
        assertThat(f.value(f.find("prefix-only"))).isEqualTo(-1);
        assertThat(f.find("Zurich")).isEqualTo(-1);
        assertThat(f.find("paris")).isEqualTo(-1);
        assertThat(f.find("\uD83D")).isEqualTo(-1);
    }

    @Test
    void gazetteerTrieKeysChainParents() {
        assertThat(CompactLexica.gazetteerKey(-1, "New")).isEqualTo("-1 New");
        assertThat(CompactLexica.gazetteerKey(71, "York")).isEqualTo("1z York");
    }
}
