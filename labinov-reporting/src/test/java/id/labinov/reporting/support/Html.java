package id.labinov.reporting.support;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads rendered HTML back with the JDK's strict XML parser (the renderer writes XHTML syntax). */
public final class Html {
  public static final String XHTML = "http://www.w3.org/1999/xhtml";
  public static final String SVG = "http://www.w3.org/2000/svg";

  private Html() {}

  /** Parses the bytes strictly: any well-formedness error fails; no DTD or entity is loaded. */
  public static Document parse(byte[] html) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
        @Override
        public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
          throw e;
        }
      });
      return b.parse(new ByteArrayInputStream(html));
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + e.getMessage(), e);
    }
  }

  public static List<Element> all(Node root, String ns, String name) {
    NodeList list = root instanceof Document d ? d.getElementsByTagNameNS(ns, name)
        : ((Element) root).getElementsByTagNameNS(ns, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  public static List<Element> all(Node root, String name) {
    return all(root, XHTML, name);
  }

  public static Element byId(Document d, String id) {
    for (Element e : all(d, "*", "*")) {
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no element with id " + id);
  }

  public static boolean hasId(Document d, String id) {
    return all(d, "*", "*").stream().anyMatch(e -> id.equals(e.getAttribute("id")));
  }

  /** A table's rows as maps from column key ({@code data-key} of its header) to cell text. */
  public static List<Map<String, String>> table(Document d, String name) {
    Element table = byId(d, "t-" + name);
    List<String> keys = all(table, "th").stream().map(th -> th.getAttribute("data-key")).toList();
    List<Map<String, String>> rows = new ArrayList<>();
    Element body = all(table, "tbody").get(0);
    for (Element tr : all(body, "tr")) {
      List<Element> cells = all(tr, "td");
      if (cells.size() == 1 && cells.get(0).getAttribute("class").equals("none")) {
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        row.put(keys.get(i), cells.get(i).getTextContent());
      }
      rows.add(row);
    }
    return rows;
  }

  /** Key/value rows ({@code tr[data-key]} with a {@code th} and a {@code td}), e.g. the facts. */
  public static Map<String, String> keyValues(Element table) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element tr : all(table, "tr")) {
      if (!tr.getAttribute("data-key").isEmpty()) {
        out.put(tr.getAttribute("data-key"), all(tr, "td").get(0).getTextContent());
      }
    }
    return out;
  }

  public static String text(Document d) {
    return d.getDocumentElement().getTextContent();
  }
}
