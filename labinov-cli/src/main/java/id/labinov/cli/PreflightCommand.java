package id.labinov.cli;

import id.labinov.core.cycle.CarriedOverPreflight;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.iid.ClaimResult;
import id.labinov.core.iid.Gap;
import id.labinov.core.iid.MissingIndicator;
import id.labinov.core.iid.PreflightReport;
import id.labinov.core.model.RegionCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labinov preflight INNOVATION --year Y}: the IID pre-flight on the innovation's stored claims
 * of a year and the documents they link: per claim the sentence (claimed against supported level with
 * every gap) and the points claimed and supported, then the mandatory indicators not claimed and the
 * totals. When the innovation has a development version of the year, last year's claims of the
 * indicators not claimed again are carried into it and marked "carried over" until confirmed
 * ({@code claim confirm-carried}). It is a report: the exit code is 0 whether or not the innovation is
 * ready (scripts read {@code ready} of {@code --format json}); an innovation that does not exist ends
 * with 3.
 */
@Command(name = "preflight", mixinStandardHelpOptions = true, sortOptions = false)
final class PreflightCommand extends IidCommand {
  private static final Choices<String> FORMATS = Choices.codes("--format", List.of("text", "json"));

  @Parameters(index = "0", paramLabel = "INNOVATION", descriptionKey = "param.innovation")
  String innovation;

  @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "option.iidYear")
  int year;

  @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.preflightFormat")
  String format;

  @Override
  int run() {
    String shape = format == null ? "text" : FORMATS.parse(format);
    year(year);
    RegionCode region = region();
    InnovationRef ref = innovation("INNOVATION", innovation, region);
    try (Session s = open()) {
      String title = title(s, ref, true);
      CarriedOverPreflight carried = s.lab().cycle().preflight(actor(), ref, year);
      if (shape.equals("json")) {
        json(ref, title, carried);
      } else {
        text(title, carried);
      }
      return ExitCodes.OK;
    }
  }

  private void text(String title, CarriedOverPreflight carried) {
    Texts t = texts();
    PreflightReport report = carried.report();
    Set<String> carriedOver = carried.carriedOver();
    EvaluationScheme scheme = IidValues.scheme();
    out().println(t.get("preflight.head", year, title, scheme.name().in(t.locale())));
    if (!scheme.verified()) {
      out().println(t.get("preflight.unverified"));
    }
    if (!carriedOver.isEmpty()) {
      out().println(t.get("preflight.version", String.valueOf(year), carried.version().orElseThrow().number(),
          carriedOver.size(), String.valueOf(year - 1)));
    }
    if (report.results().isEmpty()) {
      out().println(t.get("preflight.noClaims", title, year));
      return;
    }
    for (ClaimResult r : report.results()) {
      out().println(t.get(r.isSupported() ? "preflight.claim.supported" : "preflight.claim.short",
          r.sentence(t.locale())) + (carriedOver.contains(r.claim().indicator()) ? t.get("preflight.carried") : ""));
      out().println(t.get("preflight.points", ValueText.decimal(r.claimedPoints(), t),
          ValueText.decimal(r.supportedPoints(), t)));
    }
    if (!report.missingMandatory().isEmpty()) {
      out().println(t.get("preflight.missing.head"));
      for (MissingIndicator m : report.missingMandatory()) {
        out().println(t.get("preflight.missing", m.message(t.locale())));
      }
    }
    long supported = report.results().stream().filter(ClaimResult::isSupported).count();
    out().println(t.get("preflight.total", ValueText.decimal(report.claimedPoints(), t),
        ValueText.decimal(report.supportedPoints(), t), ValueText.decimal(scheme.scale().max(), t), supported,
        report.results().size(), t.get(report.isReady() ? "preflight.ready" : "preflight.notReady")));
  }

  private void json(InnovationRef ref, String title, CarriedOverPreflight carried) {
    Texts t = texts();
    PreflightReport report = carried.report();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("innovation", ref.toString());
    o.put("title", title);
    o.put("year", report.year());
    o.put("scheme", report.schemeId());
    o.put("schemeVerified", IidValues.scheme().verified());
    o.put("ready", report.isReady());
    o.put("claimedPoints", report.claimedPoints());
    o.put("supportedPoints", report.supportedPoints());
    o.put("developmentVersion", carried.version().map(v -> (Object) v.number()).orElse(null));
    List<Object> claims = new ArrayList<>();
    for (ClaimResult r : report.results()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("indicator", r.criterion().code());
      c.put("indicatorLabel", r.criterion().label().in(t.locale()));
      c.put("claimedLevel", r.claimedLevel());
      c.put("supportedLevel", r.supportedLevel());
      c.put("supported", r.isSupported());
      c.put("carriedOver", carried.carriedOver().contains(r.claim().indicator()));
      c.put("claimedPoints", r.claimedPoints());
      c.put("supportedPoints", r.supportedPoints());
      c.put("sentence", r.sentence(t.locale()));
      List<Object> gaps = new ArrayList<>();
      for (Gap g : r.gaps()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", g.code());
        m.put("document", g.documentId().orElse(null));
        m.put("message", g.message(t.locale()));
        gaps.add(m);
      }
      c.put("gaps", gaps);
      c.put("supportingDocuments", r.supportingDocuments());
      claims.add(c);
    }
    o.put("claims", claims);
    List<Object> missing = new ArrayList<>();
    for (MissingIndicator m : report.missingMandatory()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("indicator", m.criterion().code());
      x.put("indicatorLabel", m.criterion().label().in(t.locale()));
      x.put("message", m.message(t.locale()));
      missing.add(x);
    }
    o.put("missingMandatory", missing);
    StringBuilder sb = new StringBuilder();
    ListCommand.Json.write(sb, o);
    out().print(Terminal.stdout() ? PrettyJson.indent(sb.toString()) : sb.append('\n').toString());
  }
}
