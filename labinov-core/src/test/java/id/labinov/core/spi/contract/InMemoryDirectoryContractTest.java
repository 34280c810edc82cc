package id.labinov.core.spi.contract;

import id.labinov.core.memory.InMemoryDirectory;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonId;
import id.labinov.core.spi.DirectoryStore;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;

/**
 * The directory contract on the in-memory directory; what it keeps for a person is read from its
 * private map, so the contract can show an erased name and number are gone from memory, not only
 * hidden.
 */
class InMemoryDirectoryContractTest extends DirectoryContract {
  private final InMemoryDirectory directory = new InMemoryDirectory();

  @Override
  protected DirectoryStore directory() {
    return directory;
  }

  @Override
  protected Optional<String> storedPersonRow(PersonId person) {
    try {
      Field people = InMemoryDirectory.class.getDeclaredField("people");
      people.setAccessible(true);
      Map<?, ?> held = (Map<?, ?>) people.get(directory);
      Object record = held.get(person);
      return Optional.of(person + " -> " + (record instanceof Person p
          ? p.id().value() + "," + p.name() + "," + p.identityNumber().value() : String.valueOf(record)));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("the in-memory directory keeps its people elsewhere", e);
    }
  }
}
