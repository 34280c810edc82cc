package id.labinov.cli;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Finds the innovation a user means: a full reference ({@code 36.02/01a2...}, or the id alone in the
 * configured region), a start of its id of at least {@value #MIN_PREFIX} characters (as the listing
 * table shows it), or its exact title in any case. Prefixes and titles are looked up within the
 * region given before the {@code /}, else the configured region, else the configured scope. Several
 * matches are refused with exit 2, naming each; none ends with exit 3.
 *
 * <p>The library has no query by id prefix or exact title: a prefix pages through the innovations
 * of the scope, a title narrows the query to titles containing it and keeps the exact ones.
 */
final class InnovationFinder {
  /** The shortest id prefix accepted. */
  static final int MIN_PREFIX = 8;
  private static final Pattern ID_PREFIX = Pattern.compile("[0-9a-fA-F][0-9a-fA-F-]*");
  /** How many matches an ambiguity message names. */
  private static final int SHOWN = 5;

  private InnovationFinder() {}

  /**
   * Reads what the user typed as an innovation.
   *
   * @param typed the text of the INNOVATION parameter
   * @param settings the configured region and scope
   * @param session opens a session when the text is not a full reference (called at most once)
   * @return the reference, inside the configured scope
   * @throws CliException with {@link ExitCodes#USAGE} for no region, a region outside the scope, a
   *     prefix too short or several matches; with {@link ExitCodes#NOT_FOUND} for none
   */
  static InnovationRef find(String typed, Settings settings, Supplier<Session> session) {
    String text = typed == null ? "" : typed.strip();
    int slash = text.indexOf('/');
    String region = slash > 0 ? text.substring(0, slash).strip() : settings.region();
    String key = slash > 0 ? text.substring(slash + 1).strip() : text;
    if (isFullId(key) || key.isEmpty()) {
      return InnovationCommand.parseRef(text, settings);
    }
    Scope scope;
    if (region != null) {
      RegionCode code = RegionCode.parse(region);
      Scopes.checkReadable(code, settings);
      scope = Scope.region(code);
    } else {
      scope = Scopes.configured(settings);
    }
    List<InnovationSummary> matches;
    try (Session s = session.get()) {
      matches = matches(s, scope, key);
    }
    if (matches.size() == 1) {
      return matches.get(0).ref();
    }
    if (matches.size() > 1) {
      String shown = String.join("; ", matches.stream().limit(SHOWN)
          .map(m -> m.ref() + " «" + m.title() + "»").toList());
      throw new CliException(ExitCodes.USAGE, "error.innovation.ambiguous", key, matches.size(),
          matches.size() > SHOWN ? shown + "; …" : shown);
    }
    if (looksLikePrefix(key) && key.length() < MIN_PREFIX) {
      throw new CliException(ExitCodes.USAGE, "error.innovation.shortPrefix", key, MIN_PREFIX);
    }
    throw new CliException(ExitCodes.NOT_FOUND, "error.innovation.none", key, Scopes.describe(scope));
  }

  private static boolean isFullId(String key) {
    try {
      InnovationId.parse(key);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean looksLikePrefix(String key) {
    return ID_PREFIX.matcher(key).matches();
  }

  /** The innovations whose id starts with the key (if it can be a prefix) or whose title is the key. */
  private static List<InnovationSummary> matches(Session s, Scope scope, String key) {
    Map<InnovationRef, InnovationSummary> found = new LinkedHashMap<>();
    if (looksLikePrefix(key) && key.length() >= MIN_PREFIX) {
      String prefix = key.toLowerCase(Locale.ROOT);
      each(s, scope, InnovationFilter.all(), i -> {
        if (i.ref().id().toString().toLowerCase(Locale.ROOT).startsWith(prefix)) {
          found.putIfAbsent(i.ref(), i);
        }
      });
    }
    String title = comparable(key);
    each(s, scope, InnovationFilter.builder().titleContains(key).build(), i -> {
      if (comparable(i.title()).equals(title)) {
        found.putIfAbsent(i.ref(), i);
      }
    });
    return new ArrayList<>(found.values());
  }

  /** Calls back with every innovation of the scope that matches the filter, page by page. */
  static void each(Session s, Scope scope, InnovationFilter filter, Consumer<InnovationSummary> each) {
    Optional<PageRequest> page = Optional.of(PageRequest.first(PageRequest.MAX_SIZE));
    while (page.isPresent()) {
      Page<InnovationSummary> p = s.lab().queries().find(scope, filter, page.get());
      p.items().forEach(each);
      page = p.findNext();
    }
  }

  /** A title as compared: NFC, lower case, runs of white space as one space. */
  private static String comparable(String title) {
    return Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }
}
