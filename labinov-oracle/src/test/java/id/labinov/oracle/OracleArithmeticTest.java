package id.labinov.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.oracle.expect.Figures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The oracle's arithmetic on values worked out by hand. */
class OracleArithmeticTest {
  private static final BigDecimal Q1 = new BigDecimal("0.25");
  private static final BigDecimal Q2 = new BigDecimal("0.5");
  private static final BigDecimal Q3 = new BigDecimal("0.75");

  @Test
  void quartilesInterpolateBetweenRanksAsQuartileInc() {
    // n = 4: h = 0.75, 1.5, 2.25
    List<Long> x = List.of(1L, 2L, 3L, 4L);
    assertThat(Figures.quartile(x, Q1)).isEqualTo(new BigDecimal("1.75"));
    assertThat(Figures.quartile(x, Q2)).isEqualTo(new BigDecimal("2.50"));
    assertThat(Figures.quartile(x, Q3)).isEqualTo(new BigDecimal("3.25"));
    // n = 5 with a gap: h = 1, 2, 3 fall on ranks
    List<Long> y = List.of(0L, 0L, 7L, 30L, 31L);
    assertThat(Figures.quartile(y, Q1)).isEqualTo(new BigDecimal("0.00"));
    assertThat(Figures.quartile(y, Q2)).isEqualTo(new BigDecimal("7.00"));
    assertThat(Figures.quartile(y, Q3)).isEqualTo(new BigDecimal("30.00"));
    // n = 2: h = 0.25 between 0 and 10
    assertThat(Figures.quartile(List.of(0L, 10L), Q1)).isEqualTo(new BigDecimal("2.50"));
    assertThat(Figures.quartile(List.of(9L), Q3)).isEqualTo(new BigDecimal("9.00"));
    assertThat(Figures.quartile(List.of(), Q2)).isNull();
  }

  @Test
  void percentagesHaveTwoDecimalsRoundedHalfUpAndNoneOfNothing() {
    assertThat(Figures.percent(1, 3)).isEqualTo(new BigDecimal("33.33"));
    assertThat(Figures.percent(2, 3)).isEqualTo(new BigDecimal("66.67"));
    assertThat(Figures.percent(1, 8)).isEqualTo(new BigDecimal("12.50"));
    assertThat(Figures.percent(5, 4)).isEqualTo(new BigDecimal("125.00"));
    assertThat(Figures.percent(0, 7)).isEqualTo(new BigDecimal("0.00"));
    assertThat(Figures.percent(3, 0)).isNull();
  }

  @Test
  void meansRoundHalfUpNotToEven() {
    assertThat(Figures.mean(List.of(1L, 1L, 1L, 1L, 1L, 0L, 0L, 0L))).isEqualTo(new BigDecimal("0.63"));
    assertThat(Figures.mean(List.of(1L, 2L))).isEqualTo(new BigDecimal("1.50"));
    assertThat(Figures.mean(List.of(1L, 1L, 2L))).isEqualTo(new BigDecimal("1.33"));
    assertThat(Figures.mean(List.of())).isNull();
  }
}
