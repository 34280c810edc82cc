package id.labinov.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Province;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.PageRequest;
import id.labinov.reporting.support.LebakData;
import id.labinov.reporting.support.Scenario;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reports built for a reader hold nothing outside the reader's scope, and say so before reading. */
class ReaderScopeTest {
  static LebakData data;

  @BeforeAll
  static void build() {
    data = LebakData.create();
  }

  @Test
  void aLebakReaderGetsLebaksReportsAndIsRefusedAnythingWider() {
    Actor reader = Actor.of("admin-bappeda", "BAPPEDA", Role.LAB_ADMIN).in(Scenario.LEBAK);
    Reports asReader = Reports.builder().labinov(data.scenario.lab).actor(reader).locale(Locale.ENGLISH).build();
    Reports backOffice = Reports.builder().labinov(data.scenario.lab).locale(Locale.ENGLISH).build();

    assertThat(asReader.summary(Scope.region(Scenario.LEBAK), InnovationFilter.all()).total())
        .isEqualTo(backOffice.summary(Scope.region(Scenario.LEBAK), InnovationFilter.all()).total())
        .isPositive();
    assertThat(asReader.programmeSummary(Scenario.LEBAK, Scenario.PROGRAMME).total()).isPositive();

    assertThatThrownBy(() -> asReader.summary(Scope.national(), InnovationFilter.all()))
        .isInstanceOf(OutsideScopeException.class).hasMessageContaining("the whole nation");
    assertThatThrownBy(() -> asReader.nationalStages(Scope.province(Province.BANTEN), InnovationFilter.all(),
        IndexOptions.none())).isInstanceOf(OutsideScopeException.class).hasMessageContaining("Banten");
    assertThatThrownBy(() -> asReader.programmeSummary(Scenario.TANGERANG, Scenario.PROGRAMME))
        .isInstanceOf(OutsideScopeException.class);
    InnovationRef lebakOne = data.scenario.lab.queries().find(Scope.region(Scenario.LEBAK), InnovationFilter.all(),
        PageRequest.first(1)).items().get(0).ref();
    InnovationRef elsewhere = new InnovationRef(Scenario.TANGERANG, lebakOne.id());
    assertThatThrownBy(() -> asReader.auditTrail(elsewhere)).isInstanceOf(OutsideScopeException.class);
    assertThatThrownBy(() -> asReader.innovationProfile(elsewhere)).isInstanceOf(OutsideScopeException.class);
    assertThat(asReader.auditTrail(lebakOne).ref()).isEqualTo(lebakOne);
  }
}
