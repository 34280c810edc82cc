package id.labinov.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTreeTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(String json) {
    return (Map<String, Object>) JsonTree.parse(json);
  }

  private static String canonical(String json) {
    return JsonTree.canonical(JsonTree.parse(json));
  }

  @Nested
  class KeyOrder {
    @Test
    void aWrittenPartIsCopiedAsTheSameTreeWouldBeWrittenAndIsNoPartOfACanonicalForm() {
      Map<String, Object> inner = new LinkedHashMap<>();
      inner.put("zeta", "Balita \u00e9");
      inner.put("alpha", List.of("x", JsonTree.NULL));
      inner.put("dropped", null);
      Map<String, Object> whole = new LinkedHashMap<>();
      whole.put("b", inner);
      whole.put("a", "1");
      Map<String, Object> withWritten = new LinkedHashMap<>(whole);
      withWritten.put("b", JsonTree.Written.of(inner));

      assertThat(JsonTree.document(withWritten)).isEqualTo(JsonTree.document(whole))
          .isEqualTo("{\"a\":\"1\",\"b\":{\"alpha\":[\"x\",null],\"zeta\":\"Balita \\u00e9\"}}");
      assertThatThrownBy(() -> JsonTree.canonical(withWritten)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sortsKeysByUtf16CodeUnitsNotByCodePoints() {
      // U+1F600 is stored as the surrogates D83D DE00, which sort before U+FF21 in UTF-16 but after it
      // by code point.
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("\uFF21", 1L);
      m.put("\uD83D\uDE00", 2L);
      m.put("\u00e9", 3L);
      m.put("b", 4L);
      m.put("a", 5L);
      m.put("B", 6L);
      m.put("", 7L);

      assertThat(JsonTree.canonical(m))
          .isEqualTo("{\"\":7,\"B\":6,\"a\":5,\"b\":4,\"\u00e9\":3,\"\uD83D\uDE00\":2,\"\uFF21\":1}");
    }

    @Test
    void sortsNestedObjectsButKeepsArrayOrder() {
      assertThat(canonical("{\"z\": [3, 1, {\"y\": 1, \"x\": 2}], \"a\": {\"d\": true, \"c\": null}}"))
          .isEqualTo("{\"a\":{\"c\":null,\"d\":true},\"z\":[3,1,{\"x\":2,\"y\":1}]}");
    }

    @Test
    void parsingKeepsSourceOrder() {
      Map<String, Object> tree = object("{\"b\": 1, \"a\": 2, \"c\": 3}");

      assertThat(tree.keySet()).containsExactly("b", "a", "c");
    }
  }

  @Nested
  class Strings {
    @Test
    void escapesControlCharactersWithShortFormsWhereJsonHasThem() {
      String s = "q\" b\\ n\n r\r t\t b\b f\f";

      assertThat(JsonTree.canonical(s)).isEqualTo("\"q\\\" b\\\\ n\\n r\\r t\\t b\\b f\\f\"");
    }

    @Test
    void escapesOtherControlCharactersAsLowerCaseUnicodeEscapes() {
      assertThat(JsonTree.canonical("\u0000\u0001\u001f\u001B")).isEqualTo("\"\\u0000\\u0001\\u001f\\u001b\"");
    }

    @Test
    void writesEverythingElseRaw() {
      String s = "/ \u007f \u00e9 \u2028 \uD83D\uDE00 \u4e2d";

      assertThat(JsonTree.canonical(s)).isEqualTo("\"" + s + "\"");
    }

    @Test
    void normalisesStringsAndKeysToNfc() {
      assertThat(canonical("{\"cafe\\u0301\": \"Ce\\u0301ngkareng\"}"))
          .isEqualTo("{\"caf\u00e9\":\"C\u00e9ngkareng\"}");
    }

    @Test
    void readsStringsAndKeysInNfcSoATreeMeansWhatItsCanonicalFormMeans() {
      Map<String, Object> tree = object("{\"de\u0301sa\": \"Ce\u0301ngkareng\"}");

      assertThat(tree).containsExactly(Map.entry("d\u00e9sa", "C\u00e9ngkareng"));
    }

    @Test
    void readsEscapesBackToTheSameText() {
      String s = "\u0000 \" \\ \n \u00e9 \uD83D\uDE00";

      assertThat(JsonTree.parse(JsonTree.canonical(s))).isEqualTo(s);
    }
  }

  @Nested
  class Numbers {
    @ParameterizedTest
    @ValueSource(strings = {"1.50", "0.0", "-0", "1e2", "1E+2", "-3.25e-7", "123456789012345678901234567890", "1e1000"})
    void keepsNumbersAsWritten(String number) {
      assertThat(canonical("[" + number + "]")).isEqualTo("[" + number + "]");
    }

    @Test
    void keepsTheLiteralAndItsValue() {
      Object n = ((List<?>) JsonTree.parse("[1.50]")).get(0);

      assertThat(n).isEqualTo(new JsonTree.Num("1.50"));
      assertThat(((JsonTree.Num) n).decimal()).isEqualByComparingTo("1.5").hasScaleOf(2);
    }

    @Test
    void writesJavaNumbersPlainly() {
      List<Object> l = new ArrayList<>();
      l.add(7);
      l.add(8L);
      l.add(new BigDecimal("1E+3"));
      l.add(JsonTree.Num.of(new BigDecimal("2.50")));
      l.add(JsonTree.Num.of(42));

      assertThat(JsonTree.canonical(l)).isEqualTo("[7,8,1000,2.50,42]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e1001", "1e-1001", "1e999999999", "1e-999999999", "1e2147483648", "-1E-2147483649"})
    void refusesNumbersWithAbsurdExponents(String number) {
      assertThatThrownBy(() -> JsonTree.parse("{\"n\": " + number + "}"))
          .isInstanceOf(JsonTree.SyntaxException.class)
          .hasMessageContaining(number);
    }
  }

  @Nested
  class Refusals {
    @Test
    void refusesDuplicateKeysNamingThem() {
      JsonTree.SyntaxException e = catchThrowableOfType(JsonTree.SyntaxException.class,
          () -> JsonTree.parse("{\n\"a\": 1,\n\"a\": 2}"));

      assertThat(e).hasMessageContaining("\"a\"");
      assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void refusesKeysThatAreEqualInNfc() {
      // the canonical form would otherwise keep only one of them
      assertThatThrownBy(() -> JsonTree.parse("{\"d\u00e9sa\": 1, \"de\u0301sa\": 2}"))
          .isInstanceOf(JsonTree.SyntaxException.class)
          .hasMessageContaining("d\u00e9sa");
    }

    @Test
    void refusesDuplicateKeysInNestedObjects() {
      assertThatThrownBy(() -> JsonTree.parse("[{\"x\": {\"k\": 1, \"k\": 1}}]"))
          .isInstanceOf(JsonTree.SyntaxException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} {}", "[1] 2", "{}x", "\"a\" \"b\"", "1 ]", "null null"})
    void refusesTrailingContent(String json) {
      assertThatThrownBy(() -> JsonTree.parse(json)).isInstanceOf(JsonTree.SyntaxException.class);
    }

    @Test
    void acceptsTrailingWhiteSpace() {
      assertThat(JsonTree.parse("{}  \n\t ")).isEqualTo(Map.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void refusesAnEmptyDocument(String json) {
      JsonTree.SyntaxException e = catchThrowableOfType(JsonTree.SyntaxException.class, () -> JsonTree.parse(json));

      assertThat(e).hasMessageContaining("empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\\n  \"a\": tru\\n}|2",
        "[1,\\n2,\\n,3]|3",
        "{\"a\" 1}|1",
        "{'a': 1}|1",
        "[1, 2|1"})
    void reportsWhereMalformedJsonGoesWrong(String escaped, int line) {
      String json = escaped.replace("\\n", "\n");

      JsonTree.SyntaxException e = catchThrowableOfType(JsonTree.SyntaxException.class, () -> JsonTree.parse(json));

      assertThat(e).as(json).isNotNull();
      assertThat(e.line()).isEqualTo(line);
      assertThat(e.column()).isPositive();
    }

    @Test
    void refusesValuesThatAreNotJson() {
      assertThatThrownBy(() -> JsonTree.canonical(Map.of("d", LocalDate.of(2024, 1, 1))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("java.time.LocalDate");
    }
  }

  @Nested
  class Values {
    @Test
    void readsEveryKindOfValue() {
      Map<String, Object> tree = object("{\"s\":\"x\",\"n\":1,\"t\":true,\"f\":false,\"z\":null,\"l\":[],\"o\":{}}");

      assertThat(tree).containsExactly(
          Map.entry("s", "x"), Map.entry("n", new JsonTree.Num("1")), Map.entry("t", true), Map.entry("f", false),
          Map.entry("z", JsonTree.NULL), Map.entry("l", List.of()), Map.entry("o", Map.of()));
    }

    @Test
    void writesJavaNullAndJsonNullAlike() {
      List<Object> l = new ArrayList<>();
      l.add(null);
      l.add(JsonTree.NULL);

      assertThat(JsonTree.canonical(l)).isEqualTo("[null,null]");
    }

    @Test
    void canonicalFormIsAFixedPoint() {
      String source = "{ \"b\" : [ 1.50 , \"e\\u0301\" , { \"y\" : null , \"x\" : false } ] ,\n \"a\" : \"\\u0001\" }";
      String once = canonical(source);

      assertThat(once).isEqualTo("{\"a\":\"\\u0001\",\"b\":[1.50,\"\u00e9\",{\"x\":false,\"y\":null}]}");
      assertThat(canonical(once)).isEqualTo(once);
    }

    @Test
    void canonicalBytesAreUtf8() {
      assertThat(JsonTree.canonicalBytes("\u00e9")).containsExactly('"', 0xC3, 0xA9, '"');
    }

    @Test
    void hashesWithSha256InLowerCaseHex() {
      assertThat(JsonTree.sha256(new byte[0]))
          .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
      assertThat(JsonTree.sha256("abc".getBytes(StandardCharsets.UTF_8)))
          .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
  }

  /** The stored-document form and reading as written (the JDBC module's former hand-written JSON). */
  @Nested
  class Documents {
    @Test
    void writesSortedKeysAndSkipsJavaNullButNotJsonNull() {
      Map<String, Object> m = new java.util.HashMap<>();
      m.put("b", List.of(1L, "x", true, JsonTree.Num.of(-5)));
      m.put("a", null);
      m.put("z", JsonTree.NULL);
      m.put("c", Map.of("z", -5L, "y", 7));

      assertThat(JsonTree.document(m)).isEqualTo("{\"b\":[1,\"x\",true,-5],\"c\":{\"y\":7,\"z\":-5},\"z\":null}");
    }

    @Test
    void writesPureAsciiWithLowerCaseEscapesAndNoNfc() {
      String s = "q\" b\\ n\n r\r t\t b\b f\f \u0001 / ~\u007f e\u0301 \u00e9 \u2028 \uD83D\uDE00 \uFEFF";

      assertThat(JsonTree.document(s)).isEqualTo("\"q\\\" b\\\\ n\\n r\\r t\\t b\\u0008 f\\u000c \\u0001 / ~\\u007f"
          + " e\\u0301 \\u00e9 \\u2028 \\ud83d\\ude00 \\ufeff\"");
    }

    @Test
    void keysAreWrittenAsGivenToo() {
      assertThat(JsonTree.document(Map.of("cafe\u0301", 1L))).isEqualTo("{\"cafe\\u0301\":1}");
    }

    @Test
    void readingAsWrittenKeepsEveryStringExactlyAndWhiteSpaceDoesNotMatter() {
      String s = "e\u0301 \u0001 \uD83D\uDE00 \b\f";
      Object tree = JsonTree.parseAsWritten(" { \"k\u0301\" : [ " + JsonTree.document(s) + " , 1 , true , false , null ] ,"
          + " \"c\" : { } } ");

      assertThat(tree).isEqualTo(Map.of("k\u0301", java.util.Arrays.asList(s, new JsonTree.Num("1"), true, false,
          JsonTree.NULL), "c", Map.of()));
      assertThat(JsonTree.parse(JsonTree.document("e\u0301"))).as("parse reads in NFC").isEqualTo("\u00e9");
    }

    @Test
    void readingAsWrittenStillRefusesLiteralDuplicatesButNotKeysEqualOnlyInNfc() {
      assertThatThrownBy(() -> JsonTree.parseAsWritten("{\"a\":1,\"a\":2}")).isInstanceOf(JsonTree.SyntaxException.class);
      assertThat(JsonTree.parseAsWritten("{\"\u00e9\":1,\"e\u0301\":2}")).asInstanceOf(
          org.assertj.core.api.InstanceOfAssertFactories.MAP).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":1,}", "[1 2]", "\"\\q\"", "{\"a\":1,\"a\":2}", "01x", "{} x", "\"\\u12\"",
        "nul", "[1e5000]"})
    void readingAsWrittenRefusesMalformedText(String bad) {
      assertThatThrownBy(() -> JsonTree.parseAsWritten(bad)).as(bad).isInstanceOf(JsonTree.SyntaxException.class);
    }

    @Test
    void aDocumentReadsBackAsTheSameTree() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("s", "Layanan \"Cepat\" \\ \u0130stanbul \u2713 \uD83D\uDE00 \u0001\u2028 e\u0301");
      m.put("n", JsonTree.Num.of(Long.MAX_VALUE));
      m.put("l", List.of("a", JsonTree.NULL, false));

      assertThat(JsonTree.parseAsWritten(JsonTree.document(m))).isEqualTo(m);
    }
  }
}
