package dev.flowkit.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** sdk-bom manages exactly the modules that are published: a new library module must join it. */
class BomTest {
  @Test
  void bomListsEveryPublishedModule() throws Exception {
    Path root = Launch.path("flowkit.rootDir");
    TreeSet<String> published = new TreeSet<>();
    for (String module : texts(parse(root.resolve("pom.xml")).getDocumentElement(), "module")) {
      Element pom = parse(root.resolve(module).resolve("pom.xml")).getDocumentElement();
      boolean skipsDeploy = texts(pom, "maven.deploy.skip").contains("true");
      boolean isPom = "pom".equals(child(pom, "packaging"));
      if (!skipsDeploy && !isPom) published.add(child(pom, "artifactId"));
    }

    Element bom = parse(root.resolve("sdk-bom").resolve("pom.xml")).getDocumentElement();
    TreeSet<String> managed = new TreeSet<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      managed.add(child((Element) dependencies.item(i), "artifactId"));
    }

    assertEquals(published, managed);
  }

  private static Document parse(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  /** The text of {@code parent}'s own {@code tag} element (not a nested one's), or null. */
  private static String child(Element parent, String tag) {
    for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && ((Element) node).getTagName().equals(tag)) {
        return node.getTextContent().trim();
      }
    }
    return null;
  }

  /** The text of every {@code tag} element under {@code parent}, in document order. */
  private static List<String> texts(Element parent, String tag) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent().trim());
    return texts;
  }
}
