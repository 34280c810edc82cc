package id.labinov.core.architecture.planted;

import tools.jackson.core.JacksonException;

/** Bad: a public exception whose supertype is Jackson's, so callers must catch a Jackson type. */
public class ExtendsJackson extends JacksonException {
  private static final long serialVersionUID = 1L;

  ExtendsJackson() {
    super("planted");
  }
}
