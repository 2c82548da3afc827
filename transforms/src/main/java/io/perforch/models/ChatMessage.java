package io.perforch.models;

import java.util.Objects;

/** One turn of a conversation; providers map the roles onto their own wire format. */
public record ChatMessage(Role role, String content) {
  public enum Role {
    SYSTEM,
    USER,
    ASSISTANT
  }

  public ChatMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }

  public static ChatMessage system(String content) {
    return new ChatMessage(Role.SYSTEM, content);
  }

  public static ChatMessage user(String content) {
    return new ChatMessage(Role.USER, content);
  }
}
