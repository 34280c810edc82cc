package id.labinov.portal.web;

import java.util.List;

/**
 * A page asked for something that is not there (an innovation id that is malformed or unknown in the
 * portal's region, the portal's programme missing): answered with a readable 404 page whose sentence
 * names what is missing in words ({@code not-found.*} in the pages' bundle), never a stack trace.
 */
public final class PageNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final transient List<Object> arguments;

  private PageNotFoundException(String key, Object... arguments) {
    super("not found: " + key + " " + List.of(arguments));
    this.key = key;
    this.arguments = List.of(arguments);
  }

  /**
   * An innovation the link names is not there.
   *
   * @param id the id as given in the link (shown to the person)
   * @return the exception
   */
  public static PageNotFoundException innovation(String id) {
    return new PageNotFoundException("not-found.innovation", id);
  }

  /**
   * The lab programme the portal runs ({@code labinov.portal.programme}) is not recorded.
   *
   * @param id the programme's id
   * @return the exception
   */
  public static PageNotFoundException programme(String id) {
    return new PageNotFoundException("not-found.programme", id);
  }

  /** {@return the message key of the sentence saying what is missing, in the pages' bundle} */
  public String key() {
    return key;
  }

  /** {@return the values of the sentence's arguments} */
  public Object[] arguments() {
    return arguments.toArray();
  }
}
