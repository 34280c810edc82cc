package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistogramTest {
  static Histogram of(long... values) {
    Histogram h = new Histogram();
    for (long v : values) {
      h.add(v);
    }
    return h;
  }

  @Test
  void quartilesInterpolateBetweenRanksLikeQuartileInc() {
    Histogram h = of(7, 1, 3, 5);
    assertThat(h.min()).isEqualTo(1);
    assertThat(h.max()).isEqualTo(7);
    assertThat(h.quartile(1)).isEqualByComparingTo("2.50");
    assertThat(h.quartile(2)).isEqualByComparingTo("4.00");
    assertThat(h.quartile(3)).isEqualByComparingTo("5.50");
    assertThat(h.mean()).isEqualByComparingTo("4.00");
  }

  @Test
  void repeatedValuesAndOneValue() {
    Histogram h = of(10, 10, 10, 20, 30);
    assertThat(h.quartile(1)).isEqualByComparingTo("10.00");
    assertThat(h.quartile(2)).isEqualByComparingTo("10.00");
    assertThat(h.quartile(3)).isEqualByComparingTo("20.00");
    assertThat(h.mean()).isEqualByComparingTo("16.00");
    assertThat(of(4).quartile(3)).isEqualByComparingTo("4.00");
    assertThat(of(1, 2).quartile(1)).isEqualByComparingTo("1.25");
    assertThat(of(0, 0, 1).mean()).isEqualByComparingTo("0.33");
  }

  @Test
  void emptyHasNoFigures() {
    Histogram h = new Histogram();
    assertThat(h.size()).isZero();
    assertThat(h.min()).isNull();
    assertThat(h.quartile(2)).isNull();
    assertThat(h.mean()).isNull();
  }
}
