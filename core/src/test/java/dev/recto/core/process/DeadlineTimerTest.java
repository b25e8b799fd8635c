package dev.recto.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeadlineTimerTest {

  @Test
  void firesOnceTheDeadlinePasses() throws InterruptedException {
    try (DeadlineTimer timer = new DeadlineTimer("test-timer")) {
      CountDownLatch ran = new CountDownLatch(1);
      Deadline deadline = Deadline.startingNow(Duration.ofMillis(20));
      try (DeadlineTimer.Alarm alarm = timer.arm(deadline, ran::countDown)) {
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(alarm.fired()).isTrue();
        assertThat(deadline.isExpired()).isTrue();
      }
    }
  }

  @Test
  void aClosedAlarmNeverFires() throws InterruptedException {
    try (DeadlineTimer timer = new DeadlineTimer("test-timer")) {
      AtomicInteger runs = new AtomicInteger();
      Deadline deadline = Deadline.startingNow(Duration.ofMillis(50));
      DeadlineTimer.Alarm alarm = timer.arm(deadline, runs::incrementAndGet);
      alarm.close();
      // a second alarm on the same deadline proves the deadline passed and the timer ran
      CountDownLatch later = new CountDownLatch(1);
      try (DeadlineTimer.Alarm witness = timer.arm(deadline, later::countDown)) {
        assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(alarm.fired()).isFalse();
      assertThat(runs).hasValue(0);
    }
  }

  @Test
  void armingAfterCloseIsRejected() {
    DeadlineTimer timer = new DeadlineTimer("test-timer");
    timer.close();
    assertThatThrownBy(() -> timer.arm(Deadline.startingNow(Duration.ofSeconds(1)), () -> {}))
        .isInstanceOf(RejectedExecutionException.class);
  }
}
