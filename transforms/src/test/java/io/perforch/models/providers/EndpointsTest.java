package io.perforch.models.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class EndpointsTest {
  @Test
  void joinsWithExactlyOneSlash() {
    String expected = "https://api.openai.com/v1/chat/completions";

    assertThat(Endpoints.join(URI.create("https://api.openai.com/v1"), "chat/completions")).hasToString(expected);
    assertThat(Endpoints.join(URI.create("https://api.openai.com/v1/"), "chat/completions")).hasToString(expected);
    assertThat(Endpoints.join(URI.create("https://api.openai.com/v1//"), "/chat/completions")).hasToString(expected);
    assertThat(Endpoints.join(URI.create("https://api.anthropic.com"), "v1/messages"))
        .hasToString("https://api.anthropic.com/v1/messages");
  }

  @Test
  void rejectsEndpointsThatAreNotBaseUrls() {
    assertThatThrownBy(() -> Endpoints.join(URI.create("https://host/v1?key=1"), "x"))
        .hasMessageContaining("without ?query");
    assertThatThrownBy(() -> Endpoints.join(URI.create("ftp://host/v1"), "x"))
        .hasMessageContaining("http:// or https://");
  }
}
