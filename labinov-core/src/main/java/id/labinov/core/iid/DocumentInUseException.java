package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.LabinovException;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A document in use cannot be deleted, only superseded: a claim links it, it is attached to an
 * innovation as gate evidence, or it is the document that replaced another (the old one's record
 * names it). Code {@code DOCUMENT_IN_USE}; the message names every use.
 */
@Beta
public class DocumentInUseException extends LabinovException {
  private static final long serialVersionUID = 1L;
  private final transient RegionCode region;
  /** The document's id. */
  private final String documentId;
  private final transient List<ClaimKey> claims;
  private final transient Set<InnovationId> attachedTo;
  private final transient Optional<String> replaced;

  /**
   * Creates the exception.
   *
   * @param region the region
   * @param documentId the document
   * @param claims the claims that link it, in any order
   * @param attachedTo the innovations it is attached to as gate evidence
   * @param replaced the document it replaced, if that one still names it
   */
  public DocumentInUseException(RegionCode region, String documentId, List<ClaimKey> claims,
      Set<InnovationId> attachedTo, Optional<String> replaced) {
    super("DOCUMENT_IN_USE", "error.iid.register.inUse", List.of(documentId, region.value(), describe(claims),
        describe(attachedTo), replaced.orElse("-")), null);
    this.region = region;
    this.documentId = documentId;
    this.claims = claims.stream().sorted((a, b) -> a.text().compareTo(b.text())).toList();
    this.attachedTo = Set.copyOf(attachedTo);
    this.replaced = replaced;
  }

  private static String describe(Iterable<?> items) {
    TreeSet<String> texts = new TreeSet<>();
    items.forEach(i -> texts.add(i.toString()));
    return texts.isEmpty() ? "-" : texts.stream().collect(Collectors.joining(", "));
  }

  /** {@return the region} */
  public RegionCode region() {
    return region;
  }

  /** {@return the document} */
  public String documentId() {
    return documentId;
  }

  /** {@return the claims that link it, by key text} */
  public List<ClaimKey> claims() {
    return claims;
  }

  /** {@return the innovations it is attached to as gate evidence} */
  public Set<InnovationId> attachedTo() {
    return attachedTo;
  }

  /** {@return the document it replaced, if that one still names it} */
  public Optional<String> replaced() {
    return replaced;
  }
}
