package io.perforch.cli;

import io.perforch.orchestration.RoutePlanner;
import io.perforch.profiling.io.RunFiles;
import io.perforch.profiling.io.RunLayout;
import io.perforch.routing.RouteTable;
import io.perforch.routing.RouteTableFiles;
import java.io.IOException;

/** The routes/ folder of an orchestrated run: the tables used, so a reader can see why each task went where. */
final class RoutesFiles {
  private RoutesFiles() {}

  static void write(String runDir, RoutePlanner.Plan<RouteTable> plan) throws IOException {
    RunFiles.writeText(RunFiles.resolve(runDir, RunLayout.ROUTES_CSV), RouteTableFiles.toCsv(plan.tables()));
    RunFiles.writeText(RunFiles.resolve(runDir, RunLayout.ROUTES_JSON), RouteTableFiles.toJson(plan.tables()));
  }
}
