package org.pactum.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * RFC 8785 canonical JSON against the examples of the RFC itself: the sample object of sections
 * 3.2.2 to 3.2.4, the sorting example of section 3.2.3 and the number table of Appendix B.
 */
class CanonicalJsonTest {

    /** RFC 8785 section 3.2.2: the sample object, as a JSON parser would hand it over. */
    private static Map<String, Object> rfcSample() {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("numbers", List.of(333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001));
        // The RFC's "string" member, its escapes decoded: Euro sign, "$", U+000F, line feed, "A'B", '"', two
        // backslashes, '"', "/" (the RFC spells it with Unicode escapes, which Java would decode even in a comment).
        sample.put("string", "\u20ac$" + (char) 0x0F + "\nA'B\"\\\\\"/");
        sample.put("literals", Arrays.asList(null, true, false));
        return sample;
    }

    @Test
    void theRfcSampleIsWrittenAsSection323Shows() {
        String expected = "{\"literals\":[null,true,false],"
                + "\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        assertThat(CanonicalJson.write(rfcSample())).isEqualTo(expected);
    }

    @Test
    void theRfcSampleHasTheUtf8BytesOfSection324() {
        String expected = """
                7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72
                75 65 2c 66 61 6c 73 65 5d 2c 22 6e 75 6d 62 65 72 73 22 3a
                5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31
                65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37
                5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30
                30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d
                """.replaceAll("\\s+", "");
        assertThat(HexFormat.of().formatHex(CanonicalJson.utf8(rfcSample()))).isEqualTo(expected);
    }

    @Test
    void membersAreSortedByUtf16CodeUnitsAsSection323Shows() {
        Map<String, Object> input = new HashMap<>();
        input.put("\u20ac", "Euro Sign");
        input.put("\r", "Carriage Return");
        input.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        input.put("1", "One");
        input.put("\ud83d\ude00", "Emoji: Grinning Face");
        input.put("\u0080", "Control");
        input.put("\u00f6", "Latin Small Letter O With Diaeresis");
        // The RFC lists the expected order: \r, 1, U+0080, U+00F6, U+20AC, U+1F600 (as D83D DE00), U+FB33.
        String expected = "{\"\\r\":\"Carriage Return\","
                + "\"1\":\"One\","
                + "\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                + "\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";
        assertThat(CanonicalJson.write(input)).isEqualTo(expected);
    }

    @Test
    void numbersAreWrittenAsAppendixBShows() {
        String[][] table = {
            {"0000000000000000", "0"},
            {"8000000000000000", "0"},
            {"0000000000000001", "5e-324"},
            {"8000000000000001", "-5e-324"},
            {"7fefffffffffffff", "1.7976931348623157e+308"},
            {"ffefffffffffffff", "-1.7976931348623157e+308"},
            {"4340000000000000", "9007199254740992"},
            {"c340000000000000", "-9007199254740992"},
            {"4430000000000000", "295147905179352830000"},
            {"44b52d02c7e14af5", "9.999999999999997e+22"},
            {"44b52d02c7e14af6", "1e+23"},
            {"44b52d02c7e14af7", "1.0000000000000001e+23"},
            {"444b1ae4d6e2ef4e", "999999999999999700000"},
            {"444b1ae4d6e2ef4f", "999999999999999900000"},
            {"444b1ae4d6e2ef50", "1e+21"},
            {"3eb0c6f7a0b5ed8c", "9.999999999999997e-7"},
            {"3eb0c6f7a0b5ed8d", "0.000001"},
            {"41b3de4355555553", "333333333.3333332"},
            {"41b3de4355555554", "333333333.33333325"},
            {"41b3de4355555555", "333333333.3333333"},
            {"41b3de4355555556", "333333333.3333334"},
            {"41b3de4355555557", "333333333.33333343"},
            {"becbf647612f3696", "-0.0000033333333333333333"},
            {"43143ff3c1cb0959", "1424953923781206.2"},
        };
        for (String[] row : table) {
            double value = Double.longBitsToDouble(Long.parseUnsignedLong(row[0], 16));
            assertThat(CanonicalJson.write(value)).as("IEEE 754 %s", row[0]).isEqualTo(row[1]);
        }
        for (String invalid : new String[] {"7fffffffffffffff", "7ff0000000000000", "fff0000000000000"}) {
            double value = Double.longBitsToDouble(Long.parseUnsignedLong(invalid, 16));
            assertThatThrownBy(() -> CanonicalJson.write(List.of(value))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void stringsEscapeOnlyWhatJsonStringifyEscapes() {
        String controls = "" + (char) 0 + (char) 8 + (char) 9 + (char) 10 + (char) 12 + (char) 13 + (char) 0x1f;
        assertThat(CanonicalJson.write(controls)).isEqualTo("\"\\u0000\\b\\t\\n\\f\\r\\u001f\"");
        assertThat(CanonicalJson.write("/ \u007f \u2028 <>&'")).isEqualTo("\"/ \u007f \u2028 <>&'\"");
        assertThat(CanonicalJson.utf8("\u00e9")).isEqualTo("\"\u00e9\"".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUnpairedSurrogateIsAnError() {
        assertThatThrownBy(() -> CanonicalJson.write("\udead")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write("a\ud800")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(Map.of("\ud800", 1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(CanonicalJson.write("\ud83d\ude00")).isEqualTo("\"\ud83d\ude00\"");
    }

    @Test
    void nestedObjectsAreSortedAndArraysKeepTheirOrder() {
        Map<String, Object> value = new TreeMap<>();
        value.put("b", List.of(Map.of("z", 1, "y", 2), 3));
        value.put("a", new LinkedHashMap<>(Map.of("d", "x")));
        value.put("", true);
        assertThat(CanonicalJson.write(value)).isEqualTo("{\"\":true,\"a\":{\"d\":\"x\"},\"b\":[{\"y\":2,\"z\":1},3]}");
        assertThat(CanonicalJson.write(Map.of("ab", 1, "aa", 2, "a", 3))).isEqualTo("{\"a\":3,\"aa\":2,\"ab\":1}");
        assertThat(CanonicalJson.write(List.of())).isEqualTo("[]");
        assertThat(CanonicalJson.write(Map.of())).isEqualTo("{}");
    }

    @Test
    void integersAndDecimalsAreWrittenOnlyIfADoubleHoldsThemExactly() {
        assertThat(CanonicalJson.write(List.of(0L, -17, 1_250_000_00L, 9007199254740992L, -9007199254740992L)))
                .isEqualTo("[0,-17,125000000,9007199254740992,-9007199254740992]");
        assertThat(CanonicalJson.write(List.of(new BigDecimal("4.50"), new BigDecimal("0.1"), new BigDecimal("1E+30"),
                        new BigDecimal("-0.000"), BigInteger.TEN)))
                .isEqualTo("[4.5,0.1,1e+30,0,10]");
        // 2^53 + 1 has no double; 2^60 has one, but ECMAScript writes it 1152921504606847000
        assertThatThrownBy(() -> CanonicalJson.write(9007199254740993L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(1L << 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(new BigDecimal("333333333.33333329")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(new BigDecimal("1e400"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(CanonicalJson.write(1152921504606847000.0)).isEqualTo("1152921504606847000");
    }

    @Test
    void onlyJsonShapedValuesAreAccepted() {
        assertThatThrownBy(() -> CanonicalJson.write(Set.of(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(Map.of(1, "one"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(1.5f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(new Object())).isInstanceOf(IllegalArgumentException.class);
        List<Object> circular = new java.util.ArrayList<>();
        circular.add(circular);
        assertThatThrownBy(() -> CanonicalJson.write(circular)).isInstanceOf(IllegalArgumentException.class);
    }
}
