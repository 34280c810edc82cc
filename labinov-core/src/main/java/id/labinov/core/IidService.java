package id.labinov.core;

import id.labinov.core.annotation.Beta;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.Options;
import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.iid.ChangeStamp;
import id.labinov.core.iid.ClaimResult;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentFilter;
import id.labinov.core.iid.DocumentInUseException;
import id.labinov.core.iid.DocumentSupersededException;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.FileRef;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.NoSuchDocumentException;
import id.labinov.core.iid.Preflight;
import id.labinov.core.iid.PreflightReport;
import id.labinov.core.iid.RecordedVerification;
import id.labinov.core.iid.RegisterChange;
import id.labinov.core.iid.RegisterRefusedException;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.iid.RegisteredDocument;
import id.labinov.core.iid.Verification;
import id.labinov.core.iid.VerificationAgreement;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import id.labinov.core.spi.ClaimVerificationStore;
import id.labinov.core.spi.EvidenceRegisterStore;
import id.labinov.core.rules.Severity;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import id.labinov.core.spi.InnovationStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * IID readiness on stored data: a region's evidence register (bukti dukung), its claims per
 * innovation or region and IID year, the pre-flight over them, and register documents attached to
 * innovations as 5D gate evidence. Obtained from {@link Labinov#iid()}; thread-safe.
 *
 * <p><b>Who may do what.</b> Every read takes an actor and stays inside its scope
 * ({@link OutsideScopeException} otherwise; nothing is read). Every change is authorised first
 * ({@link RegisterRefusedException} with every reason; nothing is written): the host's authorisation
 * for the region (by default the actor writes only in its own region, or as a province's lab
 * administrator in its regencies and cities), then the register's role rule — {@code LAB_ADMIN}
 * changes everything of the region; {@code OPD_HEAD} the documents and claims of their OPD's
 * innovations; {@code INNOVATOR} those of innovations they proposed or are on the team of; other roles
 * read. A document's innovations are those it backs ({@link EvidenceDocument#innovations()}); a
 * document or claim tied to no innovation is the lab administrator's.
 *
 * <p><b>Records.</b> Every change is stamped with the actor's person id and the lab's clock and kept in
 * the region's change log ({@link #changes}). Writes state the version the caller saw (0 for a new
 * claim); a stale one is an {@link id.labinov.core.iid.RegisterConflictException}.
 */
@Beta
public final class IidService {
  private static final String ADD = "add-document";
  private static final String SUPERSEDE = "supersede-document";
  private static final String DELETE = "delete-document";
  private static final String PUT_CLAIM = "put-claim";
  private static final String REMOVE_CLAIM = "remove-claim";
  private static final String VERIFY_CLAIM = "verify-claim";

  private final CommandPipeline pipeline;
  private final InnovationStore innovations;
  private final InnovationService commands;
  private final EvidenceRegisterStore register;
  private final RegisterPolicy policy;
  private final ClaimVerificationStore verifications;

  IidService(CommandPipeline pipeline, InnovationStore innovations, InnovationService commands,
      EvidenceRegisterStore register, ClaimVerificationStore verifications) {
    this.verifications = verifications;
    this.pipeline = pipeline;
    this.innovations = innovations;
    this.commands = commands;
    this.register = register;
    this.policy = new RegisterPolicy(pipeline, innovations);
  }

  private EvidenceRegisterStore store() {
    if (register == null) {
      throw new InvalidValueException("MISSING_SETTING", "evidenceRegisterStore", null,
          "error.setting.evidenceRegisterStore");
    }
    return register;
  }

  private ClaimVerificationStore verificationStore() {
    if (verifications == null) {
      throw new InvalidValueException("MISSING_SETTING", "claimVerificationStore", null,
          "error.setting.claimVerificationStore");
    }
    return verifications;
  }

  private ChangeStamp stamp(Actor actor) {
    return ChangeStamp.of(actor.personId(), pipeline.now());
  }

  /**
   * Adds a document to its region's register.
   *
   * @param actor who adds it
   * @param document the document
   * @return the document as registered (version 1)
   * @throws RegisterRefusedException if the actor may not
   * @throws id.labinov.core.iid.DocumentExistsException if the id is taken in the region
   */
  public RegisteredDocument addDocument(Actor actor, EvidenceDocument document) {
    Checks.notNull(actor, "actor");
    Checks.notNull(document, "document");
    policy.allow(actor, document.region(), ADD, document.innovations());
    return store().add(document, stamp(actor));
  }

  /**
   * Supersedes a document with a new one (a corrected or renewed decree, a clearer photo). The actor
   * must be allowed on both: the innovations the old one backs and those the new one backs.
   *
   * @param actor who supersedes it
   * @param region the region
   * @param oldId the document replaced
   * @param expectedVersion the old document's version the caller saw
   * @param replacement the new document
   * @param reason why, shown in the change log; {@code null} for none
   * @return the new document as registered
   * @throws OutsideScopeException if the region is outside the actor's scope (before anything is read)
   * @throws NoSuchDocumentException if the old document does not exist
   * @throws RegisterRefusedException if the actor may not
   * @throws DocumentSupersededException if it was already superseded
   * @throws id.labinov.core.iid.RegisterConflictException if the version is stale
   */
  public RegisteredDocument supersedeDocument(Actor actor, RegionCode region, String oldId, long expectedVersion,
      EvidenceDocument replacement, String reason) {
    Checks.notNull(replacement, "replacement");
    RegisteredDocument old = existing(actor, region, oldId);
    Set<InnovationId> touched = new HashSet<>(old.document().innovations());
    touched.addAll(replacement.innovations());
    policy.allow(actor, region, SUPERSEDE, touched);
    return store().supersede(region, oldId, expectedVersion, replacement, stamp(actor).withNote(reason));
  }

  /**
   * Deletes a document that is not in use. Besides the register's own uses (claims, attachments, a
   * superseded document naming it), a document is in use while an innovation it backs or is attached
   * to holds gate evidence with the same file (same SHA-256), however that evidence was attached.
   *
   * @param actor who deletes it
   * @param region the region
   * @param documentId the document
   * @param expectedVersion the version the caller saw
   * @throws OutsideScopeException if the region is outside the actor's scope (before anything is read)
   * @throws NoSuchDocumentException if it does not exist
   * @throws RegisterRefusedException if the actor may not
   * @throws DocumentInUseException if it is in use, naming every use
   * @throws id.labinov.core.iid.RegisterConflictException if the version is stale
   */
  public void deleteDocument(Actor actor, RegionCode region, String documentId, long expectedVersion) {
    RegisteredDocument doc = existing(actor, region, documentId);
    policy.allow(actor, region, DELETE, doc.document().innovations());
    Set<InnovationId> heldAsEvidence = heldAsGateEvidence(doc);
    if (!heldAsEvidence.isEmpty()) {
      heldAsEvidence.addAll(doc.attachedTo());
      throw new DocumentInUseException(region, documentId, List.of(), heldAsEvidence, Optional.empty());
    }
    store().delete(region, documentId, expectedVersion, stamp(actor));
  }

  /**
   * The innovations the document backs, not attached through the register, that hold its file as
   * gate evidence: evidence attached with {@link InnovationService#attachEvidence} directly.
   */
  private Set<InnovationId> heldAsGateEvidence(RegisteredDocument doc) {
    Set<InnovationId> uses = new TreeSet<>();
    Optional<FileRef> file = doc.document().file();
    if (file.isEmpty()) {
      return uses;
    }
    for (InnovationId id : doc.document().innovations()) {
      if (!doc.attachedTo().contains(id) && innovations.load(new InnovationRef(doc.region(), id))
          .map(s -> s.evidence().stream().anyMatch(e -> e.sha256().equals(file.get().sha256()))).orElse(false)) {
        uses.add(id);
      }
    }
    return uses;
  }

  /**
   * Attaches a register document to an innovation as 5D gate evidence, through the innovation
   * command path (authorised, version-checked, idempotent, recorded like any attachment): the
   * evidence is the document's file — one file, one hash — so the lab's gate evidence and the index's
   * evidence are the same record. The register notes the attachment, so the document cannot be
   * deleted while attached; a refused or failed command leaves no such note.
   *
   * @param actor who attaches it
   * @param ref the innovation
   * @param documentId the register document, of the innovation's region
   * @param kind what the evidence shows for the gate, e.g. {@code ACTION_PLAN}
   * @param options idempotency key and expected version of the innovation
   * @return the command's result (refused with every reason, or accepted)
   * @throws OutsideScopeException if the innovation's region is outside the actor's scope
   * @throws NoSuchDocumentException if the document does not exist
   * @throws DocumentSupersededException if it was superseded
   * @throws InvalidValueException with code {@code DOCUMENT_WITHOUT_FILE} if it has no file reference
   * @throws NoSuchInnovationException if the innovation does not exist
   */
  public CommandResult attachAsGateEvidence(Actor actor, InnovationRef ref, String documentId, EvidenceKind kind,
      Options options) {
    Checks.notNull(ref, "ref");
    Checks.notNull(kind, "kind");
    Checks.notNull(options, "options");
    RegisteredDocument doc = existing(actor, ref.region(), documentId);
    doc.supersededBy().ifPresent(by -> {
      throw new DocumentSupersededException(ref.region(), doc.id(), by);
    });
    FileRef file = doc.document().file().orElseThrow(() -> new InvalidValueException("DOCUMENT_WITHOUT_FILE",
        "documentId", doc.id(), "error.iid.register.noFile"));
    EvidenceRef evidence = new EvidenceRef(kind, file.uri(), file.sha256(), file.mediaType(), file.size());
    InnovationState state = innovations.load(ref).orElseThrow(() -> new NoSuchInnovationException(ref));
    if (!pipeline.authoriseOwner(actor, state, "attach-evidence").isEmpty()) {
      return commands.attachEvidence(ref, actor, evidence, options); // refused and recorded there
    }
    boolean noted = store().attach(ref.region(), doc.id(), ref.id(), stamp(actor));
    CommandResult result;
    try {
      result = commands.attachEvidence(ref, actor, evidence, options);
    } catch (RuntimeException e) {
      if (noted) {
        store().detach(ref.region(), doc.id(), ref.id(), stamp(actor));
      }
      throw e;
    }
    if (noted && !result.accepted()) {
      store().detach(ref.region(), doc.id(), ref.id(), stamp(actor));
    }
    return result;
  }

  /**
   * Finds a document, as an actor may read it.
   *
   * @param actor who reads
   * @param region the region
   * @param documentId the document
   * @return the document, or empty
   * @throws OutsideScopeException if the region is outside the actor's scope
   */
  public Optional<RegisteredDocument> findDocument(Actor actor, RegionCode region, String documentId) {
    return store().find(Readers.region(actor, region), Checks.notBlank(documentId, "documentId"));
  }

  private RegisteredDocument existing(Actor actor, RegionCode region, String documentId) {
    return findDocument(actor, region, documentId).orElseThrow(() -> new NoSuchDocumentException(region, documentId));
  }

  /**
   * Lists a region's documents, by date then id.
   *
   * @param actor who reads
   * @param region the region
   * @param filter which documents, e.g. {@code DocumentFilter.active().withInnovation(id)}
   * @return the documents
   * @throws OutsideScopeException if the region is outside the actor's scope
   */
  public List<RegisteredDocument> documents(Actor actor, RegionCode region, DocumentFilter filter) {
    return store().list(Readers.region(actor, region), Checks.notNull(filter, "filter"));
  }

  /**
   * Puts a claim, new or replacing the one with the same key; its linked documents must be in the
   * region's register.
   *
   * @param actor who claims
   * @param claim the claim
   * @param expectedVersion the stored claim's version the caller saw, 0 for a new claim
   * @return the claim as registered
   * @throws RegisterRefusedException if the actor may not
   * @throws id.labinov.core.iid.RegisterConflictException if the version is stale
   * @throws NoSuchDocumentException if a linked document is not in the register
   * @throws NoSuchInnovationException if the claim's innovation does not exist (checked for
   *     actors whose right depends on it)
   * @throws InvalidValueException for an innovation claim the shipped IID innovation scheme cannot
   *     read: code {@code UNKNOWN_INDICATOR} for an indicator it lacks, {@code LEVEL_ABOVE_SCHEME} for a
   *     level above the indicator's highest (nothing is written)
   */
  public RegisteredClaim putClaim(Actor actor, IndicatorClaim claim, long expectedVersion) {
    Checks.notNull(actor, "actor");
    Checks.notNull(claim, "claim");
    if (claim.innovation().isPresent()) {
      // an innovation claim must fit the shipped indicator scheme, or no pre-flight or report could read it
      Preflight.iidInnovationIndicators().run(claim.year(), List.of(claim), List.of());
    }
    policy.allow(actor, claim.region(), PUT_CLAIM, claim.innovation().map(Set::of).orElse(Set.of()));
    return store().putClaim(claim, expectedVersion, stamp(actor));
  }

  /**
   * Removes a claim.
   *
   * @param actor who removes it
   * @param key the claim's key
   * @param expectedVersion the version the caller saw
   * @throws RegisterRefusedException if the actor may not
   * @throws id.labinov.core.iid.RegisterConflictException if the version is stale or the claim gone
   */
  public void removeClaim(Actor actor, ClaimKey key, long expectedVersion) {
    Checks.notNull(actor, "actor");
    Checks.notNull(key, "key");
    policy.allow(actor, key.region(), REMOVE_CLAIM, key.innovation().map(Set::of).orElse(Set.of()));
    store().removeClaim(key, expectedVersion, stamp(actor));
  }

  /**
   * Lists a region's claims of an IID year: region-level first, then by innovation and indicator.
   *
   * @param actor who reads
   * @param region the region
   * @param year the IID year
   * @return the claims
   * @throws OutsideScopeException if the region is outside the actor's scope
   */
  public List<RegisteredClaim> claims(Actor actor, RegionCode region, int year) {
    return store().claims(Readers.region(actor, region), year);
  }

  /**
   * Lists one subject's claims of an IID year, by indicator.
   *
   * @param actor who reads
   * @param region the region
   * @param innovation the innovation, or empty for the region-level claims
   * @param year the IID year
   * @return the claims
   * @throws OutsideScopeException if the region is outside the actor's scope
   */
  public List<RegisteredClaim> claims(Actor actor, RegionCode region, Optional<InnovationId> innovation, int year) {
    return store().claims(Readers.region(actor, region), Checks.notNull(innovation, "innovation"), year);
  }

  /**
   * Lists the region's change log, oldest first.
   *
   * @param actor who reads
   * @param region the region
   * @param afterSequence entries after this sequence; 0 for the start
   * @param limit the most entries, 1 to 1000
   * @return the entries
   * @throws OutsideScopeException if the region is outside the actor's scope
   */
  public List<RegisterChange> changes(Actor actor, RegionCode region, long afterSequence, int limit) {
    return store().changes(Readers.region(actor, region), afterSequence, limit);
  }

  /**
   * Runs the pre-flight of the IID innovation indicators ({@link Preflight#iidInnovationIndicators()})
   * on an innovation's stored claims of a year and the documents they link.
   *
   * @param actor who reads
   * @param region the region
   * @param year the IID year
   * @param innovation the innovation
   * @return the report
   * @throws OutsideScopeException if the region is outside the actor's scope
   */
  public PreflightReport preflight(Actor actor, RegionCode region, int year, InnovationId innovation) {
    return preflight(actor, region, year, Optional.of(Checks.notNull(innovation, "innovation")),
        Preflight.iidInnovationIndicators());
  }

  /**
   * Runs a pre-flight (e.g. one of a region-level scheme) on one subject's stored claims of a year and
   * the documents they link, superseded ones included: a claim is checked against what it links.
   *
   * @param actor who reads
   * @param region the region
   * @param year the IID year
   * @param innovation the innovation, or empty for the region-level claims
   * @param preflight the scheme and evidence rules to check against
   * @return the report
   * @throws OutsideScopeException if the region is outside the actor's scope
   * @throws InvalidValueException as {@link Preflight#run} for a claim the scheme does not know
   */
  public PreflightReport preflight(Actor actor, RegionCode region, int year, Optional<InnovationId> innovation,
      Preflight preflight) {
    Checks.notNull(preflight, "preflight");
    List<IndicatorClaim> claims = claims(actor, region, innovation, year).stream().map(RegisteredClaim::claim)
        .toList();
    return preflightOf(region, year, claims, preflight);
  }

  /** Runs a pre-flight on given claims with the documents they link (superseded ones included). */
  PreflightReport preflightOf(RegionCode region, int year, List<IndicatorClaim> claims, Preflight preflight) {
    Set<String> linked = new LinkedHashSet<>();
    claims.forEach(c -> linked.addAll(c.documentIds()));
    List<EvidenceDocument> documents = new ArrayList<>();
    for (String id : linked) {
      store().find(region, id).ifPresent(d -> documents.add(d.document()));
    }
    return preflight.run(year, claims, documents);
  }

  /**
   * Records a verifier's decision on a claim (verifikasi) in the region's verification stream. Beside
   * the decision it keeps the claim's level and version and the level the pre-flight supports at this
   * moment, on the stored claims and documents, so the agreement between pre-flight and verifier is
   * measured ({@link #agreement}). Only a {@code VERIFIER} records decisions, in a region the host's
   * authorisation lets them act in; a verifier changes nothing in the register.
   *
   * @param actor the verifier
   * @param key the claim verified
   * @param verifiedLevel the level accepted, 0 (nothing accepted) up to the claimed level
   * @param note the reason, 1-2000 characters
   * @param expectedVersion the latest version of this claim's decisions the caller saw; 0 for the first
   * @return the decision as recorded
   * @throws RegisterRefusedException if the actor may not verify there (nothing is written)
   * @throws InvalidValueException with code {@code NO_SUCH_CLAIM} if the claim does not exist,
   *     {@code VERIFIED_ABOVE_CLAIM} for a level above the claimed one, {@code OUT_OF_RANGE} for a
   *     negative level, {@code REQUIRED} for a blank note, {@code MISSING_SETTING} without a
   *     verification store
   * @throws id.labinov.core.iid.RegisterConflictException if the version is stale
   */
  public RecordedVerification verifyClaim(Actor actor, ClaimKey key, int verifiedLevel, String note,
      long expectedVersion) {
    Checks.notNull(actor, "actor");
    Checks.notNull(key, "key");
    ClaimVerificationStore target = verificationStore();
    Verdict denied = pipeline.authoriseRegion(actor, key.region(), VERIFY_CLAIM);
    if (denied != null) {
      throw new RegisterRefusedException(denied);
    }
    if (!actor.has(Role.VERIFIER)) {
      throw new RegisterRefusedException(new Verdict(VERIFY_CLAIM, List.of(new Violation("ROLE_NOT_PERMITTED",
          Severity.MUST, "authorisation", "violation.register.verifier", List.of())), List.of()));
    }
    RegisteredClaim claim = store().findClaim(key).orElseThrow(() -> new InvalidValueException("NO_SUCH_CLAIM",
        "key", key.text(), "error.iid.verification.noClaim", key.text(), key.region().value()));
    OptionalInt predicted = OptionalInt.empty();
    if (key.innovation().isPresent()) {
      Preflight shipped = Preflight.iidInnovationIndicators();
      PreflightReport report = preflight(actor, key.region(), key.year(), key.innovation(), shipped);
      for (ClaimResult result : report.results()) {
        if (result.claim().indicator().equals(key.indicator())) {
          predicted = OptionalInt.of(result.supportedLevel());
        }
      }
    }
    Verification decision = new Verification(key, verifiedLevel, note, claim.version(), claim.claim().claimedLevel(),
        predicted, actor.personId(), pipeline.now());
    return target.record(decision, expectedVersion);
  }

  /**
   * The latest decision on each verified claim of a region's IID year.
   *
   * @param actor who reads
   * @param region the region
   * @param year the IID year
   * @return one decision per verified claim, region-level first, then by innovation and indicator
   * @throws OutsideScopeException if the region is outside the actor's scope
   */
  public List<RecordedVerification> verifications(Actor actor, RegionCode region, int year) {
    return verificationStore().latest(Readers.region(actor, region), year);
  }

  /**
   * The region's verification stream, revised decisions included, oldest first.
   *
   * @param actor who reads
   * @param region the region
   * @param afterSequence decisions after this sequence; 0 for the start
   * @param limit the most decisions, 1 to 1000
   * @return the decisions
   * @throws OutsideScopeException if the region is outside the actor's scope
   */
  public List<RecordedVerification> verificationLog(Actor actor, RegionCode region, long afterSequence, int limit) {
    return verificationStore().log(Readers.region(actor, region), afterSequence, limit);
  }

  /**
   * How often the pre-flight predicted the verifier's level in a region's IID year, per indicator and
   * overall ({@link VerificationAgreement} defines the figure).
   *
   * @param actor who reads
   * @param region the region
   * @param year the IID year
   * @return the agreement over the latest decision on each claim
   * @throws OutsideScopeException if the region is outside the actor's scope
   */
  public VerificationAgreement agreement(Actor actor, RegionCode region, int year) {
    return VerificationAgreement.of(verifications(actor, region, year));
  }
}
