package id.labinov.portal.web;

/**
 * A page asked for something that is not there (an innovation id that is malformed or unknown in the
 * portal's region): answered with a readable 404 page, never a stack trace.
 */
public final class PageNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String what;

  /**
   * Creates the exception.
   *
   * @param what what was asked for, as given (shown to the person)
   */
  public PageNotFoundException(String what) {
    super("not found: " + what);
    this.what = what;
  }

  /** {@return what was asked for, as given} */
  public String what() {
    return what;
  }
}
