package cn.xinfang.platform.system;

import jakarta.mail.util.StreamProvider;
import java.util.function.Supplier;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

/**
 * Pins the two providers that the engine and the mail library look up on every use, so the lookup
 * is done once at start-up.
 *
 * <p>The engine calls {@code DatatypeFactory.newInstance()} for every job it creates with a retry
 * cycle (each mail), and Jakarta Mail calls {@code StreamProvider.provider()} several times for
 * every mail it encodes. Each call asks {@code ServiceLoader}, which scans every jar nested in the
 * application jar: in the timer benchmark that was a fifth of the application's CPU. Both lookups
 * read a system property first; it is set here to the class the lookup finds, unless the operator
 * set one already.
 */
public final class ProviderLookups {

  private ProviderLookups() {}

  /** Sets the two system properties; harmless when called again. */
  public static void pin() {
    pinTo(DatatypeFactory.DATATYPEFACTORY_PROPERTY, ProviderLookups::datatypeFactory);
    pinTo(StreamProvider.class.getName(), () -> StreamProvider.provider().getClass().getName());
  }

  private static void pinTo(String property, Supplier<String> found) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, found.get());
    }
  }

  private static String datatypeFactory() {
    try {
      return DatatypeFactory.newInstance().getClass().getName();
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException("no javax.xml.datatype.DatatypeFactory", e);
    }
  }
}
