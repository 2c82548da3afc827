package io.perforch.cli;

import picocli.CommandLine;

/** Reports the version Maven wrote into the jar manifest. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"perforch " + (version == null ? "(development build)" : version)};
  }
}
