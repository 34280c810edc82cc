package id.labinov.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.gen.Gens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegionCodeProperties {

  @ParameterizedTest
  @EnumSource(RegionLevel.class)
  void parsesGeneratedCodesOfEachLevelBackEqual(RegionLevel level) {
    qt().forAll(Gens.regionCodeTexts(level)).checkAssert(text -> {
      RegionCode code = RegionCode.parse(text);

      assertThat(code.value()).isEqualTo(text);
      assertThat(code.level()).isEqualTo(level);
      assertThat(RegionCode.parse(code.toString())).isEqualTo(code);
    });
  }

  @Test
  void everyCodeLiesInItsProvinceAndEveryAncestor() {
    qt().forAll(Gens.regionCodes()).checkAssert(code -> {
      RegionCode province = RegionCode.parse(code.province().code());

      assertThat(province.contains(code)).isTrue();
      assertThat(code.defaultTimeZone()).isEqualTo(code.province().timeZone());
      String[] parts = code.value().split("\\.");
      for (int n = 1; n <= parts.length; n++) {
        RegionCode ancestor = RegionCode.parse(String.join(".", java.util.Arrays.copyOf(parts, n)));
        assertThat(ancestor.contains(code)).as("%s contains %s", ancestor, code).isTrue();
        assertThat(code.contains(ancestor)).isEqualTo(n == parts.length);
        assertThat(ancestor.compareTo(code)).isLessThanOrEqualTo(0);
      }
    });
  }

  @Test
  void kotaAndKabupatenFollowTheKkNumber() {
    qt().forAll(Gens.regionCodes()).checkAssert(code -> {
      if (code.level() == RegionLevel.PROVINCE) {
        assertThat(code.isCity()).isEmpty();
      } else {
        int kk = Integer.parseInt(code.value().substring(3, 5));
        assertThat(code.isCity()).contains(kk >= 71);
      }
    });
  }

  @Test
  void containmentMatchesCodesOfDifferentRegions() {
    qt().forAll(Gens.regionCodes(), Gens.regionCodes()).checkAssert((a, b) -> {
      if (a.contains(b) && b.contains(a)) {
        assertThat(a).isEqualTo(b);
      }
      if (a.contains(b)) {
        assertThat(a.province()).isEqualTo(b.province());
        assertThat(a.level().compareTo(b.level())).isLessThanOrEqualTo(0);
      }
    });
  }

  @Test
  void anyTextParsesOrIsRefusedAsInvalidValue() {
    qt().forAll(Gens.anyRegionCodeText()).checkAssert(text -> {
      Throwable thrown = catchThrowable(() -> RegionCode.parse(text));

      if (thrown == null) {
        RegionCode code = RegionCode.parse(text);
        assertThat(code.value()).isEqualTo(text.strip());
        assertThat(code.value()).matches("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
      } else {
        assertThat(thrown).isExactlyInstanceOf(InvalidValueException.class);
        assertThat(((InvalidValueException) thrown).code()).isIn("INVALID_REGION_CODE", "UNKNOWN_PROVINCE");
      }
    });
  }
}
