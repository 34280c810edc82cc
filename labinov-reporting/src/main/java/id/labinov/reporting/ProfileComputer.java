package id.labinov.reporting;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.Scope;
import id.labinov.core.national.InnovationProfile;
import id.labinov.core.rules.LocalizedText;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Stage;
import id.labinov.reporting.data.InnovationProfileReport;
import id.labinov.reporting.data.ReportKind;
import java.time.LocalDate;

/** Computes the national profile of one innovation; the initiator's name comes from the directory. */
final class ProfileComputer {
  private final Context ctx;

  ProfileComputer(Context ctx) {
    this.ctx = ctx;
  }

  InnovationProfileReport compute(InnovationRef ref) {
    InnovationState state = ctx.lab.innovations().get(ref);
    Rulebook rulebook = ctx.lab.innovations().rulebookOf(ref);
    IndonesianTimeZone zone = ref.region().defaultTimeZone();
    LocalDate today = ctx.generatedAt.atZone(zone.zoneId()).toLocalDate();
    InnovationProfile p = InnovationProfile.of(state, rulebook, ctx.personName(state.proposedBy()), today);
    LocalizedText label = rulebook.findStage(state.stage()).map(Stage::label)
        .orElse(LocalizedText.of(state.stage(), state.stage()));
    return new InnovationProfileReport(ctx.info(ReportKind.INNOVATION_PROFILE, zone, Scope.region(ref.region())), ref,
        state.stage(), label, state.status(), ctx.opdName(state.details().opd()), p);
  }
}
