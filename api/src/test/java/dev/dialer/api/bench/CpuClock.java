package dev.dialer.api.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent since a start, by this JVM (api, worker, test server and sim in the benchmarks)
 * and by every PostgreSQL process on the machine: on two shared cores, what a call costs in CPU
 * decides its rate more than anything that waits.
 *
 * @param jvmNanos this process's CPU time so far
 * @param postgresNanos the CPU time of the processes named {@code postgres}, their reaped children
 *     included; -1 where /proc cannot be read
 */
record CpuClock(long jvmNanos, long postgresNanos) {

  /** Linux reports /proc times in USER_HZ ticks, 100 a second on every architecture it runs. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  static CpuClock now() {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new CpuClock(os.getProcessCpuTime(), postgres());
  }

  /**
   * CPU seconds spent since this reading.
   *
   * @param postgres -1 where /proc cannot be read
   */
  record Spent(double jvm, double postgres) {

    double total() {
      return jvm + Math.max(0, postgres);
    }
  }

  Spent spent() {
    CpuClock end = now();
    double pg =
        postgresNanos < 0 || end.postgresNanos < 0 ? -1 : (end.postgresNanos - postgresNanos) / 1e9;
    return new Spent((end.jvmNanos - jvmNanos) / 1e9, pg);
  }

  private static long postgres() {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes
              .filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
              .mapToLong(CpuClock::postgresTicks)
              .sum()
          * NANOS_PER_TICK;
    } catch (IOException | UnsupportedOperationException e) {
      return -1;
    }
  }

  /** utime + stime + cutime + cstime of a postgres process, 0 for any other or one gone. */
  private static long postgresTicks(Path process) {
    try {
      String stat = Files.readString(process.resolve("stat"));
      int close = stat.lastIndexOf(')');
      if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
        return 0;
      }
      // After "pid (comm) ": state is field 3; utime, stime, cutime, cstime are fields 14-17.
      String[] fields = stat.substring(close + 2).split(" ");
      return Long.parseLong(fields[11])
          + Long.parseLong(fields[12])
          + Long.parseLong(fields[13])
          + Long.parseLong(fields[14]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
