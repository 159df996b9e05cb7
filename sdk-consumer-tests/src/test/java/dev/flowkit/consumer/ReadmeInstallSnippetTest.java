package dev.flowkit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's install snippets are exactly what the consumer projects use. */
class ReadmeInstallSnippetTest {
  private static final String VERSION = System.getProperty("project.version");
  private static final Path README = Paths.get("..", "README.md");

  @Test
  void mavenSnippetIsTheOneDependencyProjectsOnlyDependency() throws IOException {
    List<String> xml = fencedBlocks(installSection(), "xml");
    String pom = read(Paths.get("src/it/one-dependency/pom.xml")).replace("@project.version@", VERSION);
    String dependencies = between(pom, "<dependencies>", "</dependencies>");
    assertEquals(1, count(dependencies, "<dependency>"), "the consumer must have exactly one dependency");
    assertEquals(squash(xml.get(0)), squash(dependencies));
  }

  @Test
  void referenceServerSnippetIsWhatTheTestingProjectAdds() throws IOException {
    List<String> xml = fencedBlocks(installSection(), "xml");
    String pom = read(Paths.get("src/it/with-reference-server/pom.xml")).replace("@project.version@", VERSION);
    assertTrue(squash(pom).contains(squash(xml.get(1))), xml.get(1));
  }

  @Test
  void gradleSnippetNamesTheSameCoordinates() throws IOException {
    String gradle = fencedBlocks(installSection(), "kotlin").get(0);
    assertTrue(gradle.contains("implementation(\"dev.flowkit:sdk-workflows:" + VERSION + "\")"), gradle);
    assertTrue(gradle.contains("testImplementation(\"dev.flowkit:sdk-reference-server:" + VERSION + "\")"), gradle);
  }

  private static String installSection() throws IOException {
    String readme = read(README);
    int start = readme.indexOf("\n## Install\n");
    assertTrue(start >= 0, "README has no '## Install' section");
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static List<String> fencedBlocks(String text, String language) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
    while (m.find()) blocks.add(m.group(1));
    assertTrue(!blocks.isEmpty(), "no ```" + language + " block in the install section");
    return blocks;
  }

  private static String between(String text, String open, String close) {
    int start = text.indexOf(open);
    int end = text.indexOf(close, start);
    assertTrue(start >= 0 && end > start, "no " + open + " in the consumer pom");
    return text.substring(start + open.length(), end);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
    return n;
  }

  private static String squash(String xml) {
    return xml.replaceAll("<!--.*?-->", "").replaceAll("\\s+", "");
  }

  private static String read(Path path) throws IOException {
    return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
  }
}
