package dev.ariadne.importer.internal.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

class ExpansionMeterTest {

    @Test
    void smallArchivesMayExpandUpToTheFloorWhateverTheirRatio() throws Exception {
        ExpansionMeter meter = new ExpansionMeter(100, 10, new ExpansionBudget(Long.MAX_VALUE, 10));

        meter.count(ExpansionMeter.RATIO_FLOOR_BYTES);

        assertThatThrownBy(() -> meter.count(1)).isInstanceOf(ExpansionRefusedException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void theRatioLimitsLargerArchivesWhileTheyExpand() throws Exception {
        ExpansionMeter meter = new ExpansionMeter(1024 * 1024, 2, new ExpansionBudget(Long.MAX_VALUE, 10));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(meter.copy(new ByteArrayInputStream(new byte[2 * 1024 * 1024]), out)).isEqualTo(2 * 1024 * 1024);
        assertThatThrownBy(() -> meter.copy(new ByteArrayInputStream(new byte[10]), out))
                .hasMessage("zip bomb refused: it expands to more than 2 times its size (expansion ratio limit)");
    }

    @Test
    void theSharedBudgetCountsBytesAndMembersOfNestedArchives() throws Exception {
        ExpansionBudget budget = new ExpansionBudget(3 * 1024 * 1024, 2);
        ExpansionMeter outer = new ExpansionMeter(10 * 1024 * 1024, 100, budget);
        ExpansionMeter inner = new ExpansionMeter(10 * 1024 * 1024, 100, budget);

        outer.member();
        outer.count(2 * 1024 * 1024);
        inner.member();

        assertThatThrownBy(() -> inner.count(2 * 1024 * 1024)).hasMessage(
                "archive refused: it expands to more than 3 MB");
        assertThatThrownBy(inner::member).hasMessage("archive refused: more than 2 members");
    }
}
