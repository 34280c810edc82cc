package id.labinov.core.spi.contract;

import id.labinov.core.memory.InMemoryDirectory;
import id.labinov.core.spi.DirectoryStore;

/** The directory contract on the in-memory directory. */
class InMemoryDirectoryContractTest extends DirectoryContract {
  private final InMemoryDirectory directory = new InMemoryDirectory();

  @Override
  protected DirectoryStore directory() {
    return directory;
  }
}
