package id.labinov.core.architecture.planted;

/** Bad: core code touching java.io.File. */
class OpensFile {
  boolean exists(String name) {
    return new java.io.File(name).exists();
  }
}
