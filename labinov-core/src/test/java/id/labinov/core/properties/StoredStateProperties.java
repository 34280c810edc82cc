package id.labinov.core.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.Options;
import id.labinov.core.internal.codec.StoredDocuments;
import id.labinov.core.spi.contract.ContractData;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The state document: for the state after every step of a generated command sequence, reading the
 * written document gives an equal state, and writing that state gives the same document.
 */
class StoredStateProperties {

  @Test
  void everyStateOfAGeneratedSequenceReadsBackEqualFromItsDocument() {
    AtomicInteger withConditions = new AtomicInteger();
    AtomicInteger withPauses = new AtomicInteger();
    qt().withExamples(60).forAll(Steps.sequences(40)).describedAs(Steps::render).checkAssert(steps -> {
      FacadeRun run = new FacadeRun(ContractData.details());
      for (Step s : steps) {
        run.send(run.resolve(s), Options.none());
        InnovationState state = run.state();
        String document = StoredDocuments.stateToJson(state);

        assertThat(StoredDocuments.stateFromJson(document)).isEqualTo(state);
        assertThat(StoredDocuments.stateToJson(StoredDocuments.stateFromJson(document))).isEqualTo(document);
        assertThat(document).matches("[\\x20-\\x7e]*");
        if (!state.openConditions().isEmpty()) {
          withConditions.incrementAndGet();
        }
        if (state.visits().stream().anyMatch(v -> !v.pauses().isEmpty())) {
          withPauses.incrementAndGet();
        }
      }
    });
    assertThat(withConditions).as("states with open conditions were written").hasPositiveValue();
    assertThat(withPauses).as("states with hold periods were written").hasPositiveValue();
  }
}
