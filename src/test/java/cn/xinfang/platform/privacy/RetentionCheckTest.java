package cn.xinfang.platform.privacy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A retention period configured apart from the petition process's time to live stops the start. */
class RetentionCheckTest {

  private final CaseFileRetention retention = mock(CaseFileRetention.class);

  @Test
  void aConfiguredPeriodThatDiffersFromThePetitionsTimeToLiveStopsTheStart() {
    when(retention.processDays()).thenReturn(Optional.of(1825));

    assertThatThrownBy(() -> check(30).run(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("30 天")
        .hasMessageContaining("1825 天");
  }

  @Test
  void theSamePeriodOrNoneStarts() {
    when(retention.processDays()).thenReturn(Optional.of(1825));
    when(retention.latest(org.mockito.ArgumentMatchers.anyString())).thenReturn(Optional.empty());

    assertThatCode(() -> check(1825).run(null)).doesNotThrowAnyException();
    assertThatCode(() -> check(null).run(null)).doesNotThrowAnyException();
  }

  private RetentionCheck check(Integer days) {
    return new RetentionCheck(retention, new RetentionSettings(days));
  }
}
