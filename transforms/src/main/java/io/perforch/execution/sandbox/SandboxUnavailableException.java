package io.perforch.execution.sandbox;

/** The requested sandbox cannot work on this machine; the message says how to fix that, in one line. */
public class SandboxUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SandboxUnavailableException(String message) {
    super(message);
  }

  public SandboxUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
