package io.perforch.datasets.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {
  @Test
  void linesLongerThanTheReadBufferKeepTheirNumbers() throws Exception {
    String longLine = "é".repeat(100_000);
    byte[] text = ("first\r\n" + longLine + "\n\nlast").getBytes(StandardCharsets.UTF_8);

    Utf8Lines lines = new Utf8Lines("f.jsonl", new ByteArrayInputStream(text));
    List<String> read = new ArrayList<>();
    for (String line = lines.next(); line != null; line = lines.next()) {
      read.add(line);
    }

    assertThat(read).containsExactly("first", longLine, "", "last");
    assertThat(lines.number()).isEqualTo(4);
  }

  @Test
  void aByteThatIsNotUtf8FailsWithItsLineAndColumn() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(("x".repeat(70_000) + "\nok\n").getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {'a', 'b', (byte) 0xff, 'c', '\n'});
    Utf8Lines lines = new Utf8Lines("f.jsonl", new ByteArrayInputStream(bytes.toByteArray()));
    lines.next();
    lines.next();

    assertThatThrownBy(lines::next).isInstanceOf(DatasetFormatException.class)
        .hasMessage("f.jsonl:3: not UTF-8 text (byte 0xFF at column 3); save the file as UTF-8");
  }
}
