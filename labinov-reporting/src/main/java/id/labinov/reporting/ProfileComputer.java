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
import java.util.ArrayList;
import java.util.List;

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
    InnovationProfile p = InnovationProfile.of(state, rulebook, null, today);
    String name = ctx.personName(state.proposedBy());
    if (name != null) {
      List<String> missing = new ArrayList<>(p.missing());
      missing.remove("initiatorName");
      p = new InnovationProfile(p.name(), p.opd(), p.initiatorType(), name, p.bentuk(), p.jenis(),
          p.governmentAffair(), p.nationalStage(), p.initiationDate(), p.trialStartDate(),
          p.implementationStartDate(), p.designNarrative(), p.designNarrativeWords(), p.goals(), p.benefits(),
          p.results(), p.budgetDocument(), p.sopDocument(), p.video(), p.coordinates(), missing);
    }
    LocalizedText label = rulebook.findStage(state.stage()).map(Stage::label)
        .orElse(LocalizedText.of(state.stage(), state.stage()));
    return new InnovationProfileReport(ctx.info(ReportKind.INNOVATION_PROFILE, zone, Scope.region(ref.region())), ref,
        state.stage(), label, state.status(), ctx.opdName(state.details().opd()), p);
  }
}
