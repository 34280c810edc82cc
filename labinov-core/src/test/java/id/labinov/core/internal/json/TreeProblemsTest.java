package id.labinov.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shared problem-collecting reader: every problem, with its path, code, key and arguments. */
class TreeProblemsTest {
  record Problem(String path, String code, String key, List<Object> args) {}

  private final TreeProblems<Problem> read = new TreeProblems<>("error.test.", Problem::new);

  @Test
  void anObjectReportsEveryMissingMemberInKeyOrderThenEveryUnknownOneInDocumentOrder() {
    Object tree = JsonTree.parse("{\"z\":1,\"b\":null,\"y\":2}");

    var members = read.object("$.x", tree, Set.of("c", "b", "a"), Set.of("y"));

    assertThat(members).containsOnlyKeys("z", "b", "y");
    assertThat(read.problems()).containsExactly(
        new Problem("$.x.a", "MISSING", "error.test.missing", List.of("a")),
        new Problem("$.x.b", "MISSING", "error.test.missing", List.of("b")),
        new Problem("$.x.c", "MISSING", "error.test.missing", List.of("c")),
        new Problem("$.x.z", "UNKNOWN_PROPERTY", "error.test.unknownProperty", List.of("z", "a, b, c, y")));
  }

  @Test
  void readsTypedValuesAndReportsEachBadOne() {
    assertThat(read.string("$.s", "abc", Pattern.compile("[a-c]+"))).isEqualTo("abc");
    assertThat(read.string("$.s", "  ", null)).isNull();
    assertThat(read.string("$.p", "abd", Pattern.compile("[a-c]+"))).isNull();
    assertThat(read.integer("$.i", new JsonTree.Num("3.0"), 1, 5, null, 1)).isEqualTo(3);
    assertThat(read.integer("$.j", new JsonTree.Num("3e0"), 1, 5, Pattern.compile("[0-9]+"), "1", "5")).isNull();
    assertThat(read.decimal("$.d", new JsonTree.Num("2.50"), Pattern.compile("[0-9.]+"))).isEqualTo(new BigDecimal("2.50"));
    assertThat(read.bool("$.b", "yes")).isNull();
    assertThat(read.enumNamed("$.e", "MAYBE", Thread.State.class)).isNull();
    assertThat(read.array("$.a", List.of(), true)).isEmpty();
    assertThat(read.string("$.absent", JsonTree.NULL, null)).as("absent: reported by object()").isNull();

    assertThat(read.problems()).extracting(Problem::path, Problem::code, Problem::key).containsExactly(
        org.assertj.core.groups.Tuple.tuple("$.s", "WRONG_TYPE", "error.test.type"),
        org.assertj.core.groups.Tuple.tuple("$.p", "BAD_FORMAT", "error.test.pattern"),
        org.assertj.core.groups.Tuple.tuple("$.j", "WRONG_TYPE", "error.test.integer"),
        org.assertj.core.groups.Tuple.tuple("$.b", "WRONG_TYPE", "error.test.type"),
        org.assertj.core.groups.Tuple.tuple("$.e", "UNKNOWN_VALUE", "error.test.enum"),
        org.assertj.core.groups.Tuple.tuple("$.a", "EMPTY", "error.test.empty"));
    assertThat(read.problems().get(2).args()).as("the reader's own arguments").containsExactly("1", "5");
    assertThat(read.count()).isEqualTo(6);
  }
}
