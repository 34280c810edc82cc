package id.labinov.portal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.Labinov;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.RegionCode;
import id.labinov.persistence.jdbc.JdbcStorage;
import id.labinov.portal.security.PortalUser;
import id.labinov.portal.security.PortalUsers;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * labinov inside Spring's transactions, on one database: the application's own write
 * ({@code portal_activity}) and labinov's append commit together and roll back together, whichever
 * side fails; outside a Spring transaction labinov commits on its own. Run against H2, PostgreSQL and
 * MariaDB by the subclasses.
 */
abstract class SpringTransactionsContract {
  @Autowired LabActions actions;
  @Autowired Labinov labinov;
  @Autowired JdbcStorage storage;
  @Autowired PortalUsers users;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegionCode region;

  private PortalUser innovator() {
    return users.loadUserByUsername("inovator");
  }

  private long activityOf(InnovationRef ref) {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM portal_activity WHERE innovation_id = ?", Long.class,
        ref.id().toString());
    return n == null ? 0 : n;
  }

  private CommandResult propose(String title) {
    PortalUser user = innovator();
    return actions.run(user, "propose", lab -> lab.innovations().propose(region, user.actor(),
        InnovationDetails.titled(title).withOpd(user.actor().opd())));
  }

  @Test
  void whatTheApplicationCommitsHoldsBothLabinovsEventsAndItsOwnRow() {
    InnovationRef ref = transactions.execute(status -> {
      CommandResult proposed = propose("Layanan Antar Buku Desa");
      assertThat(proposed.accepted()).isTrue();
      assertThat(storage.innovationStore().load(proposed.ref())).as("visible inside the transaction").isPresent();
      return proposed.ref();
    });

    assertThat(labinov.innovations().find(ref)).isPresent();
    assertThat(labinov.innovations().history(ref)).hasSize(1);
    assertThat(activityOf(ref)).isEqualTo(1);
  }

  @Test
  void whenTheApplicationRollsBackLabinovsAppendIsGoneToo() {
    AtomicReference<InnovationRef> ref = new AtomicReference<>();
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
      ref.set(propose("Pojok Baca Kecamatan").ref());
      throw new IllegalStateException("the application's next step failed");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(ref.get()).isNotNull();
    assertThat(labinov.innovations().find(ref.get())).isEmpty();
    assertThat(storage.innovationStore().history(ref.get())).isEmpty();
    assertThat(activityOf(ref.get())).isZero();
  }

  @Test
  void whenTheApplicationsOwnWriteFailsAfterLabinovsAppendBothRollBack() {
    AtomicReference<InnovationRef> ref = new AtomicReference<>();
    PortalUser user = innovator();
    // "action" holds at most 40 characters: the portal's own insert fails after labinov has appended.
    assertThatThrownBy(() -> actions.run(user, "x".repeat(41), lab -> {
      CommandResult r = lab.innovations().propose(region, user.actor(),
          InnovationDetails.titled("Perpustakaan Digital Sekolah").withOpd(user.actor().opd()));
      ref.set(r.ref());
      return r;
    })).isInstanceOf(DataIntegrityViolationException.class);

    assertThat(ref.get()).isNotNull();
    assertThat(labinov.innovations().find(ref.get())).isEmpty();
    assertThat(activityOf(ref.get())).isZero();
  }

  @Test
  void aCommandInsideARolledBackTransactionAfterACommittedOneLeavesTheFirst() {
    InnovationRef kept = transactions.execute(status -> propose("Taman Baca Masyarakat").ref());
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
      PortalUser user = innovator();
      actions.run(user, "attach-evidence", lab -> lab.innovations().updateDetails(kept, user.actor(),
          InnovationDetails.titled("Taman Baca Masyarakat (diubah)").withOpd(user.actor().opd()), Options.none()));
      assertThat(labinov.innovations().find(kept).orElseThrow().version()).as("inside").isEqualTo(2);
      status.setRollbackOnly();
      throw new IllegalStateException("undo");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(labinov.innovations().find(kept).orElseThrow().version()).isEqualTo(1);
    assertThat(activityOf(kept)).isEqualTo(1);
  }

  @Test
  void outsideASpringTransactionLabinovCommitsOnItsOwn() {
    PortalUser user = innovator();
    InnovationRef ref = labinov.innovations().propose(region, user.actor(),
        InnovationDetails.titled("Sudut Literasi Pasar").withOpd(user.actor().opd())).orThrow().ref();

    assertThat(storage.innovationStore().load(ref)).isPresent();
    assertThat(activityOf(ref)).isZero();
  }
}
