package id.labinov.cli;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.RecordedVerification;
import id.labinov.core.iid.RegisterRefusedException;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.iid.Verification;
import id.labinov.core.iid.VerificationAgreement;
import id.labinov.core.iid.VerificationAgreement.IndicatorAgreement;
import id.labinov.core.model.Actor;
import id.labinov.core.model.RegionCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labinov verify-claim}: a verifier's decision on a claim (verifikasi), and the decisions of a
 * year with how often the pre-flight foresaw them.
 *
 * <p>{@code verify-claim INNOVATION --year Y --indicator I --level L --note TEXT} records the level the
 * verifier accepts (0 to the claimed level) as the actor, who must hold the {@code VERIFIER} role (a
 * refusal is printed with its reasons, exit 1); the sentence after it puts the pre-flight's prediction
 * at that moment beside the decision. A revised decision states the latest version seen: the stored
 * one unless {@code --expect-version} says which one the user saw.
 *
 * <p>{@code verify-claim --list --year Y [INNOVATION]} prints the latest decision on each verified claim
 * and the agreement between pre-flight and verifier (agreed of compared, too generous, too strict).
 */
@Command(name = "verify-claim", mixinStandardHelpOptions = true, sortOptions = false)
final class VerifyClaimCommand extends IidCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "INNOVATION", descriptionKey = "param.verifyInnovation")
  String innovation;

  @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "option.iidYear")
  int year;

  @Option(names = "--indicator", paramLabel = "INDICATOR", descriptionKey = "option.claimIndicator")
  String indicator;

  @Option(names = "--level", paramLabel = "N", descriptionKey = "option.verifyLevel")
  Integer level;

  @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "option.verifyNote")
  String note;

  @Option(names = "--expect-version", paramLabel = "N", descriptionKey = "option.verifyExpectVersion")
  Long expectVersion;

  @Option(names = "--list", descriptionKey = "option.verifyList")
  boolean list;

  @Option(names = "--format", paramLabel = "table|tsv|json", descriptionKey = "option.iidListFormat")
  String format;

  @Override
  int run() {
    year(year);
    return list ? list() : decide();
  }

  private int decide() {
    List<String> missing = new ArrayList<>();
    if (innovation == null) {
      missing.add("INNOVATION");
    }
    if (indicator == null) {
      missing.add("--indicator INDICATOR");
    }
    if (level == null) {
      missing.add("--level N");
    }
    if (note == null) {
      missing.add("--note TEXT");
    }
    if (missing.size() == 1) {
      throw new CliException(ExitCodes.USAGE, "error.parse.missingOne", missing.get(0));
    }
    if (!missing.isEmpty()) {
      throw new CliException(ExitCodes.USAGE, "error.parse.missingMany", String.join(", ", missing));
    }
    if (format != null) {
      throw new CliException(ExitCodes.USAGE, "error.verify.formatWithoutList");
    }
    Texts t = texts();
    Criterion criterion = indicator("--indicator", indicator);
    RegionCode region = region();
    InnovationRef ref = innovation("INNOVATION", innovation, region);
    try (Session s = open()) {
      Actor actor = actor();
      String title = title(s, ref, true);
      String label = criterion.label().in(t.locale());
      ClaimKey key = ClaimKey.forInnovation(region, ref.id(), year, criterion.code());
      RegisteredClaim claim = claim(s, actor, key).orElseThrow(() -> new CliException(ExitCodes.NOT_FOUND,
          "error.verify.noClaim", title, year, label));
      int claimed = claim.claim().claimedLevel();
      if (level < 0 || level > claimed) {
        throw new CliException(ExitCodes.USAGE, "error.verify.level", level, title, label, claimed);
      }
      RecordedVerification recorded;
      try {
        long seen = expectVersion != null ? expectVersion : latest(s, actor, key).map(RecordedVerification::version)
            .orElse(0L);
        recorded = s.lab().iid().verifyClaim(actor, key, level, note, seen);
      } catch (RegisterRefusedException e) {
        return refused(e);
      }
      Verification v = recorded.verification();
      out().println(t.get("verification.recorded", title, year, label, v.claimedLevel(), v.verifiedLevel(),
          prediction(v), recorded.version()));
      out().println(t.get("verification.note", v.note()));
      return ExitCodes.OK;
    }
  }

  /** The latest decision on a claim, if any. */
  private static Optional<RecordedVerification> latest(Session s, Actor actor, ClaimKey key) {
    return s.lab().iid().verifications(actor, key.region(), key.year()).stream().filter(r -> r.key().equals(key))
        .findFirst();
  }

  /** The pre-flight's prediction beside a decision: "pra-periksa memperkirakan tingkat 1 — sesuai". */
  private String prediction(Verification v) {
    Texts t = texts();
    if (v.predictedLevel().isEmpty()) {
      return t.get("verification.predicted.none");
    }
    int p = v.predictedLevel().getAsInt();
    String how = p == v.verifiedLevel() ? "agreed" : p > v.verifiedLevel() ? "higher" : "lower";
    return t.get("verification.predicted." + how, p);
  }

  /** A decision's agreement in a word: sesuai, lebih longgar, lebih ketat, or "-" without a prediction. */
  private String agreementWord(Verification v) {
    if (v.predictedLevel().isEmpty()) {
      return "-";
    }
    int p = v.predictedLevel().getAsInt();
    return texts().get("verification.word." + (p == v.verifiedLevel() ? "agreed" : p > v.verifiedLevel() ? "higher"
        : "lower"));
  }

  private int list() {
    if (indicator != null || level != null || note != null || expectVersion != null) {
      throw new CliException(ExitCodes.USAGE, "error.verify.listOptions");
    }
    String shape = IidListing.shape(format);
    Texts t = texts();
    RegionCode region = region();
    Optional<InnovationRef> ref = innovation == null ? Optional.empty()
        : Optional.of(innovation("INNOVATION", innovation, region));
    try (Session s = open()) {
      Actor actor = actor();
      ref.ifPresent(r -> title(s, r, true));
      List<RecordedVerification> decisions = new ArrayList<>(s.lab().iid().verifications(actor, region, year));
      ref.ifPresent(r -> decisions.removeIf(d -> !d.key().innovation().equals(Optional.of(r.id()))));
      VerificationAgreement agreement = VerificationAgreement.of(decisions);
      Names names = Names.of(s, t);
      switch (shape) {
        case "table" -> table(s, decisions, agreement, names);
        case "json" -> json(s, decisions, agreement, names);
        default -> decisions.forEach(d -> {
          Verification v = d.verification();
          out().println(v.key().innovation().map(i -> region.value() + "/" + i).orElse("region:" + region.value())
              + "\t" + v.key().year() + "\t" + v.key().indicator() + "\t" + v.claimedLevel() + "\t"
              + (v.predictedLevel().isPresent() ? String.valueOf(v.predictedLevel().getAsInt()) : "-") + "\t"
              + v.verifiedLevel() + "\t" + v.verifier().value() + "\t" + d.version() + "\t"
              + TerminalText.field(v.note()));
        });
      }
      out().flush();
      (shape.equals("table") ? out() : err()).println(summary(agreement.overall(), decisions.size()));
      err().flush();
      return ExitCodes.OK;
    }
  }

  private void table(Session s, List<RecordedVerification> decisions, VerificationAgreement agreement, Names names) {
    Texts t = texts();
    if (decisions.isEmpty()) {
      return;
    }
    TextTable table = new TextTable(List.of(t.get("verification.column.subject"),
        t.get("verification.column.indicator"), t.get("verification.column.claimed"),
        t.get("verification.column.predicted"), t.get("verification.column.verified"),
        t.get("verification.column.agreement"), t.get("verification.column.verifier"),
        t.get("verification.column.note")), List.of(TextTable.Align.LEFT, TextTable.Align.LEFT,
        TextTable.Align.RIGHT, TextTable.Align.RIGHT, TextTable.Align.RIGHT, TextTable.Align.LEFT,
        TextTable.Align.LEFT, TextTable.Align.LEFT));
    for (RecordedVerification d : decisions) {
      Verification v = d.verification();
      table.add(List.of(subject(s, v.key().region(), v.key().innovation()),
          IidValues.indicatorLabel(v.key().indicator(), t), String.valueOf(v.claimedLevel()),
          v.predictedLevel().isPresent() ? String.valueOf(v.predictedLevel().getAsInt()) : "-",
          String.valueOf(v.verifiedLevel()), agreementWord(v), names.person(v.verifier()), v.note()));
    }
    table.render(Terminal.columns()).forEach(out()::println);
    out().println();
    TextTable byIndicator = new TextTable(List.of(t.get("verification.column.indicator"),
        t.get("verification.column.compared"), t.get("verification.column.agreed"),
        t.get("verification.column.percent"), t.get("verification.column.higher"),
        t.get("verification.column.lower")), List.of(TextTable.Align.LEFT, TextTable.Align.RIGHT,
        TextTable.Align.RIGHT, TextTable.Align.RIGHT, TextTable.Align.RIGHT, TextTable.Align.RIGHT));
    for (IndicatorAgreement a : agreement.indicators()) {
      byIndicator.add(List.of(IidValues.indicatorLabel(a.indicator(), t), String.valueOf(a.compared()),
          String.valueOf(a.agreed()), a.percent().map(p -> ValueText.decimal(p, t) + "%").orElse("-"),
          String.valueOf(a.predictedHigher()), String.valueOf(a.predictedLower())));
    }
    byIndicator.render(Terminal.columns()).forEach(out()::println);
  }

  private void json(Session s, List<RecordedVerification> decisions, VerificationAgreement agreement, Names names) {
    Texts t = texts();
    List<Object> rows = new ArrayList<>();
    for (RecordedVerification d : decisions) {
      Verification v = d.verification();
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("innovation", v.key().innovation().map(i -> v.key().region().value() + "/" + i).orElse(null));
      o.put("title", v.key().innovation().map(i -> title(s, new InnovationRef(v.key().region(), i), false))
          .orElse(null));
      o.put("year", v.key().year());
      o.put("indicator", v.key().indicator());
      o.put("indicatorLabel", IidValues.indicatorLabel(v.key().indicator(), t));
      o.put("claimedLevel", v.claimedLevel());
      o.put("claimVersion", v.claimVersion());
      o.put("predictedLevel", v.predictedLevel().isPresent() ? v.predictedLevel().getAsInt() : null);
      o.put("verifiedLevel", v.verifiedLevel());
      o.put("predicted", v.predicted());
      o.put("note", v.note());
      o.put("verifier", v.verifier().value());
      o.put("verifierName", names.person(v.verifier()));
      o.put("at", v.at().toString());
      o.put("version", d.version());
      rows.add(o);
    }
    List<Object> indicators = new ArrayList<>();
    agreement.indicators().forEach(a -> indicators.add(json(a, t)));
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("decisions", rows);
    all.put("agreement", json(agreement.overall(), t));
    all.put("agreementByIndicator", indicators);
    StringBuilder sb = new StringBuilder();
    ListCommand.Json.write(sb, all);
    out().print(Terminal.stdout() ? PrettyJson.indent(sb.toString()) : sb.append('\n').toString());
  }

  private static Map<String, Object> json(IndicatorAgreement a, Texts t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("indicator", a.indicator());
    if (!a.indicator().equals(VerificationAgreement.OVERALL)) {
      m.put("indicatorLabel", IidValues.indicatorLabel(a.indicator(), t));
    }
    m.put("compared", a.compared());
    m.put("agreed", a.agreed());
    m.put("percent", a.percent().orElse(null));
    m.put("predictedHigher", a.predictedHigher());
    m.put("predictedLower", a.predictedLower());
    m.put("unpredicted", a.unpredicted());
    return m;
  }

  /** The count and the overall agreement in a sentence. */
  private String summary(IndicatorAgreement overall, int decisions) {
    Texts t = texts();
    String head = t.get("verification.count", decisions, year);
    if (overall.compared() == 0) {
      return head + " " + t.get("verification.agreement.none", overall.unpredicted());
    }
    return head + " " + t.get("verification.agreement", overall.agreed(), overall.compared(),
        ValueText.decimal(overall.percent().orElseThrow(), t), overall.predictedHigher(), overall.predictedLower(),
        overall.unpredicted());
  }
}
