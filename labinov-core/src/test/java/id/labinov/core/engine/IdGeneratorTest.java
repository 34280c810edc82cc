package id.labinov.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.model.InnovationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {
  private static final Instant AT = Instant.parse("2024-05-01T02:03:04.567Z");

  @Test
  void aSeededGeneratorRepeatsItsIdsForTheSameSeedAndDiffersForAnother() {
    List<UUID> first = draw(IdGenerator.seeded(36_02), 50);
    List<UUID> again = draw(IdGenerator.seeded(36_02), 50);
    List<UUID> other = draw(IdGenerator.seeded(36_03), 50);

    assertThat(again).isEqualTo(first);
    assertThat(other).doesNotContainAnyElementsOf(first);
    assertThat(new HashSet<>(first)).hasSize(50);
  }

  @Test
  void seededIdsAreVersion7WithTheTimeInFront() {
    IdGenerator ids = IdGenerator.seeded(7);
    InnovationId id = ids.newInnovationId(AT);
    UUID event = ids.newEventId(AT.plusMillis(5));

    assertThat(id.value().version()).isEqualTo(7);
    assertThat(id.value().variant()).isEqualTo(2);
    assertThat(id.timestamp()).isEqualTo(AT);
    assertThat(event.version()).isEqualTo(7);
    assertThat(new InnovationId(event).timestamp()).isEqualTo(AT.plusMillis(5));
    assertThat(new InnovationId(event)).isGreaterThan(id);
  }

  @Test
  void seededIdsUseAllRandomBits() {
    // 74 random bits per id: over 4,000 ids every one of them must have been 0 and 1 at least once
    IdGenerator ids = IdGenerator.seeded(0);
    long msbOnes = 0;
    long msbZeros = 0;
    long lsbOnes = 0;
    long lsbZeros = 0;
    for (int i = 0; i < 4_000; i++) {
      UUID u = ids.newEventId(AT);
      msbOnes |= u.getMostSignificantBits();
      msbZeros |= ~u.getMostSignificantBits();
      lsbOnes |= u.getLeastSignificantBits();
      lsbZeros |= ~u.getLeastSignificantBits();
    }
    assertThat(msbOnes & msbZeros & 0x0FFFL).as("the 12 random bits after the version").isEqualTo(0x0FFFL);
    assertThat(lsbOnes & lsbZeros & 0x3FFFFFFFFFFFFFFFL).as("the 62 random bits after the variant")
        .isEqualTo(0x3FFFFFFFFFFFFFFFL);
  }

  @Test
  void threadsSharingASeededGeneratorNeverGetTheSameId() throws InterruptedException {
    IdGenerator ids = IdGenerator.seeded(11);
    Set<UUID> seen = ConcurrentHashMap.newKeySet();
    int threads = 4;
    int each = 5_000;
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread thread = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        for (int i = 0; i < each; i++) {
          seen.add(ids.newEventId(AT));
        }
      });
      thread.start();
      running.add(thread);
    }
    start.countDown();
    for (Thread thread : running) {
      thread.join();
    }

    assertThat(seen).hasSize(threads * each);
    // the same 20,000 ids as one thread drawing them, in some order
    assertThat(seen).containsExactlyInAnyOrderElementsOf(draw(IdGenerator.seeded(11), threads * each));
  }

  @Test
  void aTimeOutsideTheIdsRangeIsRefusedByName() {
    assertThatThrownBy(() -> IdGenerator.seeded(1).newInnovationId(Instant.parse("1969-12-31T23:59:59Z")))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "INVALID_INNOVATION_ID");
  }

  private static List<UUID> draw(IdGenerator ids, int n) {
    List<UUID> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(ids.newEventId(AT));
    }
    return out;
  }
}
