package id.labinov.core.contract;

import id.labinov.core.memory.InMemoryDirectory;
import id.labinov.core.port.DirectoryStore;

/** The directory contract on the in-memory directory. */
class InMemoryDirectoryContractTest extends DirectoryContract {
  private final InMemoryDirectory directory = new InMemoryDirectory();

  @Override
  protected DirectoryStore directory() {
    return directory;
  }
}
