package id.labinov.core.spi.contract;

import static id.labinov.core.spi.contract.ContractData.ADMIN;
import static id.labinov.core.spi.contract.ContractData.HEAD;
import static id.labinov.core.spi.contract.ContractData.INNOVATOR;
import static id.labinov.core.spi.contract.ContractData.LEBAK;
import static id.labinov.core.spi.contract.ContractData.TANGERANG;
import static id.labinov.core.spi.contract.ContractData.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.engine.Refusal;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.OpdChanged;
import id.labinov.core.event.OwnerHandedOver;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.PageRequest;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.RulebookStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/**
 * Who may do what, on every store: the attacks that were once accepted (an innovator or OPD head of
 * another OPD acting on an innovation, a takeover through an edit of the OPD, an actor of one region
 * reading and writing another's innovations) are refused and leave nothing behind, and a generated
 * property compares the default policy with a table of its own (the oracle) for random actors and
 * commands. A subclass per store supplies the ports.
 */
public abstract class AuthorisationContract {
  private static final Instant T0 = Instant.parse("2024-03-04T02:00:00.123456Z");
  /** The codes only the authorisation step gives. */
  private static final Set<String> POLICY_CODES = Set.of("ACTOR_WITHOUT_SCOPE", "OUTSIDE_SCOPE", "SCOPE_READ_ONLY",
      "NOT_OWN_OPD", "NOT_INNOVATION_TEAM");

  private static final PersonId TEAM_MATE = PersonId.of("asn-dinkes-021");
  private static final PersonId CREDITED_OF_DISDIK = PersonId.of("asn-disdik-005");
  private static final Actor DISDIK_INNOVATOR = Actor.of("inno-disdik-9", "DISDIK", Role.INNOVATOR).in(LEBAK);
  private static final Actor DISDIK_HEAD = Actor.of("kadis-disdik", "DISDIK", Role.OPD_HEAD).in(LEBAK);

  private final SteppingClock clock = new SteppingClock(T0);
  private final List<Refusal> refusals = Collections.synchronizedList(new ArrayList<>());
  private Labinov lab;
  private InnovationRef dinkes;

  /**
   * Returns the innovation store under test.
   *
   * @return the store
   */
  protected abstract InnovationStore store();

  /**
   * Returns the query port reading the same data.
   *
   * @return the query port
   */
  protected abstract InnovationQuery query();

  /**
   * Returns the rulebook store under test.
   *
   * @return the rulebook store
   */
  protected abstract RulebookStore rulebookStore();

  /**
   * Returns how many random actor-and-command pairs the generated property tries.
   *
   * @return the number of examples (default 300; servers run fewer)
   */
  protected int policyExamples() {
    return 300;
  }

  /**
   * Returns the facade with the default policy and a refusal sink (made on first use, after every
   * {@code @BeforeEach} of a subclass has prepared its store).
   */
  private Labinov lab() {
    if (lab == null) {
      lab = Labinov.builder().clock(clock).ids(IdGenerator.from(new Random(16)))
          .innovationStore(store()).query(query()).rulebookStore(rulebookStore()).rulebook(Rulebooks.fiveD())
          .refusalSink(refusals::add).build();
    }
    return lab;
  }

  /** Returns the DINKES innovation of Lebak every test starts from, with its team of two. */
  private InnovationRef dinkes() {
    if (dinkes == null) {
      dinkes = lab().innovations().propose(LEBAK, INNOVATOR,
          ContractData.details().withCoInnovators(List.of(TEAM_MATE, CREDITED_OF_DISDIK))).orThrow().ref();
      refusals.clear();
    }
    return dinkes;
  }

  private long version(InnovationRef ref) {
    return lab().innovations().get(ref).version();
  }

  private void assertRefusedWith(CommandResult r, String code, InnovationRef ref, long versionBefore) {
    assertThat(r.accepted()).as("accepted: %s", r.verdict().codes()).isFalse();
    assertThat(r.verdict().codes()).containsExactly(code);
    assertThat(r.events()).isEmpty();
    assertThat(version(ref)).as("nothing stored").isEqualTo(versionBefore);
    if (POLICY_CODES.contains(code)) {
      assertThat(r.state()).as("someone refused by the policy learns nothing of the innovation").isNull();
    } else {
      assertThat(r.state().version()).as("a refusal by the rules shows the unchanged state").isEqualTo(versionBefore);
    }
    assertThat(r.verdict().describe(Locale.ENGLISH)).doesNotContain("violation.");
    assertThat(r.verdict().describe(Locale.forLanguageTag("id"))).doesNotContain("violation.");
  }

  // ------------------------------------------------------------------- the attacks, one by one

  @Test
  void anInnovatorOfAnotherOpdCannotDropAttachOrAdvance() {
    long v = version(dinkes());
    assertRefusedWith(lab().innovations().drop(dinkes(), DISDIK_INNOVATOR, "x", Options.none()), "NOT_OWN_OPD", dinkes(), v);
    assertRefusedWith(lab().innovations().attachEvidence(dinkes(), DISDIK_INNOVATOR, evidence("PHOTO", "a.jpg"),
        Options.none()), "NOT_OWN_OPD", dinkes(), v);
    assertRefusedWith(lab().innovations().advance(dinkes(), DISDIK_INNOVATOR, "DIAGNOSE", Options.none()), "NOT_OWN_OPD",
        dinkes(), v);
    assertThat(refusals).hasSize(3).allSatisfy(r -> assertThat(r.codes()).containsExactly("NOT_OWN_OPD"));
  }

  @Test
  void anOpdHeadOfAnotherOpdCannotHoldResumeOrDrop() {
    long v = version(dinkes());
    assertRefusedWith(lab().innovations().hold(dinkes(), DISDIK_HEAD, "x", Options.none()), "NOT_OWN_OPD", dinkes(), v);
    lab().innovations().hold(dinkes(), HEAD, "menunggu anggaran", Options.none()).orThrow();
    assertRefusedWith(lab().innovations().resume(dinkes(), DISDIK_HEAD, null, Options.none()), "NOT_OWN_OPD", dinkes(), v + 1);
    assertRefusedWith(lab().innovations().drop(dinkes(), DISDIK_HEAD, "x", Options.none()), "NOT_OWN_OPD", dinkes(), v + 1);
  }

  @Test
  void anEditCannotMoveTheInnovationToAnotherOpdSoNoOneTakesItOver() {
    long v = version(dinkes());
    InnovationDetails toDisdik = lab().innovations().get(dinkes()).details().withOpd(OpdCode.of("DISDIK"));
    assertRefusedWith(lab().innovations().updateDetails(dinkes(), DISDIK_INNOVATOR, toDisdik, Options.none()),
        "NOT_OWN_OPD", dinkes(), v);
    // even its own proposer cannot move it by an edit
    assertRefusedWith(lab().innovations().updateDetails(dinkes(), INNOVATOR, toDisdik, Options.none()),
        "OPD_CHANGE_NEEDS_COMMAND", dinkes(), v);
    assertRefusedWith(lab().innovations().approve(dinkes(), DISDIK_HEAD, Role.OPD_HEAD, null, Options.none()),
        "NOT_OWN_OPD", dinkes(), v);
    assertThat(lab().innovations().get(dinkes()).details().opd()).isEqualTo(OpdCode.of("DINKES"));
  }

  @Test
  void onlyALabAdministratorMovesAnInnovationToAnotherOpdAndTheHistoryRecordsIt() {
    long v = version(dinkes());
    assertRefusedWith(lab().innovations().changeOpd(dinkes(), HEAD, OpdCode.of("DISDIK"), "reorganisasi", Options.none()),
        "ROLE_NOT_PERMITTED", dinkes(), v);
    CommandResult moved = lab().innovations().changeOpd(dinkes(), ADMIN, OpdCode.of("DISDIK"), "reorganisasi dinas",
        Options.none()).orThrow();
    assertThat(moved.state().details().opd()).isEqualTo(OpdCode.of("DISDIK"));
    List<InnovationEvent> history = lab().innovations().history(dinkes(), ADMIN);
    assertThat(history.get(history.size() - 1)).isInstanceOfSatisfying(OpdChanged.class, e -> {
      assertThat(e.fromOpd()).isEqualTo(OpdCode.of("DINKES"));
      assertThat(e.toOpd()).isEqualTo(OpdCode.of("DISDIK"));
      assertThat(e.reason()).isEqualTo("reorganisasi dinas");
    });
    // now DISDIK's head acts on it, DINKES's no longer
    assertThat(lab().innovations().approve(dinkes(), DISDIK_HEAD, Role.OPD_HEAD, null, Options.none()).verdict().codes())
        .doesNotContainAnyElementsOf(POLICY_CODES);
    assertRefusedWith(lab().innovations().hold(dinkes(), HEAD, "x", Options.none()), "NOT_OWN_OPD", dinkes(), version(dinkes()));
  }

  @Test
  void onlyALabAdministratorHandsAnInnovationOverAndTheNewOwnerActsAsItsProposer() {
    Actor successor = Actor.of("asn-dinkes-050", "DINKES", Role.INNOVATOR).in(LEBAK);
    long v = version(dinkes());
    assertRefusedWith(lab().innovations().attachEvidence(dinkes(), successor, evidence("PHOTO", "s0.jpg"), Options.none()),
        "NOT_INNOVATION_TEAM", dinkes(), v);
    assertRefusedWith(lab().innovations().handOver(dinkes(), HEAD, successor.personId(), null, "mutasi", Options.none()),
        "ROLE_NOT_PERMITTED", dinkes(), v);

    CommandResult handed = lab().innovations().handOver(dinkes(), ADMIN, successor.personId(), null,
        "mutasi ke Puskesmas", Options.none()).orThrow();

    InnovationState stored = lab().innovations().get(dinkes());
    assertThat(stored).as("the stored state reads back as returned").isEqualTo(handed.state());
    assertThat(stored.proposedBy()).isEqualTo(successor.personId());
    assertThat(stored.contributors()).containsExactly(INNOVATOR.personId());
    List<InnovationEvent> history = lab().innovations().history(dinkes(), ADMIN);
    assertThat(id.labinov.core.engine.Decider.replay(history)).isEqualTo(stored);
    assertThat(history.get(history.size() - 1)).isInstanceOfSatisfying(OwnerHandedOver.class, e -> {
      assertThat(e.fromOwner()).isEqualTo(INNOVATOR.personId());
      assertThat(e.toOwner()).isEqualTo(successor.personId());
      assertThat(e.toOpd()).isNull();
      assertThat(e.reason()).isEqualTo("mutasi ke Puskesmas");
    });
    // the new owner acts as its proposer; the one before no longer does
    assertThat(lab().innovations().attachEvidence(dinkes(), successor, evidence("PHOTO", "s1.jpg"), Options.none())
        .accepted()).isTrue();
    assertRefusedWith(lab().innovations().attachEvidence(dinkes(), INNOVATOR, evidence("PHOTO", "s2.jpg"), Options.none()),
        "NOT_INNOVATION_TEAM", dinkes(), version(dinkes()));
  }

  @Test
  void aTeamMateOfTheSameOpdActsAndAStrangerOfThatOpdDoesNot() {
    Actor mate = new Actor(TEAM_MATE, OpdCode.of("DINKES"), Set.of(Role.INNOVATOR), Scope.region(LEBAK));
    Actor stranger = Actor.of("asn-dinkes-099", "DINKES", Role.INNOVATOR).in(LEBAK);
    Actor credited = new Actor(CREDITED_OF_DISDIK, OpdCode.of("DISDIK"), Set.of(Role.INNOVATOR), Scope.region(LEBAK));
    long v = version(dinkes());
    assertThat(lab().innovations().attachEvidence(dinkes(), mate, evidence("PHOTO", "b.jpg"), Options.none()).accepted())
        .isTrue();
    assertRefusedWith(lab().innovations().attachEvidence(dinkes(), stranger, evidence("PHOTO", "c.jpg"), Options.none()),
        "NOT_INNOVATION_TEAM", dinkes(), v + 1);
    // listed from another OPD: credited (conflict of interest), but acts only through its own OPD
    assertRefusedWith(lab().innovations().attachEvidence(dinkes(), credited, evidence("PHOTO", "d.jpg"), Options.none()),
        "NOT_OWN_OPD", dinkes(), v + 1);
  }

  @Test
  void anActorOfOneRegionNeitherReadsNorWritesAnothersInnovations() {
    InnovationRef own = dinkes();
    Actor tangerangInnovator = Actor.of("asn-tgr-01", "DINKES", Role.INNOVATOR).in(TANGERANG);
    InnovationRef tangerang = lab().innovations().propose(TANGERANG, tangerangInnovator, ContractData.details())
        .orThrow().ref();
    long v = version(tangerang);

    assertRefusedWith(lab().innovations().hold(tangerang, ADMIN, "x", Options.none()), "OUTSIDE_SCOPE", tangerang, v);
    CommandResult proposal = lab().innovations().propose(TANGERANG, ADMIN, ContractData.details());
    assertThat(proposal.verdict().codes()).containsExactly("OUTSIDE_SCOPE");
    assertThat(proposal.state()).isNull();
    CommandResult bogor = lab().innovations().propose(ContractData.BOGOR, ADMIN, ContractData.details());
    assertThat(bogor.verdict().codes()).containsExactly("OUTSIDE_SCOPE");
    assertThat(rulebookStore().list(ContractData.BOGOR)).as("a refused proposal stores no rulebook for a new region")
        .isEmpty();
    assertThat(lab().queries().find(Scope.region(TANGERANG), InnovationFilter.all(), PageRequest.first(10)).items())
        .as("no second innovation in Tangerang").extracting(s -> s.ref()).containsExactly(tangerang);
    assertThatThrownBy(() -> lab().innovations().get(tangerang, ADMIN)).isInstanceOf(OutsideScopeException.class)
        .hasMessageContaining("36.02").hasMessageContaining("36.03");
    assertThatThrownBy(() -> lab().innovations().history(tangerang, ADMIN)).isInstanceOf(OutsideScopeException.class);
    InnovationQuery asAdmin = lab().queries(ADMIN);
    assertThatThrownBy(() -> asAdmin.find(Scope.national(), InnovationFilter.all(), PageRequest.first(50)))
        .isInstanceOf(OutsideScopeException.class);
    assertThatThrownBy(() -> asAdmin.count(Scope.province(Province.BANTEN), InnovationFilter.all(),
        id.labinov.core.query.Dimension.STAGE)).isInstanceOf(OutsideScopeException.class);
    // and so do the aggregates reports read
    java.time.Instant now = java.time.Instant.parse("2026-06-01T00:00:00Z");
    assertThatThrownBy(() -> asAdmin.rulebooks(Scope.national(), InnovationFilter.all()))
        .isInstanceOf(OutsideScopeException.class);
    assertThatThrownBy(() -> asAdmin.stageDays(Scope.province(Province.BANTEN), InnovationFilter.all(), now))
        .isInstanceOf(OutsideScopeException.class);
    assertThatThrownBy(() -> asAdmin.reach(Scope.region(TANGERANG), InnovationFilter.all(), now))
        .isInstanceOf(OutsideScopeException.class);
    assertThatThrownBy(() -> asAdmin.stalled(Scope.national(), InnovationFilter.all(), now, 0, java.util.Set.of(), 10))
        .isInstanceOf(OutsideScopeException.class);
    assertThat(asAdmin.rulebooks(Scope.region(LEBAK), InnovationFilter.all()))
        .extracting(u -> u.first()).containsExactly(own);
    assertThat(asAdmin.reach(Scope.region(LEBAK), InnovationFilter.all(), now))
        .extracting(r -> r.innovations()).containsExactly(1L);
    // its own region reads as before, and holds only its own innovations
    assertThat(asAdmin.find(Scope.region(LEBAK), InnovationFilter.all(), PageRequest.first(50)).items())
        .extracting(s -> s.ref()).containsExactly(own);
    assertThat(lab().innovations().get(own, ADMIN).ref()).isEqualTo(own);
  }

  @Test
  void aProvinceSeesItsRegionsButOnlyItsLabAdministratorWritesThereAndTheNationOnlyReads() {
    Actor bantenAdmin = Actor.of("admin-brida-banten", "BRIDA", Role.LAB_ADMIN).in(Scope.province(Province.BANTEN));
    Actor bantenCoach = Actor.of("coach-banten", null, Role.COACH).in(Scope.province(Province.BANTEN));
    Actor nationalCoach = Actor.of("coach-kemendagri", null, Role.COACH, Role.LAB_ADMIN).in(Scope.national());
    long v = version(dinkes());

    assertThat(lab().innovations().hold(dinkes(), bantenAdmin, "evaluasi provinsi", Options.none()).accepted()).isTrue();
    assertRefusedWith(lab().innovations().resume(dinkes(), bantenCoach, null, Options.none()), "SCOPE_READ_ONLY", dinkes(),
        v + 1);
    assertRefusedWith(lab().innovations().resume(dinkes(), nationalCoach, null, Options.none()), "SCOPE_READ_ONLY", dinkes(),
        v + 1);
    assertThat(lab().queries(bantenCoach).find(Scope.province(Province.BANTEN), InnovationFilter.all(),
        PageRequest.first(10)).items()).hasSize(1);
    assertThat(lab().innovations().get(dinkes(), nationalCoach).version()).isEqualTo(v + 1);
    assertThatThrownBy(() -> lab().queries(bantenCoach).find(Scope.region(RegionCode.parse("32.01")),
        InnovationFilter.all(), PageRequest.first(10))).isInstanceOf(OutsideScopeException.class);
  }

  @Test
  void checkAndAvailableSayWhatTheCommandWouldMeetAndStayInsideTheScope() {
    Actor tangerangAdmin = Actor.of("admin-tgr", "BAPPEDA", Role.LAB_ADMIN).in(TANGERANG);
    assertThat(lab().innovations().check(dinkes(), DISDIK_INNOVATOR, "drum-up-to-diagnose").codes())
        .startsWith("NOT_OWN_OPD");
    assertThat(lab().innovations().available(dinkes(), DISDIK_INNOVATOR))
        .isNotEmpty().allSatisfy(a -> assertThat(a.verdict().codes()).startsWith("NOT_OWN_OPD"));
    assertThat(lab().innovations().check(dinkes(), INNOVATOR, "drum-up-to-diagnose").codes())
        .doesNotContainAnyElementsOf(POLICY_CODES);
    assertThatThrownBy(() -> lab().innovations().check(dinkes(), tangerangAdmin, "drum-up-to-diagnose"))
        .isInstanceOf(OutsideScopeException.class);
    assertThatThrownBy(() -> lab().innovations().available(dinkes(), tangerangAdmin))
        .isInstanceOf(OutsideScopeException.class);
  }

  @Test
  void aMoveWithNoTransitionToItTellsAnOutsiderNothing() {
    CommandResult r = lab().innovations().advance(dinkes(), DISDIK_INNOVATOR, "DISPLAY", Options.none());
    assertThat(r.verdict().codes()).containsExactly("NOT_OWN_OPD");
    assertThat(r.state()).isNull();
  }

  @Test
  void anInnovatorCannotProposeWithoutAnOpdAndThenGiveItAnotherUnitsOpd() {
    InnovationRef mine = lab().innovations().propose(LEBAK, DISDIK_INNOVATOR,
        InnovationDetails.titled("Tanpa OPD dulu")).orThrow().ref();
    long v = version(mine);
    InnovationDetails toDinkes = lab().innovations().get(mine).details().withOpd(OpdCode.of("DINKES"));
    assertRefusedWith(lab().innovations().updateDetails(mine, DISDIK_INNOVATOR, toDinkes, Options.none()),
        "NOT_OWN_OPD", mine, v);
    InnovationDetails toDisdik = lab().innovations().get(mine).details().withOpd(OpdCode.of("DISDIK"));
    assertThat(lab().innovations().updateDetails(mine, DISDIK_INNOVATOR, toDisdik, Options.none()).accepted())
        .as("its own OPD, set once by an edit").isTrue();
  }

  @Test
  void anActorWithoutAScopeIsRefusedByTheServicesWithAClearReason() {
    Actor unscoped = Actor.of("asn-dinkes-017", "DINKES", Role.INNOVATOR);
    CommandResult r = lab().innovations().attachEvidence(dinkes(), unscoped, evidence("PHOTO", "e.jpg"), Options.none());
    assertRefusedWith(r, "ACTOR_WITHOUT_SCOPE", dinkes(), version(dinkes()));
    assertThat(r.verdict().describe(Locale.forLanguageTag("id"))).contains("asn-dinkes-017").contains("belum ditetapkan");
    assertThatThrownBy(() -> lab().queries(unscoped).find(Scope.region(LEBAK), InnovationFilter.all(),
        PageRequest.first(1))).isInstanceOf(OutsideScopeException.class);
  }

  // ------------------------------------------------------------------- the generated property

  /** The commands the property sends; each builds its call from an actor. */
  private enum Move {
    ATTACH, UPDATE_DETAILS, ADVANCE, APPROVE_AS_HEAD, HOLD, DROP, CHANGE_OPD, HAND_OVER
  }

  private static final List<OpdCode> OPDS = java.util.Arrays.asList(OpdCode.of("DINKES"), OpdCode.of("DISDIK"), null);
  private static final List<PersonId> PEOPLE = List.of(INNOVATOR.personId(), TEAM_MATE, CREDITED_OF_DISDIK,
      PersonId.of("asn-lain-77"));
  private static final List<Scope> SCOPES = java.util.Arrays.asList(Scope.region(LEBAK), Scope.region(TANGERANG),
      Scope.province(Province.BANTEN), Scope.province(Province.JAWA_BARAT), Scope.national(), null);

  /**
   * The oracle: the policy of README's Security section written as a table, independently of the
   * implementation. Returns the refusal code the policy must give, or {@code null} if it allows.
   */
  private static String oracle(Actor a, Move move, InnovationState s) {
    Scope scope = a.scope();
    if (scope == null) {
      return "ACTOR_WITHOUT_SCOPE";
    }
    if (!scope.includes(s.region())) {
      return "OUTSIDE_SCOPE";
    }
    if (scope.level() == Scope.Level.NATIONAL
        || scope.level() == Scope.Level.PROVINCE && !a.roles().contains(Role.LAB_ADMIN)) {
      return "SCOPE_READ_ONLY";
    }
    Set<Role> r = a.roles();
    if (r.contains(Role.COACH) || r.contains(Role.LAB_ADMIN) || r.contains(Role.REGIONAL_HEAD)) {
      return null;
    }
    OpdCode opd = s.details().opd();
    boolean sameOpd = a.opd() != null && a.opd().equals(opd);
    if (r.contains(Role.OPD_HEAD) && sameOpd) {
      return null;
    }
    boolean team = s.proposedBy().equals(a.personId()) || s.details().coInnovators().contains(a.personId());
    if (r.contains(Role.INNOVATOR) && sameOpd && team) {
      return null;
    }
    if (!r.contains(Role.INNOVATOR) && !r.contains(Role.OPD_HEAD)) {
      return "ROLE_NOT_PERMITTED";
    }
    return r.contains(Role.INNOVATOR) && sameOpd ? "NOT_INNOVATION_TEAM" : "NOT_OWN_OPD";
  }

  private Function<Actor, CommandResult> call(Move move, int n) {
    return a -> switch (move) {
      case ATTACH -> lab().innovations().attachEvidence(dinkes(), a, evidence("PHOTO", "p" + n + ".jpg"), Options.none());
      case UPDATE_DETAILS -> lab().innovations().updateDetails(dinkes(), a,
          lab().innovations().get(dinkes()).details().withText(InnovationDetails.PROBLEM, "Masalah ke-" + n), Options.none());
      case ADVANCE -> lab().innovations().advance(dinkes(), a, "DIAGNOSE", Options.none());
      case APPROVE_AS_HEAD -> lab().innovations().approve(dinkes(), a, Role.OPD_HEAD, null, Options.none());
      case HOLD -> lab().innovations().hold(dinkes(), a, "tunda " + n, Options.none());
      case DROP -> lab().innovations().drop(dinkes(), a, "henti " + n, Options.none());
      case CHANGE_OPD -> lab().innovations().changeOpd(dinkes(), a, OpdCode.of("DISHUB"), "pindah " + n, Options.none());
      case HAND_OVER -> lab().innovations().handOver(dinkes(), a, PEOPLE.get(n % PEOPLE.size()), null, "serah " + n,
          Options.none());
    };
  }

  @Test
  void randomActorsAndCommandsAreRefusedExactlyWhereThePolicyTableSays() {
    Role[] roles = Role.values();
    int[] counter = {0};
    int[] allowed = {0};
    int[] refused = {0};
    QuickTheory.qt().withExamples(policyExamples()).withShrinkCycles(0)
        .forAll(SourceDSL.integers().between(0, (1 << roles.length) - 1),
            SourceDSL.integers().between(0, OPDS.size() - 1),
            SourceDSL.integers().between(0, PEOPLE.size() - 1),
            SourceDSL.integers().between(0, SCOPES.size() * Move.values().length - 1))
        .checkAssert((roleBits, opd, person, scopeAndMove) -> {
          int scope = scopeAndMove / Move.values().length;
          int moveIndex = scopeAndMove % Move.values().length;
          Set<Role> held = EnumSet.noneOf(Role.class);
          for (int i = 0; i < roles.length; i++) {
            if ((roleBits & (1 << i)) != 0) {
              held.add(roles[i]);
            }
          }
          Actor a = new Actor(PEOPLE.get(person), OPDS.get(opd), held, SCOPES.get(scope));
          Move move = Move.values()[moveIndex];
          InnovationState before = lab().innovations().get(dinkes());
          String expected = oracle(a, move, before);
          CommandResult r = call(move, ++counter[0]).apply(a);
          InnovationState after = lab().innovations().get(dinkes());
          List<String> policyCodes = r.verdict().codes().stream()
              .filter(c -> POLICY_CODES.contains(c) || c.equals("ROLE_NOT_PERMITTED") && expected != null).toList();
          if (expected == null) {
            allowed[0]++;
            assertThat(policyCodes).as("%s %s by %s: the policy allows it", move, r.verdict().codes(), a).isEmpty();
          } else {
            refused[0]++;
            assertThat(r.accepted()).as("%s by %s", move, a).isFalse();
            assertThat(r.verdict().codes()).as("%s by %s", move, a).containsExactly(expected);
            assertThat(after.version()).as("nothing stored").isEqualTo(before.version());
          }
          if (after.status() != id.labinov.core.model.InnovationStatus.ACTIVE
              || !after.details().opd().equals(OpdCode.of("DINKES"))) {
            reset();
          }
          // reads follow the scope alone
          boolean readable = a.scope() != null && a.scope().includes(LEBAK);
          if (readable) {
            assertThat(lab().innovations().get(dinkes(), a).ref()).isEqualTo(dinkes());
          } else {
            assertThatThrownBy(() -> lab().innovations().get(dinkes(), a)).isInstanceOf(OutsideScopeException.class);
          }
        });
    // both outcomes must be exercised; about one example in eight is allowed, so with the 80 examples of a server
    // a bound of a tenth failed now and then by chance: one in forty keeps the check and makes a miss negligible
    assertThat(allowed[0]).as("examples the policy allowed").isGreaterThan(policyExamples() / 40);
    assertThat(refused[0]).as("examples the policy refused").isGreaterThan(policyExamples() / 10);
  }

  /** Brings the innovation back to an active DINKES innovation after a drop, hold or move. */
  private void reset() {
    InnovationState s = lab().innovations().get(dinkes());
    if (s.status() == id.labinov.core.model.InnovationStatus.DROPPED) {
      lab().innovations().reopen(dinkes(), ADMIN, "lanjut", Options.none()).orThrow();
    } else if (s.status() == id.labinov.core.model.InnovationStatus.ON_HOLD) {
      lab().innovations().resume(dinkes(), ADMIN, null, Options.none()).orThrow();
    }
    if (!lab().innovations().get(dinkes()).details().opd().equals(OpdCode.of("DINKES"))) {
      lab().innovations().changeOpd(dinkes(), ADMIN, OpdCode.of("DINKES"), "kembali", Options.none()).orThrow();
    }
  }
}
