package id.labinov.reporting.render;

import static id.labinov.reporting.render.TableSpec.label;
import static id.labinov.reporting.render.TableSpec.text;

import id.labinov.core.engine.HistoryProblem;
import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.national.InnovationProfile;
import id.labinov.reporting.data.AuditEntry;
import id.labinov.reporting.data.AuditTrail;
import id.labinov.reporting.data.InnovationProfileReport;
import id.labinov.reporting.internal.ReportTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Layouts of the single-innovation reports: profile and audit trail. */
final class DetailLayouts {
  private DetailLayouts() {}

  /** One row of the profile table. */
  private record Field(String key, Object value, boolean missing) {}

  static Doc profile(InnovationProfileReport r) {
    Locale l = r.info().locale();
    InnovationProfile p = r.profile();
    Facts f = new Facts(l).add("region", r.ref().region().value()).add("innovationId", r.ref().id().toString())
        .add("title", p.name()).add("stage", r.stage()).add("stageLabel", text(r.stageLabel(), l))
        .add("status", r.status().name()).add("statusLabel", label(r.status(), l)).add("complete", p.complete())
        .add("missingCount", (long) p.missing().size());
    String opd = p.opd() == null ? null : r.opdName() == null ? p.opd().value() : r.opdName() + " (" + p.opd() + ")";
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("name", p.name(), false));
    fields.add(new Field("opd", opd, false));
    fields.add(new Field("initiatorType", label(p.initiatorType(), l), false));
    fields.add(new Field("initiatorName", p.initiatorName(), false));
    fields.add(new Field("bentuk", label(p.bentuk(), l), false));
    fields.add(new Field("jenis", label(p.jenis(), l), false));
    fields.add(new Field("governmentAffair", label(p.governmentAffair(), l), false));
    fields.add(new Field("nationalStage", label(p.nationalStage(), l), false));
    fields.add(new Field("initiationDate", p.initiationDate(), false));
    fields.add(new Field("trialStartDate", p.trialStartDate(), false));
    fields.add(new Field("implementationStartDate", p.implementationStartDate(), false));
    fields.add(new Field("designNarrative", p.designNarrative(), false));
    fields.add(new Field("designNarrativeWords", (long) p.designNarrativeWords(), false));
    fields.add(new Field("goals", p.goals(), false));
    fields.add(new Field("benefits", p.benefits(), false));
    fields.add(new Field("results", p.results(), false));
    fields.add(new Field("budgetDocument", p.budgetDocument() == null ? null : p.budgetDocument().toString(), false));
    fields.add(new Field("sopDocument", p.sopDocument() == null ? null : p.sopDocument().toString(), false));
    fields.add(new Field("video", p.video() == null ? null : p.video().toString(), false));
    fields.add(new Field("coordinates", p.coordinates(), false));
    List<Field> flagged = fields.stream()
        .map(x -> new Field(x.key(), x.value(), p.missing().contains(x.key()))).toList();
    Doc.Table table = new TableSpec<Field>(l, "profile").col("field", Field::key)
        .col("fieldLabel", x -> ReportTexts.text(l, "profile." + x.key())).col("value", Field::value)
        .col("missing", Field::missing).of(flagged);
    return new Doc(r.info(), Layouts.title(r), f.list(), List.of(table));
  }

  static Doc audit(AuditTrail r) {
    Locale l = r.info().locale();
    HistoryVerification v = r.verification();
    String state = v == null ? "NOT_AVAILABLE" : v.ok() ? "INTACT" : "BROKEN";
    HistoryProblem problem = v == null ? null : v.problem();
    Facts f = new Facts(l).add("region", r.ref().region().value()).add("innovationId", r.ref().id().toString())
        .add("title", r.title()).add("events", (long) r.entries().size()).add("verification", state)
        .add("verificationLabel", ReportTexts.text(l, "verification." + state))
        .add("eventsChecked", v == null ? null : v.eventsChecked())
        .add("firstBrokenSequence", problem == null ? null : problem.sequence())
        .add("verificationDetail", problem == null ? null : problem.kind().name());
    Doc.Table table = new TableSpec<AuditEntry>(l, "events").col("sequence", AuditEntry::sequence)
        .col("occurredAt", AuditEntry::occurredAt).col("actor", e -> e.actor().value())
        .col("actorName", AuditEntry::actorName).col("eventType", AuditEntry::eventType)
        .col("action", e -> e.action().name()).col("actionLabel", e -> ReportTexts.text(l, "action." + e.action().name()))
        .col("role", e -> e.role() == null ? null : e.role().name()).col("roleLabel", e -> label(e.role(), l))
        .col("stage", AuditEntry::stage).col("stageLabel", e -> TableSpec.stage(e.stageLabel(), l))
        .col("toStage", AuditEntry::toStage).col("toStageLabel", e -> TableSpec.stage(e.toStageLabel(), l))
        .col("detail", AuditEntry::detail).col("reason", AuditEntry::reason).of(r.entries());
    return new Doc(r.info(), Layouts.title(r), f.list(), List.of(table));
  }
}
