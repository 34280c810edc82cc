package id.labinov.core.rules;


import id.labinov.core.error.LabinovException;
import id.labinov.core.spi.RulebookStore;
import java.util.List;

/**
 * The rulebook an innovation is pinned to is not in the rulebook store. Code
 * {@code UNKNOWN_RULEBOOK}: store it with {@link RulebookStore#save} (or register it on the facade).
 */
public class UnknownRulebookException extends LabinovException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reference {@code id@version}
   * @param region the region, as text
   */
  public UnknownRulebookException(String reference, String region) {
    super("UNKNOWN_RULEBOOK", "error.unknownRulebook", List.of(reference, region), null);
  }
}
