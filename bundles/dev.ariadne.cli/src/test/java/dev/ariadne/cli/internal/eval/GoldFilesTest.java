package dev.ariadne.cli.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ariadne.api.entities.EntityType;

class GoldFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryTextWithItsGoldAndItsDocumentIdSortedByName() throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.createDirectories(dir.resolve("gold"));
        Files.writeString(dir.resolve("docs/b.txt"), "abc");
        String text = "Headline\nDate: 2024-05-01\nÉmilie met Olaf Scholz in Warsaw.";
        Files.writeString(dir.resolve("docs/a.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("docs/notes.md"), "not a document");
        int scholz = text.indexOf("Olaf");
        Files.writeString(dir.resolve("gold/a.json"), "[{\"start\":" + scholz + ",\"end\":" + (scholz + 11)
                + ",\"text\":\"Olaf Scholz\",\"type\":\"PERSON\",\"entity\":\"Olaf Scholz\"},"
                + "{\"start\":" + text.indexOf("Warsaw") + ",\"end\":" + (text.indexOf("Warsaw") + 6)
                + ",\"text\":\"Warsaw\",\"type\":\"location\"}]");

        List<GoldFiles.Entry> entries = GoldFiles.read(dir);

        assertThat(entries).extracting(GoldFiles.Entry::name).containsExactly("a", "b");
        GoldFiles.Entry a = entries.get(0);
        assertThat(a.hasGold()).isTrue();
        assertThat(a.problems()).isEmpty();
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.gold()).containsExactly(new Span(scholz, scholz + 11, "Olaf Scholz", EntityType.PERSON,
                "Olaf Scholz"), new Span(text.indexOf("Warsaw"), text.indexOf("Warsaw") + 6, "Warsaw",
                EntityType.LOCATION, "Warsaw"));
        GoldFiles.Entry b = entries.get(1);
        assertThat(b.hasGold()).isFalse();
        assertThat(b.documentId()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void spansThatDoNotFitTheTextAreReportedAndSpansOutsideItLeftOut() throws IOException {
        List<String> problems = new ArrayList<>();

        List<Span> spans = GoldFiles.parse(Path.of("g.json"), "[{\"start\":0,\"end\":4,\"text\":\"Kyiv\","
                + "\"type\":\"LOCATION\"},{\"start\":0,\"end\":3,\"text\":\"Kyi\",\"type\":\"PLANET\"},"
                + "{\"start\":5,\"end\":99,\"type\":\"DATE\"}]", "Kiev is", problems);

        assertThat(spans).containsExactly(new Span(0, 4, "Kiev", EntityType.LOCATION, "Kiev"));
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).contains("says 'Kyiv' but the text there is 'Kiev'");
        assertThat(problems.get(1)).contains("unknown type PLANET");
        assertThat(problems.get(2)).contains("outside the text");
    }

    @Test
    void aGoldFileThatIsNoArrayOfSpansIsAnError() {
        assertThatThrownBy(() -> GoldFiles.parse(Path.of("g.json"), "{}", "x", new ArrayList<>()))
                .isInstanceOf(IOException.class).hasMessageContaining("g.json");
        assertThatThrownBy(() -> GoldFiles.parse(Path.of("g.json"), "[{\"start\":1}]", "x", new ArrayList<>()))
                .isInstanceOf(IOException.class).hasMessageContaining("has no end");
        assertThatThrownBy(() -> GoldFiles.read(dir)).isInstanceOf(IOException.class).hasMessageContaining("docs/");
    }
}
