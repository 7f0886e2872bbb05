package io.github.atlassianmcp.sandbox.confluence.body;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.nodes.Entities;

/**
 * Whether a storage-format body is well-formed, answered the way Confluence answers it. Confluence parses storage
 * with Woodstox inside an {@code <xml>} element, so its refusals read "Error parsing xhtml: Unexpected close tag
 * &lt;/xml&gt;; expected &lt;/p&gt;." for an unclosed paragraph; the same parser here gives the same sentences.
 * Prefixes ({@code ac:}, {@code ri:}) need no declaration and HTML's named entities ({@code &nbsp;}) are
 * accepted, as on Cloud. Columns on the first line count from the start of the body, not of the wrapper.
 * Thread-safe.
 */
public final class StorageCheck {

  private static final String OPEN = "<xml>";
  private static final Pattern LOCATION = Pattern.compile("\\n at \\[row,col \\{unknown-source}]: \\[(\\d+),(\\d+)]");

  private final XMLInputFactory factory;

  public StorageCheck() {
    WstxInputFactory wstx = new WstxInputFactory();
    wstx.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    wstx.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    wstx.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    wstx.setProperty(WstxInputProperties.P_UNDECLARED_ENTITY_RESOLVER, (XMLResolver) StorageCheck::htmlEntity);
    this.factory = wstx;
  }

  /** Confluence's "Error parsing xhtml: ..." for a body that is not well-formed; empty when it is. */
  public Optional<String> problem(String storage) {
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new StringReader(OPEN + storage + "</xml>"));
      while (reader.hasNext()) {
        reader.next();
      }
      return Optional.empty();
    } catch (XMLStreamException e) {
      return Optional.of("Error parsing xhtml: " + bodyRelative(e.getMessage()));
    } finally {
      close(reader);
    }
  }

  /** An undeclared entity that HTML names resolves to its characters; any other stays undeclared. */
  private static Object htmlEntity(String publicId, String systemId, String baseUri, String name)
      throws XMLStreamException {
    if (name != null && Entities.isNamedEntity(name)) {
      return new StringReader(Entities.getByName(name));
    }
    return null;
  }

  private static String bodyRelative(String message) {
    Matcher location = LOCATION.matcher(message);
    if (!location.find()) {
      return message;
    }
    int row = Integer.parseInt(location.group(1));
    int column = Integer.parseInt(location.group(2));
    if (row == 1) {
      column = Math.max(1, column - OPEN.length());
    }
    return message.substring(0, location.start()) + "\n at [row,col {unknown-source}]: [" + row + "," + column + "]"
        + message.substring(location.end());
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // nothing was held open but the string
      }
    }
  }
}
