package id.labinov.cli;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.RegisterRefusedException;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the commands of the IID evidence register, claims, pre-flight and verification share: the
 * configured region (the register is a region's), innovations found as everywhere else
 * ({@link InnovationFinder}), indicators read by code or label of the shipped scheme, innovation titles
 * looked up once, and a register refusal printed as a verdict (exit 1), as the innovation commands
 * print theirs.
 */
abstract class IidCommand extends BaseCommand {
  private final Map<InnovationRef, String> titles = new HashMap<>();

  /**
   * The region whose register the command works on: the configured one ({@code --region}).
   *
   * @throws CliException with {@link ExitCodes#USAGE} if none is configured or it is outside the scope
   */
  RegionCode region() {
    RegionCode region = InnovationCommand.parseRegion(null, settings());
    Scopes.checkReadable(region, settings());
    return region;
  }

  /** The acting person, from the configuration or {@code --actor --roles --actor-opd}. */
  Actor actor() {
    return settings().actor();
  }

  /**
   * Finds the innovation a user typed (a reference, an id start of 8 or more characters, or its exact
   * title) in the register's region.
   *
   * @param option the option or parameter, as a refusal names it
   * @param typed what the user typed
   * @param region the register's region, which the innovation must be of
   * @throws CliException with {@link ExitCodes#USAGE} if it is of another region than the register's
   */
  InnovationRef innovation(String option, String typed, RegionCode region) {
    InnovationRef ref = InnovationFinder.find(typed, settings(), this::open);
    if (!ref.region().equals(region)) {
      throw new CliException(ExitCodes.USAGE, "error.iid.otherRegion", option, ref, region.value());
    }
    return ref;
  }

  /**
   * Checks an IID year: from 2000 to 2200, as the register accepts.
   *
   * @throws CliException with {@link ExitCodes#USAGE} naming the year and the range
   */
  static int year(int year) {
    if (year < 2000 || year > 2200) {
      throw new CliException(ExitCodes.USAGE, "error.iid.year", String.valueOf(year));
    }
    return year;
  }

  /** Reads an indicator of the shipped scheme by code or label. */
  static Criterion indicator(String option, String typed) {
    return IidValues.indicators(option).parse(typed);
  }

  /**
   * An innovation's title, looked up once; the id when it is not (or no longer) stored.
   *
   * @param s the session
   * @param ref the innovation
   * @param strict {@code true} to fail with exit 3 for an innovation that does not exist
   */
  String title(Session s, InnovationRef ref, boolean strict) {
    String known = titles.get(ref);
    if (known != null) {
      return known;
    }
    String title = strict ? s.lab().innovations().get(ref).details().title()
        : s.lab().innovations().find(ref).map(st -> st.details().title()).orElse(ref.id().toString());
    titles.put(ref, title);
    return title;
  }

  /** A claim's subject for people: «title» of its innovation, or "region 36.02" for a region-level claim. */
  String subject(Session s, RegionCode region, Optional<InnovationId> innovation) {
    return innovation.map(i -> "«" + title(s, new InnovationRef(region, i), false) + "»")
        .orElseGet(() -> texts().get("iid.regionSubject", region.value()));
  }

  /** The stored claim of an innovation, year and indicator, if any. */
  static Optional<RegisteredClaim> claim(Session s, Actor actor, ClaimKey key) {
    List<RegisteredClaim> claims = s.lab().iid().claims(actor, key.region(), key.innovation(), key.year());
    return claims.stream().filter(c -> c.claim().indicator().equals(key.indicator())).findFirst();
  }

  /** Prints a register refusal (every reason) on standard output, as a refused command's verdict; exit 1. */
  int refused(RegisterRefusedException e) {
    out().println(e.getMessage(texts().locale()));
    return ExitCodes.REFUSED;
  }
}
