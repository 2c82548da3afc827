package io.perforch.models.providers;

/** A 2xx body that is not the documented answer format; the message says what is missing. */
final class MalformedReplyException extends Exception {
  MalformedReplyException(String message) {
    super(message);
  }
}
