package id.labinov.cli;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentSupersededException;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.NoSuchDocumentException;
import id.labinov.core.iid.RegisterRefusedException;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.iid.RegisteredDocument;
import id.labinov.core.iid.StatedValue;
import id.labinov.core.model.Actor;
import id.labinov.core.model.RegionCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labinov claim}: an innovation's IID claims, one per IID year and indicator of the shipped
 * scheme. {@code set} puts a claim (new, or replacing the stored one, version-checked); {@code list}
 * lists the claims of a year; {@code confirm-carried} makes a claim carried over from the year before
 * (by a development version of the year) the year's own.
 */
@Command(name = "claim", mixinStandardHelpOptions = true,
    subcommands = {ClaimCommand.Set.class, ClaimCommand.ListClaims.class, ClaimCommand.ConfirmCarried.class})
final class ClaimCommand extends BaseCommand {
  @Override
  int run() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }

  /**
   * {@code labinov claim set INNOVATION --year Y --indicator I --level L [--document ID ...] [--value N
   * --unit UNIT]}: the level claimed, from 1 to the indicator's highest (3 for the shipped ones). The
   * documents and stated value given replace the stored claim's; those not given are kept. The
   * version checked is the stored claim's (0 for a new one) unless {@code --expect-version} says which
   * one the user saw.
   */
  @Command(name = "set", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Set extends IidCommand {
    @Parameters(index = "0", paramLabel = "INNOVATION", descriptionKey = "param.innovation")
    String innovation;

    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "option.iidYear")
    int year;

    @Option(names = "--indicator", required = true, paramLabel = "INDICATOR", descriptionKey = "option.claimIndicator")
    String indicator;

    @Option(names = "--level", required = true, paramLabel = "N", descriptionKey = "option.claimLevel")
    int level;

    @Option(names = "--document", paramLabel = "ID", descriptionKey = "option.claimDocument")
    List<String> documents = new ArrayList<>();

    @Option(names = "--value", paramLabel = "N", descriptionKey = "option.claimValue")
    String value;

    @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "option.claimUnit")
    String unit;

    @Option(names = "--expect-version", paramLabel = "N", descriptionKey = "option.claimExpectVersion")
    Long expectVersion;

    @Override
    int run() {
      Texts t = texts();
      year(year);
      Criterion criterion = indicator("--indicator", indicator);
      if (level < 1 || level > criterion.maxLevel()) {
        throw new CliException(ExitCodes.USAGE, "error.claim.level", level, criterion.label().in(t.locale()),
            criterion.maxLevel(), IidValues.levels(criterion, t));
      }
      Optional<StatedValue> stated = statedValue();
      RegionCode region = region();
      InnovationRef ref = innovation("INNOVATION", innovation, region);
      try (Session s = open()) {
        Actor actor = actor();
        String title = title(s, ref, true);
        ClaimKey key = ClaimKey.forInnovation(region, ref.id(), year, criterion.code());
        Optional<RegisteredClaim> stored = claim(s, actor, key);
        List<String> ids = new ArrayList<>();
        if (documents.isEmpty()) {
          stored.ifPresent(c -> ids.addAll(c.claim().documentIds()));
        } else {
          for (String typed : new LinkedHashSet<>(documents.stream().map(String::strip).toList())) {
            RegisteredDocument doc = s.lab().iid().findDocument(actor, region, typed)
                .orElseThrow(() -> new NoSuchDocumentException(region, typed));
            if (doc.supersededBy().isPresent()) {
              throw new DocumentSupersededException(region, typed, doc.supersededBy().get());
            }
            ids.add(typed);
          }
        }
        IndicatorClaim claim = IndicatorClaim.forInnovation(region, ref.id(), year, criterion.code(), level, ids);
        Optional<StatedValue> kept = stated.isPresent() ? stated : stored.flatMap(c -> c.claim().statedValue());
        if (kept.isPresent()) {
          claim = claim.withStatedValue(kept.get());
        }
        RegisteredClaim put;
        try {
          put = s.lab().iid().putClaim(actor, claim,
              expectVersion != null ? expectVersion : stored.map(RegisteredClaim::version).orElse(0L));
        } catch (RegisterRefusedException e) {
          return refused(e);
        }
        String shownValue = kept.map(v -> t.get("claim.set.value", new IidListing(this).value(put.claim()))).orElse("");
        out().println(t.get("claim.set", title, year, criterion.label().in(t.locale()), level,
            IidValues.levelText(criterion, level, t).orElseThrow(), ids.size(), put.version(), shownValue));
        return ExitCodes.OK;
      }
    }

    /** The stated value of {@code --value} and {@code --unit}, both or neither. */
    private Optional<StatedValue> statedValue() {
      if (value == null && unit == null) {
        return Optional.empty();
      }
      if (value == null || unit == null) {
        throw new CliException(ExitCodes.USAGE, "error.parse.missingOne", value == null ? "--value N" : "--unit UNIT");
      }
      BigDecimal amount = ValueText.decimal(value)
          .orElseThrow(() -> new CliException(ExitCodes.USAGE, "error.monitor.value", value));
      if (amount.signum() < 0) {
        throw new CliException(ExitCodes.USAGE, "error.claim.negative", value);
      }
      return Optional.of(new StatedValue(amount, IidValues.units("--unit").parse(unit)));
    }
  }

  /**
   * {@code labinov claim list [INNOVATION] --year Y}: the claims of an IID year, of one innovation or
   * of the whole region (region-level claims first, then by innovation and indicator).
   */
  @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
  static final class ListClaims extends IidCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "INNOVATION", descriptionKey = "param.innovationOptional")
    String innovation;

    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "option.iidYear")
    int year;

    @Option(names = "--format", paramLabel = "table|tsv|json", descriptionKey = "option.iidListFormat")
    String format;

    @Override
    int run() {
      String shape = IidListing.shape(format);
      year(year);
      RegionCode region = region();
      Optional<InnovationRef> ref = innovation == null ? Optional.empty()
          : Optional.of(innovation("INNOVATION", innovation, region));
      try (Session s = open()) {
        Actor actor = actor();
        List<RegisteredClaim> claims;
        if (ref.isPresent()) {
          title(s, ref.get(), true);
          claims = s.lab().iid().claims(actor, region, Optional.of(ref.get().id()), year);
        } else {
          claims = s.lab().iid().claims(actor, region, year);
        }
        new IidListing(this).claims(s, claims, shape);
        return ExitCodes.OK;
      }
    }
  }

  /**
   * {@code labinov claim confirm-carried INNOVATION --year Y --indicator I}: stores last year's claim of
   * the indicator, with its level, documents and stated value, as the year's claim. Only a claim the
   * pre-flight shows as carried over can be confirmed (else exit 3 naming what is needed).
   */
  @Command(name = "confirm-carried", mixinStandardHelpOptions = true, sortOptions = false)
  static final class ConfirmCarried extends IidCommand {
    @Parameters(index = "0", paramLabel = "INNOVATION", descriptionKey = "param.innovation")
    String innovation;

    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "option.iidYear")
    int year;

    @Option(names = "--indicator", required = true, paramLabel = "INDICATOR", descriptionKey = "option.carriedIndicator")
    String indicator;

    @Override
    int run() {
      Texts t = texts();
      year(year);
      Criterion criterion = indicator("--indicator", indicator);
      RegionCode region = region();
      InnovationRef ref = innovation("INNOVATION", innovation, region);
      try (Session s = open()) {
        String title = title(s, ref, true);
        RegisteredClaim put;
        try {
          put = s.lab().cycle().confirmCarriedOver(actor(), ref, year, criterion.code());
        } catch (RegisterRefusedException e) {
          return refused(e);
        }
        IndicatorClaim c = put.claim();
        out().println(t.get("claim.confirmed", title, year, criterion.label().in(t.locale()), String.valueOf(year - 1),
            c.claimedLevel(), IidValues.levelText(criterion, c.claimedLevel(), t).orElse("-"), c.documentIds().size(),
            put.version()));
        return ExitCodes.OK;
      }
    }
  }
}
