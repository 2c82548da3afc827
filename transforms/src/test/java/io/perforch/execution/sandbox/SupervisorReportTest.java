package io.perforch.execution.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupervisorReportTest {

  @Test
  void parsesAllFieldsWithAFreeTextErrorLast() {
    String line =
        "exit=-1 signal=9 killed_by=wall wall_ns=1000 user_ns=20 sys_ns=30 maxrss_kb=4 peak_rss=4096"
            + " mean_rss=2048 peak_vm=8192 peak_tasks=3 samples=7 error=exec failed: No such file\n";

    SupervisorReport report = SupervisorReport.parse(line).orElseThrow();

    assertThat(report.exitCode()).isEqualTo(-1);
    assertThat(report.signal()).isEqualTo(9);
    assertThat(report.killedBy("wall")).isTrue();
    assertThat(report.wallNanos()).isEqualTo(1000);
    assertThat(report.userNanos()).isEqualTo(20);
    assertThat(report.sysNanos()).isEqualTo(30);
    assertThat(report.peakRssBytes()).isEqualTo(4096);
    assertThat(report.meanRssBytes()).isEqualTo(2048);
    assertThat(report.peakVmBytes()).isEqualTo(8192);
    assertThat(report.peakTasks()).isEqualTo(3);
    assertThat(report.error()).isEqualTo("exec failed: No such file");
  }

  @Test
  void rejectsTruncatedOrGarbledReports() {
    assertThat(SupervisorReport.parse("")).isEmpty();
    assertThat(SupervisorReport.parse("exit=0 signal=0")).isEmpty();
    assertThat(SupervisorReport.parse("exit=x signal=0 error=")).isEmpty();
  }
}
