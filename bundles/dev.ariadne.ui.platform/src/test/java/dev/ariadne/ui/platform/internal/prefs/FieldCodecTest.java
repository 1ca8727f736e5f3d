package dev.ariadne.ui.platform.internal.prefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.Hashtable;
import java.util.List;

import dev.ariadne.ui.platform.internal.prefs.TestMetaType.Attribute;
import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;

class FieldCodecTest {

    private final Attribute workers = Attribute.of("workers", "Workers", AttributeDefinition.INTEGER, "4").range(1, 64);

    @Test
    void parsesScalarsOfEveryType() {
        assertThat(FieldCodec.parseScalar(AttributeDefinition.INTEGER, "12")).isEqualTo(12);
        assertThat(FieldCodec.parseScalar(AttributeDefinition.LONG, "-3")).isEqualTo(-3L);
        assertThat(FieldCodec.parseScalar(AttributeDefinition.SHORT, "7")).isEqualTo((short) 7);
        assertThat(FieldCodec.parseScalar(AttributeDefinition.BYTE, "8")).isEqualTo((byte) 8);
        assertThat(FieldCodec.parseScalar(AttributeDefinition.DOUBLE, "0.5")).isEqualTo(0.5);
        assertThat(FieldCodec.parseScalar(AttributeDefinition.FLOAT, "1.5")).isEqualTo(1.5f);
        assertThat(FieldCodec.parseScalar(AttributeDefinition.BIGDECIMAL, "1.25")).isEqualTo(new BigDecimal("1.25"));
        assertThat(FieldCodec.parseScalar(AttributeDefinition.CHARACTER, "x")).isEqualTo('x');
        assertThat(FieldCodec.parseScalar(AttributeDefinition.BOOLEAN, "TRUE")).isEqualTo(true);
        assertThat(FieldCodec.parseScalar(AttributeDefinition.STRING, "")).isEqualTo("");
        assertThat(FieldCodec.parseScalar(AttributeDefinition.PASSWORD, " secret ")).isEqualTo(" secret ");
    }

    @Test
    void rejectsTextThatIsNotOfTheType() {
        assertThatThrownBy(() -> FieldCodec.parseScalar(AttributeDefinition.INTEGER, "four"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("\u201cfour\u201d is not a whole number");
        assertThatThrownBy(() -> FieldCodec.parseScalar(AttributeDefinition.INTEGER, "99999999999"))
                .hasMessageContaining("from -2147483648 to 2147483647");
        assertThatThrownBy(() -> FieldCodec.parseScalar(AttributeDefinition.DOUBLE, "1,5"))
                .hasMessage("\u201c1,5\u201d is not a number.");
        assertThatThrownBy(() -> FieldCodec.parseScalar(AttributeDefinition.LONG, "")).hasMessage("Enter a value.");
        assertThatThrownBy(() -> FieldCodec.parseScalar(AttributeDefinition.CHARACTER, "xy"))
                .hasMessage("Enter exactly one character.");
        assertThatThrownBy(() -> FieldCodec.parseScalar(AttributeDefinition.BOOLEAN, "yes"))
                .hasMessage("Enter true or false.");
    }

    @Test
    void numbersAreTrimmedButStringsKeptAsTyped() {
        assertThat(FieldCodec.parse(workers, " 8 ")).isEqualTo(8);
        Attribute name = Attribute.of("name", "Name", AttributeDefinition.STRING);
        assertThat(FieldCodec.parse(name, "  padded ")).isEqualTo("  padded ");
    }

    @Test
    void aBlankSingleNumberLeavesThePropertyUnset() {
        assertThat(FieldCodec.parse(workers, "  ")).isNull();
        assertThat(FieldCodec.problem(workers, "")).isEmpty();
        Attribute flag = Attribute.of("flag", "Flag", AttributeDefinition.BOOLEAN);
        assertThat(FieldCodec.parse(flag, "")).isNull();
        Attribute ports = Attribute.of("ports", "Ports", AttributeDefinition.INTEGER).cardinality(3);
        assertThat((Integer[]) FieldCodec.parse(ports, " ")).isEmpty();
    }

    @Test
    void splitsAndJoinsWithEscapes() {
        assertThat(FieldCodec.split("a, b ,c")).containsExactly("a", "b", "c");
        assertThat(FieldCodec.split("one\\, two, three\\\\")).containsExactly("one, two", "three\\");
        assertThat(FieldCodec.split("  ")).isEmpty();
        assertThat(FieldCodec.join(List.of("one, two", "three\\"))).isEqualTo("one\\, two, three\\\\");
        assertThat(FieldCodec.split(FieldCodec.join(List.of("x,y", "z")))).containsExactly("x,y", "z");
    }

    @Test
    void multiValuedAttributesBecomeArraysOrLists() {
        Attribute array = Attribute.of("ports", "Ports", AttributeDefinition.INTEGER).cardinality(3);
        assertThat((Integer[]) FieldCodec.parse(array, "80, 443")).containsExactly(80, 443);
        assertThat((Integer[]) FieldCodec.parse(array, "")).isEmpty();
        assertThatThrownBy(() -> FieldCodec.parse(array, "1,2,3,4")).hasMessage("At most 3 values allowed.");

        Attribute list = Attribute.of("names", "Names", AttributeDefinition.STRING).cardinality(-5);
        assertThat(FieldCodec.parse(list, "a, b\\, c")).isEqualTo(List.of("a", "b, c"));

        Attribute unbounded = Attribute.of("any", "Any", AttributeDefinition.LONG).cardinality(Integer.MAX_VALUE);
        assertThat((Long[]) FieldCodec.parse(unbounded, "1,2,3,4,5,6")).hasSize(6);
    }

    @Test
    void problemCombinesParsingAndTheDefinitionsValidation() {
        assertThat(FieldCodec.problem(workers, "8")).isEmpty();
        assertThat(FieldCodec.problem(workers, "eight")).get().asString().contains("not a whole number");
        assertThat(FieldCodec.problem(workers, "0")).contains("Must be at least 1.");
        assertThat(FieldCodec.problem(workers, "65")).contains("Must be at most 64.");

        Attribute plain = Attribute.of("x", "X", AttributeDefinition.STRING);
        AttributeDefinition unchecked = (AttributeDefinition) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AttributeDefinition.class},
                (proxy, method, args) -> "validate".equals(method.getName()) ? null : method.invoke(plain, args));
        assertThat(FieldCodec.problem(unchecked, "anything")).isEmpty();
    }

    @Test
    void rewordsFelixLocalizationKeys() {
        assertThat(FieldCodec.humanize("%less than minimum")).isEqualTo("Less than the smallest value allowed.");
        assertThat(FieldCodec.humanize("%greater than maximum"))
                .isEqualTo("More than the largest value allowed (or too long).");
        assertThat(FieldCodec.humanize("%missing required value")).isEqualTo("A value is required.");
        assertThat(FieldCodec.humanize("%invalid value")).isEqualTo("Not a valid value.");
        assertThat(FieldCodec.humanize("%not a valid option")).isEqualTo("Not one of the values offered.");
        assertThat(FieldCodec.humanize("%too odd")).isEqualTo("Too odd.");
        assertThat(FieldCodec.humanize("Must be even.")).isEqualTo("Must be even.");

        Attribute plain = Attribute.of("n", "N", AttributeDefinition.INTEGER);
        AttributeDefinition felixLike = (AttributeDefinition) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AttributeDefinition.class}, (proxy, method, args) -> "validate".equals(method.getName())
                        ? "%less than minimum" : method.invoke(plain, args));
        assertThat(FieldCodec.problem(felixLike, "-1")).contains("Less than the smallest value allowed.");
    }

    @Test
    void showsTheConfiguredValueElseTheDefault() {
        Attribute skip = Attribute.of("skip", "Skip", AttributeDefinition.STRING, "tmp", "bak").cardinality(5);
        Hashtable<String, Object> configured = new Hashtable<>();
        configured.put("workers", 6);
        configured.put("skip", new String[] {"a,b", "c"});

        assertThat(FieldCodec.currentText(workers, configured)).isEqualTo("6");
        assertThat(FieldCodec.currentText(skip, configured)).isEqualTo("a\\,b, c");
        assertThat(FieldCodec.currentText(workers, null)).isEqualTo("4");
        assertThat(FieldCodec.currentText(skip, new Hashtable<>())).isEqualTo("tmp, bak");
        assertThat(FieldCodec.defaultText(Attribute.of("n", "N", AttributeDefinition.STRING))).isEmpty();
        assertThat(FieldCodec.toText(List.of(1, 2))).isEqualTo("1, 2");
        assertThat(FieldCodec.toText(new int[] {3, 4})).isEqualTo("3, 4");
        assertThat(FieldCodec.toText(null)).isEmpty();
    }
}
