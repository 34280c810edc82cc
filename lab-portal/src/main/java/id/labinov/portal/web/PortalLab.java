package id.labinov.portal.web;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.Programme;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.rules.Rulebook;
import id.labinov.portal.config.PortalProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The reads the pages share: an innovation by the id in a link (a readable 404 when there is none),
 * lists of innovations of the portal's region as the signed-in person may read them, the rulebook an
 * innovation follows, and rows of names and labels for the tables.
 */
@Component
public class PortalLab {
  /** The most rows a list page shows. */
  static final int MAX_ROWS = 500;
  private final Labinov labinov;
  private final RegionCode region;
  private final PortalProperties properties;
  private final Words words;
  private final Map<String, Rulebook> rulebooks = new ConcurrentHashMap<>();

  /**
   * Creates the helper.
   *
   * @param labinov labinov's entry point
   * @param region the portal's region
   * @param properties the portal's settings
   * @param words names and labels
   */
  public PortalLab(Labinov labinov, RegionCode region, PortalProperties properties, Words words) {
    this.labinov = labinov;
    this.region = region;
    this.properties = properties;
    this.words = words;
  }

  /**
   * A row of an innovation table, in words.
   *
   * @param id the innovation id (for links and forms)
   * @param title its title
   * @param opd its OPD's name
   * @param stage its stage's label
   * @param status its status's label
   */
  public record Row(String id, String title, String opd, String stage, String status) {}

  /** {@return the portal's region} */
  public RegionCode region() {
    return region;
  }

  /** {@return labinov's entry point} */
  public Labinov labinov() {
    return labinov;
  }

  /** {@return the id of the programme the portal runs (labinov.portal.programme)} */
  public String programmeId() {
    return properties.programme();
  }

  /** {@return the programme the portal runs (labinov.portal.programme), if it exists} */
  public Optional<Programme> programme() {
    return labinov.programmes().find(region, properties.programme());
  }

  /** {@return today in the region's time} */
  public LocalDate today() {
    return LocalDate.now(labinov.clock().withZone(Words.ZONE));
  }

  /**
   * The reference of an id from a link.
   *
   * @param id the id as given
   * @return the reference in the portal's region
   * @throws PageNotFoundException if the id is not an innovation id
   */
  public InnovationRef ref(String id) {
    try {
      return new InnovationRef(region, InnovationId.parse(id));
    } catch (InvalidValueException e) {
      throw PageNotFoundException.innovation(id);
    }
  }

  /**
   * An innovation as the person may read it.
   *
   * @param id the id from the link
   * @param actor who reads
   * @return its state
   * @throws PageNotFoundException if the id is malformed or no innovation of the region has it
   */
  public InnovationState load(String id, Actor actor) {
    return labinov.innovations().find(ref(id), actor).orElseThrow(() -> PageNotFoundException.innovation(id));
  }

  /**
   * The rulebook an innovation follows.
   *
   * @param rulebookId its id
   * @param version its version
   * @param ref an innovation that follows it
   * @return the rulebook
   */
  public Rulebook rulebook(String rulebookId, int version, InnovationRef ref) {
    return rulebooks.computeIfAbsent(rulebookId + "@" + version, k -> labinov.innovations().rulebookOf(ref));
  }

  /**
   * The rulebook of an innovation.
   *
   * @param state the innovation
   * @return its rulebook
   */
  public Rulebook rulebook(InnovationState state) {
    return rulebook(state.rulebookId(), state.rulebookVersion(), state.ref());
  }

  /**
   * The rulebook of a listed innovation.
   *
   * @param s the innovation
   * @return its rulebook
   */
  public Rulebook rulebook(InnovationSummary s) {
    return rulebook(s.rulebookId(), s.rulebookVersion(), s.ref());
  }

  /**
   * The region's innovations that match a filter, as the person may read them, in id order.
   *
   * @param actor who reads
   * @param filter which
   * @return at most {@link #MAX_ROWS} innovations
   */
  public List<InnovationSummary> find(Actor actor, InnovationFilter filter) {
    List<InnovationSummary> out = new ArrayList<>();
    PageRequest next = PageRequest.first(200);
    while (next != null && out.size() < MAX_ROWS) {
      Page<InnovationSummary> page = labinov.queries(actor).find(Scope.region(region), filter, next);
      out.addAll(page.items());
      next = page.findNext().orElse(null);
    }
    return out.size() > MAX_ROWS ? out.subList(0, MAX_ROWS) : out;
  }

  /**
   * A listed innovation as a row of words.
   *
   * @param s the innovation
   * @param locale the language
   * @return the row
   */
  public Row row(InnovationSummary s, Locale locale) {
    return new Row(s.ref().id().toString(), s.title(), words.opd(s.opd(), locale),
        words.stageShort(rulebook(s), s.stage(), locale), words.status(s.status(), locale));
  }

  /**
   * An innovation as a row of words.
   *
   * @param s the innovation
   * @param locale the language
   * @return the row
   */
  public Row row(InnovationState s, Locale locale) {
    return new Row(s.id().toString(), s.details().title(), words.opd(s.details().opd(), locale),
        words.stageShort(rulebook(s), s.stage(), locale), words.status(s.status(), locale));
  }
}
